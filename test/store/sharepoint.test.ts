import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { proposedTermsOf } from "../../src/policy/proposed-terms";
import { startEmulator, type Emulator } from "../../dev/emulator/server";
import { createGraphClient, type GraphClient } from "../../src/graph/client";
import { devTokenProvider } from "../../src/graph/auth/dev";
import type { CaseStore } from "../../src/store/port";
import type { ContactRecord } from "../../src/policy/contact";
import { createSenderIndex } from "../../src/store/sender-index";
import { provision } from "../../src/store/sharepoint/provision";
import { resolveSiteId } from "../../src/store/sharepoint/site";
import { LISTS } from "../../src/store/sharepoint/schema";
import { createSharePointStore } from "../../src/store/sharepoint/store";
import { strategy } from "../builders/strategy";
import { exportPerson } from "../../src/app/records/subject-access";
import { checkOnStart } from "../../src/app/records/start-check";
import { applyRetention, planRetention } from "../../src/app/records/retention";
import { getPack } from "../../src/policy/packs/index";
import { requiredListPermissions } from "../../src/store/sharepoint/permissions";
import { StoreError } from "../../src/store/port";
import { ALL_CRITERIA, APPROVAL_CHECKS, ROSTER } from "../builders/evidence";
import { contactAct } from "../../src/app/record-contact";
import { asRecorded, caseStoreContract, contactRecord, correction, letterRecord, purgeBefore, recorded } from "./contract";
import { recordsContract } from "./records-contract";
import type { AlertOutcome } from "../../src/policy/alerts/action";
import { fieldEquals } from "../../src/graph/odata";
import { termsOf } from "../../src/policy/in-force";
import { strategiesInForce } from "../../src/app/compose/in-force-source";
import { readInForceSet } from "../../src/app/strategy/in-force-set";

const SITE = "opcc.sharepoint.com:/sites/contact-strategies";
let emulator: Emulator;
let graph: GraphClient;

beforeAll(async () => {
  emulator = await startEmulator();
  graph = createGraphClient({ graphBaseUrl: emulator.baseUrl, tokens: devTokenProvider(emulator.token), retry: { baseDelayMs: 1, maxDelayMs: 5 } });
});
afterAll(() => emulator.close());

async function freshStore(): Promise<CaseStore> {
  await fetch(`${emulator.origin}/_emulator/reset`, { method: "POST" });
  const siteId = await resolveSiteId(graph, SITE);
  await provision(graph, siteId);
  emulator.clearLog();
  return createSharePointStore(graph, siteId);
}

/** The same site, signed in as another member of staff: the emulator's demo tokens (dev-token-<name>). */
const signedInAs = async (upn: string) => createSharePointStore(createGraphClient({ graphBaseUrl: emulator.baseUrl, tokens: devTokenProvider(`dev-token-${upn.split("@")[0]}`), retry: { baseDelayMs: 1, maxDelayMs: 5 } }), await resolveSiteId(graph, SITE));

caseStoreContract("SharePoint through Graph (emulator)", freshStore, (_, upn) => signedInAs(upn));

recordsContract("SharePoint through Graph (emulator)", async () => {
  const store = await freshStore();
  const siteId = await resolveSiteId(graph, SITE);
  // Each member of staff signs in as themselves: the emulator's demo tokens (dev-token-<name>), so createdBy is theirs.
  const as = (upn: string) =>
    createSharePointStore(createGraphClient({ graphBaseUrl: emulator.baseUrl, tokens: devTokenProvider(`dev-token-${upn.split("@")[0]}`), retry: { baseDelayMs: 1, maxDelayMs: 5 } }), siteId);
  const items = `/sites/${siteId}/lists/AuditTrail/items`;
  const auditItem = async (id: string) => {
    const found = (await graph.client.api(items).filter(fieldEquals("EventKey", id)).expand("fields").get()) as { value: Array<{ id: string; fields: { EventJson: string } }> };
    if (found.value.length !== 1) throw new Error(`No audit item ${id}`);
    return found.value[0]!;
  };
  const actions = `/sites/${siteId}/lists/AlertActions/items`;
  const alertItem = async (id: string) => {
    const found = (await graph.client.api(actions).filter(fieldEquals("ActionKey", id)).expand("fields").get()) as { value: Array<{ id: string; fields: { ActionJson: string } }> };
    if (found.value.length !== 1) throw new Error(`No alert action item ${id}`);
    return found.value[0]!;
  };
  // The faults hit each write to the list, inside a $batch too (the emulator applies them to each step).
  const fail = (list: string) => emulator.faults.add({ method: "POST", path: `/lists/${list}/items$`, status: 503 });
  // failWritesAfter: the use case's writes are counted as they are made, and the emulator's fault is switched on at the one that must fail.
  const armed: Partial<Record<"AuditTrail" | "ContactLog" | "ContactStrategies", number>> = {};
  const gate = (list: "AuditTrail" | "ContactLog" | "ContactStrategies") => {
    const left = armed[list];
    if (left === undefined) return;
    if (left <= 0) {
      fail(list);
      // An update is a PATCH of the item's fields (a strategy saved again).
      emulator.faults.add({ method: "PATCH", path: `/lists/${list}/items/`, status: 503 });
      delete armed[list];
    } else armed[list] = left - 1;
  };
  const counted: CaseStore = {
    ...store,
    appendAudit: (event) => (gate("AuditTrail"), store.appendAudit(event)),
    recordContact: (record) => (gate("ContactLog"), store.recordContact(record)),
    saveStrategy: (value, etag) => (gate("ContactStrategies"), store.saveStrategy(value, etag)),
  };
  return {
    store: counted,
    as,
    failWritesAfter: async (list, after) => void (armed[list] = after),
    async editAuditDetail(id, detail) {
      // As someone with full control would, in SharePoint: the item's columns and its JSON, the stored hash left as it was.
      const item = await auditItem(id);
      const json = JSON.parse(item.fields.EventJson) as { event: { detail: string } };
      json.event.detail = detail;
      await graph.client.api(`${items}/${item.id}/fields`).patch({ Detail: detail, EventJson: JSON.stringify(json) });
    },
    async deleteAudit(id) {
      await graph.client.api(`${items}/${(await auditItem(id)).id}`).delete();
    },
    async editAlertAction(id, outcome) {
      // As someone allowed to edit the list would, in SharePoint: the columns and the JSON together.
      const item = await alertItem(id);
      const json = JSON.parse(item.fields.ActionJson) as { action: { outcome: AlertOutcome } };
      json.action.outcome = outcome;
      await graph.client.api(`${actions}/${item.id}/fields`).patch({ Title: outcome.kind, Outcome: outcome.kind, ActionJson: JSON.stringify(json) });
    },
    async deleteAlertAction(id) {
      await graph.client.api(`${actions}/${(await alertItem(id)).id}`).delete();
    },
    failAuditWrites: async () => fail("AuditTrail"),
    failDecisionWrites: async () => fail("Decisions"),
    failAddressWrites: async () => {
      fail("StrategyAddresses");
      // A row whose status changes is a PATCH in the same $batch.
      emulator.faults.add({ method: "PATCH", path: "/lists/StrategyAddresses/items/", status: 503 });
    },
    heal: async () => {
      emulator.faults.clear();
      delete armed.AuditTrail;
      delete armed.ContactLog;
      delete armed.ContactStrategies;
    },
    async keyLetterAsWritten(id) {
      const letters = `/sites/${siteId}/lists/Letters/items`;
      const found = (await graph.client.api(letters).filter(fieldEquals("LetterKey", id)).expand("fields").get()) as { value: Array<{ id: string; fields: { LetterJson: string } }> };
      const { letter } = (JSON.parse(found.value[0]!.fields.LetterJson) as { letter: { address: string } });
      await graph.client.api(`${letters}/${found.value[0]!.id}/fields`).patch({ Address: letter.address });
    },
    async dropAddressRows(strategyId) {
      const rows = `/sites/${siteId}/lists/StrategyAddresses/items`;
      const found = (await graph.client.api(rows).filter(fieldEquals("StrategyKey", strategyId)).get()) as { value: Array<{ id: string }> };
      for (const row of found.value) await graph.client.api(`${rows}/${row.id}`).delete();
    },
  };
});

describe("one strategy item edited into something unreadable outside the add-in", () => {
  it("stops nobody else's check: the others stay in force, it is judged from its decisions, and a listing returns it apart, named", async () => {
    const store = await freshStore();
    const siteId = await resolveSiteId(graph, SITE);
    const retry = { baseDelayMs: 1, maxDelayMs: 5 };
    const morgan = createSharePointStore(createGraphClient({ graphBaseUrl: emulator.baseUrl, tokens: devTokenProvider("dev-token-morgan.reid"), retry }), siteId);
    const pack = getPack("warwickshire");
    const people = { pat: "pat.o'brien@example.org", jordan: "jordan.blake@example.org" };
    for (const [id, address] of Object.entries(people)) {
      const approved = strategy({ id, status: "active", reviewDate: "2027-03-31", person: { displayName: id }, addresses: [address] });
      await store.saveStrategy(approved);
      await store.appendAudit({ id: `p-${id}`, target: `strategy:${id}`, action: "propose", by: "casey.worker@opcc.example.gov.uk", at: "2026-11-20T10:00:00.000Z", detail: "Proposed.", terms: proposedTermsOf(approved) });
      await morgan.addDecision({ id: `d-${id}`, strategyId: id, kind: "approve", decidedBy: "morgan.reid@opcc.example.gov.uk", decidedAt: "2026-11-22T10:00:00.000Z", rationale: "Criteria met.", checklist: [...ALL_CRITERIA], ...APPROVAL_CHECKS, terms: termsOf(approved, "2027-03-31") });
    }
    const inForceIds = async () => (await strategiesInForce(store, pack, ROSTER)).map((e) => e.addresses).flat().sort();
    expect(await inForceIds()).toEqual([people.jordan, people.pat]);

    // A caseworker may edit ContactStrategies items (they propose strategies): one edits Jordan's JSON into nonsense.
    const items = `/sites/${siteId}/lists/ContactStrategies/items`;
    const found = (await graph.client.api(items).filter(fieldEquals("StrategyKey", "jordan")).expand("fields").get()) as { value: Array<{ id: string }> };
    await graph.client.api(`${items}/${found.value[0]!.id}/fields`).patch({ StrategyJson: "{not json" });

    // The compose guard's and the flagger's reads: Pat's strategy still in force, Jordan's on his approved terms.
    expect(await inForceIds()).toEqual([people.jordan, people.pat]);
    const set = await readInForceSet(store, pack, ROSTER);
    expect(set.inForce.map((e) => e.strategy.id).sort()).toEqual(["jordan", "pat"]);
    expect(set.read.find((r) => r.strategy.value.id === "jordan")!.evidence).toMatchObject({ recordMissing: true });
    // A listing (the Approvals queue, the records tools) keeps Pat's and returns Jordan's item apart, named, with why.
    const listed = await store.listStrategies();
    expect(listed.map((s) => s.value.id)).toEqual(["pat"]);
    expect(listed.unreadable).toEqual([expect.objectContaining({ key: "jordan", item: found.value[0]!.id, why: "its JSON does not parse" })]);
  });
});

describe("provisioning", () => {
  it("creates every list with its indexes once; a second run changes nothing", async () => {
    await fetch(`${emulator.origin}/_emulator/reset`, { method: "POST" });
    const siteId = await resolveSiteId(graph, SITE);
    const first = await provision(graph, siteId);
    expect(first.changes).toHaveLength(LISTS.length);
    expect(LISTS.map((l) => l.name)).toEqual(expect.arrayContaining(["ContactStrategies", "Decisions", "AuditTrail", "AlertActions", "Letters"]));
    expect((await provision(graph, siteId)).changes).toEqual([]);
    const log = await graph.client.api(`/sites/${siteId}/lists/ContactLog/columns`).get();
    const indexed = (log.value as Array<{ name: string; indexed: boolean }>).filter((c) => c.indexed).map((c) => c.name).sort();
    expect(indexed).toEqual(["InternetMessageId", "ReceivedAt", "SenderAddress", "StrategyKey"]);
  });

  it("adds a decision's sub-types and note columns to a contact log made before them, and writes them readable in the list", async () => {
    await fetch(`${emulator.origin}/_emulator/reset`, { method: "POST" });
    const siteId = await resolveSiteId(graph, SITE);
    const before = LISTS.map((l) => (l.name === "ContactLog" ? { ...l, columns: l.columns.filter((c) => c.name !== "SubTypes" && c.name !== "DecisionNote") } : l));
    await provision(graph, siteId, before);
    expect((await provision(graph, siteId)).changes).toEqual(["added column ContactLog.SubTypes", "added column ContactLog.DecisionNote"]);
    const store = createSharePointStore(graph, siteId);
    await store.recordContact(contactRecord({ subTypes: [{ category: "abusive", subType: "threat" }], note: "Told Sam." }));
    const items = (await graph.client.api(`/sites/${siteId}/lists/ContactLog/items`).expand("fields").get()).value as Array<{ fields: Record<string, unknown> }>;
    expect(items[0]?.fields).toMatchObject({ SubTypes: "abusive/threat", DecisionNote: "Told Sam." });
  });

  it("restores an index someone removed", async () => {
    const siteId = await resolveSiteId(graph, SITE);
    await provision(graph, siteId);
    const columns = (await graph.client.api(`/sites/${siteId}/lists/ContactLog/columns`).get()).value as Array<{ id: string; name: string }>;
    const sender = columns.find((c) => c.name === "SenderAddress")!;
    await graph.client.api(`/sites/${siteId}/lists/ContactLog/columns/${sender.id}`).patch({ indexed: false });
    expect((await provision(graph, siteId)).changes).toEqual(["indexed column ContactLog.SenderAddress"]);
  });

  it("restores a unique constraint someone removed (with its index), and then changes nothing", async () => {
    await fetch(`${emulator.origin}/_emulator/reset`, { method: "POST" });
    const siteId = await resolveSiteId(graph, SITE);
    await provision(graph, siteId);
    const path = `/sites/${siteId}/lists/ContactLog/columns`;
    const key = ((await graph.client.api(path).get()).value as Array<{ id: string; name: string }>).find((c) => c.name === "InternetMessageId")!;
    await graph.client.api(`${path}/${key.id}`).patch({ enforceUniqueValues: false });
    await graph.client.api(`${path}/${key.id}`).patch({ indexed: false });
    const audit = `/sites/${siteId}/lists/AuditTrail/columns`;
    const eventKey = ((await graph.client.api(audit).get()).value as Array<{ id: string; name: string }>).find((c) => c.name === "EventKey")!;
    await graph.client.api(`${audit}/${eventKey.id}`).patch({ enforceUniqueValues: false });
    expect((await provision(graph, siteId)).changes).toEqual([
      "unique values enforced on column ContactLog.InternetMessageId (indexed again)",
      "unique values enforced on column AuditTrail.EventKey",
    ]);
    const columns = (await graph.client.api(path).get()).value as Array<{ name: string; indexed: boolean; enforceUniqueValues: boolean }>;
    expect(columns.find((c) => c.name === "InternetMessageId")).toMatchObject({ indexed: true, enforceUniqueValues: true });
    expect((await provision(graph, siteId)).changes).toEqual([]);
    // Restored, it refuses a duplicate key again (as SharePoint does: a 500 naming
    // SPDuplicateValuesFoundException), which closes the race createOnce confirms by reading.
    const store = createSharePointStore(graph, siteId);
    await store.recordContact(contactRecord());
    const items = `/sites/${siteId}/lists/ContactLog/items`;
    await expect(graph.client.api(items).post({ fields: { InternetMessageId: contactRecord().internetMessageId } })).rejects.toMatchObject({ statusCode: 500, code: expect.stringContaining("SPDuplicateValuesFoundException") });
  });
});

describe("emulated column constraints", () => {
  it("refuses unique values on a column without an index, or one already holding duplicates", async () => {
    await fetch(`${emulator.origin}/_emulator/reset`, { method: "POST" });
    const siteId = await resolveSiteId(graph, SITE);
    await provision(graph, siteId);
    const path = `/sites/${siteId}/lists/ContactLog/columns`;
    const columns = (await graph.client.api(path).get()).value as Array<{ id: string; name: string }>;
    const sender = columns.find((c) => c.name === "SenderAddress")!;
    const title = columns.find((c) => c.name === "Title")!;
    await expect(graph.client.api(`${path}/${title.id}`).patch({ enforceUniqueValues: true })).rejects.toMatchObject({ statusCode: 400 });
    const store = createSharePointStore(graph, siteId);
    await store.recordContact(contactRecord({ internetMessageId: "<a>" }));
    await store.recordContact(contactRecord({ internetMessageId: "<b>" }));
    await expect(graph.client.api(`${path}/${sender.id}`).patch({ enforceUniqueValues: true })).rejects.toMatchObject({ statusCode: 400 });
  });
});

describe("under faults: nothing lost, nothing duplicated", () => {
  let store: CaseStore;
  beforeEach(async () => {
    store = await freshStore();
    emulator.faults.clear();
  });

  it("records through 429s and 503s with Retry-After", async () => {
    emulator.faults.add({ path: "/items", status: 429, retryAfterSeconds: 0, everyNth: 2 });
    emulator.faults.add({ path: "/items", status: 503, times: 2 });
    for (let i = 0; i < 10; i += 1) await store.recordContact(contactRecord({ internetMessageId: `<m${i}>` }));
    emulator.faults.clear();
    expect(await store.contactsFrom("pat.o'brien@example.org", "2000-01-01T00:00:00Z")).toHaveLength(10);
  });

  it("a connection dropped after the write landed does not duplicate the record", async () => {
    emulator.faults.add({ method: "POST", path: "/lists/ContactLog/items$", status: "dropAfterWrite", times: 1 });
    expect(await store.recordContact(contactRecord())).toEqual({ created: true });
    emulator.faults.clear();
    const items = emulator.world.sites[1]!.lists.find((l) => l.displayName === "ContactLog")!.items;
    expect(items).toHaveLength(1);
  });

  it("a letter recorded through a dropped connection is stored once; marking it sent through one finishes as sent", async () => {
    emulator.faults.add({ method: "POST", path: "/lists/Letters/items$", status: "dropAfterWrite", times: 1 });
    await store.recordLetter(letterRecord());
    emulator.faults.add({ method: "PATCH", path: "/lists/Letters/items/", status: "dropAfterWrite", times: 1 });
    const sent = await store.markLetterSent("L1", "2026-11-21T09:00:00.000Z", "casey.worker@opcc.example.gov.uk");
    emulator.faults.clear();
    expect(sent.status).toBe("sent");
    expect(await store.lettersFor({ address: "pat.o'brien@example.org" })).toEqual([sent]);
  });

  it("two people marking the same letter sent at once: one record, the first mark kept, no error", async () => {
    await store.recordLetter(letterRecord());
    const [a, b] = await Promise.all([
      store.markLetterSent("L1", "2026-11-21T09:00:00.000Z", "casey.worker@opcc.example.gov.uk"),
      (await signedInAs("sam.carter@opcc.example.gov.uk")).markLetterSent("L1", "2026-11-21T09:00:01.000Z", "sam.carter@opcc.example.gov.uk"),
    ]);
    expect(a).toEqual(b);
    expect(await store.lettersFor({ address: "pat.o'brien@example.org" })).toEqual([a]);
  });

  it("a connection dropped before the write is retried and lands once", async () => {
    emulator.faults.add({ method: "POST", path: "/lists/ContactLog/items$", status: "drop", times: 1 });
    expect(await store.recordContact(contactRecord())).toEqual({ created: true });
    emulator.faults.clear();
    expect(await store.contactsFrom("pat.o'brien@example.org", "2000-01-01T00:00:00Z")).toHaveLength(1);
  });

  const contactLog = () => emulator.world.sites[1]!.lists.find((l) => l.displayName === "ContactLog")!;
  const patches = () => emulator.requestLog().filter((r) => r.method === "PATCH" && r.path.includes("/lists/ContactLog/items/"));

  it("a correction whose answer is lost (dropped after the PATCH landed) is applied once and reported done", async () => {
    const existing = await recorded(store);
    emulator.clearLog();
    emulator.faults.add({ method: "PATCH", path: "/lists/ContactLog/items/[^/]+/fields$", status: "dropAfterWrite", times: 1 });
    const corrected = await store.correctContact(existing, correction());
    emulator.faults.clear();
    expect(corrected.value).toEqual({ ...contactRecord(), ...correction() });
    expect(corrected.replaced).toMatchObject({ categories: ["abusive"], outcome: "confirmed" });
    // The transport repeated the conditional PATCH; SharePoint refused it (412) because the first had landed.
    expect(patches().map((r) => r.status)).toEqual(["dropped", 412]);
    const [item] = contactLog().items;
    expect(contactLog().items).toHaveLength(1);
    expect(item!.version).toBe(2);
    expect(item!.fields).toMatchObject({ Categories: "", Outcome: "dismissed", RecordedBy: "morgan.reid@opcc.example.gov.uk" });
  });

  it("a correction on an eTag moved by an edit to another column is compared again and written on the fresh eTag", async () => {
    const existing = await recorded(store);
    const item = contactLog().items[0]!;
    const siteId = await resolveSiteId(graph, SITE);
    await graph.client.api(`/sites/${siteId}/lists/ContactLog/items/${item.id}/fields`).patch({ Title: "Renamed in SharePoint" });
    emulator.clearLog();
    const corrected = await store.correctContact(existing, correction());
    expect(corrected.value.outcome).toBe("dismissed");
    expect(patches().map((r) => r.status)).toEqual([412, 200]);
    expect(item.fields.Title).toBe("Renamed in SharePoint");
  });

  it("a colleague's change to the record's subject between the read and the correction is not carried into it: one 412, no second PATCH, the caller is told what changed (T14 #4)", async () => {
    const existing = await recorded(store);
    const item = contactLog().items[0]!;
    const json = JSON.parse(String(item.fields.RecordJson)) as { record: ContactRecord };
    const siteId = await resolveSiteId(graph, SITE);
    await graph.client.api(`/sites/${siteId}/lists/ContactLog/items/${item.id}/fields`).patch({ RecordJson: JSON.stringify({ ...json, record: { ...json.record, subject: "Renamed through Graph" } }) });
    emulator.clearLog();
    const error = await store.correctContact(existing, correction()).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "conflict", message: expect.stringContaining("while you were correcting it (its subject now reads “Renamed through Graph”), so your correction was not written") });
    expect(patches().map((r) => r.status)).toEqual([412]);
    expect(asRecorded(await store.contactsFrom("pat.o'brien@example.org", "2000-01-01T00:00:00Z"))).toEqual([{ ...contactRecord(), subject: "Renamed through Graph" }]);
  });

  it("reads a sender's contacts, and a strategy's, each with who SharePoint says created its item: every reader can tell a record added outside the add-in (T19)", async () => {
    await store.recordContact(contactRecord({ strategyId: "s1" }));
    const created = expect.objectContaining({ upn: expect.stringContaining("@") });
    expect((await store.contactsFrom("pat.o'brien@example.org", "2000-01-01T00:00:00Z")).map((c) => c.item?.createdBy)).toEqual([created]);
    expect((await store.contactsForStrategy("s1")).map((c) => c.item?.createdBy)).toEqual([created]);
  });

  it("a colleague's correction in between is not overwritten: one 412, no second PATCH, and the caller is told", async () => {
    const seenByBoth = await recorded(store);
    const morgans = await store.correctContact(seenByBoth, correction({ categories: ["demands"], outcome: "corrected" }));
    emulator.clearLog();
    await expect(store.correctContact(seenByBoth, correction({ recordedBy: "dana.chief@opcc.example.gov.uk" }))).rejects.toMatchObject({ code: "conflict" });
    expect(patches().map((r) => r.status)).toEqual([412]);
    expect(asRecorded(await store.contactsFrom("pat.o'brien@example.org", "2000-01-01T00:00:00Z"))).toEqual([morgans.value]);
  });

  it("two managers saving at once: the second is told, the first's change stands (412)", async () => {
    const saved = await store.saveStrategy(strategy({ id: "s1" }));
    await store.saveStrategy({ ...saved.value, reasons: "Morgan's update" }, saved.etag);
    await expect(store.saveStrategy({ ...saved.value, reasons: "Dana's update" }, saved.etag)).rejects.toMatchObject({ code: "conflict" });
    expect((await store.getStrategy("s1"))?.value.reasons).toBe("Morgan's update");
  });

  const addressRows = () => emulator.world.sites[1]!.lists.find((l) => l.displayName === "StrategyAddresses")!.items.map((i) => String(i.fields.AddressKey)).sort();

  it("a new strategy's addresses are written in one $batch: 3 requests, not one pair per address", async () => {
    emulator.clearLog();
    await store.saveStrategy(strategy({ id: "s-batch", addresses: ["a@example.org", "b@example.org", "c@example.org"] }));
    expect(emulator.requestLog().map((r) => `${r.method} ${r.path.replace(/^\/sites\/[^/]+/, "").split("?")[0]}`)).toEqual([
      "GET /lists/ContactStrategies/items",
      "POST /lists/ContactStrategies/items",
      "POST /$batch",
    ]);
    expect(addressRows()).toEqual(["s-batch|a@example.org", "s-batch|b@example.org", "s-batch|c@example.org"]);
  });

  it("a $batch of address writes whose answer is lost: the save says so, and saving again adds no duplicate rows", async () => {
    emulator.faults.add({ method: "POST", path: "^/\\$batch$", status: "dropAfterWrite", times: 1 });
    const error = await store.saveStrategy(strategy({ id: "s-drop", addresses: ["a@example.org", "b@example.org"] })).catch((e: unknown) => e);
    emulator.faults.clear();
    expect(error).toMatchObject({ code: "unavailable" });
    expect(addressRows()).toEqual(["s-drop|a@example.org", "s-drop|b@example.org"]);
    await store.saveStrategy(strategy({ id: "s-drop", addresses: ["a@example.org", "b@example.org"] }));
    expect(addressRows()).toEqual(["s-drop|a@example.org", "s-drop|b@example.org"]);
    const index = createSenderIndex(store);
    await index.refresh();
    expect(index.size).toBe(2);
  });

  it("address writes throttled inside the $batch (inner 429s) are resent and land once each", async () => {
    emulator.faults.add({ method: "POST", path: "/lists/StrategyAddresses/items$", status: 429, retryAfterSeconds: 0, times: 1 });
    await store.saveStrategy(strategy({ id: "s-429", addresses: ["a@example.org", "b@example.org"] }));
    emulator.faults.clear();
    expect(emulator.requestLog().filter((r) => r.path === "/$batch")).toHaveLength(2);
    expect(addressRows()).toEqual(["s-429|a@example.org", "s-429|b@example.org"]);
  });

  it("changing status, removing and adding addresses is one $batch after the read", async () => {
    const saved = await store.saveStrategy(strategy({ id: "s-edit", status: "proposed", addresses: ["a@example.org", "b@example.org"] }));
    emulator.clearLog();
    await store.saveStrategy({ ...saved.value, status: "active", addresses: ["b@example.org", "c@example.org"] }, saved.etag);
    expect(emulator.requestLog().filter((r) => r.path === "/$batch")).toHaveLength(1);
    expect(addressRows()).toEqual(["s-edit|b@example.org", "s-edit|c@example.org"]);
    const rows = emulator.world.sites[1]!.lists.find((l) => l.displayName === "StrategyAddresses")!.items;
    expect(rows.map((r) => r.fields.Status)).toEqual(["active", "active"]);
  });

  it("a write refused for lack of permission is a clear 'forbidden', not retried", async () => {
    emulator.setListPermissions("Decisions", { add: ["headOfBusinessServices"], change: [] });
    const decision = { id: "d1", strategyId: "s1", kind: "approve" as const, decidedBy: "casey.worker@opcc.example.gov.uk", decidedAt: "2026-11-25T10:00:00.000Z", rationale: "x", checklist: [] };
    await expect(store.addDecision(decision)).rejects.toMatchObject({ code: "forbidden" });
    expect(await store.decisionsFor("s1")).toEqual([]);
  });
});

describe("retention and long histories at the list view threshold", () => {
  const contactLog = () => emulator.world.sites[1]!.lists.find((l) => l.displayName === "ContactLog")!;
  function put(i: number, receivedAt: string | undefined, sender = "p@example.org"): void {
    const list = contactLog();
    const record = contactRecord({ internetMessageId: `<t${i}>`, senderAddress: sender, receivedAt: receivedAt ?? "" });
    const fields: Record<string, unknown> = { InternetMessageId: record.internetMessageId, SenderAddress: sender, RecordJson: JSON.stringify({ format: 1, record }) };
    if (receivedAt) fields.ReceivedAt = receivedAt;
    list.items.push({ id: String(list.nextItemId++), guid: `t${i}`, version: 1, createdDateTime: "2026-01-01T00:00:00Z", lastModifiedDateTime: "2026-01-01T00:00:00Z", createdBy: "x", lastModifiedBy: "x", fields });
  }

  it("deletes what was received in the cutoff's own second, before the cutoff", async () => {
    const store = await freshStore();
    put(1, "2026-01-01T00:00:00Z");
    put(2, "2026-01-01T00:00:01Z");
    expect(await purgeBefore(store, "2026-01-01T00:00:00.500Z")).toBe(1);
  });

  it("purges more than 5,000 records received in the same second (a bulk import)", { timeout: 120_000 }, async () => {
    const store = await freshStore();
    for (let i = 0; i < 5_001; i += 1) put(i, "2025-06-01T12:00:00Z");
    put(9_999, "2026-03-01T00:00:00Z");
    expect(await purgeBefore(store, "2026-01-01T00:00:00Z")).toBe(5_001);
    expect(contactLog().items).toHaveLength(1);
  });

  it("is not stopped by a record with no date (one added by hand in SharePoint)", async () => {
    const store = await freshStore();
    put(1, undefined);
    put(2, "2020-01-01T00:00:00Z");
    expect(await purgeBefore(store, "2026-01-01T00:00:00Z")).toBe(1);
  });

  it("reads a sender with more than 5,000 records among 30,000 in a few ranges, rarely refused", async () => {
    const store = await freshStore();
    for (let i = 0; i < 30_000; i += 1) put(i, new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(), i % 5 === 0 ? "persistent@example.org" : `o${i % 97}@example.org`);
    emulator.clearLog();
    // On a fixed day: the walk runs to a day from now, so its count of requests grew with the calendar (46 on 5 December 2026).
    vi.useFakeTimers({ toFake: ["Date"], now: Date.UTC(2026, 11, 1) });
    try {
      expect(await store.contactsFrom("persistent@example.org", "2000-01-01T00:00:00Z")).toHaveLength(6_000);
    } finally {
      vi.useRealTimers();
    }
    // Walked from the known start (no ordered read finds the first record on a list this size):
    // 16 years before the records cost a few requests, then ranges sized by density.
    const log = emulator.requestLog();
    expect(log.length).toBeLessThan(45);
    expect(log.filter((r) => r.status === 429).length).toBeLessThanOrEqual(12); // six refused questions, each tried twice
  }, 120_000);
});

describe("subject access export", () => {
  it("reads the audit trail of every record in batches of 20, not a request each, and misses none", async () => {
    const store = await freshStore();
    for (let i = 0; i < 45; i += 1) {
      const record = contactRecord({ internetMessageId: `<sar${i}@example.org>`, receivedAt: new Date(Date.UTC(2026, 10, 1) + i * 3_600_000).toISOString() });
      await store.recordContact(record);
      await store.appendAudit({ id: `contact:${record.internetMessageId}:recorded`, target: `contact:${record.internetMessageId}`, action: "recorded (confirmed)", by: "casey.worker@opcc.example.gov.uk", at: record.recordedAt, detail: `n${i}` });
    }
    emulator.clearLog();
    const sar = await exportPerson(store, "pat.o'brien@example.org", { by: "casey.worker@opcc.example.gov.uk", now: "2026-11-25T10:00:00.000Z", pack: getPack("warwickshire"), roster: ROSTER });
    expect(sar.contacts).toHaveLength(45);
    expect(sar.audit.map((e) => e.detail).sort()).toEqual(Array.from({ length: 45 }, (_, i) => `n${i}`).sort());
    const log = emulator.requestLog();
    expect(log.filter((r) => r.path.endsWith("/$batch"))).toHaveLength(3); // 46 targets (45 contacts and the person's exports): batches of 20, 20 and 6
    // The rest of the AuditTrail's requests: the person's records named on the trail (its About column: one question,
    // T21b-3 A2'), and the export's own event — its chain read, and the add.
    expect(log.filter((r) => r.path.includes("/lists/AuditTrail/")).map((r) => r.method)).toEqual(["GET", "GET", "POST"]);
  });
});

describe("at scale", () => {
  it("with 20,000 items in ContactLog every query the product makes succeeds without the Prefer header", async () => {
    const store = await freshStore();
    const list = emulator.world.sites[1]!.lists.find((l) => l.displayName === "ContactLog")!;
    for (let i = 0; i < 20_000; i += 1) {
      const record = contactRecord({ internetMessageId: `<bulk${i}>`, senderAddress: `person${i % 500}@example.org`, receivedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString() });
      list.items.push({ id: String(list.nextItemId++), guid: `g${i}`, version: 1, createdDateTime: "2026-01-01T00:00:00Z", lastModifiedDateTime: "2026-01-01T00:00:00Z", createdBy: "x", lastModifiedBy: "x", fields: { InternetMessageId: record.internetMessageId, SenderAddress: record.senderAddress, ReceivedAt: record.receivedAt, RecordJson: JSON.stringify({ format: 1, record }) } });
    }
    expect(await store.recordContact(contactRecord({ internetMessageId: "<bulk5>" }))).toMatchObject({ created: false });
    expect(await store.recordContact(contactRecord({ internetMessageId: "<new>" }))).toEqual({ created: true });
    expect((await store.contactsFrom("person7@example.org", "2026-01-05T00:00:00Z")).length).toBeGreaterThan(0);
    expect(await exportPerson(store, "person7@example.org", { by: "casey.worker@opcc.example.gov.uk", now: "2026-11-25T00:00:00Z", pack: getPack("warwickshire"), roster: ROSTER })).toMatchObject({ requested: "person7@example.org" });
    expect(await purgeBefore(store, "2026-01-01T02:00:00Z")).toBe(120);
    // More than 5,000 old records: one `ReceivedAt lt` query would match them all and fail
    // with the list view threshold, index or not; retention walks ranges of ReceivedAt.
    expect(await purgeBefore(store, "2026-01-08T00:00:00Z")).toBe(7 * 1440 - 120);
    expect(list.items.filter((i) => Date.parse(String(i.fields.ReceivedAt)) < Date.parse("2026-01-08T00:00:00Z"))).toEqual([]);
    expect(list.items.length).toBe(20_000 + 1 - 7 * 1440);
    // The only refusals: a retention range that met the threshold (and its one retry), narrowed and asked again.
    const refused = emulator.requestLog().filter((r) => typeof r.status === "number" && r.status >= 400);
    expect(refused.length).toBeLessThanOrEqual(4);
    expect(refused.every((r) => r.status === 429 && r.method === "GET" && r.path.endsWith("/lists/ContactLog/items"))).toBe(true);
  }, 120_000);
});

describe("one sender past the threshold", () => {
  it("contactsFrom still answers when one person has more than 5,000 records (ranges of ReceivedAt)", async () => {
    const store = await freshStore();
    const list = emulator.world.sites[1]!.lists.find((l) => l.displayName === "ContactLog")!;
    for (let i = 0; i < 8000; i += 1) {
      const record = contactRecord({ internetMessageId: `<heavy${i}>`, senderAddress: i % 4 === 3 ? "other@example.org" : "persistent@example.org", receivedAt: new Date(Date.UTC(2026, 0, 1) + i * 600_000).toISOString() });
      list.items.push({ id: String(list.nextItemId++), guid: `h${i}`, version: 1, createdDateTime: "2026-01-01T00:00:00Z", lastModifiedDateTime: "2026-01-01T00:00:00Z", createdBy: "x", lastModifiedBy: "x", fields: { InternetMessageId: record.internetMessageId, SenderAddress: record.senderAddress, ReceivedAt: record.receivedAt, RecordJson: JSON.stringify({ format: 1, record }) } });
    }
    const all = await store.contactsFrom("persistent@example.org", "2026-01-01T00:00:00.000Z");
    expect(all).toHaveLength(6000);
    expect(all[0]!.internetMessageId).toBe("<heavy7998>");
    expect(all.map((c) => c.receivedAt)).toEqual([...all.map((c) => c.receivedAt)].sort().reverse());
    const since = await store.contactsFrom("persistent@example.org", "2026-02-01T00:00:00.000Z");
    expect(since.every((c) => c.receivedAt >= "2026-02-01T00:00:00.000Z")).toBe(true);
    expect(since.length).toBe(all.filter((c) => c.receivedAt >= "2026-02-01T00:00:00.000Z").length);
    // A sender with few records is answered by the one query, as before.
    emulator.clearLog();
    expect(await store.contactsFrom("pat.o'brien@example.org", "2000-01-01T00:00:00Z")).toEqual([]);
    expect(emulator.requestLog()).toHaveLength(1);
  }, 60_000);
});

describe("the pane's records check at start", () => {
  it("reads in a bounded number of Graph requests (no writes on clean records): lists, a week of contacts and of audit events by date range, and each record's trail in $batches of 20", async () => {
    const store = await freshStore();
    const now = new Date();
    const ago = (hours: number) => new Date(now.getTime() - hours * 3_600_000).toISOString();
    for (let i = 0; i < 5; i += 1) await store.saveStrategy(strategy({ id: `s${i}`, addresses: [`p${i}@example.org`, `q${i}@example.org`] }));
    const contacts = Array.from({ length: 30 }, (_, i) => contactRecord({ internetMessageId: `<w${i}@example.org>`, receivedAt: ago(i + 24), recordedAt: ago(i + 23), outcome: "dismissed", categories: [], evidence: [] }));
    for (const c of contacts) await store.recordContact(c);
    await store.appendAudits(contacts.map((c) => contactAct({ value: c }).event));
    emulator.clearLog();
    const report = await checkOnStart(store, "casey.worker@opcc.example.gov.uk", now);
    expect(report.repaired).toEqual([]);
    const requests = emulator.requestLog().map((r) => `${r.method} ${r.path.replace(/^\/sites\/[^/]+/, "").split("?")[0]}`);
    expect(requests.every((r) => r.startsWith("GET ") || r === "POST /$batch")).toBe(true);
    // 35 trails to read: two $batches of 20. The rest: one read of each short list, and a week of contacts and of audit
    // events (intents of messages never stored among them) in ranges of their indexed dates — 10 requests here.
    expect(requests.filter((r) => r === "POST /$batch")).toHaveLength(2);
    expect(requests.filter((r) => r === "GET /lists/AuditTrail/items").length).toBeLessThanOrEqual(4);
    expect(requests.length).toBeLessThanOrEqual(12);
  });
});

describe("retention under the office's SharePoint permissions (AuditTrail and Decisions add-only for staff)", () => {
  it("a caseworker's purge is refused by SharePoint (403) in one line, nothing deleted and the refusal on the trail; the authoriser's purge deletes", async () => {
    const store = await freshStore(); // Casey, a caseworker
    for (const rule of requiredListPermissions(getPack("warwickshire"))) {
      expect((await fetch(`${emulator.origin}/_emulator/permissions`, { method: "POST", body: JSON.stringify(rule) })).status).toBe(200);
    }
    const old = "2020-01-10T10:00:00.000Z";
    const NOW = "2026-11-25T10:00:00.000Z";
    await store.recordContact(contactRecord({ internetMessageId: "<old@example.org>", receivedAt: old, recordedAt: old }));
    await store.appendAudit({ id: "contact:<old@example.org>:recorded", target: "contact:<old@example.org>", action: "recorded (confirmed)", by: "casey.worker@opcc.example.gov.uk", at: old, detail: "" });
    const plan = await planRetention(store, { rule: { contactMonths: 24, endedStrategyMonths: 72 }, now: NOW, pack: getPack("warwickshire"), roster: ROSTER });
    expect(plan.contacts.map((c) => c.id)).toEqual(["<old@example.org>"]);

    const refused = (await applyRetention(store, plan, { by: "casey.worker@opcc.example.gov.uk", now: NOW }).catch((e: unknown) => e)) as StoreError;
    expect(refused).toBeInstanceOf(StoreError);
    expect(refused.code).toBe("forbidden");
    expect(refused.message).toMatch(/^Retention refused by SharePoint: Deleting from AuditTrail: .*HTTP 403.*No record was deleted/);
    expect(refused.message).not.toMatch(/\n/);
    expect((await store.contactsReceived({})).map((c) => c.internetMessageId)).toEqual(["<old@example.org>"]);
    expect(await store.auditFor("contact:<old@example.org>")).toHaveLength(1);
    expect((await store.auditFor("retention:2026-11")).map((e) => e.action)).toEqual(["retention purge started", "retention purge refused"]);

    // Morgan holds the authoriser's role, which may delete from both (and only delete: an edit is still refused).
    const morgan = createSharePointStore(createGraphClient({ graphBaseUrl: emulator.baseUrl, tokens: devTokenProvider("dev-token-morgan.reid"), retry: { baseDelayMs: 1, maxDelayMs: 5 } }), await resolveSiteId(graph, SITE));
    const done = await applyRetention(morgan, plan, { by: "morgan.reid@opcc.example.gov.uk", now: "2026-11-25T10:01:00.000Z" });
    expect(done).toMatchObject({ contacts: 1, auditEvents: 1 });
    expect(await store.contactsReceived({})).toEqual([]);
    expect((await store.auditFor("retention:2026-11")).map((e) => e.action)).toEqual(["retention purge started", "retention purge refused", "retention purge started", "retention purge"]);
    const [started] = await store.auditFor("retention:2026-11");
    const siteId = await resolveSiteId(graph, SITE);
    const item = (await graph.client.api(`/sites/${siteId}/lists/AuditTrail/items`).filter(fieldEquals("EventKey", started!.id)).get()) as { value: Array<{ id: string }> };
    const editByMorgan = createGraphClient({ graphBaseUrl: emulator.baseUrl, tokens: devTokenProvider("dev-token-morgan.reid"), retry: { baseDelayMs: 1, maxDelayMs: 5 } });
    await expect(editByMorgan.client.api(`/sites/${siteId}/lists/AuditTrail/items/${item.value[0]!.id}/fields`).patch({ Detail: "Rewritten." })).rejects.toMatchObject({ statusCode: 403 });
  });
});
