import { classifierOptions } from "../../../src/policy/classifier/options";
import { describe, expect, it } from "vitest";
import { classify } from "../../../src/policy/classifier/classify";
import { EMPTY_HISTORY } from "../../../src/policy/contact";
import { getPack } from "../../../src/policy/packs/index";
import { CRIME_PROBES, LOOK_ALIKE_PROBES, RISK_TO_LIFE_PROBES, SAFEGUARDING_PROBES, THREAT_TO_STAFF_PROBES, type Probe } from "./probes";

/**
 * Alerts by meaning, not by one wording (issue #10): fresh sentences per concept — a plan, a
 * means, a farewell; knowing a caseworker's home or holiday; a vulnerable adult's money taken;
 * a crime told in everyday words — each say it differently, and the look-alikes use the same
 * words with nobody at risk. A few of each kind are still missed (see the counts below), and
 * the tests hold the share rather than every sentence, as the targets do.
 */
const pack = getPack("warwickshire");
const NOW = "2026-11-25T10:00:00.000Z";

const kindsFor = (body: string) =>
  classify(
    { from: "pat.example@example.org", to: ["enquiries@opcc.example.gov.uk"], cc: [], subject: "My case", body, receivedAt: NOW },
    classifierOptions(pack, { staffDomains: ["opcc.example.gov.uk"], history: EMPTY_HISTORY, now: NOW }),
  ).alerts.map((a) => a.kind);

const found = (probes: readonly Probe[]) => probes.filter((p) => p.kinds.every((k) => kindsFor(p.text).includes(k)));

describe("alerts generalise beyond the sentences they were written from", () => {
  const PROBES = { "risk-to-life": RISK_TO_LIFE_PROBES, "threat-to-staff": THREAT_TO_STAFF_PROBES, safeguarding: SAFEGUARDING_PROBES, crime: CRIME_PROBES };
  it.each([
    ["risk-to-life", 0.95],
    ["threat-to-staff", 0.9],
    ["safeguarding", 0.9],
    ["crime", 0.9],
  ] as const)("finds %s said in many different ways (at least a %s share of them)", (kind, share) => {
    const probes = PROBES[kind];
    const hits = found(probes);
    const missed = probes.filter((p) => !hits.includes(p)).map((p) => p.text);
    expect(hits.length / probes.length, `missed: ${missed.join(" | ")}`).toBeGreaterThanOrEqual(share);
  });

  it("leaves the look-alikes clear: idioms, essays, funding questions, thanks for a crime long resolved (at most 5% alert)", () => {
    const alerted = LOOK_ALIKE_PROBES.filter((p) => kindsFor(p.text).length > 0).map((p) => p.text);
    expect(alerted.length / LOOK_ALIKE_PROBES.length, `alerted: ${alerted.join(" | ")}`).toBeLessThanOrEqual(0.05);
  });

  it("two signs of despair in one message are a risk to life; either alone is not", () => {
    expect(kindsFor("I'm sitting by the canal now. I just want the pain to stop.")).toContain("risk-to-life");
    expect(kindsFor("I'm sitting by the canal now, it's a lovely evening for a walk.")).not.toContain("risk-to-life");
    expect(kindsFor("I just want the pain of this complaint to stop.")).not.toContain("risk-to-life");
  });

  it("two rules reading the same words are one sign, not the two an alert needs", () => {
    // "I know she has kids" is read by two sign rules; alone it is no threat.
    expect(kindsFor("I know she has kids of her own, so there's no need to call me back after hours.")).not.toContain("threat-to-staff");
  });

  it("negation and idiom guard the same words: 'I would never hurt myself', 'my mum would kill me if she knew'", () => {
    expect(kindsFor("I would never hurt myself, I just want an answer.")).toEqual([]);
    expect(kindsFor("I'm going to hurt myself tonight.")).toContain("risk-to-life");
    expect(kindsFor("Three hours of the panel meeting? Kill me now, I'll be there though.")).toEqual([]);
  });

  it("threats someone sent the writer, quoted as evidence, are a crime reported", () => {
    expect(kindsFor('You asked what he texts me. Last night he sent: "I\'ll burn your house down with you in it".')).toContain("crime");
  });
});
