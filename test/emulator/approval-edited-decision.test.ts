import { beforeEach, describe, expect, it } from "vitest";
import { CASEY, DEMO_ROSTER, MORGAN, SAM, tokenOf } from "../../dev/demo/people";
import { demoSiteEachTest, recordsWrittenEarlier } from "../fakes/demo-office";
import { strategiesInForce } from "../../src/app/compose/in-force-source";
import { CATEGORY_NAME, IN_DOUBT_CATEGORY_NAME } from "../../src/app/flag-message";
import { verifyRecords } from "../../src/app/records/verify";
import { decide } from "../../src/app/strategy/actions";
import { readInForceSet } from "../../src/app/strategy/in-force-set";
import { readStrategyDetail } from "../../src/app/strategy/read";
import { inboxWith } from "../fakes/office-inbox";
import { memoryCheckpoints, sweepAll } from "../../src/flagger/core/run";
import { graphMailbox } from "../../src/flagger/graph/mailbox";
import { ruleSources } from "../../src/flagger/rules/sources";
import { devTokenProvider } from "../../src/graph/auth/dev";
import { createGraphClient } from "../../src/graph/client";
import { composeBreaches } from "../../src/policy/compose-guard";
import { recordInDoubt } from "../../src/policy/in-force";
import { getPack } from "../../src/policy/packs/index";
import { caller } from "./client";

/**
 * An approval in Decisions changed after it was recorded, but still readable — its terms or the approver it names
 * rewritten by someone with edit rights (the permission step forgotten, or a site owner) — is refused ("edited"). It
 * used to be refused and nothing more, so the strategy dropped silently out of force: no banner warning, Pat's mail
 * unmarked, no warning on send. SharePoint's createdBy survives the edit: an approval the authoriser recorded may, as
 * recorded, have counted, so the record is in doubt and every reader fails closed (src/policy/record-doubts.ts).
 */
const pack = getPack("warwickshire");
const demo = demoSiteEachTest();
const { storeOf } = demo;
const PAT = "pat.o'brien@example.org";
const ALEX = "alex.morgan@example.com";

// The office's records were written earlier, as an office's are: an edit now is seconds after them, as SharePoint sees it.
beforeEach(() => recordsWrittenEarlier(demo.emulator));

type Item = { id: string; fields: Record<string, string> };
const decisionItems = async () => (await caller(() => demo.emulator, tokenOf(MORGAN))("GET", `/sites/${demo.siteId}/lists/Decisions/items?$expand=fields`)).body.value as Item[];

/** `editor` rewrites the approval filed under `key` through Graph, leaving it readable: `change` is applied to its decision. */
async function rewriteApproval(editor: typeof CASEY, key: string, change: (decision: Record<string, unknown>) => Record<string, unknown>, columns: Record<string, string> = {}) {
  const item = (await decisionItems()).find((d) => d.fields.StrategyKey === key && d.fields.Kind === "approve")!;
  const stored = JSON.parse(item.fields.DecisionJson!) as { format: number; decision: Record<string, unknown> };
  const patched = await caller(() => demo.emulator, tokenOf(editor))("PATCH", `/sites/${demo.siteId}/lists/Decisions/items/${item.id}/fields`, { ...columns, DecisionJson: JSON.stringify({ ...stored, decision: change(stored.decision) }) });
  expect(patched.status).toBe(200);
}

const sweep = (senders: readonly string[]) => {
  const { mailbox, writes } = inboxWith(senders);
  return sweepAll([{ mailbox, folders: ["inbox"] }], { store: storeOf(MORGAN), checkpoints: memoryCheckpoints(), pack, roster: DEMO_ROSTER, staffDomains: ["opcc.example.gov.uk"], now: () => new Date(), recorder: "flagger" }).then((summary) => ({ summary, writes }));
};
const patView = async () => (await readStrategyDetail(storeOf(CASEY), pack, DEMO_ROSTER, "demo-pat-obrien"))!.view;

/** Delivers one message to Sam's Inbox (the emulator runs its rules, as Exchange does) and returns its categories. */
function arrivingAtSam(from: string): string[] {
  const [id] = demo.emulator.seedMail(SAM.upn, [{ internetMessageId: `<${Math.random()}@example.mail>`, subject: "Hello", from: { emailAddress: { address: from } }, toRecipients: [{ emailAddress: { address: SAM.upn } }], receivedDateTime: new Date().toISOString(), body: { contentType: "text", content: "Hello" } }]);
  const user = demo.emulator.world.users.find((u) => u.userPrincipalName === SAM.upn)!;
  return (demo.emulator.world.mailboxes.find((b) => b.userId === user.id)!.messages.find((m) => m.id === id)!.data.categories ?? []) as string[];
}

describe("an approval changed after it was recorded, still readable", () => {
  it("Casey (the permission step forgotten) takes 'read and file' out of Pat's approval and names Sam as its approver: Pat's record is in doubt — the flagger, Inbox rules and compose guard fail closed — while Casey's own approval of her proposal for Alex is simply refused", async () => {
    demo.emulator.setListPermissions("Decisions", null);
    await rewriteApproval(CASEY, "demo-pat-obrien", (d) => ({ ...d, decidedBy: SAM.upn, terms: { ...(d.terms as object), restrictions: ((d.terms as { restrictions: Array<{ kind: string }> }).restrictions ?? []).filter((r) => r.kind !== "readAndFile") } }), { DecidedBy: SAM.upn });

    const view = await patView();
    expect(view).toMatchObject({ inForce: false, refused: [{ kind: "approve", reason: "edited" }], doubts: [{ kind: "decisionEdited", afterLastDecision: true }] });
    expect(view.doubts![0]!.message).toMatch(/^A decision Morgan Reid \(morgan\.reid@opcc\.example\.gov\.uk\) recorded at .* \(it now reads “approve”\) was changed afterwards by Casey Worker .* It may have put this strategy in force: check with the Head of Business Services and Assurance/);
    expect(recordInDoubt(view)).toBe(true);

    // The flagger marks Pat's next message with the doubt (no restriction claimed) and names Pat in its summary.
    const { summary, writes } = await sweep([PAT, "jordan.blake@example.net", ALEX]);
    expect(summary).toMatchObject({ restricted: 1, inDoubt: 1, recordsInDoubt: [{ strategyId: "demo-pat-obrien", personName: "Pat O'Brien" }] });
    expect(writes).toEqual([
      { id: "m1", categories: [CATEGORY_NAME], flag: true },
      { id: "m0", categories: [IN_DOUBT_CATEGORY_NAME], flag: true },
    ]);

    // Sam's Inbox rules mark it on arrival, with no pane open and no sweep of Sam's mailbox.
    const app = createGraphClient({ graphBaseUrl: demo.emulator.baseUrl, tokens: devTokenProvider("dev-app-token"), retry: { maxRetries: 0 } });
    await graphMailbox(app, SAM.upn).syncRules(ruleSources(await readInForceSet(storeOf(MORGAN), pack, DEMO_ROSTER)));
    expect(arrivingAtSam(PAT)).toEqual([IN_DOUBT_CATEGORY_NAME]);

    // The compose guard warns on send to Pat, overridably, and says why in words; records verify names the change on Pat.
    const guarded = (await strategiesInForce(storeOf(CASEY), pack, DEMO_ROSTER)).find((e) => e.terms.strategyId === "demo-pat-obrien");
    expect(guarded).toMatchObject({ terms: { recordInDoubt: true, restrictions: [] } });
    const breaches = composeBreaches(CASEY.upn, [{ address: PAT, strategy: guarded!.terms }], pack);
    expect(breaches.map((b) => [b.rule, b.overridable])).toEqual([["recordInDoubt", true]]);
    expect(breaches[0]!.message).toContain("a decision on it is missing, unreadable or was changed after it was recorded");
    const report = await verifyRecords(storeOf(MORGAN), { pack, roster: DEMO_ROSTER });
    expect(report.breaks.filter((b) => b.kind === "decisionEdited").map((b) => b.target)).toEqual(["strategy:demo-pat-obrien"]);

    // Four-eyes stays simply refused: Casey approving her own proposal for Alex, even changed afterwards, is no doubt.
    const alex = (await storeOf(CASEY).getStrategy("demo-alex-morgan"))!.value;
    await storeOf(CASEY).addDecision({ id: "demo-alex-morgan:approve:casey", strategyId: "demo-alex-morgan", kind: "approve", decidedBy: CASEY.upn, decidedAt: new Date().toISOString(), rationale: "Approved.", checklist: pack.criteria.map((c) => c.id), terms: { personName: "Alex Morgan", addresses: [ALEX], restrictions: alex.restrictions, allowedChannels: alex.allowedChannels, reviewDate: "2027-03-31" } });
    await rewriteApproval(CASEY, "demo-alex-morgan", (d) => ({ ...d, rationale: "Approved, reworded." }));
    const alexView = (await readStrategyDetail(storeOf(CASEY), pack, DEMO_ROSTER, "demo-alex-morgan"))!.view;
    expect(alexView).toMatchObject({ inForce: false, refused: [{ kind: "approve" }], doubts: [] });
    expect(recordInDoubt(alexView)).toBe(false);
    expect((await sweep([ALEX])).writes).toEqual([]);
  });

  it("Morgan, as a site owner, changes her own approval of Pat (a later review date): in doubt, naming her; once she ends Pat's strategy, no longer — Pat's mail is not marked", async () => {
    demo.emulator.setListPermissions("Decisions", null);
    await rewriteApproval(MORGAN, "demo-pat-obrien", (d) => ({ ...d, terms: { ...(d.terms as object), reviewDate: "2027-11-30" } }));
    const view = await patView();
    expect(view).toMatchObject({ inForce: false, refused: [{ reason: "edited", message: expect.stringMatching(/Morgan Reid .* changed their own decision/) }], doubts: [{ kind: "decisionEdited" }] });
    expect(view.doubts![0]!.message).toMatch(/was changed afterwards by Morgan Reid/);
    expect((await sweep([PAT])).writes).toEqual([{ id: "m0", categories: [IN_DOUBT_CATEGORY_NAME], flag: true }]);

    const pat = (await storeOf(MORGAN).getStrategy("demo-pat-obrien"))!;
    expect(await decide(storeOf(MORGAN), pack, pat, { type: "end", by: MORGAN, at: new Date().toISOString(), why: "Checked the record: ended." })).toMatchObject({ ok: true });
    const ended = await patView();
    expect(ended).toMatchObject({ inForce: false, why: "ended", doubts: [{ kind: "decisionEdited", afterLastDecision: false }] });
    expect(recordInDoubt(ended)).toBe(false);
    expect((await sweep([PAT])).writes).toEqual([]);
  });
});
