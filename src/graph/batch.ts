import type { GraphClient } from "./client";
import { parseRetryAfter } from "./middleware/retry";

export interface BatchRequest {
  id: string;
  method: "GET" | "POST" | "PATCH" | "DELETE";
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface BatchResponse {
  id: string;
  status: number;
  body?: unknown;
}

/** Graph's limit: at most 20 requests in one `$batch` (JSON batching docs). */
export const BATCH_LIMIT = 20;

export interface BatchOptions {
  /** Rounds in all: the first send and the resends of inner 429/503. */
  maxRounds?: number;
  sleep?: (ms: number) => Promise<void>;
}

/** Own back-off between rounds when no inner answer says how long: 200 ms, doubling. */
const BASE_DELAY_MS = 200;
const MAX_DELAY_MS = 30_000;

/**
 * Sends requests in `$batch` envelopes of 20 to save round trips. The outer call goes
 * through the pipeline (auth, retry); inner 429/503 answers are not retried by the SDK
 * (graph-reference README), so they are resent here, after the longest `Retry-After` the
 * inner answers asked for, or an own growing back-off when none did (a browser may hide it).
 * A request still throttled after the last round comes back with its last status.
 */
export async function sendBatch(graph: GraphClient, requests: BatchRequest[], options: BatchOptions = {}): Promise<BatchResponse[]> {
  const maxRounds = options.maxRounds ?? 5;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const results = new Map<string, BatchResponse>();
  let pending = requests;
  for (let round = 0; pending.length > 0 && round < maxRounds; round += 1) {
    const retry: BatchRequest[] = [];
    let asked = 0;
    for (let i = 0; i < pending.length; i += BATCH_LIMIT) {
      const chunk = pending.slice(i, i + BATCH_LIMIT);
      const answer = (await graph.client.api("/$batch").post({ requests: chunk })) as { responses: Array<BatchResponse & { headers?: Record<string, string> }> };
      for (const response of answer.responses) {
        results.set(response.id, { id: response.id, status: response.status, ...(response.body !== undefined ? { body: response.body } : {}) });
        if (response.status === 429 || response.status === 503) {
          retry.push(chunk.find((r) => r.id === response.id)!);
          const header = Object.entries(response.headers ?? {}).find(([k]) => k.toLowerCase() === "retry-after")?.[1];
          asked = Math.max(asked, (header !== undefined ? parseRetryAfter(String(header)) : undefined) ?? 0);
        }
      }
    }
    pending = retry;
    if (pending.length > 0 && round + 1 < maxRounds) await sleep(Math.min(MAX_DELAY_MS, Math.max(asked, BASE_DELAY_MS * 2 ** round)));
  }
  return requests.map((r) => results.get(r.id) ?? { id: r.id, status: 0 });
}
