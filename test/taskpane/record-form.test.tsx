import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RecordForm } from "../../src/taskpane/review/components/RecordForm";
import type { ContactRecord } from "../../src/policy/contact";
import { warwickshirePack } from "../../src/policy/packs/warwickshire";
import { notRecordedWords } from "../../src/taskpane/shared/not-recorded";

/** The form's first paint for each state a caseworker can meet it in (no DOM needed: the markup is what they see first). */
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&#x27;/g, "'").replace(/\s+/g, " ").trim();
const checked = (html: string) => [...html.matchAll(/<input[^>]*type="checkbox"[^>]*>/g)].filter((m) => / checked=""/.test(m[0])).length;

const stored: ContactRecord = {
  internetMessageId: "<m@example.org>",
  senderAddress: "pat.o'brien@example.org",
  receivedAt: "2026-11-29T09:00:00.000Z",
  subject: "STILL waiting",
  categories: [],
  evidence: [],
  outcome: "dismissed",
  recordedBy: "casey.worker@opcc.example.gov.uk",
  recordedAt: "2026-11-29T14:05:00.000Z",
  staffContacted: [],
};
const render = (props: Partial<Parameters<typeof RecordForm>[0]>) =>
  renderToStaticMarkup(
    <RecordForm pack={warwickshirePack} suggested={["abusive"]} nameOf={(a) => (a === "casey.worker@opcc.example.gov.uk" ? "Casey Worker" : a)} onRecord={() => Promise.reject(new Error("not in this test"))} {...props} />,
  );

describe("the decision form's states", () => {
  it("a new message: not recorded yet, the suggestions ticked", () => {
    const html = render({});
    expect(text(html)).toContain("Not recorded yet.");
    expect(checked(html)).toBe(1);
  });

  it("a message whose record Casey added outside the add-in naming Sam: not shown as Sam's decision, who added it said, the suggestions ticked (T19-2)", () => {
    const forged = { ...stored, outcome: "confirmed" as const, categories: ["demands" as const], recordedBy: "sam.carter@opcc.example.gov.uk" };
    const html = render({ recordedOutside: { record: forged, createdBy: { upn: "casey.worker@opcc.example.gov.uk", displayName: "Casey Worker" } }, nameOf: (a) => (a.startsWith("sam.") ? "Sam Carter" : a) });
    expect(text(html)).toContain("Not recorded through the add-in. A record naming Sam Carter as its recorder was added outside the add-in by Casey Worker: it is not Sam Carter's decision, and is not counted as one.");
    expect(text(html)).not.toContain("Recorded by");
    expect(checked(html)).toBe(1);
  });

  it("a message whose record Sam made and Casey changed since (in doubt): not shown as Sam's decision, who changed it said (T20-4)", () => {
    const changed = { ...stored, outcome: "confirmed" as const, categories: ["abusive" as const], recordedBy: "sam.carter@opcc.example.gov.uk" };
    const html = render({ recordedOutside: { record: changed, inDoubt: { changedBy: { upn: "casey.worker@opcc.example.gov.uk", displayName: "Casey Worker" } } }, nameOf: (a) => (a.startsWith("sam.") ? "Sam Carter" : a) });
    expect(text(html)).toContain("In doubt: recorded by Sam Carter through the add-in, then changed outside the add-in by Casey Worker, and nothing of Sam Carter's on the audit trail names it as it reads now. As it reads, it is not counted as Sam Carter's decision.");
    expect(text(html)).not.toContain("Recorded by");
    expect(html).toContain('data-outcome="in-doubt"');
  });

  it("a dismissed message: who dismissed it and when, with no box ticked", () => {
    const html = render({ recorded: stored });
    expect(text(html)).toContain("Recorded by Casey Worker on 29 November 2026 at 14:05 as suggestions dismissed.");
    expect(checked(html)).toBe(0);
  });

  it("a corrected message: the recorded categories ticked, not the suggestion; someone else named by address", () => {
    const html = render({ recorded: { ...stored, outcome: "corrected", categories: ["persistent", "demands"], recordedBy: "sam.carter@opcc.example.gov.uk", recordedAt: "2026-07-01T08:30:00.000Z" } });
    // British Summer Time: 08:30 UTC is 09:30 in England and Wales.
    expect(text(html)).toMatch(/Recorded by sam\.carter@opcc\.example\.gov\.uk on 1 July 2026 at 09:30 as .+, .+\./);
    expect(checked(html)).toBe(2);
  });

  it("the reader's own note is “Your note”, never “Their note” (which reads as the sender's); someone else's names them (T5 finding 11)", () => {
    const note = { ...stored, outcome: "confirmed" as const, categories: ["abusive" as const], note: "Told Sam." };
    expect(text(render({ recorded: note, you: "Casey.Worker@opcc.example.gov.uk" }))).toContain("Your note: “Told Sam.”");
    const others = text(render({ recorded: { ...note, recordedBy: "sam.carter@opcc.example.gov.uk" }, you: "casey.worker@opcc.example.gov.uk" }));
    expect(others).toContain("Note by sam.carter@opcc.example.gov.uk: “Told Sam.”");
    expect(others).not.toContain("Their note");
  });

  it("a new message: the suggestion's sub-type ticked under its category, and an empty note to fill", () => {
    const html = render({ suggestedSubTypes: [{ category: "abusive", subType: "offensiveLanguage" }] });
    expect(html).toMatch(/role="group" aria-label="Which kind of unacceptable behaviour"/);
    expect(checked(html)).toBe(2);
    expect(text(html)).toContain("Your note (optional)");
  });

  it("a decision with sub-types and a note: both said on return, the sub-type ticked, the note in its box", () => {
    const html = render({ recorded: { ...stored, outcome: "confirmed", categories: ["abusive"], subTypes: [{ category: "abusive", subType: "threat" }], note: "Said they would wait outside." } });
    expect(text(html)).toContain("as Unacceptable behaviour (Threats or harm to people or property).");
    expect(text(html)).toContain("Note by Casey Worker: “Said they would wait outside.”");
    expect(checked(html)).toBe(2);
    expect(html).toMatch(/<textarea[^>]*>Said they would wait outside\.<\/textarea>/);
  });

  it("the contact log unreadable: unknown, not “not recorded”", () => {
    const html = render({ recordedUnknown: "Microsoft 365 answered 503" });
    expect(text(html)).toContain("Whether this message was already recorded is unknown");
    expect(text(html)).not.toContain("Not recorded yet");
  });
});

describe("the day the person was told the decision on their matter", () => {
  it("a stored day is shown with the decision and fills the field; the hint names the last one on record", () => {
    const html = render({ recorded: { ...stored, matterDecidedOn: "2026-10-29" }, lastMatterDecision: "2026-10-29", today: "2026-12-03" });
    expect(text(html)).toContain("Told the decision on their matter on 29 October 2026.");
    expect(html).toMatch(/<input[^>]*type="date"[^>]*value="2026-10-29"/);
    expect(html).toMatch(/<input[^>]*max="2026-12-03"/);
    expect(text(html)).toContain("Last recorded for them: 29 October 2026.");
  });

  it("with none on record the field is empty and the hint says so", () => {
    const html = render({});
    expect(html).toMatch(/<input[^>]*type="date"[^>]*value=""/);
    expect(text(html)).toContain("None is recorded for them yet.");
  });

  it("with the contact log unreadable (an outage) the hint says the day is unknown, never that none is recorded (T5 finding 8)", () => {
    const html = render({ recordedUnknown: "Microsoft 365 is not answering right now" });
    expect(text(html)).toContain("Whether one is recorded for them is unknown: the contact log could not be read.");
    expect(text(html)).not.toContain("None is recorded for them yet.");
  });
});

describe("a save that failed", () => {
  it("says plainly that the decision or the alert action is NOT recorded, not only that nothing was lost (T5 finding 8)", () => {
    expect(notRecordedWords("What was done about the alert")).toBe("What was done about the alert is NOT recorded. What you entered is still here: press “Try again”.");
    expect(notRecordedWords("Your decision")).not.toMatch(/Nothing was lost/);
  });
});
