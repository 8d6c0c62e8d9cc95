/**
 * An approval resting on recorded contacts is judged on the ContactLog as SharePoint holds it: decide(), the pane and
 * every reader find the contacts one way (by the ContactLog's key), and a record that cannot be told apart does not
 * count (T11 #8); nor does one SharePoint says the proposer created or last changed, or anyone changed after it was
 * recorded (T11 #2) — before the approval: one changed after it stands as judged, named (T11 #3).
 */
import { expect, it } from "vitest";
import { CASEY, DEMO_ROSTER, MORGAN, SAM, tokenOf } from "../../dev/demo/people";
import { demoSiteEachTest } from "../fakes/demo-office";
import { caller } from "./client";
import { decide } from "../../src/app/strategy/actions";
import { readStrategyDetail } from "../../src/app/strategy/read";
import { getPack } from "../../src/policy/packs/index";
import type { ContactRecord } from "../../src/policy/contact";
import { contactFields } from "../../src/store/sharepoint/mapping";

const pack = getPack("warwickshire");
const demo = demoSiteEachTest();
const ALEX = "alex.morgan@example.com";
const HELLO = "<hello-alex@example.com>";
const ABUSE = "<abuse-alex@example.com>";
const criteria = pack.criteria.map((c) => c.id);
const checked = { criteriaNotes: criteria.map((id) => ({ id, note: `Checked ${id} against the case file.` })), warningChecked: true as const };
const contact = (id: string, categories: ContactRecord["categories"], subject = "Hello", daysAgo = 1): ContactRecord => ({
  internetMessageId: id, senderAddress: ALEX, receivedAt: new Date(Date.now() - daysAgo * 86_400_000).toISOString(), subject, categories,
  evidence: [], outcome: "confirmed", recordedBy: SAM.upn, recordedAt: new Date().toISOString(), staffContacted: [],
});

/** Casey attaches the ids to Alex's proposal; Morgan approves with the notes and the warning tick, no evidence tick. */
async function approveAttaching(ids: string[]) {
  const store = demo.storeOf(CASEY);
  const current = (await store.getStrategy("demo-alex-morgan"))!;
  const saved = await store.saveStrategy({ ...current.value, evidence: ids.map((internetMessageId) => ({ internetMessageId, receivedAt: new Date().toISOString(), subject: "Hello", categories: ["demands" as const] })) }, current.etag);
  const result = await decide(demo.storeOf(MORGAN), pack, saved, { type: "approve", by: MORGAN, at: new Date().toISOString(), why: "All five criteria met.", criteriaConfirmed: criteria, reviewDate: "2027-03-31" }, checked);
  const detail = (await readStrategyDetail(demo.storeOf(MORGAN), pack, DEMO_ROSTER, "demo-alex-morgan"))!;
  return { result, view: detail.view };
}

it("a second item written through Graph repeating a neutral contact's id with “demands”: decide() asks for the tick, as every reader would judge it (T11 #8)", async () => {
  await demo.storeOf(SAM).recordContact(contact(HELLO, [], "Hello", 2));
  const call = caller(() => demo.emulator, tokenOf(CASEY));
  // Received a day later than Sam's record says: the newest from Alex.
  const posted = await call("POST", `/sites/${demo.siteId}/lists/ContactLog/items`, { fields: { ...contactFields(contact(HELLO, ["demands"])), InternetMessageId: `${HELLO}.copy` } });
  expect(posted.status).toBe(201);
  const { result, view } = await approveAttaching([HELLO]);
  expect(result).toMatchObject({ ok: false, code: "evidenceUnchecked", message: expect.stringContaining(`“Hello” (${HELLO}) is recorded in the ContactLog with nothing unacceptable.`) });
  expect(view.inForce).toBe(false);
});

it("two items claiming one id: neither counts, and the refusal says it is recorded twice (T11 #8)", async () => {
  await demo.storeOf(SAM).recordContact(contact(ABUSE, ["abusive"], "You are useless"));
  await demo.storeOf(SAM).recordContact(contact(HELLO, []));
  // Casey rewrites the neutral item's record to claim the abusive contact's id (its key column left as it was).
  const call = caller(() => demo.emulator, tokenOf(CASEY));
  const items = (await call("GET", `/sites/${demo.siteId}/lists/ContactLog/items?$expand=fields`)).body as { value: Array<{ id: string; fields: Record<string, unknown> }> };
  const hello = items.value.find((i) => String(i.fields.RecordJson ?? "").includes(HELLO))!;
  const patched = await call("PATCH", `/sites/${demo.siteId}/lists/ContactLog/items/${hello.id}/fields`, { RecordJson: contactFields(contact(ABUSE, [], "You are useless")).RecordJson });
  expect(patched.status).toBe(200);
  const { result } = await approveAttaching([ABUSE, HELLO]);
  expect(result).toMatchObject({ ok: false, code: "evidenceUnchecked", message: expect.stringContaining(`“Hello” (${ABUSE}) is recorded 2 times in the ContactLog, so which record is the caseworker's cannot be told.`) });
});

const itemOf = async (id: string) => {
  const call = caller(() => demo.emulator, tokenOf(CASEY));
  const items = (await call("GET", `/sites/${demo.siteId}/lists/ContactLog/items?$expand=fields`)).body as { value: Array<{ id: string; fields: Record<string, unknown> }> };
  return items.value.find((i) => String(i.fields.RecordJson ?? "").includes(id))!.id;
};

it("the proposer rewrites a colleague's neutral record as “demands” through Graph: the tick is needed, saying who changed it and when (T11 #2)", async () => {
  await demo.storeOf(SAM).recordContact(contact(HELLO, []));
  const patched = await caller(() => demo.emulator, tokenOf(CASEY))("PATCH", `/sites/${demo.siteId}/lists/ContactLog/items/${await itemOf(HELLO)}/fields`, { RecordJson: contactFields(contact(HELLO, ["demands"])).RecordJson });
  expect(patched.status).toBe(200);
  const { result, view } = await approveAttaching([HELLO]);
  expect(result).toMatchObject({ ok: false, code: "evidenceUnchecked", message: expect.stringMatching(new RegExp(`“Hello” \\(${HELLO}\\) was changed in the ContactLog after it was recorded, by ${CASEY.displayName} \\(${CASEY.upn}\\) at \\d{4}-.*, who proposed this strategy, so it cannot spare the check of the case file\\.`)) });
  expect(view.inForce).toBe(false);
});

it("a contact the proposer recorded herself spares no tick; one a colleague recorded does; anyone changing it after the approval, outside the add-in, leaves it in force on the record judged, every reader saying who and when (T11 #2, #3)", async () => {
  // Behaviour Alex's strategy restricts (“demands”: T11 #7), so only who recorded it stands in the way.
  await demo.storeOf(CASEY).recordContact(contact(ABUSE, ["demands"], "Reply today or else"));
  expect((await approveAttaching([ABUSE])).result).toMatchObject({ ok: false, code: "evidenceUnchecked", message: expect.stringContaining(`was recorded in the ContactLog by ${CASEY.displayName} (${CASEY.upn}), who proposed this strategy, so it cannot spare the check of the case file.`) });
  await demo.storeOf(SAM).recordContact(contact(HELLO, ["demands"], "Reply within the hour"));
  const { result, view } = await approveAttaching([HELLO]);
  expect(result).toMatchObject({ ok: true, decision: { evidenceContacts: [HELLO] } });
  expect(view.inForce).toBe(true);
  // Sam (not the proposer) changes her record through Graph afterwards, its words as they were.
  const patched = await caller(() => demo.emulator, tokenOf(SAM))("PATCH", `/sites/${demo.siteId}/lists/ContactLog/items/${await itemOf(HELLO)}/fields`, { Title: "Reply within the hour" });
  expect(patched.status).toBe(200);
  const after = (await readStrategyDetail(demo.storeOf(MORGAN), pack, DEMO_ROSTER, "demo-alex-morgan"))!.view;
  expect(after).toMatchObject({ inForce: true, refused: [], doubts: [{ kind: "evidenceChanged", message: expect.stringContaining(`was changed in the ContactLog after the approval, by ${SAM.displayName} (${SAM.upn}) at `) }] });
  expect(after.doubts![0]!.message).toContain("its record still reads as judged.");
});

it("the ContactLog unreadable (503 on every read of it): an approval resting on its contacts stays in force, restrictions and all, its evidence said to be unconfirmed (T11 #4)", async () => {
  await demo.storeOf(SAM).recordContact(contact(HELLO, ["demands"], "Reply within the hour"));
  expect((await approveAttaching([HELLO])).view.inForce).toBe(true);
  await fetch(`${demo.emulator.origin}/_emulator/faults`, { method: "POST", body: JSON.stringify({ path: "ContactLog", status: 503, times: 50 }) });
  const view = (await readStrategyDetail(demo.storeOf(MORGAN), pack, DEMO_ROSTER, "demo-alex-morgan"))!.view;
  expect(view).toMatchObject({ inForce: true, refused: [], doubts: [{ kind: "evidenceUnconfirmed", message: expect.stringMatching(/rests on recorded contacts, but the ContactLog could not be read \(.*\), so they are unconfirmed\. It is kept in force, restrictions and all, until the ContactLog can be read again\.$/) }] });
  expect(view.inForce && view.terms.restrictions.length).toBeGreaterThan(0);
});
