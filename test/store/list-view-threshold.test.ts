import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type Emulator } from "../../dev/emulator/server";
import { devTokenProvider } from "../../src/graph/auth/dev";
import { createGraphClient, type GraphClient } from "../../src/graph/client";
import type { CaseStore } from "../../src/store/port";
import { provision } from "../../src/store/sharepoint/provision";
import { resolveSiteId } from "../../src/store/sharepoint/site";
import { createSharePointStore } from "../../src/store/sharepoint/store";
import { contactRecord, purgeBefore } from "./contract";

/*
 * SharePoint's list view threshold as Graph really answers it: a 429 worded like throttling
 * ("The request has been throttled", microsoft-graph-docs#8450; msgraph-sdk-dotnet#827), or a 422
 * notSupported "uses too many resources" (microsoft-graph-docs#13611) — never SharePoint REST's
 * "…exceeds the list view threshold". The product tells it by the question it asked.
 */
let emulator: Emulator;
let graph: GraphClient;
let store: CaseStore;
const contactLog = () => emulator.world.sites[1]!.lists.find((l) => l.displayName === "ContactLog")!;

beforeAll(async () => {
  emulator = await startEmulator();
  graph = createGraphClient({ graphBaseUrl: emulator.baseUrl, tokens: devTokenProvider(emulator.token), retry: { baseDelayMs: 1, maxDelayMs: 5 } });
  const siteId = await resolveSiteId(graph, "opcc.sharepoint.com:/sites/contact-strategies");
  await provision(graph, siteId);
  store = createSharePointStore(graph, siteId);
  // 6,000 contacts from one persistent sender, one every ten minutes from 1 January 2026.
  const list = contactLog();
  for (let i = 0; i < 6000; i += 1) {
    const record = contactRecord({ internetMessageId: `<lvt${i}>`, senderAddress: "persistent@example.org", receivedAt: new Date(Date.UTC(2026, 0, 1) + i * 600_000).toISOString() });
    list.items.push({ id: String(list.nextItemId++), guid: `lvt${i}`, version: 1, createdDateTime: "2026-01-01T00:00:00Z", lastModifiedDateTime: "2026-01-01T00:00:00Z", createdBy: "x", lastModifiedBy: "x", fields: { InternetMessageId: record.internetMessageId, SenderAddress: record.senderAddress, ReceivedAt: record.receivedAt, RecordJson: JSON.stringify({ format: 1, record }) } });
  }
}, 120_000);
afterAll(() => emulator.close());

const itemsPath = () => `${emulator.baseUrl}/sites/${emulator.world.sites[1]!.id}/lists/ContactLog/items`;
const get = async (query: string) => {
  const response = await fetch(`${itemsPath()}?${query}`, { headers: { Authorization: `Bearer ${emulator.token}` } });
  return { status: response.status, retryAfter: response.headers.get("Retry-After"), body: (await response.json()) as { error?: { code: string; message: string }; value?: unknown[] } };
};

describe("the emulator answers the threshold as Graph does", () => {
  it("a query whose indexed clause matches more than 5,000 items: 429 activityLimitReached, 'The request has been throttled', no Retry-After", async () => {
    const answer = await get(`$filter=${encodeURIComponent("fields/SenderAddress eq 'persistent@example.org'")}`);
    expect(answer).toMatchObject({ status: 429, retryAfter: null, body: { error: { code: "activityLimitReached", message: "The request has been throttled" } } });
  });

  it("an ordered read of a list past 5,000 items with no filter is refused the same way; paging it in its own order is not", async () => {
    for (const order of ["fields/ReceivedAt asc", "fields/ReceivedAt desc", "id desc"]) {
      expect((await get(`$top=1&$orderby=${encodeURIComponent(order)}`)).status, order).toBe(429);
    }
    expect((await get("$top=5000&$expand=fields($select=ReceivedAt)")).status).toBe(200);
  });
});

describe("the product narrows the question instead of waiting", () => {
  it("reads a sender past the threshold in ranges, trying each refused question twice, not six times", async () => {
    emulator.clearLog();
    expect(await store.contactsFrom("persistent@example.org", "2025-12-01T00:00:00.000Z")).toHaveLength(6000);
    const refusedSender = emulator.requestLog().filter((r) => r.status === 429);
    // Each refused question is asked once more (it could have been throttling), never waited out five times.
    expect(refusedSender.length % 2).toBe(0);
    expect(refusedSender.length).toBeLessThanOrEqual(6);
  });

  it("takes Graph's 422 'uses too many resources' as the same refusal, not as an outage", async () => {
    emulator.faults.add({ method: "GET", path: "/lists/ContactLog/items$", status: 422, times: 1 });
    const recent = await store.contactsFrom("persistent@example.org", "2026-02-01T00:00:00.000Z");
    expect(recent.length).toBe(6000 - 31 * 144);
    expect(recent.every((c) => c.receivedAt >= "2026-02-01T00:00:00.000Z")).toBe(true);
  });

  it("retention deletes everything older than the cutoff on a list it cannot read in date order", async () => {
    expect(await purgeBefore(store, "2026-01-15T00:00:00.000Z")).toBe(14 * 144);
    expect(contactLog().items.every((i) => String(i.fields.ReceivedAt) >= "2026-01-15T00:00:00")).toBe(true);
  }, 60_000);
});
