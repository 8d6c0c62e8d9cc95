import { afterEach, describe, expect, it, vi } from "vitest";
import { createGraphClient } from "../../src/graph/client";
import { devTokenProvider } from "../../src/graph/auth/dev";
import { parseRetryAfter } from "../../src/graph/middleware/retry";
import { odataString, fieldEquals } from "../../src/graph/odata";

/** A scripted network: each call takes the next answer (a Response, or an Error to throw). */
function script(answers: Array<Response | Error>) {
  const calls: Array<{ url: string; method: string; headers: Headers }> = [];
  const fetchStub = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), method: init?.method ?? "GET", headers: new Headers(init?.headers) });
    const next = answers.shift();
    if (!next) throw new Error("no more scripted answers");
    if (next instanceof Error) throw next;
    return next;
  });
  vi.stubGlobal("fetch", fetchStub);
  return calls;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });
const throttled = (retryAfter?: string) =>
  json(429, { error: { code: "TooManyRequests", message: "Slow down" } }, retryAfter ? { "Retry-After": retryAfter } : {});

function client(sleeps: number[] = []) {
  return createGraphClient({
    graphBaseUrl: "http://127.0.0.1:4000/v1.0",
    tokens: devTokenProvider("dev-token"),
    retry: { sleep: async (ms) => void sleeps.push(ms), random: () => 0.5 },
  });
}

afterEach(() => vi.unstubAllGlobals());

describe("Graph pipeline", () => {
  it("sends the bearer token to the configured root even over http (the SDK's handler would drop it)", async () => {
    const calls = script([json(200, { id: "me" })]);
    await client().client.api("/me").get();
    expect(calls[0]?.url).toBe("http://127.0.0.1:4000/v1.0/me");
    expect(calls[0]?.headers.get("Authorization")).toBe("Bearer dev-token");
  });

  it("waits as long as Retry-After says, then succeeds", async () => {
    const sleeps: number[] = [];
    script([throttled("3"), json(200, { ok: true })]);
    expect(await client(sleeps).client.api("/me").get()).toEqual({ ok: true });
    expect(sleeps).toEqual([3000]);
  });

  it("backs off on its own when Retry-After is hidden (browsers under CORS), growing each time", async () => {
    const sleeps: number[] = [];
    script([throttled(), json(503, {}), throttled(), json(200, { ok: true })]);
    await client(sleeps).client.api("/me").get();
    expect(sleeps).toHaveLength(3);
    expect(sleeps[1]!).toBeGreaterThan(sleeps[0]!);
    expect(sleeps[2]!).toBeGreaterThan(sleeps[1]!);
  });

  it("retries a throttled POST (Graph did not process it) but not a POST whose connection dropped", async () => {
    script([throttled("1"), json(201, { id: "1" })]);
    expect(await client().client.api("/x").post({})).toEqual({ id: "1" });
    const calls = script([new TypeError("fetch failed"), json(201, { id: "2" })]);
    await expect(client().client.api("/x").post({})).rejects.toThrow();
    expect(calls).toHaveLength(1);
  });

  it("retries a GET whose connection dropped", async () => {
    const calls = script([new TypeError("fetch failed"), json(200, { ok: true })]);
    expect(await client().client.api("/me").get()).toEqual({ ok: true });
    expect(calls).toHaveLength(2);
  });

  it("gives up after five retries with Graph's error", async () => {
    const calls = script(Array.from({ length: 6 }, () => throttled("1")));
    await expect(client().client.api("/me").get()).rejects.toMatchObject({ statusCode: 429 });
    expect(calls).toHaveLength(6);
  });

  // SharePoint's threshold answer is a plain throttling 429 (microsoft-graph-docs#8450,
  // msgraph-sdk-dotnet#827): the middleware knows it by the question asked, not by its words.
  const thresholdAnswer = () => json(429, { error: { code: "activityLimitReached", message: "The request has been throttled" } });
  const filtered = "/sites/s/lists/ContactLog/items?$filter=fields/SenderAddress eq 'p@example.org'";

  it("tries a filtered or ordered list query refused with a 429 naming no wait once more, then hands it back (the list view threshold: no wait cures it)", async () => {
    for (const url of [filtered, "/sites/s/lists/ContactLog/items?$orderby=fields/ReceivedAt asc"]) {
      const sleeps: number[] = [];
      const calls = script([thresholdAnswer(), thresholdAnswer(), thresholdAnswer()]);
      await expect(client(sleeps).client.api(url).get()).rejects.toMatchObject({ statusCode: 429 });
      expect(calls, url).toHaveLength(2);
      expect(sleeps).toHaveLength(1);
    }
  });

  it("waits out a 429 on the same query when it names a wait (throttling), and one on a list read that neither filters nor orders", async () => {
    const sleeps: number[] = [];
    script([throttled("2"), throttled("2"), json(200, { value: [] })]);
    expect(await client(sleeps).client.api(filtered).get()).toEqual({ value: [] });
    expect(sleeps).toEqual([2000, 2000]);
    const calls = script([thresholdAnswer(), thresholdAnswer(), thresholdAnswer(), json(200, { value: [] })]);
    expect(await client().client.api("/sites/s/lists/ContactLog/items").get()).toEqual({ value: [] });
    expect(calls).toHaveLength(4);
  });

  it("does not retry a 412 (someone else changed the item)", async () => {
    const calls = script([json(412, { error: { code: "resourceModified", message: "eTag mismatch" } })]);
    await expect(client().client.api("/x").header("If-Match", '"a,1"').patch({})).rejects.toMatchObject({ statusCode: 412 });
    expect(calls).toHaveLength(1);
  });
});

describe("OData literals", () => {
  it("doubles apostrophes so o'brien@example.org stays one literal", () => {
    expect(odataString("pat.o'brien@example.org")).toBe("'pat.o''brien@example.org'");
    expect(fieldEquals("Address", "o'brien@example.org")).toBe("fields/Address eq 'o''brien@example.org'");
    expect(fieldEquals("Active", true)).toBe("fields/Active eq 1");
  });

  it("reads Retry-After as seconds or as an HTTP date", () => {
    expect(parseRetryAfter("7")).toBe(7000);
    expect(parseRetryAfter("Wed, 25 Nov 2026 10:00:10 GMT", Date.parse("Wed, 25 Nov 2026 10:00:00 GMT"))).toBe(10_000);
    expect(parseRetryAfter("soon")).toBeUndefined();
  });
});
