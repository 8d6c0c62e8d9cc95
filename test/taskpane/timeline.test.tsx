import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { personTimeline } from "../../src/app/timeline";
import type { ContactRecord } from "../../src/policy/contact";
import type { TrustedDecision } from "../../src/policy/in-force";
import type { LetterRecord } from "../../src/policy/letters/record";
import { warwickshirePack } from "../../src/policy/packs/warwickshire";
import { TimelinePanel } from "../../src/taskpane/review/components/TimelinePanel";
import { MORGAN_ID } from "../builders/evidence";

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&#x27;/g, "'").replace(/\s+/g, " ").trim();
const CASEY = "casey.worker@opcc.example.gov.uk";
const nameOf = (a: string) => (a === CASEY ? "Casey Worker" : a);

const contact = (id: string, receivedAt: string, extra: Partial<ContactRecord> = {}): ContactRecord => ({
  internetMessageId: id,
  senderAddress: "pat.o'brien@example.org",
  receivedAt,
  subject: `Message ${id.replace(/[<>]/g, "")}`,
  categories: ["abusive"],
  evidence: [],
  outcome: "confirmed",
  recordedBy: CASEY,
  recordedAt: receivedAt,
  staffContacted: [],
  ...extra,
});
const warningLetter = (id: string, sentAt: string | undefined): LetterRecord => ({
  id,
  kind: "warning",
  address: "pat.o'brien@example.org",
  personName: "Pat O'Brien",
  subject: "Your contact with the office",
  medium: "word",
  preparedBy: CASEY,
  preparedAt: "2026-09-01T09:00:00.000Z",
  status: sentAt ? "sent" : "drafted",
  ...(sentAt ? { sentAt, sentBy: CASEY } : {}),
  packId: "warwickshire",
  packVersion: "1",
  elements: [],
  text: "",
});
const approval: TrustedDecision = { id: "d1", kind: "approve", author: MORGAN_ID, recordedAt: "2026-10-01T09:00:00.000Z", rationale: "Persistent abuse after a warning." };

describe("the person's timeline", () => {
  const timeline = personTimeline({
    contacts: [
      contact("<old>", "2026-09-20T10:00:00.000Z", { subTypes: [{ category: "abusive", subType: "threat" }], note: "Threatened to wait outside." }),
      contact("<now>", "2026-11-29T10:00:00.000Z"),
      contact("<old>", "2026-09-20T10:00:00.000Z"),
      contact("<dismissed>", "2026-11-01T10:00:00.000Z", { categories: [], outcome: "dismissed" }),
    ],
    letters: [warningLetter("w1", "2026-09-05T12:00:00.000Z"), warningLetter("w1", "2026-09-05T12:00:00.000Z"), warningLetter("w2", undefined)],
    decisions: [approval],
    priorWarning: { kind: "given", on: "2026-09-05", reference: "w1" },
    current: "<now>",
  });

  it("lists earlier decisions, letters and strategy decisions newest first, without the message in hand, each once", () => {
    expect(timeline.entries.map((e) => e.kind)).toEqual(["contact", "strategy", "contact", "letter", "letter"]);
    expect(timeline.entries.map((e) => e.at)).toEqual(["2026-11-01T10:00:00.000Z", "2026-10-01T09:00:00.000Z", "2026-09-20T10:00:00.000Z", "2026-09-05T12:00:00.000Z", "2026-09-01T09:00:00.000Z"]);
    expect(timeline.unknown).toEqual([]);
  });

  it("shows the strategy's own warning record only when no sent warning letter is that warning", () => {
    const without = personTimeline({ contacts: [], letters: [], decisions: [], priorWarning: { kind: "given", on: "2026-08-01" }, current: "<now>" });
    expect(without.entries).toEqual([{ kind: "warning", at: "2026-08-01T00:00:00.000Z" }]);
    expect(timeline.entries.some((e) => e.kind === "warning")).toBe(false);
  });

  it("a warning letter sent at 00:30 on 15 June, UK summer time, is the strategy's warning of 15 June: shown once, as the letter (T9 #11)", () => {
    const night = personTimeline({ contacts: [], letters: [warningLetter("w3", "2026-06-14T23:30:00.000Z")], decisions: [], priorWarning: { kind: "given", on: "2026-06-15" }, current: "<now>" });
    expect(night.entries.map((e) => e.kind)).toEqual(["letter"]);
  });

  it("in the pane: each entry in words, the sub-type and note of a decision, a draft never called sent", () => {
    const shown = text(renderToStaticMarkup(<TimelinePanel timeline={timeline} pack={warwickshirePack} nameOf={nameOf} days={90} />));
    expect(shown).toContain("1 November 2026 — “Message dismissed”: recorded as suggestions dismissed by Casey Worker.");
    expect(shown).toContain("1 October 2026 — Contact strategy approved by Morgan Reid: Persistent abuse after a warning.");
    expect(shown).toContain("20 September 2026 — “Message old”: recorded as Unacceptable behaviour (Threats or harm to people or property) by Casey Worker. Note: “Threatened to wait outside.”");
    expect(shown).toContain("5 September 2026 — Written warning sent by Casey Worker.");
    expect(shown).toContain("1 September 2026 — Written warning drafted by Casey Worker, not recorded as sent.");
    expect(shown).not.toContain("Unknown");
  });

  it("says what could not be read is unknown, never an empty history", () => {
    const partial = personTimeline({ contacts: undefined, letters: undefined, decisions: [approval], current: "<now>" });
    expect(partial.unknown).toEqual(["contacts", "letters"]);
    const shown = text(renderToStaticMarkup(<TimelinePanel timeline={partial} pack={warwickshirePack} nameOf={nameOf} days={90} />));
    expect(shown).toContain("Unknown: the recorded decisions on earlier messages and the letters and warnings could not be read. What is listed below is not the whole history.");
    expect(shown).toContain("Contact strategy approved by Morgan Reid");
    const nothing = text(renderToStaticMarkup(<TimelinePanel timeline={personTimeline({ contacts: undefined, letters: undefined, decisions: undefined, current: "<now>" })} pack={warwickshirePack} nameOf={nameOf} days={90} />));
    expect(nothing).toContain("Nothing could be read.");
    expect(nothing).not.toContain("None recorded");
  });

  it("an empty history that was read says none, and over what period", () => {
    const none = text(renderToStaticMarkup(<TimelinePanel timeline={personTimeline({ contacts: [], letters: [], decisions: [], current: "<now>" })} pack={warwickshirePack} nameOf={nameOf} days={90} />));
    expect(none).toContain("None recorded: no decision on a message from this sender in the last 90 days, no letter, and no decision on a contact strategy.");
  });
});

describe("the decision on their matter in the timeline", () => {
  it("each recorded day once, at its place, by whoever first recorded it — from the message in hand's record too", () => {
    const timeline = personTimeline({
      contacts: [
        contact("<a>", "2026-11-02T09:00:00.000Z", { matterDecidedOn: "2026-10-29", recordedBy: "sam.carter@opcc.example.gov.uk", recordedAt: "2026-11-02T10:00:00.000Z" }),
        contact("<b>", "2026-11-10T09:00:00.000Z", { matterDecidedOn: "2026-10-29", recordedAt: "2026-11-10T10:00:00.000Z" }),
        contact("<now>", "2026-11-20T09:00:00.000Z", { matterDecidedOn: "2026-11-15" }),
      ],
      letters: [],
      decisions: [],
      current: "<now>",
    });
    expect(timeline.entries.filter((e) => e.kind === "matterDecided")).toEqual([
      { kind: "matterDecided", at: "2026-11-15T23:59:59.999Z", on: "2026-11-15", recordedBy: CASEY },
      { kind: "matterDecided", at: "2026-10-29T23:59:59.999Z", on: "2026-10-29", recordedBy: "sam.carter@opcc.example.gov.uk" },
    ]);
    const shown = text(renderToStaticMarkup(<TimelinePanel timeline={timeline} pack={warwickshirePack} nameOf={nameOf} days={90} />));
    expect(shown).toContain("29 October 2026 — Told the office's decision on their matter (recorded by sam.carter@opcc.example.gov.uk): persistence after a decision counts from here.");
  });
});
