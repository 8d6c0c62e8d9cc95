import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { Faults } from "../../dev/emulator/faults";
import { startEmulator, type Emulator } from "../../dev/emulator/server";
import { caller } from "./client";

let emulator: Emulator;
let site: string;
const call = caller(() => emulator);

beforeAll(async () => {
  emulator = await startEmulator();
  site = (await call("GET", "/sites/opcc.sharepoint.com:/sites/contact-strategies")).body.id;
  await call("POST", `/sites/${site}/lists`, { displayName: "Log", list: { template: "genericList" } });
});
afterEach(() => emulator.faults.clear());
afterAll(() => emulator.close());

const statuses = async (n: number, path = "/me") => {
  const out: number[] = [];
  for (let i = 0; i < n; i += 1) out.push((await call("GET", path)).status);
  return out;
};

describe("fault injection in-process", () => {
  it("throttles with Graph's 429 shape and Retry-After, per workload", async () => {
    emulator.faults.add({ path: "^/(me|sites)", status: 429, retryAfterSeconds: 2, times: 2 });
    const mail = await call("GET", "/me");
    expect(mail.status).toBe(429);
    expect(mail.headers.get("retry-after")).toBe("2");
    expect(mail.body.error.code).toBe("TooManyRequests");
    const sharePoint = await call("GET", `/sites/${site}/lists`);
    expect(sharePoint.body.error.code).toBe("activityLimitReached");
    expect(sharePoint.body.error.innerError["request-id"]).toBe(sharePoint.headers.get("request-id"));
    expect((await call("GET", "/me")).status).toBe(200);
  });

  it("answers 503 serviceNotAvailable every n-th request", async () => {
    emulator.faults.add({ method: "GET", path: "^/me$", status: 503, everyNth: 3 });
    expect(await statuses(6)).toEqual([200, 200, 503, 200, 200, 503]);
    expect((await call("GET", "/me")).status).toBe(200);
  });

  it("drops the connection before handling: nothing is written", async () => {
    emulator.faults.add({ method: "POST", path: "/items$", status: "drop", times: 1 });
    await expect(call("POST", `/sites/${site}/lists/Log/items`, { fields: { Title: "dropped before" } })).rejects.toThrow();
    const titles = (await call("GET", `/sites/${site}/lists/Log/items?$expand=fields`)).body.value.map((i: { fields: { Title: string } }) => i.fields.Title);
    expect(titles).not.toContain("dropped before");
  });

  it("drops the connection after the write: the item exists though the caller heard nothing", async () => {
    emulator.faults.add({ method: "POST", path: "/items$", status: "dropAfterWrite", times: 1 });
    await expect(call("POST", `/sites/${site}/lists/Log/items`, { fields: { Title: "written then dropped" } })).rejects.toThrow();
    const titles = (await call("GET", `/sites/${site}/lists/Log/items?$expand=fields`)).body.value.map((i: { fields: { Title: string } }) => i.fields.Title);
    expect(titles).toContain("written then dropped");
    expect(emulator.requestLog().some((r) => r.method === "POST" && r.status === "dropped")).toBe(true);
  });

  it("adds latency", async () => {
    emulator.faults.add({ path: "^/me$", status: "none", latencyMs: 150, times: 1 });
    const started = performance.now();
    expect((await call("GET", "/me")).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it("fails a seeded, reproducible fraction of requests", () => {
    const run = () => {
      const faults = new Faults();
      faults.add({ path: ".*", status: 503, probability: 0.3 });
      return Array.from({ length: 200 }, () => faults.decide("GET", "/me").kind);
    };
    const first = run();
    expect(run()).toEqual(first);
    const failed = first.filter((k) => k === "status").length;
    expect(failed).toBeGreaterThan(30);
    expect(failed).toBeLessThan(90);
  });
});

describe("controls over HTTP", () => {
  const control = (method: string, path: string, body?: unknown) =>
    fetch(`${emulator.origin}/_emulator/${path}`, { method, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });

  it("adds rules, shows the request log, clears rules and resets the tenant", async () => {
    expect((await control("POST", "faults", [{ path: "^/me$", status: 429, retryAfterSeconds: 1 }])).status).toBe(200);
    expect((await call("GET", "/me")).status).toBe(429);
    const log = (await (await control("GET", "log")).json()) as { requests: Array<{ path: string; status: number }> };
    expect(log.requests.at(-1)).toMatchObject({ path: "/me", status: 429 });
    expect((await control("DELETE", "faults")).status).toBe(204);
    expect((await call("GET", "/me")).status).toBe(200);
    expect((await control("POST", "faults", { status: 429 })).status).toBe(400);
    expect((await control("POST", "faults", { path: "(", status: 429 })).status).toBe(400);
    expect((await control("POST", "reset")).status).toBe(204);
    const fresh = (await call("GET", "/sites/opcc.sharepoint.com:/sites/contact-strategies")).body.id;
    expect((await call("GET", `/sites/${fresh}/lists`)).body.value).toEqual([]);
    site = fresh;
    await call("POST", `/sites/${site}/lists`, { displayName: "Log", list: { template: "genericList" } });
  });
});
