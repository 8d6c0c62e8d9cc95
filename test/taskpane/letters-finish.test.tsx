import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { finishRecording, markSentBy } from "../../src/app/letters";
import type { Services } from "../../src/app/services";
import type { LetterRecord } from "../../src/policy/letters/record";
import { warwickshirePack as pack } from "../../src/policy/packs/warwickshire";
import { createMemoryStore, type MemoryStore } from "../../src/store/memory/store";
import { letterMarkingBegun, markSentAudited } from "../../src/store/letter-sender";
import { StoreError, type CaseStore } from "../../src/store/port";
import { LettersPanel } from "../../src/taskpane/letters/LettersPanel";
import { markFailure, readLettersOnRecord, type LetterOutcome, type LettersOnRecord } from "../../src/taskpane/letters/useLetters";
import { ServicesProvider } from "../../src/taskpane/services";

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/\s+/g, " ").trim();
const SAM = { id: "sam", upn: "sam.carter@opcc.example.gov.uk", displayName: "Sam Carter" };
const CASEY = { id: "casey", upn: "casey.worker@opcc.example.gov.uk", displayName: "Casey Worker" };
const NOW = new Date("2026-12-05T09:00:00.000Z");
const letter = (over: Partial<LetterRecord> = {}): LetterRecord => ({
  id: "B1",
  kind: "breach",
  address: "pat.o'brien@example.org",
  personName: "Pat O'Brien",
  subject: "Your contact with our office",
  medium: "outlookNew",
  preparedBy: SAM.upn,
  preparedAt: "2026-12-05T08:50:00.000Z",
  status: "drafted",
  packId: pack.id,
  packVersion: pack.version,
  elements: [],
  text: "Dear Pat O'Brien",
  ...over,
});
const QUERY = { address: "pat.o'brien@example.org" };

/** What the pane shows: the notice's title and words, each letter's line with what is said under it, and its buttons. */
function pane(onRecord: LettersOnRecord, outcome: LetterOutcome = { state: "idle" }) {
  const html = renderToStaticMarkup(
    <ServicesProvider services={{ pack } as unknown as Services}>
      <LettersPanel kinds={["breach"]} signposts={[]} outcome={outcome} letters={onRecord.letters} listProblem={undefined} canReply onAct={() => {}} onMarkSent={() => {}} onDismiss={() => {}} doubts={onRecord.doubts} judgedOn={onRecord.judgedOn} unfinished={onRecord.unfinished} onFinish={() => {}} />
    </ServicesProvider>,
  );
  const list = /<ul[^>]*data-testid="letters-on-record"[^>]*>([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? "";
  const notice = /<div[^>]*data-testid="notice-[a-z]+"[^>]*>([\s\S]*?)<button/.exec(html)?.[1];
  return {
    notice: notice ? text(notice) : undefined,
    lines: [...list.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((m) => text(m[1]!.replace(/<button[\s\S]*?<\/button>/g, ""))),
    buttons: [...list.matchAll(/<button[^>]*>([\s\S]*?)<\/button>/g)].map((m) => text(m[1]!)),
  };
}

/**
 * The memory store as `who`, with its AuditTrail writes failing while `down.audit` is set (Microsoft 365 answering 503):
 * a marking then lands on the letter and its event fails after it, as T9's halfmark on the emulator.
 */
function signedIn(store: MemoryStore, who: typeof SAM, down = { audit: false }): CaseStore {
  const inner = store.as(who);
  const appendAudit: CaseStore["appendAudit"] = async (event) => {
    if (down.audit) throw new StoreError("unavailable", "AuditTrail: 503", { statusCode: 503 });
    return inner.appendAudit(event);
  };
  // Its start is recorded (before the failure), the Letters write lands, then the "letter sent" event fails.
  const mark = async (id: string, at: string, by: string) => {
    const sent: LetterRecord = { ...(await inner.lettersFor(QUERY)).find((l) => l.id === id)!, status: "sent", sentAt: at, sentBy: by };
    await inner.appendAudit(letterMarkingBegun(sent));
    store.tamper.editLetter(id, { status: "sent", sentAt: at, sentBy: by });
    return sent;
  };
  return { ...inner, appendAudit, markLetterSent: (id, at, by) => markSentAudited(() => mark(id, at, by), appendAudit, by) };
}
const services = (store: CaseStore, who: typeof SAM) => ({ pack, store, user: { displayName: who.displayName, emailAddress: who.upn }, now: () => NOW });

/** Sam's breach letter B1, marked sent while the AuditTrail was down: the letter landed, its "letter sent" event did not. */
async function halfMarked() {
  const store = createMemoryStore(SAM);
  await store.recordLetter(letter());
  const down = { audit: true };
  const sam = signedIn(store, SAM, down);
  await expect(markSentBy(services(sam, SAM), { id: "B1", kind: "breach" })).rejects.toMatchObject({ partly: true });
  down.audit = false;
  return { store, sam };
}

describe("a marking whose audit write failed (T9 #9)", () => {
  // Finished at once (within the clock allowance of the marking's time): see the next test for later.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(NOW);
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  it("the notice says the letter was marked sent but not recorded; the letter offers its marker “Finish recording”, which clears the doubt; no one else is offered it", async () => {
    const store = createMemoryStore(SAM);
    await store.recordLetter(letter());
    const down = { audit: true };
    const sam = signedIn(store, SAM, down);
    const failed = await markSentBy(services(sam, SAM), { id: "B1", kind: "breach" }).catch((error: unknown) => markFailure(error, false));
    down.audit = false;
    const before = await readLettersOnRecord(sam, QUERY, { now: NOW, user: SAM.upn });
    const shown = pane(before, failed as LetterOutcome);
    expect(shown.notice).toBe(
      "Marked sent, but the audit record was not written The letter is marked sent, but the audit record of its marking was not written, so it reads as in doubt until it is. Choose “Finish recording” under it to write that record: nothing is recorded twice. (Microsoft 365 is not answering right now (a problem on its side, not your connection). Try again in a few minutes.)",
    );
    expect(shown.lines).toEqual([expect.stringMatching(/: sent by Sam Carter on 5 December 2026 at 09:00 In doubt: No audit event records sam\.carter@opcc\.example\.gov\.uk marking it sent/)]);
    expect(shown.buttons).toEqual(["Finish recording"]);
    // Casey sees the doubt, and no way to write Sam's record.
    const casey = signedIn(store, CASEY);
    expect(pane(await readLettersOnRecord(casey, QUERY, { now: NOW, user: CASEY.upn })).buttons).toEqual([]);
    expect(await finishRecording(services(casey, CASEY), before.letters[0]!)).toEqual({ ok: false, message: expect.stringContaining("Only sam.carter@opcc.example.gov.uk can finish recording") });

    expect(await finishRecording(services(sam, SAM), before.letters[0]!)).toEqual({ ok: true });
    expect(await finishRecording(services(sam, SAM), before.letters[0]!)).toEqual({ ok: true });
    const after = pane(await readLettersOnRecord(sam, QUERY, { now: NOW, user: SAM.upn }));
    expect(after.lines).toEqual([expect.stringMatching(/: sent by Sam Carter on 5 December 2026 at 09:00$/)]);
    expect(after.buttons).toEqual([]);
    expect((await store.auditFor("letter:B1")).filter((e) => e.id === "letter:B1:sent")).toHaveLength(1);
  });

  it("finished an hour later, the letter is not read as backdated: the start of the marking was recorded on time", async () => {
    const { store, sam } = await halfMarked();
    vi.setSystemTime(new Date(NOW.getTime() + 3_600_000));
    const [marked] = (await readLettersOnRecord(sam, QUERY, { now: new Date(), user: SAM.upn })).letters;
    expect(await finishRecording(services(sam, SAM), marked!)).toEqual({ ok: true });
    const after = pane(await readLettersOnRecord(sam, QUERY, { now: new Date(), user: SAM.upn }));
    expect(after.lines).toEqual([expect.stringMatching(/: sent by Sam Carter on 5 December 2026 at 09:00$/)]);
    // A letter written "sent" an hour back, with no start of its marking on record, is not Sam's to finish (T10 #11).
    await store.recordLetter(letter({ id: "B2", status: "sent", sentAt: NOW.toISOString(), sentBy: SAM.upn }));
    const [, forged] = (await readLettersOnRecord(sam, QUERY, { now: new Date(), user: SAM.upn })).letters;
    expect(await finishRecording(services(sam, SAM), forged!)).toEqual({ ok: false, message: expect.stringContaining("no record that you began marking this letter sent") });
    expect(pane(await readLettersOnRecord(sam, QUERY, { now: new Date(), user: SAM.upn })).lines[1]).toMatch(/In doubt: No audit event records sam\.carter@opcc\.example\.gov\.uk marking it sent/);
  });

  it("a letter Casey wrote “sent by Sam” straight to the list offers Sam no “Finish recording”, and finishing it is refused: Sam never began marking it (T10 #11)", async () => {
    const store = createMemoryStore(SAM);
    await store.as(CASEY).recordLetter(letter({ status: "sent", sentAt: NOW.toISOString(), sentBy: SAM.upn, preparedBy: CASEY.upn }));
    const sam = signedIn(store, SAM);
    const shown = await readLettersOnRecord(sam, QUERY, { now: NOW, user: SAM.upn });
    expect(pane(shown).buttons).toEqual([]);
    expect(await finishRecording(services(sam, SAM), shown.letters[0]!)).toEqual({ ok: false, message: expect.stringContaining("no record that you began marking this letter sent") });
    expect(await store.auditFor("letter:B1")).toEqual([]);
    expect(pane(await readLettersOnRecord(sam, QUERY, { now: NOW, user: SAM.upn })).lines[0]).toMatch(/In doubt: No audit event records sam\.carter@opcc\.example\.gov\.uk marking it sent/);
  });

  it("a half-marked letter Casey rewrites before Sam finishes it is not finished: Sam's record would vouch for words he never sent (T10 #5)", async () => {
    const { store, sam } = await halfMarked();
    store.tamper.editLetter("B1", { text: "Dear Pat O'Brien, words Sam never sent." });
    const shown = await readLettersOnRecord(sam, QUERY, { now: NOW, user: SAM.upn });
    expect(pane(shown).buttons).toEqual([]);
    expect(await finishRecording(services(sam, SAM), shown.letters[0]!)).toEqual({ ok: false, message: expect.stringContaining("no record that you began marking this letter sent, as it now reads") });
    expect((await store.auditFor("letter:B1")).map((e) => e.id)).not.toContain("letter:B1:sent");
  });

  it("a mark as sent that failed before anything was written says “Not marked as sent”, not that the letter was not prepared", () => {
    expect(pane({ letters: [letter()], doubts: {}, judgedOn: {}, unfinished: [] }, markFailure(new StoreError("unavailable", "Letters: 503", { statusCode: 503 }), false)).notice).toBe(
      "Not marked as sent Microsoft 365 is not answering right now (a problem on its side, not your connection). Try again in a few minutes. Try again: nothing will be recorded twice.",
    );
  });
});

describe("a colleague's event squatting the id of an honest marker's record (T10 #3)", () => {
  it("Sam's Mark as sent does not report success: the notice says his record could not be written and why, offers no “Finish recording”, and finishing is refused", async () => {
    const store = createMemoryStore(SAM);
    await store.recordLetter(letter());
    // Casey appends, in her own name, an event under the id Sam's record of marking B1 sent would take.
    await store.as(CASEY).appendAudit({ id: "letter:B1:sent", target: "letter:B1", action: "letter sent (breach reminder, Outlook message)", by: CASEY.upn, at: NOW.toISOString(), detail: "Casey was here." });
    const sam = signedIn(store, SAM);
    const failed = await markSentBy(services(sam, SAM), { id: "B1", kind: "breach" }).then(
      () => undefined,
      (error: unknown) => markFailure(error, false),
    );
    const shown = pane(await readLettersOnRecord(sam, QUERY, { now: NOW, user: SAM.upn }), failed as LetterOutcome);
    expect(shown.notice).toMatch(/^Marked sent, but the audit record was not written The letter is marked sent, but its audit record could not be written: The audit trail already holds an event under “letter:B1:sent”/);
    expect(shown.notice).not.toContain("Choose “Finish recording”");
    expect(shown.buttons).toEqual([]);
    await expect(finishRecording(services(sam, SAM), (await readLettersOnRecord(sam, QUERY, { now: NOW, user: SAM.upn })).letters[0]!)).rejects.toMatchObject({ code: "conflict" });
  });
});

describe("the audit trail cannot be read (T9 #14)", () => {
  it("the letters on record are still shown, each sent one saying its audit check could not be done", async () => {
    const store = createMemoryStore(SAM);
    await store.recordLetter(letter({ id: "D1" }));
    await store.recordLetter(letter({ id: "S1", preparedAt: "2026-12-05T08:55:00.000Z" }));
    await store.markLetterSent("S1", "2026-12-05T08:58:00.000Z", SAM.upn);
    const failing = { ...store, auditForTargets: async () => Promise.reject(new StoreError("throttled", "AuditTrail: 429")) };
    const shown = pane(await readLettersOnRecord(failing, QUERY, { now: NOW, user: SAM.upn }));
    expect(shown.lines).toEqual([
      expect.stringMatching(/08:50: drafted, not yet marked sent$/),
      expect.stringMatching(/08:55: sent by Sam Carter on 5 December 2026 at 08:58 Its audit record could not be checked \(Microsoft 365 is busy right now\. Wait a minute and try again\.\): whether it was marked sent as it says is not known\./),
    ]);
  });
});

describe("a letter whose marking was recorded before the digest of what was sent (T9 #10)", () => {
  it("reads as sent, saying under it what it was judged on", async () => {
    const { UNRECORDED_CONTENT } = await import("../../src/app/letter-trust");
    const old = letter({ status: "sent", sentAt: "2026-12-01T10:00:00.000Z", sentBy: SAM.upn });
    expect(pane({ letters: [old], doubts: {}, judgedOn: { B1: UNRECORDED_CONTENT }, unfinished: [] }).lines).toEqual([
      "Breach reminder (Outlook message), prepared by Sam Carter on 5 December 2026 at 08:50: sent by Sam Carter on 1 December 2026 at 10:00 Marked sent before the add-in recorded what each letter said: judged on its kind, form, subject, address, who prepared it and when, and who marked it sent and when, not on its words.",
    ]);
  });
});

describe("a warning that left records out (T19-1)", () => {
  it("the notice of a letter prepared says which records written outside the add-in it left out, and by whom", () => {
    const leftOut = "1 record in the contact log written outside the add-in (by Casey Worker) was left out of this letter: the message <forged@example.com> of 5 December 2026.";
    const { notice } = pane({ letters: [], doubts: {}, judgedOn: {}, unfinished: [] }, { state: "done", message: "The draft is open in Outlook.", leftOut });
    expect(notice).toBe(`Letter prepared and recorded The draft is open in Outlook. ${leftOut}`.replace(/</g, "&lt;").replace(/>/g, "&gt;"));
  });
});
