import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoOffice } from "../../dev/demo/office";
import { DEMO_ROSTER, DEMO_SITE, STAFF_DOMAIN } from "../../dev/demo/people";
import { startEmulator, type Emulator } from "../../dev/emulator/server";
import { breaksStrategy, isRestricted, syntheticMailbox } from "../../dev/flagger/synthetic-mail";
import { CATEGORY_NAME } from "../../src/app/flag-message";
import { BREACH_ACTION } from "../../src/app/strategy/breaches";
import type { Checkpoints, MailboxAccess } from "../../src/flagger/core/ports";
import { memoryCheckpoints, sweepAll, type SweepSummary } from "../../src/flagger/core/run";
import { graphMailbox } from "../../src/flagger/graph/mailbox";
import { devTokenProvider } from "../../src/graph/auth/dev";
import { createGraphClient } from "../../src/graph/client";
import { getPack } from "../../src/policy/packs/index";
import type { CaseStore } from "../../src/store/port";
import { resolveSiteId } from "../../src/store/sharepoint/site";
import { createSharePointStore } from "../../src/store/sharepoint/store";

/**
 * Issue 16's "exactly once", against the emulator: the office's shared inbox holds 10,000
 * messages, 1% of them from Pat O'Brien (in force on an authoriser's approval); one in ten
 * requests to the mailbox is refused with 429 and Retry-After; the worker is killed at four
 * different points of a page (before its writes, half-way through them, after them but before
 * its place is saved, and by a connection dropped after a `$batch` was applied). Each run is a
 * new process: a new Graph client, store and mailbox, only the saved checkpoints carried over.
 */
const UPN = `enquiries@${STAFF_DOMAIN}`;
const COUNT = 10_000;
const pack = getPack("warwickshire");

class Crash extends Error {
  override readonly name = "Crash";
}

let emulator: Emulator;
let siteId: string;
const mail = syntheticMailbox(COUNT, 0.01);
const byInternetId = new Map(mail.map((m) => [String(m.data.internetMessageId), m]));
/** Every write the worker sent, by message id (a crash half-way counts only what went). */
const sent = new Map<string, number>();
const retryWaits: number[] = [];
const batchWaits: number[] = [];

function process(crash: { beforeWrites?: boolean; midWrites?: boolean; beforeSave?: boolean }): { mailbox: MailboxAccess; store: CaseStore; checkpoints: (c: Checkpoints) => Checkpoints } {
  const graph = createGraphClient({ graphBaseUrl: emulator.baseUrl, tokens: devTokenProvider("dev-app-token"), retry: { sleep: async (ms) => void retryWaits.push(ms) } });
  const inner = graphMailbox(graph, UPN, { sleep: async (ms) => void batchWaits.push(ms) });
  let pagesWithWrites = 0;
  const mailbox: MailboxAccess = {
    ...inner,
    upn: inner.upn,
    async apply(writes) {
      pagesWithWrites += 1;
      const going = crash.midWrites && pagesWithWrites === 2 ? writes.slice(0, Math.ceil(writes.length / 2)) : writes;
      for (const w of going) sent.set(w.id, (sent.get(w.id) ?? 0) + 1);
      await inner.apply(going);
      if (going !== writes) throw new Crash("killed half-way through a page's writes");
    },
  };
  const real = createSharePointStore(graph, siteId);
  let appended = 0;
  const store: CaseStore = {
    ...real,
    async appendAudits(events) {
      await real.appendAudits(events);
      if (crash.beforeWrites && events.length > 0 && ++appended === 3) throw new Crash("killed after recording a page's breaches, before its writes");
    },
  };
  const checkpoints = (saved: Checkpoints): Checkpoints => {
    let pending = 0;
    return {
      load: saved.load,
      async save(key, checkpoint) {
        if (crash.beforeSave && !checkpoint.pending && pending === 1) throw new Crash("killed after a page's writes, before its place was saved");
        if (checkpoint.pending) pending += 1;
        await saved.save(key, checkpoint);
      },
    };
  };
  return { mailbox, store, checkpoints };
}

async function sweep(saved: Checkpoints, crash: Parameters<typeof process>[0] = {}): Promise<SweepSummary> {
  const { mailbox, store, checkpoints } = process(crash);
  return sweepAll([{ mailbox, folders: ["inbox"] }], { store, checkpoints: checkpoints(saved), pack, roster: DEMO_ROSTER, staffDomains: [STAFF_DOMAIN], now: () => new Date("2026-11-27T09:00:00Z"), recorder: "Contact Strategy Manager (flagger)" });
}

const boxOf = (upn: string) => {
  const user = emulator.world.users.find((u) => u.userPrincipalName === upn)!;
  return emulator.world.mailboxes.find((b) => b.userId === user.id)!;
};

beforeAll(async () => {
  emulator = await startEmulator();
  await seedDemoOffice({ baseUrl: emulator.baseUrl, token: emulator.token, now: new Date("2026-11-25T10:00:00Z") });
  siteId = await resolveSiteId(createGraphClient({ graphBaseUrl: emulator.baseUrl, tokens: devTokenProvider(emulator.token) }), DEMO_SITE);
  emulator.seedMail(UPN, mail.map((m) => m.data));
}, 60_000);
afterAll(() => emulator.close());

describe("a mailbox of 10,000 messages swept through throttling and crashes", () => {
  it("flags every message from a restricted sender exactly once, touches nothing else, and records each breach once", async () => {
    const before = new Map(boxOf(UPN).messages.map((m) => [m.id, m.seq]));
    emulator.faults.add({ path: "^/(users/|\\$batch)", status: 429, retryAfterSeconds: 1, probability: 0.1 });
    emulator.faults.add({ method: "POST", path: "^/\\$batch$", status: "dropAfterWrite", everyNth: 40, times: 1 });
    const saved = memoryCheckpoints();
    const crashes = [{ beforeWrites: true }, { midWrites: true }, { beforeSave: true }];
    const runs: Array<SweepSummary | Error> = [];
    for (let run = 0; run < 12; run += 1) {
      try {
        runs.push(await sweep(saved, crashes[run] ?? {}));
        break;
      } catch (error) {
        runs.push(error as Error);
      }
    }
    emulator.faults.clear();
    const failures = runs.filter((r): r is Error => r instanceof Error);
    // Each planned crash happened, and the dropped connection too: the worker really was killed four times.
    expect(failures.filter((f) => f instanceof Crash).map((f) => f.message)).toEqual(["killed after recording a page's breaches, before its writes", "killed half-way through a page's writes", "killed after a page's writes, before its place was saved"]);
    expect(failures.length).toBeGreaterThanOrEqual(4);
    expect(runs.at(-1)).not.toBeInstanceOf(Error);

    const restricted = mail.filter((m) => isRestricted(m.kind));
    expect(restricted).toHaveLength(100);
    const messages = boxOf(UPN).messages;
    expect(messages).toHaveLength(COUNT);
    for (const message of messages) {
      const kind = byInternetId.get(String(message.data.internetMessageId))!.kind;
      if (isRestricted(kind)) {
        expect(message.data.categories).toEqual([CATEGORY_NAME]);
        expect(message.data.flag).toEqual({ flagStatus: "flagged" });
        expect(sent.get(message.id)).toBe(1);
      } else {
        // Not written to at all: its change counter is where seeding left it.
        expect(message.seq).toBe(before.get(message.id));
        expect(sent.has(message.id)).toBe(false);
      }
    }
    expect(sent.size).toBe(100);

    const graph = createGraphClient({ graphBaseUrl: emulator.baseUrl, tokens: devTokenProvider("dev-app-token") });
    const recorded = (await createSharePointStore(graph, siteId).auditFor("strategy:demo-pat-obrien")).filter((e) => e.action === BREACH_ACTION);
    const breached = restricted.filter((m) => breaksStrategy(m.kind)).map((m) => `strategy:demo-pat-obrien:breach:${String(m.data.internetMessageId)}`);
    expect(breached).toHaveLength(75);
    expect(recorded.map((e) => e.id).sort()).toEqual(breached.sort());

    // Throttled requests waited what Graph asked (Retry-After: 1), the middleware's and the batches' alike.
    const throttled = emulator.requestLog().filter((r) => r.status === 429).length;
    expect(throttled).toBeGreaterThan(0);
    expect(retryWaits.filter((ms) => ms === 1000).length).toBe(throttled);
    expect(batchWaits.length).toBeGreaterThan(0);
    expect(batchWaits.every((ms) => ms >= 1000)).toBe(true);
  }, 240_000);

  it("a sweep with nothing new writes nothing; a copy of a breaching message in another mailbox is flagged there, its breach not recorded again", async () => {
    const saved = memoryCheckpoints();
    const first = await sweep(saved);
    // A fresh checkpoint reads the whole folder again, and finds every message already marked.
    expect(first).toMatchObject({ swept: COUNT, restricted: 100, flagged: 0 });
    expect(await sweep(saved)).toMatchObject({ swept: 0, flagged: 0, breaches: 0 });

    const copy = mail.find((m) => m.kind === "restrictedToOffice")!;
    const casey = `casey.worker@${STAFF_DOMAIN}`;
    emulator.seedMail(casey, [copy.data]);
    const graph = createGraphClient({ graphBaseUrl: emulator.baseUrl, tokens: devTokenProvider("dev-app-token") });
    const store = createSharePointStore(graph, siteId);
    const breachesBefore = (await store.auditFor("strategy:demo-pat-obrien")).length;
    const summary = await sweepAll([{ mailbox: graphMailbox(graph, casey), folders: ["inbox"] }], { store, checkpoints: saved, pack, roster: DEMO_ROSTER, staffDomains: [STAFF_DOMAIN], now: () => new Date(), recorder: "flagger" });
    expect(summary).toMatchObject({ restricted: 1, flagged: 1, breaches: 1 });
    expect(boxOf(casey).messages.find((m) => m.data.internetMessageId === copy.data.internetMessageId)!.data.categories).toEqual([CATEGORY_NAME]);
    expect((await store.auditFor("strategy:demo-pat-obrien")).length).toBe(breachesBefore);
  }, 120_000);
});
