import { classifierOptions } from "../../../src/policy/classifier/options";
import { describe, expect, it } from "vitest";
import { ALERT_RULES } from "../../../src/policy/alerts/detect";
import { EXAMPLE_STAFF } from "../../../src/policy/alerts/rule";
import { classify } from "../../../src/policy/classifier/classify";
import { EMPTY_HISTORY } from "../../../src/policy/contact";
import { getPack } from "../../../src/policy/packs/index";

/**
 * Issue 10: a message with an empty subject is read as its body alone. An empty subject is no sentence, so the body's
 * first sentence must be read as it is under any subject line — with an empty subject a body of two sentences was read
 * as a run-on, a stop put into its first ("tell the boys. i'm sorry"), and the goodbye it passed on was lost.
 */
const pack = getPack("warwickshire");
const NOW = "2026-11-25T10:00:00.000Z";
const options = classifierOptions(pack, { staffDomains: ["opcc.example.gov.uk"], staffNames: EXAMPLE_STAFF, history: EMPTY_HISTORY, now: NOW });

function alertsOf(subject: string, body: string) {
  const result = classify({ from: "someone@example.org", to: ["enquiries@opcc.example.gov.uk"], cc: [], subject, body, receivedAt: NOW }, options);
  return result.alerts.map((a) => ({ kind: a.kind, rules: [...a.rules].sort(), evidence: a.evidence.map((e) => e.span.text) }));
}

const FAREWELL_NOTE = 'His phone was on the kitchen table with a note under it saying "tell the boys I\'m sorry, none of this is on you". His car has gone.';

describe("a message with an empty subject", () => {
  it("raises the risk-to-life alert when the body opens with the goodbye passed on", () => {
    const alerts = alertsOf("", FAREWELL_NOTE);
    expect(alerts.map((a) => a.kind)).toEqual(["risk-to-life"]);
    expect(alerts[0]!.rules).toEqual(["risk-to-life/goodbye-then-silence", "risk-to-life/last-words-sent"]);
  });

  it("raises the same alerts, on the same words, as with a subject line", () => {
    expect(alertsOf("", FAREWELL_NOTE)).toEqual(alertsOf("Help", FAREWELL_NOTE));
  });

  // The rules' own examples, each opening a message: read the same with no subject as under one that says nothing ("Hello";
  // a subject is read as the sentence before the body, so one naming a message or a meeting is no neutral subject).
  const examples = ALERT_RULES.filter((r) => r.kind !== "new-matter").flatMap((r) => r.examples.match);
  it.each(examples.map((e) => [e]))("alerts on %j as it does under a neutral subject", (body) => {
    expect(alertsOf("", body)).toEqual(alertsOf("Hello", body));
  });
});
