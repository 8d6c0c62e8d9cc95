import { classify } from "../../../src/policy/classifier/classify";
import { classifierOptions } from "../../../src/policy/classifier/options";
import { EMPTY_HISTORY } from "../../../src/policy/contact";
import { getPack } from "../../../src/policy/packs/index";
import { EXAMPLE_STAFF } from "../../../src/policy/alerts/rule";

const NOW = "2026-11-25T10:00:00.000Z";

/** The kinds of alert the classifier raises on a first message to a Warwickshire office whose staff are the rules' examples. */
export const alertKinds = (body: string) =>
  classify(
    { from: "someone@example.org", to: ["enquiries@opcc.example.gov.uk"], cc: [], subject: "", body, receivedAt: NOW },
    classifierOptions(getPack("warwickshire"), { staffDomains: ["opcc.example.gov.uk"], staffNames: EXAMPLE_STAFF, history: EMPTY_HISTORY, now: NOW }),
  ).alerts.map((a) => a.kind);
