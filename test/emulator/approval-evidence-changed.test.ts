/**
 * An approval resting on a recorded contact stands on that contact as its authoriser judged it (T11 #3): a caseworker
 * who deletes or rewrites the ContactLog item through Graph afterwards (unaudited) does not take the restriction out of
 * force, and the pane names what changed, who and when where SharePoint says. A correction made through the add-in
 * (audited) is judged as corrected, as before (T10 #2).
 */
import { expect, it } from "vitest";
import { CASEY, SAM } from "../../dev/demo/people";
import { demoSiteEachTest } from "../fakes/demo-office";
import { ALEX, DEMAND, alexDemand } from "./alex-demand";
import type { ContactRecord } from "../../src/policy/contact";

const demo = demoSiteEachTest();
const { received, recordAs, pane, guard, approvedOnDemand, contactItem } = alexDemand(demo);

/** Sam records Alex's demand; Casey attaches it to Alex's proposal; Morgan approves on it (notes, warning tick, no evidence tick). */
async function approvedOnSamsContact({ recorded = false } = {}) {
  if (!recorded) await recordAs(SAM, ["demands"]);
  await approvedOnDemand();
}

/** Casey rewrites the record's JSON through Graph (the ContactLog has no item permissions). */
async function caseyRewrites(change: (record: ContactRecord) => ContactRecord) {
  const { call, item, json } = await contactItem();
  const patched = await call("PATCH", `/sites/${demo.siteId}/lists/ContactLog/items/${item.id}/fields`, { RecordJson: JSON.stringify({ ...json, record: change(json.record) }) });
  expect(patched.status).toBe(200);
}

const kept = "The approval is kept in force on the record as Morgan Reid (morgan.reid@opcc.example.gov.uk) judged it, restrictions and all; an authoriser should review it.";
const named = `“Reply within the hour” (${DEMAND}), recorded as “demands”, which Morgan Reid (morgan.reid@opcc.example.gov.uk)'s approval recorded at `;

async function expectKeptInForce(says: RegExp) {
  const view = await pane();
  expect(view).toMatchObject({ inForce: true, refused: [] });
  expect(view.inForce && view.terms.restrictions).toEqual([{ kind: "phoneTimeLimit", minutes: 15 }, { kind: "singleChannel", channel: "email" }]);
  expect(view.doubts).toEqual([expect.objectContaining({ kind: "evidenceChanged", message: expect.stringMatching(says) })]);
  expect(view.doubts![0]!.message).toContain(named);
  expect(view.doubts![0]!.message.endsWith(kept)).toBe(true);
  const terms = await guard();
  expect(terms).toMatchObject({ restrictions: [{ kind: "phoneTimeLimit" }, { kind: "singleChannel", channel: "email" }] });
  expect(terms).not.toHaveProperty("recordInDoubt");
}

it("Casey deletes the ContactLog item through Graph: the restriction stays in force, and the pane says it was deleted after the approval, SharePoint not saying by whom (T11 #3)", async () => {
  await approvedOnSamsContact();
  const { call, item } = await contactItem();
  expect((await call("DELETE", `/sites/${demo.siteId}/lists/ContactLog/items/${item.id}`)).status).toBe(204);
  await expectKeptInForce(/rests on, was deleted from the ContactLog after the approval \(SharePoint does not say by whom or when\)\./);
});

it("so too for a contact recorded without the add-in's audit event (as T11's probe recorded it, through the store): the approval, taken through the add-in, stands on it (T11 #3)", async () => {
  await demo.storeOf(SAM).recordContact({ internetMessageId: DEMAND, senderAddress: ALEX, receivedAt: received, subject: "Reply within the hour", categories: ["demands"], evidence: [], outcome: "confirmed", recordedBy: SAM.upn, recordedAt: new Date().toISOString(), staffContacted: [] });
  await approvedOnSamsContact({ recorded: true });
  const { call, item } = await contactItem();
  expect((await call("DELETE", `/sites/${demo.siteId}/lists/ContactLog/items/${item.id}`)).status).toBe(204);
  await expectKeptInForce(/was deleted from the ContactLog after the approval \(SharePoint does not say by whom or when\)\./);
});

it("Casey blanks the record's categories through Graph: in force, and the pane names Casey, when, and that it now reads nothing unacceptable (T11 #3)", async () => {
  await approvedOnSamsContact();
  await caseyRewrites((r) => ({ ...r, categories: [], evidence: [] }));
  await expectKeptInForce(/was changed in the ContactLog after the approval, by Casey Worker \(casey\.worker@opcc\.example\.gov\.uk\) at \d{4}-\d\d-\d\dT[^,]*, outside the add-in \(no correction of it is on record\): it now reads nothing unacceptable\./);
});

it("Casey PATCHes the category, or dresses her rewrite as a correction in her own name with no audit event of it: in force, each named (T11 #3)", async () => {
  await approvedOnSamsContact();
  await caseyRewrites((r) => ({ ...r, categories: ["persistent"] }));
  await expectKeptInForce(/by Casey Worker .*: it now reads “persistent”\./);
  await caseyRewrites((r) => ({ ...r, categories: [], outcome: "corrected", recordedBy: CASEY.upn, recordedAt: new Date().toISOString() }));
  await expectKeptInForce(/by Casey Worker .*no correction of it is on record\): it now reads nothing unacceptable\./);
});

it("Sam corrects her record to nothing unacceptable through the add-in (audited): judged as corrected, as before — not in force, the record in doubt (T10 #2)", async () => {
  await approvedOnSamsContact();
  expect(await recordAs(SAM, [])).toMatchObject({ status: "corrected" });
  const view = await pane();
  expect(view).toMatchObject({ inForce: false, refused: [{ reason: "evidenceNotOnRecord" }], doubts: [{ kind: "decisionUnsupported" }] });
  expect(await guard()).toMatchObject({ restrictions: [], recordInDoubt: true });
});
