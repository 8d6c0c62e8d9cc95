import { describe, expect, it } from "vitest";
import { CATEGORY_NAME } from "../../src/app/flag-message";
import { ALERT_ACTION } from "../../src/app/incoming";
import { SyncStateLost, type DeltaPage, type FolderMessage, type MailboxAccess, type MessageWrite } from "../../src/flagger/core/ports";
import { memoryCheckpoints, sweepAll } from "../../src/flagger/core/run";
import { getPack } from "../../src/policy/packs/index";
import type { ContactStrategy } from "../../src/policy/strategy";
import { createMemoryStore } from "../../src/store/memory/store";
import { approveIn, ROSTER } from "../builders/evidence";
import { strategy } from "../builders/strategy";

/**
 * The sweep's decisions, over a mailbox held in memory: what it writes for each message from a
 * person in force, and what it leaves alone. (The same core against the emulator, with throttling
 * and crashes, is exactly-once.test.ts.)
 */
const PAT = "pat.o'brien@example.org";
const SAM = { upn: "sam.carter@opcc.example.gov.uk", displayName: "Sam Carter" };
const OFFICE = "enquiries@opcc.example.gov.uk";
const who = (emailAddress: string) => ({ displayName: emailAddress, emailAddress });

function message(id: string, from: string, extra: Partial<FolderMessage> & { body?: string } = {}): FolderMessage & { body: string } {
  return { id, internetMessageId: `<${id}@example.mail>`, subject: "About my complaint", from: who(from), sender: who(from), to: [who(OFFICE)], cc: [], replyTo: [], receivedAt: "2026-11-26T09:00:00.000Z", attachments: 0, categories: [], flagStatus: "notFlagged", importance: "normal", folderId: "inbox-id", body: "Please reply about my complaint.", ...extra };
}

/** A folder in memory: pages of two, links "page:N", the round's end "delta:N"; every write recorded. */
function fakeMailbox(messages: Array<FolderMessage & { body: string }>, options: { lostLink?: string } = {}) {
  const writes: MessageWrite[] = [];
  const folders = new Map<string, string>();
  const access: MailboxAccess = {
    upn: OFFICE,
    async deltaPage(_folder, link): Promise<DeltaPage> {
      if (link && link === options.lostLink) throw new SyncStateLost("gone");
      const start = link?.startsWith("page:") ? Number(link.slice(5)) : link?.startsWith("delta:") ? Number(link.slice(6)) : 0;
      const page = messages.slice(start, start + 2);
      const end = start + page.length;
      return { messages: page.map(({ body: _b, ...m }) => ({ ...m })), link: end < messages.length ? { next: `page:${end}` } : { delta: `delta:${end}` } };
    },
    ensureCategory: async () => undefined,
    folderId: async (name) => folders.get(name) ?? (folders.set(name, `folder:${name}`), `folder:${name}`),
    bodies: async (ids) => new Map(ids.map((id) => [id, messages.find((m) => m.id === id)!.body])),
    states: async () => new Map(),
    async apply(batch) {
      writes.push(...batch);
    },
    syncRules: async () => ({ mailbox: OFFICE, created: 0, updated: 0, deleted: 0, uncovered: [] }),
  };
  return { access, writes };
}

async function officeWith(restrictions: ContactStrategy["restrictions"]) {
  const store = createMemoryStore();
  await approveIn(store, strategy({ id: "pat", addresses: [PAT], restrictions, singlePointOfContact: SAM }));
  // The worker writes as its own app (no person's sign-in address), as the emulator's app-only token does.
  return store.as({ id: "app-flagger", displayName: "Contact Strategy Manager (auto-flagger)" });
}
const sweep = (store: Awaited<ReturnType<typeof officeWith>>, mailbox: MailboxAccess, checkpoints = memoryCheckpoints(), staffNames?: readonly string[]) =>
  sweepAll([{ mailbox, folders: ["inbox"] }], { store, checkpoints, pack: getPack("warwickshire"), roster: ROSTER, staffDomains: ["opcc.example.gov.uk"], ...(staffNames ? { staffNames } : {}), now: () => new Date("2026-11-26T10:00:00Z"), recorder: "flagger" });

describe("one sweep's writes", () => {
  it("an alert in a restricted sender's mail: high importance, and the alert on the strategy's record once (Warwickshire 7.2)", async () => {
    const store = await officeWith([{ kind: "singlePointOfContact", spoc: SAM }]);
    const { access, writes } = fakeMailbox([message("m1", PAT, { to: [who(SAM.upn)], body: "My partner hits me and the children. Tonight I am going to kill myself." }), message("m2", "someone@example.com")]);
    const summary = await sweep(store, access);
    expect(summary).toMatchObject({ swept: 2, restricted: 1, flagged: 1, alerts: 1, breaches: 0 });
    expect(writes).toEqual([{ id: "m1", categories: [CATEGORY_NAME], flag: true, importance: "high" }]);
    const alerts = (await store.auditFor("strategy:pat")).filter((e) => e.action === ALERT_ACTION);
    expect(alerts.map((e) => e.id)).toEqual(["strategy:pat:alert:<m1@example.mail>"]);
  });

  it("a threat naming a member of staff is an alert when the office's configuration names them (staffNames), and not otherwise", async () => {
    const threat = () => [message("m1", PAT, { body: "I'll batter Priya when I see her." })];
    const named = fakeMailbox(threat());
    expect(await sweep(await officeWith([{ kind: "readAndFile" }]), named.access, memoryCheckpoints(), ["Priya Shah"])).toMatchObject({ alerts: 1 });
    expect(named.writes).toEqual([{ id: "m1", categories: [CATEGORY_NAME], flag: true, importance: "high" }]);
    const unnamed = fakeMailbox(threat());
    expect(await sweep(await officeWith([{ kind: "readAndFile" }]), unnamed.access)).toMatchObject({ alerts: 0 });
  });

  it("a dedicated address that diverts: the person's mail moves to the strategy's folder", async () => {
    const store = await officeWith([{ kind: "dedicatedAddress", address: "pat.case@opcc.example.gov.uk", divertToFolder: "Strategy: Pat" }]);
    const { access, writes } = fakeMailbox([message("m1", PAT, { to: [who("pat.case@opcc.example.gov.uk")] })]);
    expect(await sweep(store, access)).toMatchObject({ moved: 1, breaches: 0 });
    expect(writes).toEqual([{ id: "m1", categories: [CATEGORY_NAME], flag: true, moveTo: "folder:Strategy: Pat" }]);
  });

  it("writes only what a message lacks: a rule's category is kept, a flag someone completed is not raised again", async () => {
    const store = await officeWith([{ kind: "readAndFile" }]);
    const { access, writes } = fakeMailbox([message("m1", PAT, { categories: ["Blue", CATEGORY_NAME] }), message("m2", PAT, { categories: [CATEGORY_NAME], flagStatus: "complete" }), message("m3", PAT, { categories: ["Blue"] })]);
    expect(await sweep(store, access)).toMatchObject({ restricted: 3, flagged: 2 });
    expect(writes).toEqual([
      { id: "m1", flag: true },
      { id: "m3", categories: ["Blue", CATEGORY_NAME], flag: true },
    ]);
  });

  it("a delta link Graph no longer knows: the folder is read afresh, and what was marked is not written again", async () => {
    const store = await officeWith([{ kind: "readAndFile" }]);
    const messages = [message("m1", PAT), message("m2", "a@example.com"), message("m3", PAT)];
    const checkpoints = memoryCheckpoints();
    const first = fakeMailbox(messages);
    await sweep(store, first.access, checkpoints);
    expect(first.writes.map((w) => w.id)).toEqual(["m1", "m3"]);
    const marked = messages.map((m) => (m.from.emailAddress === PAT ? { ...m, categories: [CATEGORY_NAME], flagStatus: "flagged" as const } : m));
    const again = fakeMailbox(marked, { lostLink: "delta:3" });
    expect(await sweep(store, again.access, checkpoints)).toMatchObject({ swept: 3, flagged: 0, folders: [{ restarted: true }] });
    expect(again.writes).toEqual([]);
  });
});
