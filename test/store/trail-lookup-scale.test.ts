import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startEmulator, type Emulator } from "../../dev/emulator/server";
import { devTokenProvider } from "../../src/graph/auth/dev";
import { createGraphClient, type GraphClient } from "../../src/graph/client";
import type { ContactRecord } from "../../src/policy/contact";
import type { AuditEvent, CaseStore } from "../../src/store/port";
import { chained } from "../../src/store/audit-chain";
import { auditFields, contactFields } from "../../src/store/sharepoint/mapping";
import { provision } from "../../src/store/sharepoint/provision";
import { resolveSiteId } from "../../src/store/sharepoint/site";
import { createSharePointStore } from "../../src/store/sharepoint/store";
import { contactsOfPerson } from "../../src/app/records/person-contacts";
import { exportPerson } from "../../src/app/records/subject-access";
import { getPack } from "../../src/policy/packs/index";
import { ROSTER } from "../builders/evidence";
import { contactRecord } from "./contract";

/*
 * A person's records found from the add-only AuditTrail (its indexed About column, T21b-3 A2') at the sizes the list view
 * threshold bites: 20,000 ContactLog items and as many audit events, and one persistent sender past 5,000 of each, whose
 * records the ContactLog's columns no longer file under them. Items are put straight into the emulator's lists, as the
 * other scale tests do; every question the product asks goes through Graph as it would in the tenant.
 */
let emulator: Emulator;
let graph: GraphClient;
let store: CaseStore;
const list = (name: string) => emulator.world.sites[1]!.lists.find((l) => l.displayName === name)!;
const RECORDER = "casey.worker@opcc.example.gov.uk";

function putContact(record: ContactRecord, columns: Record<string, string | undefined> = {}): void {
  const log = list("ContactLog");
  const fields: Record<string, unknown> = { ...contactFields(record), ...columns };
  for (const [k, v] of Object.entries(columns)) if (v === undefined) delete fields[k];
  log.items.push({ id: String(log.nextItemId++), guid: `c${log.nextItemId}`, version: 1, createdDateTime: "2026-01-01T00:00:00Z", lastModifiedDateTime: "2026-01-01T00:00:00Z", createdBy: "x", lastModifiedBy: "x", fields });
}

/** The first recording's own event, as the add-in writes it (its About column naming the record's sender). */
function putEvent(record: ContactRecord): void {
  const trail = list("AuditTrail");
  const target = `contact:${record.internetMessageId}`;
  const event: AuditEvent = { id: `${target}:recorded`, target, action: "recorded (confirmed)", by: RECORDER, at: record.recordedAt, detail: "Categories: abusive", about: record.senderAddress };
  trail.items.push({ id: String(trail.nextItemId++), guid: `a${trail.nextItemId}`, version: 1, createdDateTime: record.recordedAt, lastModifiedDateTime: record.recordedAt, createdBy: "x", lastModifiedBy: "x", fields: auditFields(chained(event, "")) });
}

const minutes = (from: number, n: number) => new Date(from + n * 60_000).toISOString();

beforeAll(async () => {
  emulator = await startEmulator();
  graph = createGraphClient({ graphBaseUrl: emulator.baseUrl, tokens: devTokenProvider(emulator.token), retry: { baseDelayMs: 1, maxDelayMs: 5 } });
  const siteId = await resolveSiteId(graph, "opcc.sharepoint.com:/sites/contact-strategies");
  await provision(graph, siteId);
  store = createSharePointStore(graph, siteId);
  // 20,000 records from 500 people in 2025, one a minute, each with its event; then 6,000 from one persistent sender in
  // 2026, one every ten minutes, each with its event.
  const start2025 = Date.UTC(2025, 0, 1);
  for (let i = 0; i < 20_000; i += 1) {
    const record = contactRecord({ internetMessageId: `<bulk${i}>`, senderAddress: `person${i % 500}@example.org`, receivedAt: minutes(start2025, i), recordedAt: minutes(start2025, i + 30), recordedBy: RECORDER });
    // person7's record <bulk7>: its SenderAddress column moved to someone else (A2').
    putContact(record, i === 7 ? { SenderAddress: "elsewhere@example.org" } : {});
    putEvent(record);
  }
  const start2026 = Date.UTC(2026, 0, 1);
  for (let i = 0; i < 6_000; i += 1) {
    const record = contactRecord({ internetMessageId: `<heavy${i}>`, senderAddress: "persistent@example.org", receivedAt: minutes(start2026, i * 10), recordedAt: minutes(start2026, i * 10 + 5), recordedBy: RECORDER });
    // Two of them hidden from a walk by ReceivedAt: one column backdated to 2020, one emptied (T21b-4's column moves).
    putContact(record, i === 4_000 ? { ReceivedAt: "2020-01-01T00:00:00Z" } : i === 4_001 ? { ReceivedAt: undefined } : {});
    putEvent(record);
  }
}, 120_000);
afterAll(() => emulator.close());

describe("a person's records found from the audit trail at scale", () => {
  it("finds a record moved off its sender among 20,000 records and 26,000 events in three requests, none refused", async () => {
    emulator.clearLog();
    const [found] = await contactsOfPerson(store, ["person7@example.org"], "1970-01-01T00:00:00.000Z");
    expect(found!.map((c) => c.internetMessageId)).toContain("<bulk7>");
    expect(found).toHaveLength(40);
    expect(found!.find((c) => c.internetMessageId === "<bulk7>")!.item?.filedApart).toEqual([{ column: "SenderAddress", value: "elsewhere@example.org" }]);
    const log = emulator.requestLog();
    // The sender's column question, the trail's About question, and the moved record read by its key in one $batch.
    expect(log.map((r) => `${r.method} ${r.path.replace(/^\/sites\/[^/]+/, "")} ${r.status}`).sort()).toEqual(["GET /lists/AuditTrail/items 200", "GET /lists/ContactLog/items 200", "POST /$batch 200"]);
  });

  it("subject access exports it, with a contactDoubts entry, without refusals", async () => {
    emulator.clearLog();
    const exported = await exportPerson(store, "person7@example.org", { by: RECORDER, now: "2026-11-25T00:00:00Z", pack: getPack("warwickshire"), roster: ROSTER });
    expect(exported.contacts).toHaveLength(40);
    expect(exported.contactDoubts?.["<bulk7>"]).toMatch(/filed under SenderAddress “elsewhere@example\.org”/);
    expect(emulator.requestLog().filter((r) => typeof r.status === "number" && r.status >= 400)).toEqual([]);
  });

  it("a sender past 5,000 records and 5,000 events: the ranges of ReceivedAt, then of the trail's At, miss none whose ReceivedAt column was backdated or emptied", { timeout: 120_000 }, async () => {
    emulator.clearLog();
    vi.useFakeTimers({ toFake: ["Date"], now: Date.UTC(2026, 11, 1) });
    let read;
    try {
      read = await store.contactsFrom("persistent@example.org", "2026-01-01T00:00:00.000Z");
    } finally {
      vi.useRealTimers();
    }
    expect(read).toHaveLength(6_000);
    expect(read.map((c) => c.internetMessageId)).toEqual(expect.arrayContaining(["<heavy4000>", "<heavy4001>"]));
    const log = emulator.requestLog();
    const refused = log.filter((r) => r.status === 429);
    // Measured (1 December 2026 by the fake clock): 21 requests — the sender's question refused (asked twice) and 8 ranges
    // of ReceivedAt; the About question refused (twice) and 8 ranges of the trail's At; the two hidden records read by key in
    // one $batch. The trail's walk costs as much as the ContactLog's, and only for a sender past the threshold.
    const lists = log.map((r) => `${r.method} ${r.path.replace(/^\/sites\/[^/]+/, "").split("?")[0]}`);
    expect(lists.filter((r) => r === "GET /lists/ContactLog/items").length).toBeLessThanOrEqual(11);
    expect(lists.filter((r) => r === "GET /lists/AuditTrail/items").length).toBeLessThanOrEqual(11);
    expect(lists.filter((r) => r === "POST /$batch")).toHaveLength(1);
    expect(log.length).toBeLessThanOrEqual(23);
    expect(refused.length).toBeLessThanOrEqual(4);
  });
});
