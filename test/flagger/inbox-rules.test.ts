import { beforeEach, describe, expect, it } from "vitest";
import { DEMO_ROSTER, DEMO_SITE, MORGAN, STAFF_DOMAIN, tokenOf } from "../../dev/demo/people";
import type { Emulator } from "../../dev/emulator/server";
import { demoOfficeEachTest } from "../fakes/demo-office";
import { CATEGORY_NAME } from "../../src/app/flag-message";
import { decide } from "../../src/app/strategy/actions";
import { readInForceSet } from "../../src/app/strategy/in-force-set";
import { memoryCheckpoints } from "../../src/flagger/core/run";
import { sweepTarget } from "../../src/flagger/host";
import { graphMailbox } from "../../src/flagger/graph/mailbox";
import { MANAGED_PREFIX, planRules, RULE_BUDGET_BYTES } from "../../src/flagger/rules/plan";
import { ruleSources } from "../../src/flagger/rules/sources";
import { devTokenProvider } from "../../src/graph/auth/dev";
import { createGraphClient, type GraphClient } from "../../src/graph/client";
import { getPack } from "../../src/policy/packs/index";
import { resolveSiteId } from "../../src/store/sharepoint/site";
import { createSharePointStore } from "../../src/store/sharepoint/store";

/**
 * Inbox rules kept in step with who is in force (issue 16, "no infrastructure"): Exchange then
 * categorises mail from a restricted sender on arrival, with no worker running. The emulator runs
 * a mailbox's Inbox rules on delivery, as Exchange does, and holds the rules quota.
 */
const SAM = `sam.carter@${STAFF_DOMAIN}`;
const PAT = "pat.o'brien@example.org";
let emulator: Emulator;
let graph: GraphClient;
let siteId: string;

const rulesOf = (upn: string) => {
  const user = emulator.world.users.find((u) => u.userPrincipalName === upn)!;
  return emulator.world.mailboxes.find((b) => b.userId === user.id)?.rules ?? [];
};
/** Delivers one message to Sam's Inbox (Exchange runs the rules) and returns its categories. */
const arriving = (from: string) => {
  const [id] = emulator.seedMail(SAM, [{ internetMessageId: `<${Math.random()}@example.mail>`, subject: "Hello", from: { emailAddress: { address: from } }, toRecipients: [{ emailAddress: { address: SAM } }], receivedDateTime: "2026-11-27T09:00:00Z", body: { contentType: "text", content: "Hello" } }]);
  const user = emulator.world.users.find((u) => u.userPrincipalName === SAM)!;
  return emulator.world.mailboxes.find((b) => b.userId === user.id)!.messages.find((m) => m.id === id)!.data.categories as string[];
};

const office = demoOfficeEachTest();
beforeEach(async () => {
  emulator = office();
  graph = createGraphClient({ graphBaseUrl: emulator.baseUrl, tokens: devTokenProvider("dev-app-token"), retry: { maxRetries: 0 } });
  siteId = await resolveSiteId(graph, DEMO_SITE);
}, 60_000);

describe("planning rules", () => {
  it("splits many addresses across rules of a bounded size, one group per divert folder, in a stable order", () => {
    const sources = Array.from({ length: 400 }, (_, i) => ({ address: `person.${i}@example.org` })).concat([{ address: "dee@example.org", divertTo: "Strategy: Dee" } as never]);
    const rules = planRules(sources);
    const plain = rules.filter((r) => !r.moveTo);
    expect(plain.length).toBeGreaterThan(1);
    expect(plain.flatMap((r) => r.addresses)).toHaveLength(400);
    for (const rule of plain) expect(Buffer.byteLength(JSON.stringify(rule.addresses.map((address) => ({ emailAddress: { address } }))))).toBeLessThanOrEqual(RULE_BUDGET_BYTES + 2);
    expect(rules.find((r) => r.moveTo)).toMatchObject({ addresses: ["dee@example.org"], moveTo: "Strategy: Dee", displayName: `${MANAGED_PREFIX} → Strategy: Dee` });
    expect(planRules([...sources].reverse())).toEqual(rules);
  });
});

describe("keeping a mailbox's Inbox rules in step", () => {
  it("makes one rule for the approved addresses of strategies in force (not a proposed one's); Exchange then categorises Pat's mail on arrival; a second run writes nothing", async () => {
    const store = createSharePointStore(graph, siteId);
    const sources = ruleSources(await readInForceSet(store, getPack("warwickshire"), DEMO_ROSTER));
    expect(sources.map((s) => s.address).sort()).toEqual(["jordan.blake@example.net", PAT]);
    const mailbox = graphMailbox(graph, SAM);
    expect(await mailbox.syncRules(sources)).toEqual({ mailbox: SAM, created: 1, updated: 0, deleted: 0, uncovered: [] });
    expect(rulesOf(SAM)).toMatchObject([{ displayName: MANAGED_PREFIX, isEnabled: true, actions: { assignCategories: [CATEGORY_NAME] }, conditions: { fromAddresses: [{ emailAddress: { address: "jordan.blake@example.net" } }, { emailAddress: { address: PAT } }] } }]);
    expect(arriving(PAT)).toEqual([CATEGORY_NAME]);
    expect(arriving("alex.morgan@example.com")).toEqual([]);
    emulator.clearLog();
    expect(await graphMailbox(graph, SAM).syncRules(sources)).toMatchObject({ created: 0, updated: 0, deleted: 0 });
    expect(emulator.requestLog().filter((r) => r.method !== "GET")).toEqual([]);
  });

  it("kept in step by the sweep: when Morgan ends Pat's strategy, the next sweep takes her out of Sam's rule", async () => {
    const target = { graphBaseUrl: emulator.baseUrl, tokens: devTokenProvider("dev-app-token"), site: DEMO_SITE, pack: getPack("warwickshire"), roster: DEMO_ROSTER, staffDomains: [STAFF_DOMAIN], mailboxes: [{ upn: SAM, folders: ["inbox"], rules: true }], checkpoints: memoryCheckpoints() };
    expect((await sweepTarget(target)).rules).toEqual([{ mailbox: SAM, created: 1, updated: 0, deleted: 0, uncovered: [] }]);
    expect(arriving(PAT)).toEqual([CATEGORY_NAME]);
    const morgan = createSharePointStore(createGraphClient({ graphBaseUrl: emulator.baseUrl, tokens: devTokenProvider(tokenOf(MORGAN)) }), siteId);
    const pat = (await morgan.getStrategy("demo-pat-obrien"))!;
    const ended = await decide(morgan, getPack("warwickshire"), pat, { type: "end", by: MORGAN, at: "2026-11-26T10:00:00.000Z", why: "Contact has been reasonable for three months." });
    expect(ended).toMatchObject({ ok: true });
    expect((await sweepTarget(target)).rules).toEqual([{ mailbox: SAM, created: 0, updated: 1, deleted: 0, uncovered: [] }]);
    expect(arriving(PAT)).toEqual([]);
    expect(arriving("jordan.blake@example.net")).toEqual([CATEGORY_NAME]);
  });

  it("removes an address when its strategy ends, and every rule it made when no one is in force; a person's own rules are left alone", async () => {
    const own = await graph.client.api(`/users/${SAM}/mailFolders/inbox/messageRules`).post({ displayName: "Newsletters", sequence: 5, conditions: { fromAddresses: [{ emailAddress: { address: "news@example.com" } }] }, actions: { markAsRead: true } });
    await graphMailbox(graph, SAM).syncRules([{ address: PAT }, { address: "jordan.blake@example.net" }]);
    expect(await graphMailbox(graph, SAM).syncRules([{ address: "jordan.blake@example.net" }])).toMatchObject({ updated: 1 });
    expect(arriving(PAT)).toEqual([]);
    expect(arriving("jordan.blake@example.net")).toEqual([CATEGORY_NAME]);
    expect(await graphMailbox(graph, SAM).syncRules([])).toMatchObject({ deleted: 1 });
    expect(rulesOf(SAM).map((r) => r.id)).toEqual([(own as { id: string }).id]);
  });

  it("fills a small rules quota with whole rules and reports the addresses left over; those rules still work", async () => {
    emulator.setRulesQuota(SAM, 10 * 1024);
    const sources = Array.from({ length: 300 }, (_, i) => ({ address: `person.${String(i).padStart(3, "0")}@example.org` }));
    const sync = await graphMailbox(graph, SAM).syncRules(sources);
    expect(sync.created).toBeGreaterThan(0);
    expect(sync.uncovered.length).toBeGreaterThan(0);
    const covered = rulesOf(SAM).flatMap((r) => ((r.conditions?.fromAddresses ?? []) as Array<{ emailAddress: { address: string } }>).map((a) => a.emailAddress.address));
    expect(covered.length + sync.uncovered.length).toBe(300);
    expect(new Set([...covered, ...sync.uncovered]).size).toBe(300);
    expect(arriving(covered[0]!)).toEqual([CATEGORY_NAME]);
    expect(arriving(sync.uncovered[0]!)).toEqual([]);
  });

  it("moves a person's mail to the folder a dedicated address diverts it to, made under the Inbox if missing", async () => {
    await graphMailbox(graph, SAM).syncRules([{ address: "dee@example.org", divertTo: "Strategy: Dee O'Neill" }]);
    const user = emulator.world.users.find((u) => u.userPrincipalName === SAM)!;
    const box = emulator.world.mailboxes.find((b) => b.userId === user.id)!;
    const folder = box.folders.find((f) => f.displayName === "Strategy: Dee O'Neill")!;
    expect(folder).toBeDefined();
    const [id] = emulator.seedMail(SAM, [{ internetMessageId: "<dee-1@example.mail>", subject: "Hi", from: { emailAddress: { address: "dee@example.org" } }, toRecipients: [], receivedDateTime: "2026-11-27T09:00:00Z" }]);
    expect(box.messages.find((m) => m.id === id)).toMatchObject({ folderId: folder.id, data: { categories: [CATEGORY_NAME] } });
  });

  it("the emulator refuses rules as Graph does: unknown actions or conditions, a rule on another folder, a missing sequence", async () => {
    const path = `/users/${SAM}/mailFolders/inbox/messageRules`;
    const refused = async (url: string, body: unknown) => {
      try {
        await graph.client.api(url).post(body);
        return undefined;
      } catch (error) {
        return (error as { statusCode: number }).statusCode;
      }
    };
    const base = { displayName: "x", sequence: 1, conditions: { fromAddresses: [{ emailAddress: { address: PAT } }] }, actions: { assignCategories: [CATEGORY_NAME] } };
    expect(await refused(path, { ...base, actions: { categorise: [CATEGORY_NAME] } })).toBe(400);
    expect(await refused(path, { ...base, conditions: { fromAddress: PAT } })).toBe(400);
    expect(await refused(path, { ...base, sequence: undefined })).toBe(400);
    expect(await refused(`/users/${SAM}/mailFolders/sentitems/messageRules`, base)).toBe(400);
    expect(rulesOf(SAM)).toEqual([]);
  });
});
