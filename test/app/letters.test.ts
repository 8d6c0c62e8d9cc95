import { describe, expect, it } from "vitest";
import { exportPerson } from "../../src/app/records/subject-access";
import { guardedOf } from "../../src/app/incoming";
import { draftInOutlook, markSent, markSentBy, wordLetter, type LetterServices } from "../../src/app/letters";
import type { FileAttachment } from "../../src/outlook/mailbox";
import { getPack } from "../../src/policy/packs/index";
import { createMemoryStore } from "../../src/store/memory/store";
import type { CaseStore } from "../../src/store/port";
import { contacts, inForce } from "../builders/letters";
import { ROSTER } from "../builders/evidence";
import { readDocx } from "../letters/docx-reader";

const NOW = new Date("2026-11-25T10:00:00Z");
const PAT = "pat.o'brien@example.org";

function setup(packId = "warwickshire") {
  const store = createMemoryStore();
  const opened: Array<{ form: "reply" | "new"; to?: string[]; subject?: string; html: string; attachments: readonly FileAttachment[] }> = [];
  const mailbox = {
    displayReplyForm: (html: string, attachments: readonly FileAttachment[] = []) => void opened.push({ form: "reply", html, attachments }),
    displayNewMessageForm: (to: string[], subject: string, html: string, attachments: readonly FileAttachment[] = []) => void opened.push({ form: "new", to, subject, html, attachments }),
  };
  const services: LetterServices & { mailbox: typeof mailbox; policyCopy: (href: string) => Promise<string> } = {
    pack: getPack(packId),
    store,
    user: { displayName: "Casey Worker", emailAddress: "casey.worker@opcc.example.gov.uk" },
    now: () => NOW,
    mailbox,
    policyCopy: async (href) => `POLICY TEXT from ${href}\n7.3 Disputing a decision`,
  };
  return { store, opened, services };
}
const options = { id: "L-1", reply: true, largePrint: false, attachmentBase: "https://addin.example/taskpane.html" };

describe("drafting a letter in Outlook", () => {
  it("opens a reply for a person to check and send, with the policy attached by its address, and records it first", async () => {
    const { store, opened, services } = setup();
    const result = await draftInOutlook(services, { kind: "restriction", strategy: inForce() }, options);
    expect(result.ok).toBe(true);
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatchObject({ form: "reply", attachments: [{ name: "Managing Public Contact Policy (OPCC Warwickshire).txt", url: "https://addin.example/assets/policies/warwickshire-managing-public-contact-policy.txt" }] });
    expect(opened[0]!.html).toContain("How we will manage your contact with us");
    const [letter] = await store.lettersFor({ strategyId: "s-1" });
    expect(letter).toMatchObject({ id: "L-1", kind: "restriction", medium: "outlookReply", status: "drafted", address: PAT, preparedBy: "casey.worker@opcc.example.gov.uk" });
    expect(letter!.text).toContain("Please contact Sam Carter only.");
    expect(await store.auditFor("strategy:s-1")).toEqual([
      expect.objectContaining({ id: "letter:L-1:drafted", action: "letter drafted (contact strategy letter, Outlook reply)", by: "casey.worker@opcc.example.gov.uk" }),
    ]);
  });

  it("a new message goes to the strategy's email address with the letter's subject", async () => {
    const { opened, services } = setup();
    await draftInOutlook(services, { kind: "breach", strategy: inForce({ addresses: ["tel:+447700900417", PAT] }) }, { ...options, reply: false });
    expect(opened[0]).toMatchObject({ form: "new", to: [PAT], subject: "A reminder about your contact strategy", attachments: [] });
  });

  it("trying again after a failure records once and opens the draft again", async () => {
    const { store, opened, services } = setup();
    let failures = 1;
    const flaky: CaseStore["appendAudit"] = async (event) => {
      if (failures-- > 0) throw new Error("503");
      return store.appendAudit(event);
    };
    const shaky = { ...services, store: { ...services.store, appendAudit: flaky } };
    await expect(draftInOutlook(shaky, { kind: "restriction", strategy: inForce() }, options)).rejects.toThrow("503");
    expect(opened).toHaveLength(0);
    await draftInOutlook(shaky, { kind: "restriction", strategy: inForce() }, options);
    expect(await store.lettersFor({ strategyId: "s-1" })).toHaveLength(1);
    expect(await store.auditFor("strategy:s-1")).toHaveLength(1);
    expect(opened).toHaveLength(1);
  });

  it("a letter missing a required element opens nothing and records nothing", async () => {
    const { store, opened, services } = setup();
    const result = await draftInOutlook(services, { kind: "restriction", strategy: inForce({ reviewDate: undefined }) }, options);
    expect(result).toMatchObject({ ok: false, problems: [{ element: "review-date" }] });
    expect(opened).toEqual([]);
    expect(await store.lettersFor({ strategyId: "s-1" })).toEqual([]);
  });
});

describe("letters of one kind prepared the same day can be told apart (T5 finding 10)", () => {
  it("T5's four — Draft reply, Word large print, Draft new message large print twice — are recorded and audited each with its form and time, and a sent one says which it was", async () => {
    const { store, services } = setup();
    const ask = { kind: "restriction" as const, strategy: inForce() };
    const atMinute = (minute: number) => ({ ...services, now: () => new Date(NOW.getTime() + minute * 60_000) });
    await draftInOutlook(atMinute(0), ask, { ...options, id: "L-1" });
    await wordLetter(atMinute(1), ask, { id: "L-2", largePrint: true });
    await draftInOutlook(atMinute(2), ask, { ...options, id: "L-3", reply: false, largePrint: true });
    const last = await draftInOutlook(atMinute(3), ask, { ...options, id: "L-4", reply: false, largePrint: true });
    if (!last.ok) throw new Error(last.problems[0]!.message);
    await markSent({ ...services, now: () => new Date("2026-11-25T11:00:00Z") }, last.record);
    const trail = (await store.auditFor("strategy:s-1")).map((e) => `${e.action} by ${e.by} at ${e.at}: ${e.detail}`);
    expect(trail.map((line) => line.slice(0, line.indexOf(" by ")))).toEqual([
      "letter drafted (contact strategy letter, Outlook reply)",
      "letter drafted (contact strategy letter, Word document, large print)",
      "letter drafted (contact strategy letter, Outlook message, large print)",
      "letter drafted (contact strategy letter, Outlook message, large print)",
      // Its start, recorded before the letter is written as sent (T9 #9), then the marking.
      "letter sent (contact strategy letter, Outlook message, large print), begun",
      "letter sent (contact strategy letter, Outlook message, large print)",
    ]);
    // Each draft says when it was prepared, to the minute; the sent one names the draft it was: the last, prepared at 10:03, not the one at 10:02.
    expect(trail.slice(2, 4).map((line) => /prepared on ([^;]+);/.exec(line)?.[1])).toEqual(["25 November 2026 at 10:02", "25 November 2026 at 10:03"]);
    expect(trail.at(-1)).toMatch(/, prepared by casey\.worker@opcc\.example\.gov\.uk on 25 November 2026 at 10:03\. Letter L-4\. What was sent: sha256:[0-9a-f]{64}\.$/);
    expect((await store.lettersFor({ strategyId: "s-1" })).map((l) => [l.id, l.medium, l.largePrint ?? false])).toEqual([
      ["L-1", "outlookReply", false],
      ["L-2", "wordLargePrint", false],
      ["L-3", "outlookNew", true],
      ["L-4", "outlookNew", true],
    ]);
  });
});

describe("a warning to a person without a strategy", () => {
  it("names the behaviour confirmed from their address, is recorded against it, and counts once marked sent", async () => {
    const { store, opened, services } = setup("gwent");
    for (const [i, c] of contacts().entries()) {
      await store.recordContact({ ...c, internetMessageId: `<m${i}>`, senderAddress: PAT, recordedBy: "x", recordedAt: c.receivedAt, staffContacted: [] });
    }
    const ask = { kind: "warning" as const, person: { name: "Pat O'Brien", address: PAT } };
    const result = await draftInOutlook(services, ask, { ...options, id: "W-1" });
    if (!result.ok) throw new Error(result.problems[0]!.message);
    expect(opened[0]!.html).toContain("Swearing or other offensive language");
    expect(result.record).toMatchObject({ kind: "warning", status: "drafted", address: PAT });
    expect(result.record.strategyId).toBeUndefined();
    const sent = await markSent(services, result.record);
    expect(sent).toMatchObject({ status: "sent", sentAt: NOW.toISOString(), sentBy: "casey.worker@opcc.example.gov.uk" });
    expect((await store.auditFor("letter:W-1")).map((e) => e.action)).toEqual(["letter drafted (written warning, Outlook reply)", "letter sent (written warning, Outlook reply), begun", "letter sent (written warning, Outlook reply)"]);
    const sar = await exportPerson(store, PAT, { by: "casey.worker@opcc.example.gov.uk", now: NOW.toISOString(), pack: services.pack, roster: ROSTER });
    expect(sar.letters.map((l) => [l.id, l.status])).toEqual([["W-1", "sent"]]);
    expect(sar.audit.map((e) => e.id)).toEqual(["letter:W-1:drafted", `letter:W-1:sent:begun:${NOW.toISOString()}`, "letter:W-1:sent"]);
  });
});

describe("a Word letter", () => {
  it("is recorded and comes back as a .docx with the policy text included, in large print when asked", async () => {
    const { store, services } = setup();
    const result = await wordLetter(services, { kind: "restriction", strategy: inForce() }, { id: "D-1", largePrint: true });
    if (!result.ok) throw new Error("refused");
    expect(result.fileName).toBe("2026-11-25 restriction Pat O'Brien (large print).docx");
    const doc = await readDocx(result.bytes);
    expect(doc.paragraphs).toContain("POLICY TEXT from assets/policies/warwickshire-managing-public-contact-policy.txt");
    expect(Math.min(...doc.sizes)).toBeGreaterThanOrEqual(16);
    expect((await store.lettersFor({ strategyId: "s-1" }))[0]).toMatchObject({ id: "D-1", medium: "wordLargePrint" });
  });
});

describe("“Mark as sent” for a letter to a person with a single point of contact (T7 #16)", () => {
  it("is refused for anyone but the single point of contact, saying who sends it; nothing is marked or audited", async () => {
    const { store, services } = setup();
    const drafted = await draftInOutlook(services, { kind: "restriction", strategy: inForce() }, { ...options, id: "S-1" });
    if (!drafted.ok) throw new Error(drafted.problems[0]!.message);
    const result = await markSentBy(services, drafted.record, guardedOf(inForce()));
    expect(result).toEqual({
      ok: false,
      message: "You are not the single point of contact for Pat O'Brien: only Sam Carter writes to them, and the compose guard would stop your message too. Pass the letter to Sam Carter, who sends it and marks it as sent.",
      policyRef: "warwickshire-managing-public-contact-policy.txt §7",
    });
    expect((await store.lettersFor({ strategyId: inForce().id }))[0]).toMatchObject({ id: "S-1", status: "drafted" });
    expect((await store.auditFor(`strategy:${inForce().id}`)).map((e) => e.action)).toEqual(["letter drafted (contact strategy letter, Outlook reply)"]);
  });

  it("the single point of contact marks it sent", async () => {
    const { store, services } = setup();
    const drafted = await draftInOutlook(services, { kind: "restriction", strategy: inForce() }, { ...options, id: "S-2" });
    if (!drafted.ok) throw new Error(drafted.problems[0]!.message);
    const sam = { ...services, store: store.as({ upn: "Sam.Carter@opcc.example.gov.uk", displayName: "Sam Carter" }), user: { displayName: "Sam Carter", emailAddress: "Sam.Carter@opcc.example.gov.uk" } };
    expect(await markSentBy(sam, drafted.record, guardedOf(inForce()))).toMatchObject({ ok: true, letter: { status: "sent" } });
    expect((await store.lettersFor({ strategyId: inForce().id }))[0]).toMatchObject({ status: "sent" });
  });
});
