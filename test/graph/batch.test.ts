import { afterEach, describe, expect, it, vi } from "vitest";
import { sendBatch, type BatchRequest } from "../../src/graph/batch";
import { createGraphClient } from "../../src/graph/client";
import { devTokenProvider } from "../../src/graph/auth/dev";

/** A scripted Graph: each `$batch` POST takes the next envelope of inner answers; the bodies sent are kept. */
function scriptBatches(envelopes: Array<Array<{ id: string; status: number; headers?: Record<string, string>; body?: unknown }>>) {
  const sent: Array<{ requests: BatchRequest[] }> = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      expect(String(input)).toBe("http://127.0.0.1:4000/v1.0/$batch");
      sent.push(JSON.parse(String(init?.body)) as { requests: BatchRequest[] });
      const responses = envelopes.shift();
      if (!responses) throw new Error("no more scripted batches");
      return new Response(JSON.stringify({ responses }), { status: 200, headers: { "content-type": "application/json" } });
    }),
  );
  return sent;
}

const graph = () => createGraphClient({ graphBaseUrl: "http://127.0.0.1:4000/v1.0", tokens: devTokenProvider("dev-token"), retry: { sleep: async () => {} } });
const del = (id: string): BatchRequest => ({ id, method: "DELETE", url: `/sites/s/lists/L/items/${id}` });

afterEach(() => vi.unstubAllGlobals());

describe("sendBatch", () => {
  it("resends only the inner 429 and 503 answers, after the longest Retry-After they asked for, and answers in request order", async () => {
    const sent = scriptBatches([
      [
        { id: "1", status: 204 },
        { id: "2", status: 429, headers: { "Retry-After": "3" } },
        { id: "3", status: 503, headers: { "retry-after": "7" } },
        { id: "4", status: 404, body: { error: { code: "itemNotFound" } } },
      ],
      [
        { id: "3", status: 204 },
        { id: "2", status: 429 },
      ],
      [{ id: "2", status: 204 }],
    ]);
    const sleeps: number[] = [];
    const answers = await sendBatch(graph(), ["1", "2", "3", "4"].map(del), { sleep: async (ms) => void sleeps.push(ms) });
    expect(sent.map((b) => b.requests.map((r) => r.id))).toEqual([["1", "2", "3", "4"], ["2", "3"], ["2"]]);
    // 7 s asked for; then none asked, so its own back-off (200 ms doubling: 400 ms in round 2).
    expect(sleeps).toEqual([7000, 400]);
    expect(answers.map((a) => [a.id, a.status])).toEqual([
      ["1", 204],
      ["2", 204],
      ["3", 204],
      ["4", 404],
    ]);
    // The resent request is the same request (method, url, body), not a new one.
    expect(sent[2]!.requests[0]).toEqual(del("2"));
  });

  it("gives up after the last round with the throttled status, without waiting after it", async () => {
    const sent = scriptBatches([[{ id: "1", status: 429 }], [{ id: "1", status: 429 }], [{ id: "1", status: 503 }]]);
    const sleeps: number[] = [];
    const answers = await sendBatch(graph(), [del("1")], { maxRounds: 3, sleep: async (ms) => void sleeps.push(ms) });
    expect(sent).toHaveLength(3);
    expect(sleeps).toEqual([200, 400]);
    expect(answers).toEqual([{ id: "1", status: 503 }]);
  });

  it("sends at most 20 requests per envelope (Graph's limit)", async () => {
    const ok = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => ({ id: String(from + i + 1), status: 204 }));
    const sent = scriptBatches([ok(0, 20), ok(20, 40), ok(40, 45)]);
    const answers = await sendBatch(graph(), Array.from({ length: 45 }, (_, i) => del(String(i + 1))));
    expect(sent.map((b) => b.requests.length)).toEqual([20, 20, 5]);
    expect(answers.every((a) => a.status === 204)).toBe(true);
  });
});
