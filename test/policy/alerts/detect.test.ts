import { classifierOptions } from "../../../src/policy/classifier/options";
import { EXAMPLE_STAFF } from "../../../src/policy/alerts/rule";
import { describe, expect, it } from "vitest";
import type { StrategyContext } from "../../../src/policy/alerts/types";
import { classify, MAX_ANALYSED, TAIL_ANALYSED } from "../../../src/policy/classifier/classify";
import { EMPTY_HISTORY } from "../../../src/policy/contact";
import { getPack, wordingFor } from "../../../src/policy/packs/index";

const pack = getPack("warwickshire");
const NOW = "2026-11-25T10:00:00.000Z";
const READ_AND_FILE: StrategyContext = { restrictions: ["readAndFile"], closedMatter: "His 2025 complaint that officers mishandled the investigation into his stolen van." };

function alertsFor(body: string, options: { subject?: string; strategy?: StrategyContext } = {}) {
  return classify(
    { from: "jordan.blake@example.net", to: ["enquiries@opcc.example.gov.uk"], cc: [], subject: options.subject ?? "Complaint", body, receivedAt: NOW },
    // An office whose staff include Sam Carter (EXAMPLE_STAFF), as its configuration lists them.
    classifierOptions(pack, { staffDomains: ["opcc.example.gov.uk"], staffNames: EXAMPLE_STAFF, history: EMPTY_HISTORY, now: NOW, ...(options.strategy ? { strategy: options.strategy } : {}) }),
  ).alerts;
}
const kinds = (body: string, options?: Parameters<typeof alertsFor>[1]) => alertsFor(body, options).map((a) => a.kind);

describe("alerts come first, whatever the strategy (Warwickshire 7.2)", () => {
  it("the suicide message from a read-and-file sender is a risk to life, with the words that say so and the pack's guidance", () => {
    const body = "I have written to you so many times. I have the pills ready and tonight I am going to end it.";
    const [alert] = alertsFor(body, { strategy: READ_AND_FILE });
    expect(alert?.kind).toBe("risk-to-life");
    expect(alert!.evidence.map((e) => e.span.text)).toEqual(expect.arrayContaining(["I am going to end it"]));
    expect(alert!.evidence.every((e) => body.slice(e.span.start, e.span.end) === e.span.text)).toBe(true);
    expect(alert!.guidance.steps[0]!.text).toMatch(/999/);
    expect(alert!.guidance.strategyNote).toMatch(/strategy does not change this/);
  });

  it("a body longer than the wording analysed still has its end read for alerts: a suicide statement after 520 KB of filler", () => {
    const body = `${"My complaint is about the delay in my case. ".repeat(12_000)}\n\nI am going to hang myself tonight.`;
    expect(body.length).toBeGreaterThan(MAX_ANALYSED + TAIL_ANALYSED);
    const [alert] = alertsFor(body);
    expect(alert?.kind).toBe("risk-to-life");
    // Its words are shown where they stand in the whole body.
    expect(alert!.evidence.length).toBeGreaterThan(0);
    expect(alert!.evidence.every((e) => e.span.start > MAX_ANALYSED && body.slice(e.span.start, e.span.end) === e.span.text)).toBe(true);
    // The same filler with nothing at the end raises nothing.
    expect(kinds(`${"My complaint is about the delay in my case. ".repeat(12_000)}\n\nRegards, Jordan`)).toEqual([]);
  });

  it("a strategy never removes an alert: the same message alerts the same with or without one", () => {
    const body = "My house was broken into last weekend and my neighbour threatened me with a knife.";
    expect(kinds(body)).toEqual(["crime"]);
    expect(kinds(body, { strategy: READ_AND_FILE })).toEqual(["crime", "new-matter"]);
  });

  it("a threat to a named caseworker is a threat to staff and, beside it, an abusive finding", () => {
    const result = classify(
      { from: "pat@example.org", to: ["casey.worker@opcc.example.gov.uk"], cc: [], subject: "Casey", body: "I know where you live, Casey. You'll regret ignoring me.", receivedAt: NOW },
      { responseDays: 20, staffDomains: ["opcc.example.gov.uk"], history: EMPTY_HISTORY, now: NOW, wording: (c, s) => wordingFor(pack, c, s) },
    );
    expect(result.alerts.map((a) => a.kind)).toEqual(["threat-to-staff"]);
    expect(result.categories).toContain("abusive");
    expect(result.alerts[0]!.rules).toContain("threat-to-staff/knows-home");
  });

  it("two concepts that combine alert, worded as no rule spells them: a member of staff's routine beside menace, a means beside a farewell", () => {
    expect(kinds("Mr Carter cycles to work along the canal path doesn't he. Lonely stretch by the locks.")).toEqual(["threat-to-staff"]);
    expect(kinds("I've counted out the tablets. I've sorted the cat with my sister and there's nothing here for me now.")).toEqual(["risk-to-life"]);
    // Each alone, or the writer's own car and route, is not.
    expect(kinds("Mr Carter replied to my letter on Tuesday.")).toEqual([]);
    expect(kinds("I cycle past your office on my bike along the canal path every day and it is very quiet.")).toEqual([]);
  });

  it("the classifier's own threat at the reader is a threat to staff even when a weaker sign read the same words", () => {
    // "their-private-life" (a sign of weight 1) reads "you finish at half five and walk"; the classifier's
    // threat "I know you finish" overlaps it. The sign alone is not an alert, but the threat is.
    const result = classify(
      { from: "pat@example.org", to: ["casey.worker@opcc.example.gov.uk"], cc: [], subject: "Casey", body: "I know you finish at half five and walk down Priory Road.", receivedAt: NOW },
      classifierOptions(pack, { staffDomains: ["opcc.example.gov.uk"], history: EMPTY_HISTORY, now: NOW }),
    );
    expect(result.findings.some((f) => f.subType === "threat")).toBe(true);
    const [alert] = result.alerts;
    expect(alert?.kind).toBe("threat-to-staff");
    expect(alert!.rules).toEqual(expect.arrayContaining(["threat-to-staff/classifier-threat", "threat-to-staff/their-private-life"]));
    // A weaker sign alone, with no threat found, is still no alert.
    expect(kinds("I know the office shuts at half five and staff walk down Priory Road.")).toEqual([]);
  });

  it("a member of staff watched is a threat to staff whatever their name: the office's staff are not only the names the corpora use", () => {
    for (const name of ["Morgan", "Priya", "Tomasz"]) {
      expect(kinds(`${name} goes to the gym on Tuesdays. I've joined.`), name).toEqual(["threat-to-staff"]);
      expect(kinds(`I'm going to burn ${name}'s house down.`), name).toContain("threat-to-staff");
      expect(kinds(`${name}'s car will get keyed one of these nights.`), name).toEqual(["threat-to-staff"]);
    }
    // The writer's own people are not staff: a neighbour's car burnt out is a crime told, not a threat to staff.
    expect(kinds("The lads who burnt my neighbour's car out were never caught.")).not.toContain("threat-to-staff");
  });

  it("orders alerts most urgent first", () => {
    const body = "My partner hits me and the children. Tonight I am going to kill myself.";
    expect(kinds(body)).toEqual(["risk-to-life", "safeguarding", "crime"]);
  });

  it("reads hard-wrapped mail as written: a line break inside a sentence is a space, a blank line ends it", () => {
    const body = "I have the pills ready and tonight I am\r\ngoing to  end it.\n\nRegards";
    const [alert] = alertsFor(body);
    expect(alert?.kind).toBe("risk-to-life");
    const shown = alert!.evidence.find((e) => e.rule === "risk-to-life/own-intent")!.span;
    expect(body.slice(shown.start, shown.end)).toBe(shown.text);
    expect(shown.text).toBe("I am\r\ngoing to  end it");
    expect(kinds("I know where you\n\nlive is a song title.")).toEqual([]);
  });

  it("maps evidence back to the field the words are in", () => {
    const [alert] = alertsFor("Please read this.", { subject: "I want to kill myself" });
    expect(alert?.evidence[0]?.span).toMatchObject({ field: "subject", start: 0, text: "I want to kill myself" });
  });
});

describe("look-alikes do not alert", () => {
  it.each([
    "I'm dying to know what the consultation found.",
    "I was killing time before the meeting so I read your annual report.",
    "Back in 2019 my car was stolen and your officers found it within a day, so thank you.",
    "I'm a student writing an essay on domestic abuse: how does the Commissioner fund refuges?",
    "I'll see you in court. My solicitor will be in touch.",
    "I can't do this anymore, your complaints process is a joke.",
  ])("%j", (body) => {
    expect(kinds(body)).toEqual([]);
  });

  it("a single sign of despair is not an alert; two different signs are", () => {
    expect(kinds("I can't do this anymore.")).toEqual([]);
    expect(kinds("I can't do this anymore. This is goodbye.")).toEqual(["risk-to-life"]);
  });

  it.each([
    // Ringing and writing over and over is persistence (and harassment), not a threat to a member of staff.
    "I have rung your main number 31 times since 9am and I will ring every one of you every hour until someone answers.",
    "Block me if you like, I have other addresses.",
    "Your phones won't stop until somebody picks up.",
    // A death that has happened, told in grief, and an animal collapsing: no life an alert could help now.
    "Our son took his own life in 2023 and at the inquest the coroner criticised the force. I want to know what has changed.",
    "Our old dog collapsed on the walk and the officer who stopped to help us was so kind.",
    // A goodbye because of a move.
    "We have decided to sell the house and move into sheltered housing near our son, so this is goodbye and thank you, Casey.",
  ])("by structure, not words: %j", (body) => {
    expect(kinds(body)).toEqual([]);
  });

  it("a light tone does not hide a farewell: 'lol' beside 'I won't be around' still alerts", () => {
    expect(kinds("thanks for ringing me back. i dont think ill be around to chase it much longer so dont worry about me clogging up ur inbox lol")).toContain("risk-to-life");
  });

  it("quoting a threat someone else made is not a threat to staff", () => {
    expect(kinds('The film villain says "I know where you live" in the trailer.')).not.toContain("threat-to-staff");
  });
});

describe("new matter, only under a read-and-file or no-reopening restriction (Gwent 8.0)", () => {
  const newIncident = "Yesterday an officer parked across my drive in Kenilworth for two hours and refused to move.";
  it("flags a new incident under read and file, and not without a restriction that files mail", () => {
    expect(kinds(newIncident, { strategy: READ_AND_FILE })).toContain("new-matter");
    expect(kinds(newIncident)).not.toContain("new-matter");
    expect(kinds(newIncident, { strategy: { restrictions: ["singleChannel"] } })).not.toContain("new-matter");
  });

  it("does not flag the closed matter re-argued, nor a crime the closed matter already is", () => {
    const reargued = "Last week I asked again: the officers who investigated my stolen van did nothing and the investigation was a whitewash.";
    expect(kinds(reargued, { strategy: READ_AND_FILE })).toEqual([]);
    expect(kinds("Why did nobody check the CCTV when my van was stolen?", { strategy: READ_AND_FILE })).toEqual([]);
    expect(kinds("Why did nobody check the CCTV when my van was stolen?")).toEqual(["crime"]);
  });

  it("names the new complaint the writer says is new", () => {
    const [alert] = alertsFor("This is a new complaint and nothing to do with my van.", { strategy: { restrictions: ["noReopeningClosedCase"] } });
    expect(alert?.kind).toBe("new-matter");
    expect(alert?.guidance.steps[0]?.policyRef).toMatch(/§7\.2$/);
  });
});
