import { describe, expect, it } from "vitest";
import { loadHistory } from "../../src/app/history";
import type { RecentMail, RecentMessage } from "../../src/mail/recent-mail";
import { fingerprint } from "../../src/policy/classifier/fingerprint";
import type { ContactRecord } from "../../src/policy/contact";
import { createMemoryStore } from "../../src/store/memory/store";
import { StoreError } from "../../src/store/port";
import { strategy } from "../builders/strategy";
import { letterRecord } from "../store/contract";

const PAT = "pat.o'brien@example.org";
const NOW = new Date("2026-11-25T10:00:00Z");
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3_600_000).toISOString();
const STAFF = ["opcc.example.gov.uk"];

function recorded(id: string, h: number): ContactRecord {
  return {
    internetMessageId: id,
    senderAddress: PAT,
    receivedAt: hoursAgo(h),
    subject: `recorded ${id}`,
    categories: ["abusive"],
    evidence: [],
    outcome: "confirmed",
    recordedBy: "casey.worker@opcc.example.gov.uk",
    recordedAt: hoursAgo(h - 1),
    staffContacted: ["sam.carter@opcc.example.gov.uk"],
  };
}

const mailOf = (messages: RecentMessage[]): RecentMail => ({ from: async (address) => messages.filter(() => address === PAT) });
const received = (id: string, h: number, to = ["enquiries@opcc.example.gov.uk"], cc = ["mp@parliament.example.uk"]): RecentMessage => ({
  internetMessageId: id,
  receivedAt: hoursAgo(h),
  subject: `mail ${id}`,
  fingerprint: fingerprint(`the same complaint again ${id}`),
  to,
  cc,
});

async function storeWith(...records: ContactRecord[]) {
  const store = createMemoryStore();
  for (const r of records) await store.recordContact(r);
  return store;
}

describe("the sender's history beside a classification", () => {
  it("counts recorded contacts and unrecorded mail once each, leaving out the message in hand", async () => {
    const store = await storeWith(recorded("<a>", 5), recorded("<current>", 1));
    const mail = mailOf([received("<a>", 5), received("<b>", 30), received("<current>", 1)]);
    const { history, mailProblem } = await loadHistory({ store, mail, staffDomains: STAFF }, { addresses: [PAT] }, undefined, NOW, "<current>");
    expect(history.contacts.map((c) => c.subject).sort()).toEqual(["mail <b>", "recorded <a>"]);
    expect(mailProblem).toBeUndefined();
  });

  it("keeps the fingerprints of unrecorded mail for near-duplicates, and counts only office staff as staff contacted", async () => {
    const { history } = await loadHistory({ store: await storeWith(), mail: mailOf([received("<b>", 30)]), staffDomains: STAFF }, { addresses: [PAT] }, undefined, NOW);
    expect(history.contacts).toEqual([{ at: hoursAgo(30), subject: "mail <b>", fingerprint: fingerprint("the same complaint again <b>"), staffContacted: ["enquiries@opcc.example.gov.uk"], addressedToOthers: false }]);
  });

  // Warwickshire 3.2 "repeatedly copying OPCC staff into emails sent to other public bodies": only
  // mail addressed to another body counts, not every earlier letter that reached the office.
  it("marks earlier mail addressed to another body with staff copied, and no other", async () => {
    const toCouncil = received("<c>", 40, ["Complaints <complaints@council.example.gov.uk>"], ["Sam.Carter@OPCC.example.gov.uk"]);
    const toOffice = received("<d>", 50, ["enquiries@opcc.example.gov.uk"], ["mp@parliament.example.uk"]);
    const recordedElsewhere = { ...recorded("<e>", 60), addressedToOthers: true };
    const { history } = await loadHistory({ store: await storeWith(recordedElsewhere), mail: mailOf([toCouncil, toOffice]), staffDomains: STAFF }, { addresses: [PAT] }, undefined, NOW);
    const bySubject = Object.fromEntries(history.contacts.map((c) => [c.subject, c]));
    expect(bySubject["mail <c>"]).toMatchObject({ staffContacted: ["sam.carter@opcc.example.gov.uk"], addressedToOthers: true });
    expect(bySubject["mail <d>"]).toMatchObject({ staffContacted: ["enquiries@opcc.example.gov.uk"], addressedToOthers: false });
    expect(bySubject["recorded <e>"]).toMatchObject({ addressedToOthers: true });
  });

  it("still shows the recorded history when the mailbox cannot be read, and says why the rest is missing", async () => {
    const failing: RecentMail = { from: async () => Promise.reject(new StoreError("forbidden", "Reading recent mail from this sender: you do not have permission (403).")) };
    const { history, mailProblem } = await loadHistory({ store: await storeWith(recorded("<a>", 5)), mail: failing, staffDomains: STAFF }, { addresses: [PAT] }, undefined, NOW);
    expect(history.contacts).toHaveLength(1);
    expect(mailProblem).toMatch(/you do not have permission/);
  });

  it("still classifies on the mailbox's history when the ContactLog cannot be read, and says what is missing", async () => {
    const down = async () => Promise.reject(new StoreError("unavailable", "Microsoft 365 did not answer (503)."));
    const broken = { contactsFrom: down, lettersFor: down, auditForTargets: down };
    const { history, logProblem, mailProblem } = await loadHistory({ store: broken, mail: mailOf([received("<b>", 30)]), staffDomains: STAFF }, { addresses: [PAT] }, undefined, NOW);
    expect(history.contacts.map((c) => c.subject)).toEqual(["mail <b>"]);
    expect(logProblem).toMatch(/did not answer/);
    expect(mailProblem).toBeUndefined();
  });

  it("searches the mailbox for the address as written too: Graph matches a plus-tagged sender exactly", async () => {
    const tagged = "pat.o'brien+opcc@example.org";
    const asked: string[] = [];
    const mail: RecentMail = { from: async (address) => (asked.push(address), address === tagged ? [received("<t>", 3)] : []) };
    const { history } = await loadHistory({ store: await storeWith(), mail, staffDomains: STAFF }, { addresses: [PAT], mailAddresses: [tagged] }, undefined, NOW);
    expect(asked.sort()).toEqual([tagged, PAT].sort());
    expect(history.contacts.map((c) => c.subject)).toEqual(["mail <t>"]);
  });

  // Gwent 7.0 / Warwickshire 6: a warning to someone with no strategy yet still counts in their history.
  it("counts written warnings sent to the sender with no strategy, and not a draft never sent", async () => {
    const store = await storeWith();
    await store.recordLetter(letterRecord({ id: "W1", status: "sent", sentAt: "2026-10-02T11:00:00.000Z" }));
    await store.recordLetter(letterRecord({ id: "W2", preparedAt: "2026-11-20T10:00:00.000Z" }));
    await store.recordLetter(letterRecord({ id: "W3", address: "riley.evans@example.org", status: "sent", sentAt: "2026-10-05T11:00:00.000Z" }));
    const { history } = await loadHistory({ store, staffDomains: STAFF }, { addresses: [PAT] }, undefined, NOW);
    expect(history.warningsGiven).toEqual(["2026-10-02T00:00:00.000Z"]);
  });

  it("counts a warning once when the strategy and the letter both record it", async () => {
    const store = await storeWith();
    await store.recordLetter(letterRecord({ id: "W1", status: "sent", sentAt: "2026-10-02T11:00:00.000Z" }));
    const withStrategy = strategy({ priorWarning: { kind: "given", on: "2026-10-02", reference: "W1" } });
    const { history } = await loadHistory({ store, staffDomains: STAFF }, { addresses: [PAT] }, withStrategy, NOW);
    expect(history.warningsGiven).toEqual(["2026-10-02T00:00:00.000Z"]);
  });

  it("dates persistence from the days caseworkers recorded the person was told the decision on their matter, not from a strategy's approval", async () => {
    const told = { ...recorded("<told>", 24 * 20), matterDecidedOn: "2026-10-29" };
    const again = { ...recorded("<again>", 24 * 3), matterDecidedOn: "2026-10-29" };
    const later = { ...recorded("<later>", 24 * 2), matterDecidedOn: "2026-11-20" };
    const approved = strategy({ history: [{ type: "approve", from: "proposed", to: "active", by: "morgan.reid@opcc.example.gov.uk", at: "2026-11-01T10:00:00.000Z", why: "criteria met" }] });
    const { history } = await loadHistory({ store: await storeWith(told, again, later, recorded("<none>", 24)), staffDomains: STAFF }, { addresses: [PAT] }, approved, NOW);
    // Once each, oldest first, at the day's end: a message on the day itself is not taken to follow the decision.
    expect(history.decisionsCommunicated).toEqual(["2026-10-29T23:59:59.999Z", "2026-11-20T23:59:59.999Z"]);
    const none = await loadHistory({ store: await storeWith(recorded("<none>", 24)), staffDomains: STAFF }, { addresses: [PAT] }, approved, NOW);
    expect(none.history.decisionsCommunicated).toEqual([]);
  });

  it("reads no mail where none is given (a shared mailbox's item)", async () => {
    const { history } = await loadHistory({ store: await storeWith(recorded("<a>", 5)), staffDomains: STAFF }, { addresses: [PAT] }, undefined, NOW);
    expect(history.contacts.map((c) => c.subject)).toEqual(["recorded <a>"]);
  });
});

describe("the decision already recorded on the message in hand", () => {
  it("is found, even for a message older than the history's 90 days, and the old record stays out of the counts", async () => {
    const old = recorded("<old>", 24 * 120);
    const store = await storeWith(old, recorded("<a>", 5));
    const loaded = await loadHistory({ store, staffDomains: STAFF }, { addresses: [PAT] }, undefined, NOW, { internetMessageId: "<old>", receivedAt: old.receivedAt });
    expect(loaded.recorded).toMatchObject({ internetMessageId: "<old>", outcome: "confirmed", recordedBy: "casey.worker@opcc.example.gov.uk" });
    expect(loaded.history.contacts.map((c) => c.subject)).toEqual(["recorded <a>"]);
  });

  it("is absent when the message was never recorded, and when the ContactLog could not be read (which says so)", async () => {
    const store = await storeWith(recorded("<a>", 5));
    expect((await loadHistory({ store, staffDomains: STAFF }, { addresses: [PAT] }, undefined, NOW, { internetMessageId: "<new>", receivedAt: hoursAgo(1) })).recorded).toBeUndefined();
    const broken = { ...store, contactsFrom: async () => Promise.reject(new StoreError("unavailable", "SharePoint answered 503")) };
    const loaded = await loadHistory({ store: broken, staffDomains: STAFF }, { addresses: [PAT] }, undefined, NOW, { internetMessageId: "<a>", receivedAt: hoursAgo(5) });
    expect(loaded.recorded).toBeUndefined();
    expect(loaded.logProblem).toContain("503");
  });
});
