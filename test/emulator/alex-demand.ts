/**
 * Alex Morgan's "Reply within the hour" in the demo office on the emulator, each person with their own store: how the
 * approval-evidence tests (T11 #3, T12) record it, approve Alex's strategy on it, and read what the pane and the compose
 * guard then hold. One place, so the attacks and the behaviour they attack are set up alike.
 */
import { expect } from "vitest";
import { CASEY, DEMO_ROSTER, MORGAN, SAM, STAFF_DOMAIN, tokenOf } from "../../dev/demo/people";
import type { demoSiteEachTest } from "../fakes/demo-office";
import { readItem } from "../fakes/mailbox";
import { caller } from "./client";
import { recordContact } from "../../src/app/record-contact";
import { decide } from "../../src/app/strategy/actions";
import { readStrategyDetail } from "../../src/app/strategy/read";
import { strategiesInForce } from "../../src/app/compose/in-force-source";
import { getPack } from "../../src/policy/packs/index";
import type { CategoryId } from "../../src/policy/categories";
import type { ContactRecord } from "../../src/policy/contact";
import type { Actor } from "../../src/policy/strategy";
import type { AuditEvent, CaseStore } from "../../src/store/port";
import { NOTHING_FOUND } from "../builders/evidence";

export const pack = getPack("warwickshire");
export const ALEX = "alex.morgan@example.com";
export const DEMAND = "<demand-alex@example.com>";
export const criteria = pack.criteria.map((c) => c.id);
/** Each criterion's own note and the warning tick; no evidence tick (the approval rests on the contact). */
export const checked = { criteriaNotes: criteria.map((id) => ({ id, note: `Checked ${id} against the case file.` })), warningChecked: true as const };

/** `real` whose AuditTrail answers 503 to events with these actions (what comes before them lands): an event lost mid-write. */
export const losingEvents = (real: CaseStore, action: RegExp = /^corrected \(/): CaseStore => ({
  ...real,
  appendAudit: async (e) => (action.test(e.action) ? Promise.reject(new Error("503 Service Unavailable")) : real.appendAudit(e)),
});

/** `real` where `meanwhile` (a colleague's write) runs between the corrector's read and her correction's PATCH: the 412 path. */
export const colleagueWritesFirst = (real: CaseStore, meanwhile: () => Promise<unknown>): CaseStore => ({
  ...real,
  correctContact: async (existing, decision, read) => {
    await meanwhile();
    return real.correctContact(existing, decision, read);
  },
});

/**
 * A copy of a ContactLog item's own columns for a Graph POST under another message id, as a caseworker forging one
 * would make it: SharePoint's columns left out, `from` replaced by `to`, the record's JSON given `record`'s fields and
 * the named columns `columns`' values where the item has them.
 */
export function forgedCopy(fields: Record<string, unknown>, from: string, to: string, record: Record<string, unknown>, columns: Record<string, string>): Record<string, string> {
  const copy: Record<string, string> = {};
  for (const [k, v] of Object.entries(fields)) if (typeof v === "string" && !/^(id|@odata|Created|Modified|Author|Editor|_|ContentType|Attachments|Edit|LinkTitle|ItemChildCount|FolderChildCount|AppAuthor|AppEditor)/.test(k)) copy[k] = v.split(from).join(to);
  const json = JSON.parse(copy.RecordJson!) as { record: Record<string, unknown> };
  Object.assign(json.record, record);
  copy.RecordJson = JSON.stringify(json);
  for (const [k, v] of Object.entries(columns)) if (k in copy) copy[k] = v;
  return copy;
}

export function alexDemand(demo: ReturnType<typeof demoSiteEachTest>) {
  const received = new Date(Date.now() - 86_400_000).toISOString();

  /** A caseworker records (or corrects) a contact through the add-in: the ContactLog item and its audit event (`store`: hers, or one failing as a test needs). */
  const recordAs = (who: Actor, categories: CategoryId[], id = DEMAND, subject = "Reply within the hour", from = ALEX, store: CaseStore = demo.storeOf(who), now = new Date()) =>
    recordContact({
      store,
      item: readItem({ internetMessageId: id, subject, from: { displayName: "Alex Morgan", emailAddress: from }, sender: { displayName: "Alex Morgan", emailAddress: from }, receivedAt: received }),
      senderAddress: from,
      classification: NOTHING_FOUND,
      decision: { categories, outcome: categories.length ? "confirmed" : "dismissed" },
      recordedBy: who.upn,
      now,
      staffDomains: [STAFF_DOMAIN],
    });

  /** recordAs on Alex's demand with the caseworker's own clock, `skewMs` from the real time (the clock tests of T14, T15). */
  const recordAt = (who: Actor, categories: CategoryId[], skewMs: number, store: CaseStore = demo.storeOf(who)) =>
    recordAs(who, categories, DEMAND, "Reply within the hour", ALEX, store, new Date(Date.now() + skewMs));

  /**
   * Sam begins a correction to nothing unacceptable: her intent lands (naming the record it would leave), the ContactLog PATCH
   * does not (503). `skewMs`: her PC clock's distance from the real time.
   */
  async function samsCorrectionThatDidNotLand(skewMs = 0): Promise<AuditEvent> {
    const real = demo.storeOf(SAM);
    const flaky: CaseStore = { ...real, correctContact: async () => Promise.reject(new Error("503 Service Unavailable")) };
    await expect(recordAt(SAM, [], skewMs, flaky)).rejects.toThrow(/503/);
    const intent = (await demo.storeOf(MORGAN).auditFor(`contact:${DEMAND}`)).find((e) => e.action.startsWith("intent: corrected ("));
    expect(intent).toBeDefined();
    return intent!;
  }

  /** What the pane shows of Alex's strategy (the banner and the strategy's page render this view, its doubts word for word). */
  const pane = async () => (await readStrategyDetail(demo.storeOf(MORGAN), pack, DEMO_ROSTER, "demo-alex-morgan"))!.view;
  /** What the compose guard holds for Alex: the restrictions it enforces, or a record in doubt (restrictions []). */
  const guard = async () => (await strategiesInForce(demo.storeOf(SAM), pack, DEMO_ROSTER)).find((e) => e.terms.strategyId === "demo-alex-morgan")?.terms;

  /** Casey attaches the recorded demand to Alex's proposal; Morgan approves on it through decide(): in force. */
  async function approvedOnDemand() {
    const store = demo.storeOf(CASEY);
    const current = (await store.getStrategy("demo-alex-morgan"))!;
    const saved = await store.saveStrategy({ ...current.value, evidence: [{ internetMessageId: DEMAND, receivedAt: received, subject: "Reply within the hour", categories: ["demands"] }] }, current.etag);
    const result = await decide(demo.storeOf(MORGAN), pack, saved, { type: "approve", by: MORGAN, at: new Date().toISOString(), why: "All five criteria met.", criteriaConfirmed: criteria, reviewDate: "2027-03-31" }, checked);
    expect(result).toMatchObject({ ok: true, decision: { evidenceContacts: [DEMAND] } });
    expect((await pane()).inForce).toBe(true);
  }

  /** The ContactLog item recording `id`, read through Graph as `who`, with a caller to change it. */
  const contactItem = async (id = DEMAND, who: Actor = CASEY) => {
    const call = caller(() => demo.emulator, tokenOf(who));
    const items = (await call("GET", `/sites/${demo.siteId}/lists/ContactLog/items?$expand=fields`)).body as { value: Array<{ id: string; fields: Record<string, string> }> };
    const item = items.value.find((i) => (JSON.parse(i.fields.RecordJson!) as { record: ContactRecord }).record.internetMessageId === id)!;
    return { call, item, json: JSON.parse(item.fields.RecordJson!) as { record: ContactRecord } };
  };

  /** Casey (or `who`) PATCHes the ContactLog item of `id`: `change` edits its RecordJson (record and wrapper); `columns` alongside. */
  const patches = async (id: string, change: (record: ContactRecord, json: Record<string, unknown>) => void, columns: Record<string, string> = {}, who: Actor = CASEY): Promise<void> => {
    const { call, item } = await contactItem(id, who);
    const json = JSON.parse(String(item.fields.RecordJson)) as { record: ContactRecord } & Record<string, unknown>;
    change(json.record, json);
    expect((await call("PATCH", `/sites/${demo.siteId}/lists/ContactLog/items/${item.id}/fields`, { RecordJson: JSON.stringify(json), ...columns })).status).toBe(200);
  };

  /** Casey (or `who`) PATCHes only SharePoint columns of the item of `id`, its RecordJson untouched. */
  const patchesColumns = async (id: string, columns: Record<string, string>, who: Actor = CASEY): Promise<void> => {
    const { call, item } = await contactItem(id, who);
    expect((await call("PATCH", `/sites/${demo.siteId}/lists/ContactLog/items/${item.id}/fields`, columns)).status).toBe(200);
  };

  /** Casey DELETEs the item of `id` and POSTs `fields` (an earlier copy of its own columns) in its place. */
  const deletesAndReposts = async (id: string, fields: Record<string, unknown>): Promise<void> => {
    const { call, item } = await contactItem(id, CASEY);
    expect((await call("DELETE", `/sites/${demo.siteId}/lists/ContactLog/items/${item.id}`)).status).toBe(204);
    const copy = forgedCopy(fields, "\u0000", "\u0000", {}, {});
    expect((await call("POST", `/sites/${demo.siteId}/lists/ContactLog/items`, { fields: copy })).status).toBe(201);
  };

  return { received, recordAs, recordAt, samsCorrectionThatDidNotLand, pane, guard, approvedOnDemand, contactItem, patches, patchesColumns, deletesAndReposts };
}
