import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type Emulator } from "../../dev/emulator/server";
import { caller } from "./client";

/* SharePoint's column types and lengths, and its unique constraint, as the emulator enforces them. */
let emulator: Emulator;
let site: string;
const call = caller(() => emulator);
const items = () => `/sites/${site}/lists/Typed/items`;
const refused = async (fields: Record<string, unknown>) => {
  const answer = await call("POST", items(), { fields });
  expect(answer.status, JSON.stringify(fields).slice(0, 80)).toBe(400);
  expect(answer.body.error.code).toBe("invalidRequest");
};

beforeAll(async () => {
  emulator = await startEmulator();
  site = (await call("GET", "/sites/opcc.sharepoint.com:/sites/contact-strategies")).body.id;
  const created = await call("POST", `/sites/${site}/lists`, {
    displayName: "Typed",
    columns: [
      { name: "Short", text: { allowMultipleLines: false, maxLength: 255 } },
      { name: "Tiny", text: { maxLength: 10 } },
      { name: "Long", text: { allowMultipleLines: true } },
      { name: "At", dateTime: { format: "dateTime" } },
      { name: "Count", number: {} },
      { name: "Key", text: {} },
    ],
    list: { template: "genericList" },
  });
  expect(created.status).toBe(201);
  const columns = (await call("GET", `/sites/${site}/lists/Typed/columns`)).body.value as Array<{ id: string; name: string }>;
  const key = columns.find((c) => c.name === "Key")!;
  expect((await call("PATCH", `/sites/${site}/lists/Typed/columns/${key.id}`, { indexed: true, enforceUniqueValues: true })).status).toBe(200);
});
afterAll(() => emulator.close());

describe("single line of text", () => {
  it("holds 255 characters (or the column's maxLength), and refuses more rather than cutting it", async () => {
    expect((await call("POST", items(), { fields: { Title: "t".repeat(255), Short: "s".repeat(255), Tiny: "0123456789" } })).status).toBe(201);
    await refused({ Short: "s".repeat(256) });
    await refused({ Short: "x".repeat(400) });
    await refused({ Title: "t".repeat(300) });
    await refused({ Tiny: "01234567890" });
    // Multiple lines of text take it.
    expect((await call("POST", items(), { fields: { Long: "l".repeat(5000) } })).status).toBe(201);
  });

  it("never holds an object, an array or a number", async () => {
    await refused({ Short: { text: "x" } });
    await refused({ Short: ["x"] });
    await refused({ Short: 7 });
  });
});

describe("date and time", () => {
  it("refuses what is not a date, and keeps a date to the second", async () => {
    await refused({ At: "banana" });
    await refused({ At: "31/12/2026" });
    await refused({ At: 1767225600000 });
    const created = await call("POST", items(), { fields: { At: "2026-11-01T09:00:00.123Z" } });
    expect(created.body.fields.At).toBe("2026-11-01T09:00:00Z");
  });
});

describe("number", () => {
  it("refuses text", async () => {
    await refused({ Count: "seven" });
    expect((await call("POST", items(), { fields: { Count: 7 } })).status).toBe(201);
  });
});

describe("unique values", () => {
  it("refuses a duplicate as SharePoint does (SPDuplicateValuesFoundException, not 409), comparing text case-insensitively", async () => {
    expect((await call("POST", items(), { fields: { Key: "<Message-ABC@example.org>" } })).status).toBe(201);
    for (const again of ["<Message-ABC@example.org>", "<message-abc@EXAMPLE.org>"]) {
      const duplicate = await call("POST", items(), { fields: { Key: again } });
      expect(duplicate.status, again).toBe(500);
      expect(duplicate.body.error.code).toContain("SPDuplicateValuesFoundException");
    }
    // eq finds it whichever way it is written, as the constraint does.
    const found = await call("GET", `${items()}?$filter=${encodeURIComponent("fields/Key eq '<MESSAGE-abc@example.org>'")}`);
    expect(found.body.value).toHaveLength(1);
  });
});
