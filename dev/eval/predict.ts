import { classify } from "../../src/policy/classifier/classify";
import { EMPTY_HISTORY } from "../../src/policy/contact";
import { classifierOptions } from "../../src/policy/classifier/options";
import { getPack } from "../../src/policy/packs/index";
import { evalScorer } from "./scorer";

const pack = getPack("warwickshire");
const NOW = "2026-11-25T10:00:00.000Z";

/** Whether classify() suggests "abusive" for a text sent as the body of an ordinary first message. */
export function predictAbusive(text: string): boolean {
  const result = classify(
    { from: "someone@example.org", to: ["enquiries@opcc.example.gov.uk"], cc: [], subject: "", body: text, receivedAt: NOW },
    classifierOptions(pack, { staffDomains: ["opcc.example.gov.uk"], history: EMPTY_HISTORY, now: NOW, scorer: evalScorer }),
  );
  return result.categories.includes("abusive");
}
