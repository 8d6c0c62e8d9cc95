import { beforeEach, describe, expect, it } from "vitest";
import { CASEY, DEMO_ROSTER, DEMO_SITE, MORGAN, tokenOf } from "../../dev/demo/people";
import type { Emulator } from "../../dev/emulator/server";
import { demoOfficeEachTest, recordsWrittenEarlier } from "../fakes/demo-office";
import { CATEGORY_NAME, IN_DOUBT_CATEGORY_NAME } from "../../src/app/flag-message";
import { decide } from "../../src/app/strategy/actions";
import { keepInboxRuleInStep, type InboxRuleDeps } from "../../src/app/inbox-rule";
import { INBOX_RULE_PREFERENCE, inboxRuleState } from "../../src/app/inbox-rule-state";
import { devTokenProvider } from "../../src/graph/auth/dev";
import { GRAPH_SCOPES } from "../../src/graph/auth/scopes";
import { createGraphClient } from "../../src/graph/client";
import { memoryPreferences } from "../../src/outlook/preferences";
import { getPack } from "../../src/policy/packs/index";
import { resolveSiteId } from "../../src/store/sharepoint/site";
import { createSharePointStore } from "../../src/store/sharepoint/store";
import { describeRuleError } from "../../src/taskpane/mailbox-rule/sync";
import { caller } from "../emulator/client";

/**
 * A member of staff's own Inbox rule, kept from the pane (issue 16: "when staff open the pane"):
 * with it on, Exchange marks mail from people under a strategy in force as it arrives in their
 * mailbox, with Outlook closed. The emulator runs a mailbox's Inbox rules on delivery, as Exchange does.
 */
const PAT = "pat.o'brien@example.org";
let emulator: Emulator;

const mailbox = (upn: string) => {
  const user = emulator.world.users.find((u) => u.userPrincipalName === upn)!;
  return emulator.world.mailboxes.find((b) => b.userId === user.id);
};
/** Delivers one message to Casey's Inbox (Exchange runs the rules) and returns its categories. */
const arriving = (from: string) => {
  const [id] = emulator.seedMail(CASEY.upn, [{ internetMessageId: `<${Math.random()}@example.mail>`, subject: "Hello", from: { emailAddress: { address: from } }, toRecipients: [{ emailAddress: { address: CASEY.upn } }], receivedDateTime: "2026-11-27T09:00:00Z", body: { contentType: "text", content: "Hello" } }]);
  return (mailbox(CASEY.upn)!.messages.find((m) => m.id === id)!.data.categories ?? []) as string[];
};

async function deps(rulesToken = tokenOf(CASEY)): Promise<InboxRuleDeps> {
  const graph = createGraphClient({ graphBaseUrl: emulator.baseUrl, tokens: devTokenProvider(tokenOf(CASEY)), retry: { maxRetries: 0 } });
  const store = createSharePointStore(graph, await resolveSiteId(graph, DEMO_SITE));
  const rulesGraph = createGraphClient({ graphBaseUrl: emulator.baseUrl, tokens: devTokenProvider(rulesToken), retry: { maxRetries: 0 } });
  return { store, pack: getPack("warwickshire"), roster: DEMO_ROSTER, preferences: memoryPreferences(), rulesGraph: async () => rulesGraph, user: { emailAddress: CASEY.upn }, now: () => new Date("2026-11-27T08:00:00Z") };
}

const office = demoOfficeEachTest();
beforeEach(() => {
  emulator = office();
});

describe("a caseworker's own Inbox rule", () => {
  it("once turned on, Exchange marks Pat's next message on arrival, and no one else's", async () => {
    const d = await deps();
    expect(arriving(PAT)).toEqual([]);
    const result = await keepInboxRuleInStep(d, true);
    expect(result).toMatchObject({ mailbox: CASEY.upn, created: 1, uncovered: [] });
    expect(arriving(PAT)).toEqual([CATEGORY_NAME]);
    expect(arriving(`riley.evans@example.org`)).toEqual([]);
    // The pane's rule only categorises: it never moves mail (that needs Mail.ReadWrite, which the pane does not ask for).
    expect(mailbox(CASEY.upn)!.rules!.every((r) => !("moveToFolder" in r.actions))).toBe(true);
    expect(inboxRuleState(d.preferences)).toMatchObject({ on: true, last: { at: "2026-11-27T08:00:00.000Z", uncovered: 0 } });
    expect(inboxRuleState(d.preferences).last!.addresses).toBeGreaterThan(0);
  });

  it("writes nothing when already in step, and takes only its own rules out when turned off", async () => {
    const d = await deps();
    const own = await fetch(`${emulator.baseUrl}/me/mailFolders/inbox/messageRules`, {
      method: "POST",
      headers: { authorization: `Bearer ${tokenOf(CASEY)}`, "content-type": "application/json" },
      body: JSON.stringify({ displayName: "Newsletters", sequence: 1, isEnabled: true, conditions: { senderContains: ["news"] }, actions: { markAsRead: true } }),
    });
    expect(own.status).toBe(201);
    await keepInboxRuleInStep(d, true);
    expect(await keepInboxRuleInStep(d, true)).toMatchObject({ created: 0, updated: 0, deleted: 0 });
    const off = await keepInboxRuleInStep(d, false);
    expect(off.deleted).toBeGreaterThan(0);
    expect(mailbox(CASEY.upn)!.rules!.map((r) => r.displayName)).toEqual(["Newsletters"]);
    expect(arriving(PAT)).toEqual([]);
    expect(d.preferences.get(INBOX_RULE_PREFERENCE)).toEqual({ on: false });
  });

  it("without MailboxSettings.ReadWrite consented, says what the administrator must allow and keeps the rule off", async () => {
    emulator.registerToken("casey-no-settings", { upn: CASEY.upn, displayName: CASEY.displayName, roles: ["caseworker"], scopes: [...GRAPH_SCOPES] });
    const d = await deps("casey-no-settings");
    const refused = await keepInboxRuleInStep(d, true).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(describeRuleError(refused)).toMatch(/MailboxSettings\.ReadWrite/);
    expect(inboxRuleState(d.preferences).on).toBe(false);
    expect(mailbox(CASEY.upn)?.rules ?? []).toEqual([]);
  });

  it("follows a decision: when Pat's strategy is ended, the next bringing up to date stops marking Pat and still marks Jordan", async () => {
    const d = await deps();
    await keepInboxRuleInStep(d, true);
    expect(arriving(PAT)).toEqual([CATEGORY_NAME]);
    const morgan = createSharePointStore(createGraphClient({ graphBaseUrl: emulator.baseUrl, tokens: devTokenProvider(tokenOf(MORGAN)) }), await resolveSiteId(await d.rulesGraph(), DEMO_SITE));
    const pat = (await morgan.getStrategy("demo-pat-obrien"))!;
    expect(await decide(morgan, getPack("warwickshire"), pat, { type: "end", by: MORGAN, at: "2026-11-26T10:00:00.000Z", why: "Contact has been reasonable for three months." })).toMatchObject({ ok: true });
    expect(await keepInboxRuleInStep(d)).toMatchObject({ updated: 1, uncovered: [] });
    expect(arriving(PAT)).toEqual([]);
    expect(arriving("jordan.blake@example.net")).toEqual([CATEGORY_NAME]);
  });

  it("marks mail from a person whose strategy's record is in doubt with the doubt, on arrival with the pane closed; the rule goes when the strategy is ended", async () => {
    recordsWrittenEarlier(emulator);
    const d = await deps();
    const siteId = await resolveSiteId(await d.rulesGraph(), DEMO_SITE);
    // With the permission step forgotten, Casey rewrites Pat's approval so it cannot be read.
    emulator.setListPermissions("Decisions", null);
    const casey = caller(() => emulator, tokenOf(CASEY));
    const decisions = (await casey("GET", `/sites/${siteId}/lists/Decisions/items?$expand=fields`)).body.value as Array<{ id: string; fields: Record<string, string> }>;
    const approval = decisions.find((item) => item.fields.StrategyKey === "demo-pat-obrien")!;
    expect((await casey("PATCH", `/sites/${siteId}/lists/Decisions/items/${approval.id}/fields`, { DecisionJson: JSON.stringify({ format: 1, note: "gone" }) })).status).toBe(200);

    expect(await keepInboxRuleInStep(d, true)).toMatchObject({ created: 2, uncovered: [] });
    expect(arriving(PAT)).toEqual([IN_DOUBT_CATEGORY_NAME]);
    expect(arriving("jordan.blake@example.net")).toEqual([CATEGORY_NAME]);
    expect(mailbox(CASEY.upn)!.rules!.every((r) => !("moveToFolder" in r.actions))).toBe(true);

    const morgan = createSharePointStore(createGraphClient({ graphBaseUrl: emulator.baseUrl, tokens: devTokenProvider(tokenOf(MORGAN)) }), siteId);
    const pat = (await morgan.getStrategy("demo-pat-obrien"))!;
    expect(await decide(morgan, getPack("warwickshire"), pat, { type: "end", by: MORGAN, at: "2026-11-26T10:00:00.000Z", why: "Checked with the office: ended." })).toMatchObject({ ok: true });
    expect(await keepInboxRuleInStep(d)).toMatchObject({ created: 0, deleted: 1 });
    expect(arriving(PAT)).toEqual([]);
    expect(arriving("jordan.blake@example.net")).toEqual([CATEGORY_NAME]);
  });
});
