import { beforeEach, describe, expect, it } from "vitest";
import { AuditQueue } from "../../src/app/compose/audit-queue";
import { checkRecipients, decideSend, NOTICE_KEY, OVERRIDE_NOTICE_KEY, recordOverride, STATUS_KEY, VERDICT_KEY, type ComposeGuardDeps, type OverrideDeps } from "../../src/app/compose/guard";
import { GuardIndex } from "../../src/app/compose/guard-index";
import { strategiesInForce } from "../../src/app/compose/in-force-source";
import { GuardIndexCache, INDEX_STORAGE_KEY, type KeyValueStorage } from "../../src/app/compose/index-cache";
import { getPack } from "../../src/policy/packs/index";
import type { CaseStore } from "../../src/store/port";
import { createMemoryStore, type MemoryStore } from "../../src/store/memory/store";
import { approveIn, CASEY_ID, MORGAN_ID, ROSTER } from "../builders/evidence";
import { strategy } from "../builders/strategy";
import { FakeComposeItem } from "../fakes/compose";

const pack = getPack("warwickshire");
const SAM = { upn: "sam.carter@opcc.example.gov.uk", displayName: "Sam Carter" };
const CASEY = "casey.worker@opcc.example.gov.uk";
const PAT = "pat.o'brien@example.org";

class MemoryStorage implements KeyValueStorage {
  data = new Map<string, string>();
  async getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  async setItem(key: string, value: string) {
    this.data.set(key, value);
  }
}

let store: MemoryStore;
let clock: Date;
let loads: number;
let graphDown: boolean;
let storage: MemoryStorage;
let cache: GuardIndexCache;

function newCache(): GuardIndexCache {
  return new GuardIndexCache({
    load: async () => {
      loads += 1;
      if (graphDown) throw new Error("Graph answered 503");
      return strategiesInForce(store, pack, ROSTER);
    },
    storage,
    now: () => clock,
    maxAgeMs: 5 * 60_000,
  });
}
function deps(writer = CASEY): ComposeGuardDeps & { lookups: number } {
  const d = {
    pack,
    writer,
    lookups: 0,
    now: () => clock,
    index: (waitMs: number) => ((d.lookups += 1), cache.get(waitMs)),
  };
  return d;
}

beforeEach(async () => {
  store = createMemoryStore();
  clock = new Date("2026-11-25T10:00:00Z");
  loads = 0;
  graphDown = false;
  storage = new MemoryStorage();
  cache = newCache();
  // In force the way the product puts a strategy in force: proposed by one person, approved by the authoriser.
  await approveIn(
    store,
    strategy({
      id: "pat",
      status: "active",
      restrictions: [{ kind: "singlePointOfContact", spoc: SAM }, { kind: "singleChannel", channel: "email" }, { kind: "readAndFile" }],
      singlePointOfContact: SAM,
      addresses: [PAT, "tel:+447700900417"],
    }),
  );
  await approveIn(store, strategy({ id: "jordan", status: "active", person: { displayName: "Jordan Blake" }, addresses: ["jordan.blake@example.net"], restrictions: [{ kind: "readAndFile" }], allowedChannels: ["email", "letter"] }));
  await store.as(CASEY_ID).saveStrategy(strategy({ id: "alex", status: "proposed", person: { displayName: "Alex Morgan" }, addresses: ["alex.morgan@example.com"] }));
});

describe("checking recipients while writing (OnNewMessageCompose, OnMessageRecipientsChanged)", () => {
  it("names the person, the single point of contact and what is allowed when a restricted recipient is added", async () => {
    const item = new FakeComposeItem(["riley.evans@example.org", "Pat O'Brien <PAT.O'BRIEN+complaint@Example.org>"]);
    await checkRecipients(item, deps(), 1000);
    expect(item.notifications.get(NOTICE_KEY)).toEqual({ kind: "informational", message: "Contact strategy in force for Pat O'Brien: replies only from Sam Carter (single point of contact), by email; read and file." });
    expect(JSON.parse(item.session.get(VERDICT_KEY)!)).toMatchObject({ recipients: [PAT, "riley.evans@example.org"], matches: [{ address: PAT, strategy: { strategyId: "pat" } }] });
  });

  it("clears the notice when the restricted recipient is removed", async () => {
    const item = new FakeComposeItem([PAT]);
    await checkRecipients(item, deps(), 1000);
    expect(item.notifications.has(NOTICE_KEY)).toBe(true);
    item.to = ["riley.evans@example.org"];
    await checkRecipients(item, deps(), 1000);
    expect(item.notifications.has(NOTICE_KEY)).toBe(false);
  });

  it("says nothing about a proposed strategy: only strategies in force bind", async () => {
    const item = new FakeComposeItem(["alex.morgan@example.com"]);
    await checkRecipients(item, deps(), 1000);
    expect(item.notifications.size).toBe(0);
  });

  it("binds no one on a strategy item alone: 'active' with no authoriser's approval is not in force", async () => {
    await store.as(CASEY_ID).saveStrategy(strategy({ id: "riley", status: "active", person: { displayName: "Riley Evans" }, addresses: ["riley.evans@example.org"], restrictions: [{ kind: "singlePointOfContact", spoc: SAM }] }));
    const item = new FakeComposeItem(["riley.evans@example.org"]);
    await checkRecipients(item, deps(), 1000);
    expect(item.notifications.size).toBe(0);
  });

  it("enforces the approved terms, not later edits to the strategy item", async () => {
    const pat = (await store.getStrategy("pat"))!;
    const casey = { upn: CASEY, displayName: "Casey Worker" };
    await store.as(CASEY_ID).saveStrategy({ ...pat.value, restrictions: [{ kind: "singlePointOfContact", spoc: casey }], singlePointOfContact: casey }, pat.etag);
    const item = new FakeComposeItem([PAT]);
    await checkRecipients(item, deps(), 1000);
    expect(item.notifications.get(NOTICE_KEY)?.message).toContain("replies only from Sam Carter");
    expect((await decideSend(item, { ...deps(), canOfferOverride: true })).allow).toBe(false);
  });

  it("still warns about a strategy in force whose item someone set to 'ended' without an authoriser's decision", async () => {
    const pat = (await store.getStrategy("pat"))!;
    await store.as(CASEY_ID).saveStrategy({ ...pat.value, status: "ended" }, pat.etag);
    const item = new FakeComposeItem([PAT]);
    await checkRecipients(item, deps(), 1000);
    expect(item.notifications.get(NOTICE_KEY)?.message).toContain("Pat O'Brien");
    expect((await decideSend(item, { ...deps(), canOfferOverride: true })).allow).toBe(false);
  });

  it("binds no one on an approval by the person who proposed it (four-eyes)", async () => {
    await approveIn(store, strategy({ id: "riley", status: "active", person: { displayName: "Riley Evans" }, addresses: ["riley.evans@example.org"], restrictions: [{ kind: "singlePointOfContact", spoc: SAM }] }), { proposer: MORGAN_ID, approver: MORGAN_ID });
    const item = new FakeComposeItem(["riley.evans@example.org"]);
    await checkRecipients(item, deps(), 1000);
    expect(item.notifications.size).toBe(0);
    expect(await decideSend(item, { ...deps(), canOfferOverride: true })).toEqual({ allow: true });
  });

  it("finds a person in Cc or Bcc as in To", async () => {
    const item = new FakeComposeItem([]);
    item.bcc = ["jordan.blake@example.net"];
    await checkRecipients(item, deps(), 1000);
    expect(item.notifications.get(NOTICE_KEY)?.message).toContain("Jordan Blake");
  });

  it("fails open with a warning when the list of strategies cannot be loaded", async () => {
    graphDown = true;
    const item = new FakeComposeItem([PAT]);
    await checkRecipients(item, deps(), 1000);
    expect(item.notifications.get(STATUS_KEY)).toMatchObject({ kind: "error" });
    expect(item.notifications.get(STATUS_KEY)!.message).toBe("Before sending, check whether any recipient has a contact strategy: the check failed (Graph answered 503).");
    expect(await decideSend(item, { ...deps(), canOfferOverride: true })).toEqual({ allow: true, unchecked: "Graph answered 503" });
  });

  it("a long outage reason never cuts off what to do: the instruction comes first, within Outlook's 150 characters (T5 finding 6)", async () => {
    graphDown = true;
    const long = "Finding the SharePoint site opcc.sharepoint.com:/sites/contact-strategies: Microsoft 365 is not answering right now (503 Service Unavailable). Try again in a few minutes.";
    cache = new GuardIndexCache({ load: async () => { throw new Error(long); }, storage, now: () => clock, maxAgeMs: 5 * 60_000 });
    const item = new FakeComposeItem([PAT]);
    await checkRecipients(item, deps(), 1000);
    const message = item.notifications.get(STATUS_KEY)!.message;
    expect(message.length).toBeLessThanOrEqual(150);
    expect(message).toMatch(/^Before sending, check whether any recipient has a contact strategy: the check failed \(Finding the SharePoint site .*…\)\.$/);
  });

  it("never clears a warning because Graph went down: the old list is used, and its age shown", async () => {
    const item = new FakeComposeItem([PAT]);
    await checkRecipients(item, deps(), 1000);
    graphDown = true;
    clock = new Date(clock.getTime() + 60 * 60_000);
    await checkRecipients(item, deps(), 1000); // stale: answers from memory, refreshes in the background (fails)
    await checkRecipients(item, deps(), 1000);
    expect(item.notifications.get(NOTICE_KEY)?.message).toContain("Pat O'Brien");
    expect(item.notifications.get(STATUS_KEY)?.message).toBe("Checked against an old list: the list of contact strategies dates from 2026-11-25 10:00 UTC (Graph answered 503).");
  });

  it("only the latest of overlapping events writes", async () => {
    const item = new FakeComposeItem([PAT]);
    expect(await checkRecipients(item, deps(), 1000, () => false)).toBeUndefined();
    expect(item.notifications.size + item.session.size).toBe(0);
  });
});

describe("the send (OnMessageSend, Smart Alerts soft block)", () => {
  it("stops a writer who is not the single point of contact, naming the rule", async () => {
    const item = new FakeComposeItem([PAT]);
    await checkRecipients(item, deps(), 1000);
    const decision = await decideSend(item, { ...deps(), canOfferOverride: true });
    expect(decision.allow).toBe(false);
    if (decision.allow) return;
    expect(decision.message).toContain("You are not the single point of contact for Pat O'Brien: only Sam Carter replies");
    expect(decision.message).toContain("(Managing Public Contact Policy (OPCC Warwickshire), section 7)");
    expect(decision.offerOverride).toBe(true);
  });

  it("lets the single point of contact send", async () => {
    const item = new FakeComposeItem([PAT]);
    await checkRecipients(item, deps(SAM.upn), 1000);
    expect(await decideSend(item, { ...deps(SAM.upn), canOfferOverride: true })).toEqual({ allow: true });
  });

  it("uses the verdict kept by the recipients check: no lookup on send", async () => {
    const item = new FakeComposeItem([PAT]);
    await checkRecipients(item, deps(), 1000);
    const send = deps();
    await decideSend(item, { ...send, canOfferOverride: true });
    expect(send.lookups).toBe(0);
  });

  it("looks up without waiting for Graph when the recipients changed after the last check", async () => {
    const item = new FakeComposeItem(["riley.evans@example.org"]);
    await checkRecipients(item, deps(), 1000);
    item.cc = [PAT];
    graphDown = true; // the index in memory answers; nothing waits on Graph
    const decision = await decideSend(item, { ...deps(), canOfferOverride: false });
    expect(decision).toMatchObject({ allow: false, offerOverride: false });
  });

  it("sends when nothing has been loaded and nothing can be: never blocked because Graph is down", async () => {
    graphDown = true;
    const item = new FakeComposeItem([PAT]);
    expect(await decideSend(item, { ...deps(), canOfferOverride: true })).toMatchObject({ allow: true });
  });
});

describe("overriding (the Smart Alert's Record override)", () => {
  function overrideDeps(queue: AuditQueue): OverrideDeps {
    return { ...deps(), audit: (e) => queue.append(e), newId: () => "draft-1" };
  }

  it("records the override in the AuditTrail against the strategy, then lets the send through", async () => {
    const item = new FakeComposeItem([PAT]);
    await checkRecipients(item, deps(), 1000);
    const queue = new AuditQueue(async () => store, storage, 1000);
    expect(await recordOverride(item, overrideDeps(queue))).toMatchObject({ kind: "recorded" });
    const audit = (await store.auditFor("strategy:pat")).filter((e) => e.action === "composeOverride");
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "composeOverride", by: CASEY });
    expect(audit[0]!.detail).toContain("warwickshire-managing-public-contact-policy.txt §7.2");
    expect(item.notifications.get(OVERRIDE_NOTICE_KEY)?.message).toBe("Override for Pat O'Brien recorded against the strategy. Send again to send.");
    expect(await decideSend(item, { ...deps(), canOfferOverride: true })).toEqual({ allow: true });
    // A second press records nothing twice.
    await recordOverride(item, overrideDeps(queue));
    expect((await store.auditFor("strategy:pat")).filter((e) => e.action === "composeOverride")).toHaveLength(1);
  });

  it("the override's record names the message's subject, so a reviewer can see what the writer said was a different matter (T5 finding 6)", async () => {
    const item = new FakeComposeItem([PAT]);
    item.subjectLine = "Your Freedom of Information request FOI-2026-118";
    await checkRecipients(item, deps(), 1000);
    await recordOverride(item, overrideDeps(new AuditQueue(async () => store, storage, 1000)));
    const [event] = (await store.auditFor("strategy:pat")).filter((e) => e.action === "composeOverride");
    expect(event!.detail).toContain(`writing to ${PAT} about “Your Freedom of Information request FOI-2026-118” under`);
    const blank = new FakeComposeItem(["jordan.blake@example.net", PAT]);
    blank.subject = () => Promise.reject(new Error("not readable"));
    await checkRecipients(blank, deps(), 1000);
    await recordOverride(blank, { ...overrideDeps(new AuditQueue(async () => store, storage, 1000)), newId: () => "draft-2" });
    expect((await store.auditFor("strategy:pat")).filter((e) => e.action === "composeOverride").at(-1)!.detail).toContain("(subject could not be read)");
  });

  it("a subject that names no matter (blank, \u201cRe:\u201d, \u201cupdate\u201d) overrides nothing: the override's record would give no reason", async () => {
    for (const subjectLine of ["", "RE: ", "Re: update", "ok"]) {
      const item = new FakeComposeItem([PAT]);
      item.subjectLine = subjectLine;
      await checkRecipients(item, deps(), 1000);
      expect(await recordOverride(item, overrideDeps(new AuditQueue(async () => store, storage, 1000)))).toEqual({ kind: "subjectNeeded" });
      expect(item.notifications.get(OVERRIDE_NOTICE_KEY)).toEqual({
        kind: "error",
        message: subjectLine.startsWith("R")
          ? "Nothing was overridden: a reply or forward in this person's thread is the same matter. Write a new message whose subject names the other matter."
          : "Nothing was overridden: give the message a subject naming the different matter it is about, then send again.",
      });
      expect((await decideSend(item, { ...deps(), canOfferOverride: true })).allow).toBe(false);
    }
    expect((await store.auditFor("strategy:pat")).filter((e) => e.action === "composeOverride")).toEqual([]);
  });

  it("a reply in the restricted person's thread, their own subject, or a subject naming no matter overrides nothing (T7 #13)", async () => {
    const recent = { recentSubjects: async (addresses: readonly string[]) => (addresses.includes(PAT) ? ["STILL waiting", "RE: Complaint ref 4411"] : []) };
    const cases: Array<[string, "newMail" | "reply" | "forward" | undefined, RegExp]> = [
      ["RE: STILL waiting", "reply", /a reply or forward in this person's thread is the same matter/],
      ["STILL waiting", "reply", /a reply or forward/],
      ["Re: my complaint", undefined, /a reply or forward/],
      ["STILL waiting", "newMail", /the subject of this person's own message/],
      ["STILL waiting - different matter", "newMail", /the subject of this person's own message/],
      ["Your complaint", "newMail", /naming the different matter/],
      ["A different matter", "newMail", /naming the different matter/],
    ];
    for (const [subjectLine, started, said] of cases) {
      const item = new FakeComposeItem([PAT]);
      item.subjectLine = subjectLine;
      item.started = started;
      await checkRecipients(item, deps(), 1000);
      expect(await recordOverride(item, { ...overrideDeps(new AuditQueue(async () => store, storage, 1000)), ...recent }), subjectLine).toEqual({ kind: "subjectNeeded" });
      expect(item.notifications.get(OVERRIDE_NOTICE_KEY)?.message, subjectLine).toMatch(said);
      expect((await decideSend(item, { ...deps(), canOfferOverride: true })).allow).toBe(false);
    }
    expect((await store.auditFor("strategy:pat")).filter((e) => e.action === "composeOverride")).toEqual([]);
    // A new message naming another matter still overrides.
    const other = new FakeComposeItem([PAT]);
    other.subjectLine = "Your Freedom of Information request 2291";
    other.started = "newMail";
    await checkRecipients(other, deps(), 1000);
    expect(await recordOverride(other, { ...overrideDeps(new AuditQueue(async () => store, storage, 1000)), ...recent })).toMatchObject({ kind: "recorded" });
  });

  it("covers only the breaches it named: a restricted recipient added afterwards is stopped again", async () => {
    const item = new FakeComposeItem([PAT]);
    await checkRecipients(item, deps(), 1000);
    await recordOverride(item, overrideDeps(new AuditQueue(async () => store, storage, 1000)));
    await approveIn(store, strategy({ id: "lee", status: "active", person: { displayName: "Lee" }, addresses: ["lee@example.org"], restrictions: [{ kind: "singlePointOfContact", spoc: SAM }] }));
    await cache.refresh();
    item.to.push("lee@example.org");
    await checkRecipients(item, deps(), 1000);
    const decision = await decideSend(item, { ...deps(), canOfferOverride: true });
    expect(decision.allow).toBe(false);
    if (!decision.allow) expect(decision.breaches.map((b) => b.personName)).toEqual(["Lee"]);
  });

  it("refuses to override what the pack does not allow (email to a person who takes letters only)", async () => {
    await approveIn(store, strategy({ id: "kim", status: "active", person: { displayName: "Kim Lee" }, addresses: ["kim.lee@example.org"], restrictions: [{ kind: "singleChannel", channel: "letter" }], allowedChannels: ["letter"] }));
    const item = new FakeComposeItem(["kim.lee@example.org"]);
    await checkRecipients(item, deps(), 1000);
    const queue = new AuditQueue(async () => store, storage, 1000);
    expect(await recordOverride(item, overrideDeps(queue))).toMatchObject({ kind: "notOverridable" });
    expect((await store.auditFor("strategy:kim")).map((e) => e.action)).toEqual(["propose"]);
    expect((await decideSend(item, { ...deps(), canOfferOverride: true })).allow).toBe(false);
  });

  it("keeps an override made while the site is down, lets the send go, and writes it later", async () => {
    const item = new FakeComposeItem([PAT]);
    await checkRecipients(item, deps(), 1000);
    let down = true;
    const flaky = { appendAudit: async (e: Parameters<CaseStore["appendAudit"]>[0]) => (down ? Promise.reject(new Error("Graph answered 503")) : store.appendAudit(e)) };
    const queue = new AuditQueue(async () => flaky, storage, 1000);
    expect(await recordOverride(item, overrideDeps(queue))).toMatchObject({ kind: "queued", problem: "Graph answered 503" });
    expect(await decideSend(item, { ...deps(), canOfferOverride: true })).toEqual({ allow: true });
    // The runtime is gone; a new one finds the pending event in storage and writes it.
    down = false;
    const later = new AuditQueue(async () => flaky, storage, 1000);
    expect(await later.flush()).toBe(1);
    expect((await store.auditFor("strategy:pat")).map((e) => e.action)).toEqual(["propose", "composeOverride"]);
    expect(await later.waiting()).toEqual([]);
  });
});

describe("the index cache", () => {
  it("is kept in storage, so a new runtime answers without Graph", async () => {
    await cache.get(1000);
    expect(storage.data.has(INDEX_STORAGE_KEY)).toBe(true);
    graphDown = true;
    cache = newCache();
    const item = new FakeComposeItem([PAT]);
    await checkRecipients(item, deps(), 0);
    expect(item.notifications.get(NOTICE_KEY)?.message).toContain("Pat O'Brien");
  });

  it("refreshes in the background once older than its maximum age, answering from the old one meanwhile", async () => {
    await cache.get(1000);
    expect(loads).toBe(1);
    await cache.get(0);
    expect(loads).toBe(1);
    clock = new Date(clock.getTime() + 6 * 60_000);
    const answer = await cache.get(0);
    expect(answer.index).toBeDefined();
    expect(loads).toBe(2);
  });

  it("loads once however many events ask at the same time", async () => {
    await Promise.all([cache.get(1000), cache.get(1000), cache.get(1000)]);
    expect(loads).toBe(1);
  });

  it("lets an event wait for a refresh under way, and says whether it brought a new list", async () => {
    expect(await cache.settle(1000)).toBe(false); // nothing under way
    void cache.refresh();
    expect(await cache.settle(1000)).toBe(true);
    graphDown = true;
    void cache.refresh().catch(() => undefined);
    expect(await cache.settle(1000)).toBe(false);
  });

  it("ignores what is not an index it wrote", () => {
    for (const text of ["", "{", "[]", JSON.stringify({ version: 2, builtAt: "x", strategies: [], addresses: [] })]) expect(GuardIndex.parse(text)).toBeUndefined();
  });
});
