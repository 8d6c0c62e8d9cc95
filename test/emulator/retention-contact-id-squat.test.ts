import { expect, it } from "vitest";
import { CASEY, DEMO_ROSTER, MORGAN, SAM, tokenOf } from "../../dev/demo/people";
import { applyRetention, planRetention } from "../../src/app/records/retention";
import type { ContactRecord } from "../../src/policy/contact";
import { getPack } from "../../src/policy/packs/index";
import { contactFields } from "../../src/store/sharepoint/mapping";
import { demoSiteEachTest, recordsWrittenEarlier } from "../fakes/demo-office";
import { caller } from "./client";

/**
 * T11 #9: retention's plan took a contact's id from its RecordJson, and the purge deleted every audit event filed under
 * that id, every alert action with it, and (by the InternetMessageId column, when it had not just read the item) the
 * contact. Casey rewrote an old contact's RecordJson to carry the id of a threat recorded today: the purge took today's
 * contact's audit events. A contact whose record names another id than its item's key column is now kept and named.
 */
const pack = getPack("warwickshire");
const demo = demoSiteEachTest();
const RULE = { contactMonths: 24, endedStrategyMonths: 72 };
const YEAR = 365 * 86_400_000;
const RECENT = "<threat-today@example.com>";
const contact = (id: string, sender: string, at: number, categories: ContactRecord["categories"] = []): ContactRecord => ({
  internetMessageId: id, senderAddress: sender, receivedAt: new Date(at).toISOString(), subject: "Hello", categories,
  evidence: [], outcome: "confirmed", recordedBy: SAM.upn, recordedAt: new Date(at).toISOString(), staffContacted: [],
});

it("an old contact whose RecordJson Casey made carry the id of a threat recorded today is kept and named, and today's contact keeps its record and audit events", async () => {
  const sam = demo.storeOf(SAM);
  await sam.recordContact(contact("<old@example.org>", "riley.evans@example.org", Date.now() - 3 * YEAR));
  recordsWrittenEarlier(demo.emulator, 3 * YEAR);
  await sam.recordContact(contact(RECENT, "alex.morgan@example.com", Date.now() - 60_000, ["abusive"]));
  await sam.appendAudit({ id: `contact:${RECENT}:recorded`, target: `contact:${RECENT}`, action: "recorded (confirmed)", by: SAM.upn, at: new Date().toISOString(), detail: "Threat to staff recorded; police informed." });

  const call = caller(() => demo.emulator, tokenOf(CASEY));
  const items = (await call("GET", `/sites/${demo.siteId}/lists/ContactLog/items?$expand=fields`)).body.value as Array<{ id: string; fields: Record<string, string> }>;
  const old = items.find((i) => i.fields.InternetMessageId === "<old@example.org>")!;
  const forged = contact(RECENT, "riley.evans@example.org", Date.now() - 3 * YEAR);
  expect((await call("PATCH", `/sites/${demo.siteId}/lists/ContactLog/items/${old.id}/fields`, { RecordJson: contactFields(forged).RecordJson })).status).toBe(200);

  // Plan and purge apart (two store instances): the purge cannot lean on what the plan's store remembered.
  const planned = await planRetention(demo.storeOf(MORGAN), { rule: RULE, now: new Date().toISOString(), pack, roster: DEMO_ROSTER });
  expect(planned.contacts).toEqual([]);
  expect(planned.contactsInDoubt?.map((c) => [c.id, c.why])).toEqual([[RECENT, expect.stringContaining("its item's InternetMessageId column says <old@example.org>")]]);
  expect(await applyRetention(demo.storeOf(MORGAN), planned, { by: MORGAN.upn, now: new Date().toISOString() })).toMatchObject({ contacts: 0, auditEvents: 0 });
  expect((await sam.auditFor(`contact:${RECENT}`)).length, "today's contact's audit events").toBe(1);
  expect((await sam.contactsFrom("alex.morgan@example.com", "2026-01-01T00:00:00.000Z")).map((c) => c.internetMessageId), "today's contact").toEqual([RECENT]);
  expect((await sam.auditFor("retention:" + new Date().toISOString().slice(0, 7))).at(-1)?.detail).toContain(`1 old contacts in doubt kept: ${RECENT}.`);
});
