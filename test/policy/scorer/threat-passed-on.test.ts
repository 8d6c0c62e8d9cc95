import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { classify } from "../../../src/policy/classifier/classify";
import { classifierOptions } from "../../../src/policy/classifier/options";
import { EMPTY_HISTORY } from "../../../src/policy/contact";
import { getPack } from "../../../src/policy/packs/index";
import { loadScorer } from "../../../src/policy/scorer/join";
import { THREAT_PASSED_ON } from "../../../src/policy/scorer/threat-passed-on";
import committed from "../../../src/policy/scorer/weights.json";
import { message, NOW } from "../classifier/fixtures";

/** The committed scorer, with Priya Shah named as staff (as an office's staffNames would): how the pane judges the mail. */
const options = classifierOptions(getPack("warwickshire"), { staffDomains: ["opcc.example.gov.uk"], staffNames: ["Priya Shah"], history: EMPTY_HISTORY, now: NOW, scorer: loadScorer(committed) });
const judged = (body: string) => classify(message({ subject: "Warning", body }), options);

describe(`guard ${THREAT_PASSED_ON.id}: someone else's threat passed on as a warning is no abuse by the writer`, () => {
  it.each(THREAT_PASSED_ON.examples.drop.map((e) => [e]))("alerts a threat to staff and calls the writer nothing on %j", (body) => {
    const result = judged(body);
    expect(result.alerts.map((a) => a.kind)).toContain("threat-to-staff");
    expect(result.categories).not.toContain("abusive");
  });
  it.each(THREAT_PASSED_ON.examples.keep.map((e) => [e]))("still calls abusive a threat by proxy, pressed or joined by the writer's own abuse: %j", (body) => {
    const result = judged(body);
    expect(result.alerts.map((a) => a.kind)).toContain("threat-to-staff");
    expect(result.categories).toContain("abusive");
  });
  it("quotes only words that are in the policies it cites", () => {
    const policy = { Warwickshire: "warwickshire-managing-public-contact-policy.txt", Gwent: "gwent-managing-customer-contact-policy.txt" };
    const squash = (text: string) => text.replace(/[’‘]/g, "'").replace(/\s+/g, " ");
    const cited = [...THREAT_PASSED_ON.policy.matchAll(/(Warwickshire|Gwent) [\d.]+ ((?:"[^"]+"(?:, )?)+)/g)];
    expect(cited.map((c) => c[1])).toEqual(["Warwickshire", "Gwent"]);
    for (const [, office, quotes] of cited) {
      const text = squash(readFileSync(join(import.meta.dirname, "../../../assets/policies", policy[office as keyof typeof policy]), "utf8"));
      for (const [, quote] of quotes!.matchAll(/"([^"]+)"/g)) expect(text).toContain(squash(quote!));
    }
  });
});
