import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type Emulator } from "../../dev/emulator/server";
import { caller } from "./client";

/*
 * A list is a baseItem: its eTag and lastModifiedDateTime change when the list changes. Schema
 * changes (columns added or changed) bump the eTag version; item writes move only the time.
 */
let emulator: Emulator;
let site: string;
const call = caller(() => emulator);
const list = (name: string) => `/sites/${site}/lists/${name}`;
const LONG_AGO = "2020-01-01T00:00:00.000Z";

beforeAll(async () => {
  emulator = await startEmulator();
  site = (await call("GET", "/sites/opcc.sharepoint.com:/sites/contact-strategies")).body.id;
});
afterAll(() => emulator.close());

async function newList(name: string) {
  const created = await call("POST", `/sites/${site}/lists`, { displayName: name, columns: [{ name: "Ref", text: {} }], list: { template: "genericList" } });
  expect(created.status).toBe(201);
  return created.body as { id: string; eTag: string; "@odata.etag": string; lastModifiedDateTime: string };
}

/** Puts the stored modified time in the past, so a change is visible without waiting on the clock. */
function backdate(name: string): void {
  for (const s of emulator.world.sites) for (const l of s.lists) if (l.displayName === name) l.lastModifiedDateTime = LONG_AGO;
}

const read = async (name: string) => (await call("GET", list(name))).body as { eTag: string; "@odata.etag": string; lastModifiedDateTime: string };

describe("a list's eTag and lastModifiedDateTime", () => {
  it("start as \"id,1\" in both eTag and @odata.etag, the same in GET lists", async () => {
    const created = await newList("Fresh");
    expect(created.eTag).toBe(`"${created.id},1"`);
    expect(created["@odata.etag"]).toBe(created.eTag);
    const listed = (await call("GET", `/sites/${site}/lists`)).body.value.find((l: { id: string }) => l.id === created.id);
    expect(listed).toMatchObject({ eTag: created.eTag, "@odata.etag": created.eTag });
  });

  it("bump the version and move the time when a column is added (POST columns)", async () => {
    const created = await newList("Grows");
    backdate("Grows");
    expect((await call("POST", `${list("Grows")}/columns`, { name: "Extra", text: {} })).status).toBe(201);
    const after = await read("Grows");
    expect(after.eTag).toBe(`"${created.id},2"`);
    expect(after["@odata.etag"]).toBe(after.eTag);
    expect(Date.parse(after.lastModifiedDateTime)).toBeGreaterThan(Date.parse(LONG_AGO));
  });

  it("bump the version and move the time when a column is changed (PATCH a column to index it)", async () => {
    const created = await newList("Indexed");
    backdate("Indexed");
    expect((await call("PATCH", `${list("Indexed")}/columns/Ref`, { indexed: true })).body.indexed).toBe(true);
    const after = await read("Indexed");
    expect(after.eTag).toBe(`"${created.id},2"`);
    expect(Date.parse(after.lastModifiedDateTime)).toBeGreaterThan(Date.parse(LONG_AGO));
  });

  it("leave the version alone when a column write is refused", async () => {
    const created = await newList("Refuses");
    expect((await call("POST", `${list("Refuses")}/columns`, { name: "Ref", text: {} })).status).toBe(409);
    expect((await call("PATCH", `${list("Refuses")}/columns/Nope`, { indexed: true })).status).toBe(404);
    expect((await read("Refuses")).eTag).toBe(created.eTag);
  });

  it("move only the time when items are added, changed or deleted", async () => {
    const created = await newList("Busy");
    backdate("Busy");
    const item = (await call("POST", `${list("Busy")}/items`, { fields: { Title: "one" } })).body;
    let after = await read("Busy");
    expect(after.lastModifiedDateTime).toBe(item.lastModifiedDateTime);
    expect(after.eTag).toBe(created.eTag);

    backdate("Busy");
    const patched = await call("PATCH", `${list("Busy")}/items/${item.id}/fields`, { Ref: "R-1" });
    expect(patched.status).toBe(200);
    after = await read("Busy");
    expect(Date.parse(after.lastModifiedDateTime)).toBeGreaterThan(Date.parse(LONG_AGO));
    expect(after.eTag).toBe(created.eTag);

    backdate("Busy");
    expect((await call("DELETE", `${list("Busy")}/items/${item.id}`)).status).toBe(204);
    after = await read("Busy");
    expect(Date.parse(after.lastModifiedDateTime)).toBeGreaterThan(Date.parse(LONG_AGO));
    expect(after.eTag).toBe(created.eTag);
  });

  it("stay put when an item write is refused", async () => {
    await newList("Strict");
    expect((await call("POST", `${list("Strict")}/columns`, { name: "Open", boolean: {} })).status).toBe(201);
    const before = await read("Strict");
    backdate("Strict");
    expect((await call("POST", `${list("Strict")}/items`, { fields: { Open: "yes" } })).status).toBe(400);
    const after = await read("Strict");
    expect(after.lastModifiedDateTime).toBe(LONG_AGO);
    expect(after.eTag).toBe(before.eTag);
  });
});
