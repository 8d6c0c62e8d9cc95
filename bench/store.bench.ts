import { startEmulator, type Emulator } from "../dev/emulator/server";
import { createGraphClient } from "../src/graph/client";
import { devTokenProvider } from "../src/graph/auth/dev";
import type { ContactRecord } from "../src/policy/contact";
import { createSenderIndex } from "../src/store/sender-index";
import { provision } from "../src/store/sharepoint/provision";
import { resolveSiteId } from "../src/store/sharepoint/site";
import { createSharePointStore } from "../src/store/sharepoint/store";

/**
 * The SharePoint store against the Graph emulator (issue #3): SenderIndex build time and
 * requests for 10,000 addresses; 1,000 contacts recorded with 10% injected 429s; requests
 * per operation.
 */
const SITE = "opcc.sharepoint.com:/sites/contact-strategies";

function record(i: number): ContactRecord {
  return {
    internetMessageId: `<bench-${i}@example.org>`,
    senderAddress: `person${i % 200}@example.org`,
    receivedAt: new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString(),
    subject: "Bench",
    categories: [],
    evidence: [],
    outcome: "dismissed",
    recordedBy: "casey.worker@opcc.example.gov.uk",
    recordedAt: "2026-11-25T10:00:00.000Z",
    staffContacted: [],
  };
}

function requestsFor(emulator: Emulator, action: () => Promise<unknown>): Promise<number> {
  emulator.clearLog();
  return action().then(() => emulator.requestLog().length);
}

export async function run(): Promise<void> {
  const emulator = await startEmulator();
  try {
    const graph = createGraphClient({ graphBaseUrl: emulator.baseUrl, tokens: devTokenProvider(emulator.token) });
    const siteId = await resolveSiteId(graph, SITE);
    await provision(graph, siteId);
    const store = createSharePointStore(graph, siteId);

    const addresses = emulator.world.sites[1]!.lists.find((l) => l.displayName === "StrategyAddresses")!;
    for (let i = 0; i < 10_000; i += 1) {
      const fields = { Title: `p${i}@example.org`, AddressKey: `s${i % 3000}|p${i}@example.org`, Address: `p${i}@example.org`, StrategyKey: `s${i % 3000}`, Status: i % 5 === 0 ? "proposed" : "active", PersonName: `Person ${i % 3000}` };
      addresses.items.push({ id: String(addresses.nextItemId++), guid: `g${i}`, version: 1, createdDateTime: "2026-01-01T00:00:00Z", lastModifiedDateTime: "2026-01-01T00:00:00Z", createdBy: "x", lastModifiedBy: "x", fields });
    }
    const index = createSenderIndex(store);
    emulator.clearLog();
    let start = performance.now();
    await index.refresh();
    const buildMs = performance.now() - start;
    console.log(`SenderIndex, 10,000 addresses: ${buildMs.toFixed(0)} ms, ${emulator.requestLog().length} Graph requests, ${index.size} entries`);
    start = performance.now();
    for (let i = 0; i < 100_000; i += 1) index.candidates(`p${i % 12_000}@example.org`);
    console.log(`  lookup: ${(((performance.now() - start) * 1000) / 100_000).toFixed(2)} µs each`);

    emulator.faults.add({ path: "/items", status: 429, retryAfterSeconds: 0, probability: 0.1 });
    emulator.clearLog();
    start = performance.now();
    for (let i = 0; i < 1000; i += 1) await store.recordContact(record(i));
    const recordMs = performance.now() - start;
    const log = emulator.requestLog();
    const throttled = log.filter((r) => r.status === 429).length;
    emulator.faults.clear();
    const items = emulator.world.sites[1]!.lists.find((l) => l.displayName === "ContactLog")!.items;
    const unique = new Set(items.map((i) => i.fields.InternetMessageId)).size;
    console.log(`1,000 contacts with 10% injected 429s: ${(recordMs / 1000).toFixed(2)} s, ${log.length} requests (${throttled} throttled and retried); ContactLog holds ${items.length} items, ${unique} distinct message ids`);

    const strategy = (await import("../test/builders/strategy")).strategy;
    const perOp: Array<[string, () => Promise<unknown>]> = [
      ["recordContact (new)", () => store.recordContact(record(5000))],
      ["recordContact (already recorded)", () => store.recordContact(record(5000))],
      ["contactsFrom (90 days)", () => store.contactsFrom("person7@example.org", "2026-08-25T00:00:00Z")],
      ["saveStrategy (new, 2 addresses)", () => store.saveStrategy(strategy({ id: "bench", addresses: ["a@example.org", "b@example.org"] }))],
      ["getStrategy", () => store.getStrategy("bench")],
      ["appendAudit", () => store.appendAudit({ id: "e1", target: "strategy:bench", action: "propose", by: "x", at: "2026-11-25T10:00:00.000Z", detail: "" })],
    ];
    console.log("requests per operation:");
    for (const [label, action] of perOp) console.log(`  ${label.padEnd(34)} ${await requestsFor(emulator, action)}`);
    const existing = await store.recordContact(record(5000));
    if (!existing.created) {
      const correction = { categories: [], evidence: [], outcome: "dismissed" as const, recordedBy: "bench@opcc.example.gov.uk", recordedAt: "2026-11-25T11:00:00.000Z" };
      console.log(`  ${"correctContact".padEnd(34)} ${await requestsFor(emulator, () => store.correctContact(existing.existing, correction))}`);
    }
    const saved = (await store.getStrategy("bench"))!;
    console.log(`  ${"saveStrategy (update, same addresses)".padEnd(34)} ${await requestsFor(emulator, () => store.saveStrategy({ ...saved.value, reasons: "changed" }, saved.etag))}`);
  } finally {
    await emulator.close();
  }
}
