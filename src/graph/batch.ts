import type { GraphClient } from "./client";

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

/**
 * Sends requests in `$batch` envelopes of 20 to save round trips. The outer call goes
 * through the pipeline (auth, retry); inner 429/503 answers are not retried by the SDK,
 * so they are resent here, after the longest back-off the inner answers asked for.
 */
export async function sendBatch(graph: GraphClient, requests: BatchRequest[], maxRounds = 5): Promise<BatchResponse[]> {
  const results = new Map<string, BatchResponse>();
  let pending = requests;
  for (let round = 0; pending.length > 0 && round < maxRounds; round += 1) {
    const retry: BatchRequest[] = [];
    for (let i = 0; i < pending.length; i += BATCH_LIMIT) {
      const chunk = pending.slice(i, i + BATCH_LIMIT);
      const answer = (await graph.client.api("/$batch").post({ requests: chunk })) as { responses: BatchResponse[] };
      for (const response of answer.responses) {
        if (response.status === 429 || response.status === 503) retry.push(chunk.find((r) => r.id === response.id)!);
        else results.set(response.id, response);
      }
    }
    pending = retry;
    if (pending.length > 0) await new Promise((resolve) => setTimeout(resolve, 200 * 2 ** round));
  }
  for (const request of pending) results.set(request.id, { id: request.id, status: 429 });
  return requests.map((r) => results.get(r.id)!);
}
