import { describe, expect, it } from "vitest";
import { classify } from "../../../src/policy/classifier/classify";
import { fingerprint } from "../../../src/policy/classifier/fingerprint";
import { classifierOptions } from "../../../src/policy/classifier/options";
import { getPack } from "../../../src/policy/packs/index";
import { EMPTY_HISTORY } from "../../../src/policy/contact";
import { history, message, NOW, run, subTypes } from "./fixtures";

// NOW is Wednesday 25 November 2026, 10:00 UTC.
describe("unreasonable demands (Gwent 6.0; Warwickshire 3.2)", () => {
  it.each([
    ["a reply by Friday", "I demand a full response by Friday or else.", 20, true],
    ["a reply today", "I expect an answer today.", 20, true],
    ["a reply within 48 hours", "You must reply within 48 hours.", 20, true],
    ["10 working days when the office works to 20", "I require a response within 10 working days.", 20, true],
    ["10 working days when the office works to 5", "I require a response within 10 working days.", 5, false],
    ["a date before the office's deadline", "I expect your reply by 4 December.", 20, true],
    ["the same date when the office answers in 5 days", "I expect your reply by 4 December.", 5, false],
    ["an ordinal date", "I demand a response by December 1st.", 20, true],
    ["the end of the week", "I expect a reply by the end of the week.", 20, true],
    ["a date the office can meet", "Please respond by 31 December.", 20, false],
    ["30 working days", "Please could you respond within 30 working days.", 20, false],
    ["a date that is not a demand", "The burglary happened on Friday and I reported it today.", 20, false],
    ["a time tomorrow", "I insist on a reply by 5pm tomorrow.", 20, true],
    ["a time today", "I want an answer by 5pm.", 20, true],
    ["noon tomorrow", "I want an answer by noon tomorrow.", 20, true],
    ["a fortnight when the office works to 20 days", "I expect a response within a fortnight.", 20, true],
    ["a fortnight when the office works to 5 days", "I expect a response within a fortnight.", 5, false],
    ["'in' a number of hours", "I want you to reply in 24 hours.", 20, true],
    ["a call this afternoon", "I expect a call this afternoon.", 20, true],
    ["a part of the day that is not a demand", "The officers came round this morning. I want a response.", 20, false],
    ["'in' weeks that is not a deadline", "I have an operation in 3 weeks, please reply when you can.", 20, false],
    ["within the hour", "Reply within the hour or else.", 20, true],
    ["'you have' hours to respond", "You have 24 hours to respond.", 20, true],
    // Asking is not demanding: a question or a wish in the deadline's own sentence.
    ["a polite question with a reason", "Could you please reply by Friday, as I have a meeting with my MP on Monday?", 20, false],
    ["asking whether it is possible", "Would it be possible to have a reply by Friday? I am going into hospital next week.", 20, false],
    ["grateful, if possible", "I would be grateful for a response by the end of the week if possible.", 20, false],
    // Set as a demand, or asked for (issue 13; dev.md "Deadlines"): insisting, refusing the office's time or naming a consequence is a demand.
    ["a plain request is not a demand set", "Please reply by tomorrow.", 20, false],
    ["a bare deadline for an emergency", "Reply by 4pm. This is urgent. My mother's neighbour lets himself into her house at night.", 20, false],
    ["a need with its reason", "I need your answer by Thursday as I must tell the housing office.", 20, false],
    ["the office's own time refused", "Reply by tomorrow. Your 20 working days is not acceptable.", 20, true],
    ["a consequence attached", "Reply by tomorrow or I'll go to the papers.", 20, true],
    ["a refusal threatened", "Respond within 48 hours. I'll treat anything later as a refusal.", 20, true],
    // Issue 13: one deadline wanted with thanks or a need behind it, or asked to be treated as urgent, is asked for, not set.
    ["wanted, with thanks", "I want an answer by Friday please. Thank you for your help so far.", 20, false],
    ["expected, with the need behind it", "I expect a response within 48 hours given what happened to my daughter on Saturday.", 20, false],
    ["asked to be treated as urgent, with a need", "Please treat this as urgent. I need an answer today as I am being evicted tomorrow.", 20, false],
    ["demanded, whatever the reason given", "I demand a full response within 10 working days as my solicitor has advised.", 20, true],
    ["wanted with thanks, the office's own time refused", "I want an answer by Friday please. Your 20 working days is not acceptable.", 20, true],
    // Issue 13: chasing an office past its own time is no timescale sooner than the office works to (Gwent 6.0; Warwickshire 4).
    ["chasing an office eight weeks silent", "I have written three times. I have had no reply in eight weeks. I expect a reply by Friday.", 20, false],
    ["past the office's own timescale", "Your own timescale of 20 working days ran out a month ago. I want a response by the end of the week.", 20, false],
    ["a day without a reply is not the office's time run out", "No reply since yesterday. I expect a reply by Friday or I will go to the papers.", 20, true],
  ])("timescale: %s", (_label, body, responseDays, flagged) => {
    // Gwent 6.0: "timescale demands (other than those we work towards)", one is enough.
    const result = run({ body }, undefined, "gwent", responseDays);
    expect(subTypes(result).includes("demands/timescale")).toBe(flagged);
  });

  it("needs a deadline pressed again under Warwickshire's 'Repeatedly demanding' (3.2)", () => {
    expect(subTypes(run({ body: "I demand a full response by Friday." }))).not.toContain("demands/timescale");
    expect(subTypes(run({ body: "I demand a full response by Friday. Friday, not next week: reply within 48 hours." }))).toContain("demands/timescale");
    expect(subTypes(run({ body: "I demand a full response by Friday." }, { ...history([[10, "Earlier letter."]]), contacts: [{ at: "2026-11-15T10:00:00.000Z", categories: ["demands"] }] }))).toContain("demands/timescale");
  });

  // Issue 13: one request to hurry, a subject line, or someone else's deadline passed on is not "repeatedly demanding" (Warwickshire 3.2) nor a demand (Gwent 6.0).
  it.each([
    ["gwent", "Response by Friday please", "Dear Sam, my tribunal is on Monday and I'd be really grateful if your letter could reach me by Friday."],
    ["gwent", "Need this sorted by Monday please", "I need a letter confirming I reported the damage to my car. They want it by Monday. Is there any way you could help?"],
    ["gwent", "deadlines", "I asked last week if I could have a reply by Monday and I haven't heard anything."],
    ["warwickshire", "Please respond as soon as possible", "I wrote on 2 October about my stolen bicycle. Please respond as soon as possible, as the listing may be taken down."],
    ["warwickshire", "Urgent!!! reply needed", "I need this sorted ASAP please, my insurers want the crime reference for the van break-in by the end of the week."],
  ])("timescale: a single request is not a demand (%s: %s)", (pack, subject, body) => {
    expect(subTypes(run({ subject, body }, undefined, pack))).not.toContain("demands/timescale");
  });

  it.each([
    ["the fourth time of asking", "For the fourth time of asking: I expect a full response by close of play Friday."],
    ["said in earlier emails", "I expect a reply within 24 hours, as I've said in each of my last six emails."],
    ["the office's time refused, as told before", "I require a substantive response within 10 working days, as I told you in my letters of 3 and 17 March."],
  ])("timescale: a deadline said to be pressed again is repeated under Warwickshire 3.2 (%s)", (_label, body) => {
    expect(subTypes(run({ subject: "My complaint", body }))).toContain("demands/timescale");
  });

  it("points timescale evidence at the deadline the person set", () => {
    const body = "I demand a full response by Friday.";
    const finding = run({ body }, undefined, "gwent").findings.find((f) => f.subType === "timescale")!;
    expect(finding.evidence[0]).toMatchObject({ kind: "text", span: { field: "body", text: "by Friday" }, note: "wants it by 27 November 2026; the office's 20 working days run to 23 December 2026" });
  });

  it("flags insisting on one person, and a manager at the outset of a first contact only", () => {
    expect(subTypes(run({ body: "I will only speak to the Commissioner about this." }))).toContain("demands/particularPerson");
    const body = "I want to speak to your manager now, not a caseworker.";
    expect(subTypes(run({ body }))).toContain("demands/managerAtOutset");
    expect(subTypes(run({ body }, history([[10, "Earlier letter about my case."]])))).not.toContain("demands/managerAtOutset");
  });

  it.each([
    ["arresting an officer", "I demand that you arrest the officer who stopped me."],
    ["overturning a conviction", "I insist you overturn my conviction."],
    ["directing the force", "You must order the police to charge my neighbour."],
    ["disciplining an officer", "The officer was rude to me and I want him disciplined."],
  ])("flags demands outside the Commissioner's powers: %s", (_label, body) => {
    expect(subTypes(run({ body }))).toContain("demands/cannotDo");
  });

  it.each([
    ["a court outcome", "I want the magistrate's sentence reviewed. It was far too lenient.", /^a court outcome/],
    ["a conviction overturned", "I insist you overturn my conviction.", /^a court outcome/],
    ["deploying officers (operational policing)", "I want the Chief Constable to move more officers onto my estate at night.", /^operational policing: .*WPCC4-0060/],
    ["an arrest (operational policing)", "I demand that you arrest the officer who stopped me.", /^operational policing/],
    ["an officer disciplined (the force's staffing)", "The officer was rude to me and I want him disciplined.", /^the force's staffing and conduct decisions/],
    ["an officer moved (the force's staffing)", "I want PC Jones moved to another station.", /^the force's staffing and conduct decisions/],
  ])("says which power a demand is outside (Warwickshire 1; WPCC4-0060): %s", (_label, body, note) => {
    const finding = run({ body }).findings.find((f) => f.subType === "cannotDo")!;
    expect(finding.evidence[0]).toMatchObject({ kind: "text", note: expect.stringMatching(note) });
  });

  it.each([
    ["a review of the office's own decision", "I want you to review the decision on my complaint."],
    ["the writer moving house", "I want to move house and need a crime reference number."],
    ["a sentence reported", "The court gave him a suspended sentence. I want to know why."],
  ])("does not flag as outside the Commissioner's powers: %s", (_label, body) => {
    expect(subTypes(run({ body }))).not.toContain("demands/cannotDo");
  });

  it("does not flag asking the Commissioner to hold the force to account", () => {
    expect(subTypes(run({ body: "Please could the Commissioner ask the Chief Constable why my report was not investigated?" }))).toEqual([]);
  });

  it("flags repeated demands substantially the same, from history, as the pack files them", () => {
    const text = "I want my complaint about PC Smith reopened and a written apology from the Chief Constable this month.";
    const past = history([[3, text], [2, text], [1, `${text} Thanks.`]]);
    // Gwent 6.0: "repeated or multiple demands which are substantially the same" are unreasonable demands.
    const gwent = run({ body: text }, past, "gwent");
    expect(subTypes(gwent)).toContain("demands/repeated");
    expect(gwent.metrics.nearDuplicates.length).toBeGreaterThanOrEqual(2);
    // Warwickshire 3.2 lists "Persistently calling, writing or emailing to demand" under unreasonable persistence.
    const warwickshire = run({ body: text }, past, "warwickshire");
    expect(subTypes(warwickshire)).toContain("persistent/excessiveVolume");
    expect(subTypes(warwickshire)).not.toContain("demands/repeated");
    // After the office's decision, sending it again is persistence in both (Gwent 5.0; Warwickshire 3.2).
    const decided = history([[3, text], [2, text], [1, `${text} Thanks.`]], [2.5]);
    for (const pack of ["gwent", "warwickshire"]) {
      expect(subTypes(run({ body: text }, decided, pack))).toContain("persistent/afterDecision");
      expect(subTypes(run({ body: text }, decided, pack))).not.toContain("demands/repeated");
    }
  });

  it.each([
    ["a very long message", { body: "The history of my case in full. ".repeat(600) }, [], true],
    ["many attachments", { body: "Please see the attached.", attachments: 14 }, [], true],
    // Many messages in a day are volume, persistence's to judge by whether they add anything new (Gwent 6.0 inundating is information in bulk).
    ["a fifth message today", { body: "One more thing." }, [[0.01, "a"], [0.02, "b"], [0.03, "c"], [0.04, "d"]], false],
    ["an ordinary letter with two attachments", { body: "Please see the attached.", attachments: 2 }, [], false],
  ] as const)("inundating: %s", (_label, input, past, flagged) => {
    const result = run(input, history(past.map(([d, b]) => [d, b] as [number, string])));
    expect(subTypes(result).includes("demands/inundating")).toBe(flagged);
  });

  it.each([
    ["several staff copied into mail to another body", ["complaints@council.example.gov.uk"], ["sam.carter@opcc.example.gov.uk", "jo.ng@opcc.example.gov.uk"], "none", true],
    ["staff copied again into mail to another body", ["complaints@council.example.gov.uk"], ["sam.carter@opcc.example.gov.uk"], "elsewhere", true],
    ["one member of staff copied once", ["complaints@council.example.gov.uk"], ["sam.carter@opcc.example.gov.uk"], "none", false],
    // An ordinary earlier letter to the office reached staff too, but was not copied from elsewhere.
    ["one member of staff copied once, after letters to the office itself", ["complaints@council.example.gov.uk"], ["sam.carter@opcc.example.gov.uk"], "office", false],
    ["mail addressed to the office itself", ["enquiries@opcc.example.gov.uk"], ["sam.carter@opcc.example.gov.uk", "jo.ng@opcc.example.gov.uk"], "elsewhere", false],
  ] as const)("copying staff: %s", (_label, to, cc, before, flagged) => {
    const past = history(
      before === "elsewhere"
        ? [[5, "To the council, cc OPCC", ["sam.carter@opcc.example.gov.uk"], true]]
        : before === "office"
          ? [[5, "Earlier letter", ["enquiries@opcc.example.gov.uk"]], [9, "Another letter", ["sam.carter@opcc.example.gov.uk"]]]
          : [[5, "Earlier letter"]],
    );
    const result = run({ to: [...to], cc: [...cc], body: "Council, please act on my complaint." }, past);
    expect(subTypes(result).includes("demands/copyingStaff")).toBe(flagged);
  });

  it("takes the deadline relative to the time it is given, not the clock", () => {
    const body = "I demand a response by 27 November.";
    expect(subTypes(run({ body }, undefined, "gwent"))).toContain("demands/timescale");
    expect(NOW.startsWith("2026-11-25")).toBe(true);
  });
});

describe("a deadline's dates are from when the message arrived, not from when it is read", () => {
  it("“I want a reply today” in a message received on 27 November wants it by 27 November, read on 2 December", () => {
    const pack = getPack("gwent");
    const received = "2026-11-27T09:00:00.000Z"; // a Friday
    const read = classify(message({ body: "I want a reply today.", receivedAt: received }), classifierOptions(pack, { staffDomains: ["opcc.example.gov.uk"], history: EMPTY_HISTORY, now: "2026-12-02T10:00:00.000Z" }));
    const evidence = read.findings.flatMap((f) => f.evidence).find((e) => e.kind === "text" && e.rule === "deadline-sooner-than-office");
    expect(evidence && evidence.kind === "text" ? evidence.note : undefined).toBe("wants it by 27 November 2026; the office's 20 working days run to 29 December 2026");
  });

  it("counts near-duplicates only among messages that arrived before it", () => {
    const body = "I am writing about complaint 2025/0933. The investigation was not done properly and I want it reopened.";
    const later = { contacts: [{ at: "2026-11-26T09:00:00.000Z", subject: "Again", fingerprint: fingerprint(body), staffContacted: [] }], decisionsCommunicated: [], warningsGiven: [] };
    expect(run({ body, receivedAt: NOW }, later).metrics.nearDuplicates).toEqual([]);
    expect(run({ body, receivedAt: "2026-11-27T09:00:00.000Z" }, later).metrics.nearDuplicates).toHaveLength(1);
  });
});
