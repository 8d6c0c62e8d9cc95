import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { Services } from "../../src/app/services";
import { warwickshirePack } from "../../src/policy/packs/warwickshire";
import type { LetterRecord } from "../../src/policy/letters/record";
import { LettersPanel } from "../../src/taskpane/letters/LettersPanel";
import { ServicesProvider } from "../../src/taskpane/services";

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&#x27;|&#39;/g, "'").replace(/\s+/g, " ").trim();
const CASEY = "casey.worker@opcc.example.gov.uk";
const SAM = "sam.carter@opcc.example.gov.uk";

/** T5 finding 10: Draft reply, Download Word letter (large print) and Draft new message (large print) twice, one afternoon. */
const letter = (id: string, medium: LetterRecord["medium"], preparedAt: string, more: Partial<LetterRecord> = {}): LetterRecord => ({
  id,
  kind: "restriction",
  strategyId: "demo-pat-obrien",
  address: "pat.o'brien@example.org",
  personName: "Pat O'Brien",
  subject: "How we will manage your contact with us",
  medium,
  preparedBy: CASEY,
  preparedAt,
  status: "drafted",
  packId: "warwickshire",
  packVersion: "1",
  elements: [],
  text: "",
  ...more,
});
const FOUR = [
  letter("L-1", "outlookReply", "2026-12-04T14:02:00.000Z"),
  letter("L-2", "wordLargePrint", "2026-12-04T14:05:00.000Z"),
  letter("L-3", "outlookNew", "2026-12-04T14:07:00.000Z", { largePrint: true }),
  letter("L-4", "outlookNew", "2026-12-04T14:09:00.000Z", { largePrint: true, preparedBy: SAM, status: "sent", sentAt: "2026-12-04T15:30:00.000Z", sentBy: SAM }),
];

function lettersOnRecord(letters: LetterRecord[], notSender?: { message: string; policyRef: string }, doubts?: Record<string, string>): { lines: string[]; buttons: string[] } {
  const html = renderToStaticMarkup(
    <ServicesProvider services={{ pack: warwickshirePack } as unknown as Services}>
      <LettersPanel kinds={["restriction"]} signposts={[]} outcome={{ state: "idle" } as never} letters={letters} listProblem={undefined} canReply onAct={() => {}} onMarkSent={() => {}} onDismiss={() => {}} notSender={notSender} {...(doubts ? { doubts } : {})} />
    </ServicesProvider>,
  );
  const list = /<ul[^>]*data-testid="letters-on-record"[^>]*>([\s\S]*?)<\/ul>/.exec(html)![1]!;
  return {
    lines: [...list.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((m) => text(m[1]!.replace(/<button[\s\S]*?<\/button>/g, ""))),
    buttons: [...list.matchAll(/<button[^>]*aria-label="([^"]*)"/g)].map((m) => m[1]!.replace(/&#x27;|&#39;/g, "'")),
  };
}

describe("letters on record, as the pane lists them (T5 finding 10)", () => {
  it("T5's four letters of one afternoon read as four different lines: kind, form (reply, message, Word; large print), who prepared it and when, and who sent it", () => {
    expect(lettersOnRecord(FOUR).lines).toEqual([
      "Contact strategy letter (Outlook reply), prepared by Casey Worker on 4 December 2026 at 14:02: drafted, not yet marked sent",
      "Contact strategy letter (Word document, large print), prepared by Casey Worker on 4 December 2026 at 14:05: drafted, not yet marked sent",
      "Contact strategy letter (Outlook message, large print), prepared by Casey Worker on 4 December 2026 at 14:07: drafted, not yet marked sent",
      "Contact strategy letter (Outlook message, large print), prepared by Sam Carter on 4 December 2026 at 14:09: sent by Sam Carter on 4 December 2026 at 15:30",
    ]);
  });

  it("each Mark as sent button says which letter it marks, to a screen reader too", () => {
    expect(lettersOnRecord(FOUR).buttons).toEqual([
      "Mark the contact strategy letter of 4 December 2026 at 14:02 (Outlook reply) as sent",
      "Mark the contact strategy letter of 4 December 2026 at 14:05 (Word document, large print) as sent",
      "Mark the contact strategy letter of 4 December 2026 at 14:07 (Outlook message, large print) as sent",
    ]);
  });

  it("an outcome letter says which outcome; a summer time is shown in UK time", () => {
    const review = letter("R-1", "word", "2026-07-01T08:30:00.000Z", { kind: "reviewOutcome", variant: "continued" });
    expect(lettersOnRecord([review]).lines).toEqual(["Review outcome letter, continued (Word document), prepared by Casey Worker on 1 July 2026 at 09:30: drafted, not yet marked sent"]);
  });
});

describe("a letter on record as sent that may not have been (T8 #6)", () => {
  it("says under it, in words, that it is in doubt and why; the others read as before", async () => {
    const { judgeLetters, doubtWords } = await import("../../src/app/letter-trust");
    const caseys = letter("L-5", "outlookNew", "2026-12-04T14:10:00.000Z", { status: "sent", sentAt: "2026-12-04T15:40:00.000Z", sentBy: "casey.worker@opcc.example.gov.uk" });
    const judged = await judgeLetters({ auditForTargets: async (targets) => targets.map(() => []) }, [FOUR[0]!, caseys], () => ({ now: new Date("2026-12-05T09:00:00.000Z"), spoc: { member: { upn: SAM, displayName: "Sam Carter" } } }));
    const doubts = Object.fromEntries(judged.flatMap(({ letter: l, doubts: d }) => (d.length ? [[l.id, doubtWords(d)!]] : [])));
    expect(lettersOnRecord([FOUR[0]!, caseys], undefined, doubts).lines).toEqual([
      "Contact strategy letter (Outlook reply), prepared by Casey Worker on 4 December 2026 at 14:02: drafted, not yet marked sent",
      "Contact strategy letter (Outlook message), prepared by Casey Worker on 4 December 2026 at 14:10: sent by Casey Worker on 4 December 2026 at 15:40 " +
        "In doubt: No audit event records casey.worker@opcc.example.gov.uk marking it sent: it was written as sent, or marked sent, outside the add-in, or the add-in's record of the marking failed and casey.worker@opcc.example.gov.uk has not finished it. It was marked sent by casey.worker@opcc.example.gov.uk, not by Sam Carter, the single point of contact, who alone writes to the person.",
    ]);
  });
});

describe("letters to a person whose single point of contact is someone else (T7 #16)", () => {
  it("offer no “Mark as sent”, and say who sends them", () => {
    const notSender = { message: "You are not the single point of contact for Pat O'Brien: only Sam Carter writes to them, and the compose guard would stop your message too. Pass the letter to Sam Carter, who sends it and marks it as sent.", policyRef: "warwickshire-managing-public-contact-policy.txt §7" };
    const shown = lettersOnRecord(FOUR.slice(0, 1), notSender);
    expect(shown.buttons).toEqual([]);
    expect(shown.lines[0]).toContain("drafted, not yet marked sent Not sent yet. You are not the single point of contact for Pat O'Brien: only Sam Carter writes to them");
  });
});
