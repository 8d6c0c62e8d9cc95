import { beforeEach, describe, expect, it } from "vitest";
import { CASEY, DEMO_ROSTER, DEMO_SITE, MORGAN, STAFF_DOMAIN, tokenOf } from "../../dev/demo/people";
import type { Emulator } from "../../dev/emulator/server";
import { demoOfficeEachTest, recordsWrittenEarlier } from "../fakes/demo-office";
import { CATEGORY_NAME, IN_DOUBT_CATEGORY_NAME } from "../../src/app/flag-message";
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
import { caller } from "../emulator/client";
import { validate } from "../emulator/csdl";

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
const arriving = (from: string) => delivered(from).data.categories as string[];
const delivered = (from: string) => {
  const [id] = emulator.seedMail(SAM, [{ internetMessageId: `<${Math.random()}@example.mail>`, subject: "Hello", from: { emailAddress: { address: from } }, toRecipients: [{ emailAddress: { address: SAM } }], receivedDateTime: "2026-11-27T09:00:00Z", body: { contentType: "text", content: "Hello" } }]);
  const user = emulator.world.users.find((u) => u.userPrincipalName === SAM)!;
  return emulator.world.mailboxes.find((b) => b.userId === user.id)!.messages.find((m) => m.id === id)!;
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

describe("a strategy whose record is in doubt gets a rule of its own, marking the doubt", () => {
  const JORDAN = "jordan.blake@example.net";
  /** With the permission step forgotten, Casey rewrites Pat's approval so it cannot be read (approval-unreadable-decision.test.ts). */
  async function corruptPatsApproval() {
    recordsWrittenEarlier(emulator);
    emulator.setListPermissions("Decisions", null);
    const casey = caller(() => emulator, tokenOf(CASEY));
    const decisions = (await casey("GET", `/sites/${siteId}/lists/Decisions/items?$expand=fields`)).body.value as Array<{ id: string; fields: Record<string, string> }>;
    const approval = decisions.find((d) => d.fields.StrategyKey === "demo-pat-obrien")!;
    expect((await casey("PATCH", `/sites/${siteId}/lists/Decisions/items/${approval.id}/fields`, { DecisionJson: JSON.stringify({ format: 1, note: "gone" }) })).status).toBe(200);
  }
  const target = () => ({ graphBaseUrl: emulator.baseUrl, tokens: devTokenProvider("dev-app-token"), site: DEMO_SITE, pack: getPack("warwickshire"), roster: DEMO_ROSTER, staffDomains: [STAFF_DOMAIN], mailboxes: [{ upn: SAM, folders: ["inbox"], rules: true }], checkpoints: memoryCheckpoints() });

  it("with the pane closed and before any sweep of the folder, Exchange marks Pat's mail 'record in doubt' (never moved, no restriction claimed); when Morgan ends Pat's strategy, the next sweep deletes that rule", async () => {
    await corruptPatsApproval();
    // Rules only (no folder swept): what arrives is marked by Exchange alone.
    const rulesOnly = { ...target(), mailboxes: [{ upn: SAM, folders: [], rules: true }] };
    const first = await sweepTarget(rulesOnly);
    expect(first).toMatchObject({ recordsInDoubt: [{ strategyId: "demo-pat-obrien" }], rules: [{ mailbox: SAM, created: 2, updated: 0, deleted: 0, uncovered: [] }] });
    expect(rulesOf(SAM)).toMatchObject([
      { displayName: MANAGED_PREFIX, actions: { assignCategories: [CATEGORY_NAME] }, conditions: { fromAddresses: [{ emailAddress: { address: JORDAN } }] } },
      { displayName: `${MANAGED_PREFIX}: record in doubt`, isEnabled: true, actions: { assignCategories: [IN_DOUBT_CATEGORY_NAME] }, conditions: { fromAddresses: [{ emailAddress: { address: PAT } }] } },
    ]);
    // Each rule as Graph's v1.0 metadata defines a messageRule, and Exchange's answer with it.
    const listed = (await graph.client.api(`/users/${SAM}/mailFolders/inbox/messageRules`).get()) as { value: unknown[] };
    expect(listed.value.flatMap((rule) => validate(rule, "graph.messageRule"))).toEqual([]);
    expect(Object.keys(rulesOf(SAM)[1]!.actions)).toEqual(["assignCategories"]);

    const pats = delivered(PAT);
    expect(pats.data.categories).toEqual([IN_DOUBT_CATEGORY_NAME]);
    expect(pats.folderId).toBe(delivered("someone@example.com").folderId);
    expect(arriving(JORDAN)).toEqual([CATEGORY_NAME]);
    expect(arriving("someone@example.com")).toEqual([]);

    const morgan = createSharePointStore(createGraphClient({ graphBaseUrl: emulator.baseUrl, tokens: devTokenProvider(tokenOf(MORGAN)) }), siteId);
    const pat = (await morgan.getStrategy("demo-pat-obrien"))!;
    expect(await decide(morgan, getPack("warwickshire"), pat, { type: "end", by: MORGAN, at: "2026-11-26T10:00:00.000Z", why: "Contact has been reasonable for three months." })).toMatchObject({ ok: true });
    const after = await sweepTarget(rulesOnly);
    expect(after).toMatchObject({ recordsInDoubt: [], rules: [{ mailbox: SAM, created: 0, updated: 0, deleted: 1, uncovered: [] }] });
    expect(rulesOf(SAM).map((r) => r.displayName)).toEqual([MANAGED_PREFIX]);
    expect(arriving(PAT)).toEqual([]);
    expect(arriving(JORDAN)).toEqual([CATEGORY_NAME]);
  });

  it("the categories the rules and the sweep use are in the mailbox's master list (red), the in-doubt one beside 'Contact strategy': with rules alone, and after a sweep that wrote 'Contact strategy' first", async () => {
    const master = (upn: string) => {
      const user = emulator.world.users.find((u) => u.userPrincipalName === upn)!;
      return emulator.world.mailboxes.find((b) => b.userId === user.id)!.masterCategories.filter((c) => c.displayName.startsWith("Contact strategy"));
    };
    await corruptPatsApproval();
    await sweepTarget({ ...target(), mailboxes: [{ upn: SAM, folders: [], rules: true }] });
    expect(master(SAM)).toEqual(expect.arrayContaining([expect.objectContaining({ displayName: IN_DOUBT_CATEGORY_NAME, color: "preset0" })]));
    // One mailbox access making both, 'Contact strategy' first (the sweep's order): the second is made too.
    const box = graphMailbox(graph, "enquiries@opcc.example.gov.uk");
    await box.ensureCategory(CATEGORY_NAME, "Preset0");
    await box.ensureCategory(IN_DOUBT_CATEGORY_NAME, "Preset0");
    expect(master("enquiries@opcc.example.gov.uk").map((c) => c.displayName).sort()).toEqual([CATEGORY_NAME, IN_DOUBT_CATEGORY_NAME]);
  });

  it("the doubt settled with Pat in force: her address moves to the 'Contact strategy' rule and the in-doubt rule is deleted; in doubt again, it moves back", async () => {
    const mailbox = graphMailbox(graph, SAM);
    expect(await mailbox.syncRules([{ address: JORDAN }, { address: PAT, inDoubt: true }])).toMatchObject({ created: 2 });
    expect(arriving(PAT)).toEqual([IN_DOUBT_CATEGORY_NAME]);
    expect(await mailbox.syncRules([{ address: JORDAN }, { address: PAT }])).toMatchObject({ created: 0, updated: 1, deleted: 1 });
    expect(arriving(PAT)).toEqual([CATEGORY_NAME]);
    expect(rulesOf(SAM).map((r) => r.displayName)).toEqual([MANAGED_PREFIX]);
    expect(await mailbox.syncRules([{ address: JORDAN }, { address: PAT, inDoubt: true, divertTo: "Strategy: Pat" }])).toMatchObject({ created: 1, updated: 1, deleted: 0 });
    // A record in doubt states no restriction: never diverted, whatever a divert folder says.
    expect(rulesOf(SAM).every((r) => !("moveToFolder" in r.actions))).toBe(true);
    expect(arriving(PAT)).toEqual([IN_DOUBT_CATEGORY_NAME]);
  });

  it("the emulator refuses a rule whose values are not of the types Graph's metadata declares", async () => {
    const path = `/users/${SAM}/mailFolders/inbox/messageRules`;
    const status = async (body: unknown) => {
      try {
        await graph.client.api(path).post(body);
        return 201;
      } catch (error) {
        return (error as { statusCode: number }).statusCode;
      }
    };
    const base = { displayName: "x", sequence: 1, conditions: { fromAddresses: [{ emailAddress: { address: PAT } }] }, actions: { assignCategories: [IN_DOUBT_CATEGORY_NAME] } };
    expect(await status({ ...base, actions: { assignCategories: IN_DOUBT_CATEGORY_NAME } })).toBe(400);
    expect(await status({ ...base, actions: { markAsRead: "true" } })).toBe(400);
    expect(await status({ ...base, actions: { markImportance: "urgent" } })).toBe(400);
    expect(await status({ ...base, isEnabled: "yes" })).toBe(400);
    expect(await status({ ...base, conditions: { senderContains: "pat" } })).toBe(400);
    expect(await status({ ...base, conditions: { fromAddresses: [PAT] } })).toBe(400);
    expect(await status({ ...base, conditions: { importance: "urgent" } })).toBe(400);
    expect(rulesOf(SAM)).toEqual([]);
    expect(await status({ ...base, actions: { ...base.actions, markImportance: "high", stopProcessingRules: false }, conditions: { ...base.conditions, hasAttachments: true, withinSizeRange: { minimumSize: 0, maximumSize: 100 } } })).toBe(201);
  });
});
