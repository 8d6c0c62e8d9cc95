import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type Emulator } from "../../dev/emulator/server";
import { devTokenProvider } from "../../src/graph/auth/dev";
import { createGraphClient } from "../../src/graph/client";
import type { CaseStore } from "../../src/store/port";
import { provision } from "../../src/store/sharepoint/provision";
import { resolveSiteId } from "../../src/store/sharepoint/site";
import { createSharePointStore } from "../../src/store/sharepoint/store";
import { keyed, shown } from "../../src/store/sharepoint/text-columns";
import { strategy } from "../builders/strategy";
import { contactRecord, letterRecord } from "./contract";

/*
 * Long values never fail a write: SharePoint's single line of text holds 255 characters and
 * refuses more (the emulator enforces it, column-types.test.ts). Keys are hashed when long,
 * names and subjects are cut with an ellipsis; the records themselves keep every character.
 */
let emulator: Emulator;
let store: CaseStore;

beforeAll(async () => {
  emulator = await startEmulator();
  const graph = createGraphClient({ graphBaseUrl: emulator.baseUrl, tokens: devTokenProvider(emulator.token), retry: { baseDelayMs: 1, maxDelayMs: 5 } });
  const siteId = await resolveSiteId(graph, "opcc.sharepoint.com:/sites/contact-strategies");
  await provision(graph, siteId);
  store = createSharePointStore(graph, siteId);
});
afterAll(() => emulator.close());

const LONG_ID = `<${"a".repeat(380)}@mail.example.net>`;
const LONG_SENDER = `${"p".repeat(64)}@${"sub.".repeat(60)}example.org`;

describe("values longer than a text column", () => {
  it("records a contact with a 400-character Message-ID, subject and sender, once, and finds it again", async () => {
    const record = contactRecord({ internetMessageId: LONG_ID, senderAddress: LONG_SENDER, subject: "s".repeat(320) });
    expect(await store.recordContact(record)).toEqual({ created: true });
    const again = await store.recordContact(record);
    expect(again.created).toBe(false);
    const found = await store.contactsFrom(LONG_SENDER, "2026-01-01T00:00:00.000Z");
    expect(found.map((c) => c.internetMessageId)).toEqual([LONG_ID]);
    expect(found[0]!.subject).toHaveLength(320);
  });

  it("keeps two long Message-IDs that share their first 250 characters apart", async () => {
    const shared = `<${"b".repeat(250)}`;
    expect(await store.recordContact(contactRecord({ internetMessageId: `${shared}1@x.org>` }))).toEqual({ created: true });
    expect(await store.recordContact(contactRecord({ internetMessageId: `${shared}2@x.org>` }))).toEqual({ created: true });
  });

  it("saves a strategy for a person with a 300-character name and audits a long target, reading both back whole", async () => {
    const name = `Pat ${"O'Brien-".repeat(40)}`;
    const saved = await store.saveStrategy(strategy({ id: "s-long", person: { displayName: name, reference: "OPCC/1" }, addresses: ["pat@example.org", LONG_SENDER] }));
    expect((await store.getStrategy("s-long"))?.value.person.displayName).toBe(name);
    expect((await store.senderEntries()).find((e) => e.strategyId === "s-long" && e.address === "pat@example.org")?.personName).toBe(shown(name));
    const target = `contact:${LONG_ID}`;
    await store.appendAudit({ id: `${target}:recorded`, target, action: "recorded (confirmed)", by: "casey.worker@opcc.example.gov.uk", at: "2026-11-20T10:00:00.000Z", detail: "" });
    expect((await store.auditFor(target)).map((e) => e.target)).toEqual([target]);
    expect(saved.value.id).toBe("s-long");
  });

  it("records a letter with a 300-character id, address, strategy id and subject once, finds it by address and strategy, and marks it sent", async () => {
    const id = `letter-${"l".repeat(300)}`;
    const strategyId = `s-${"q".repeat(300)}`;
    const letter = letterRecord({ id, address: LONG_SENDER, strategyId, subject: `Re: ${"w".repeat(300)}`, preparedBy: `${"c".repeat(300)}@opcc.example.gov.uk` });
    expect(await store.recordLetter(letter)).toEqual({ created: true, letter });
    expect((await store.recordLetter(letter)).created).toBe(false);
    expect(await store.lettersFor({ address: LONG_SENDER })).toEqual([letter]);
    expect(await store.lettersFor({ strategyId })).toEqual([letter]);
    expect((await store.markLetterSent(id, "2026-11-22T09:00:00.000Z", "casey.worker@opcc.example.gov.uk")).status).toBe("sent");
  });

  it("keys are whole when they fit, so existing records keep theirs; long ones are at most 255 characters", () => {
    expect(keyed("<m1@example.org>")).toBe("<m1@example.org>");
    expect(keyed(LONG_ID).length).toBeLessThanOrEqual(255);
    expect(keyed(LONG_ID)).not.toBe(keyed(`${LONG_ID.slice(0, -1)}x`));
    expect(shown("n".repeat(300))).toHaveLength(255);
  });
});

describe("two caseworkers recording the same message at once", () => {
  it("one record is made; the other is told whose it is, however SharePoint words the duplicate", async () => {
    const mine = contactRecord({ internetMessageId: "<race@example.org>", outcome: "confirmed", recordedBy: "casey.worker@opcc.example.gov.uk" });
    const theirs = contactRecord({ internetMessageId: "<race@example.org>", outcome: "dismissed", categories: [], evidence: [], recordedBy: "sam.carter@opcc.example.gov.uk" });
    const [a, b] = await Promise.all([store.recordContact(mine), store.recordContact(theirs)]);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    const loser = a.created ? b : a;
    const winner = a.created ? mine : theirs;
    expect(loser.created === false && loser.existing.value.recordedBy).toBe(winner.recordedBy);
    expect(emulator.world.sites[1]!.lists.find((l) => l.displayName === "ContactLog")!.items.filter((i) => i.fields.InternetMessageId === "<race@example.org>")).toHaveLength(1);
  });
});
