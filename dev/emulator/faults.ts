/**
 * Fault injection, per run and per route: throttling (429) and unavailability (503) with
 * Retry-After, latency, a connection dropped before the request is handled, and — the
 * nastiest for idempotency — one dropped after the write was applied.
 */
export interface FaultRule {
  method?: string;
  /** Regular expression matched against the path after /v1.0. */
  path: string;
  /** 422: Graph's "uses too many resources" (notSupported), which no retry cures. */
  status: 429 | 503 | 422 | "drop" | "dropAfterWrite" | "none";
  retryAfterSeconds?: number;
  latencyMs?: number;
  /** Apply this many times, then stop. */
  times?: number;
  /** Apply to every n-th matching request. */
  everyNth?: number;
  /** Apply with this probability (seeded, so a run is reproducible). */
  probability?: number;
}

export type FaultAction = { kind: "none"; latencyMs: number } | { kind: "status"; status: 429 | 503 | 422; retryAfter?: number; latencyMs: number } | { kind: "drop" | "dropAfterWrite"; latencyMs: number };

export class Faults {
  private rules: Array<FaultRule & { seen: number; applied: number; regex: RegExp }> = [];
  private seed = 42;

  add(rule: FaultRule): void {
    this.rules.push({ ...rule, seen: 0, applied: 0, regex: new RegExp(rule.path) });
  }

  clear(): void {
    this.rules = [];
  }

  list(): FaultRule[] {
    return this.rules.map(({ seen: _s, applied: _a, regex: _r, ...rule }) => rule);
  }

  /** What to do to this request (the first matching rule that fires wins). */
  decide(method: string, path: string): FaultAction {
    let latencyMs = 0;
    for (const rule of this.rules) {
      if ((rule.method && rule.method.toUpperCase() !== method) || !rule.regex.test(path)) continue;
      rule.seen += 1;
      if (rule.times !== undefined && rule.applied >= rule.times) continue;
      if (rule.everyNth && rule.seen % rule.everyNth !== 0) continue;
      if (rule.probability !== undefined && this.random() >= rule.probability) continue;
      rule.applied += 1;
      latencyMs += rule.latencyMs ?? 0;
      if (rule.status === "none") continue;
      if (rule.status === "drop" || rule.status === "dropAfterWrite") return { kind: rule.status, latencyMs };
      return { kind: "status", status: rule.status, ...(rule.retryAfterSeconds !== undefined ? { retryAfter: rule.retryAfterSeconds } : {}), latencyMs };
    }
    return { kind: "none", latencyMs };
  }

  /** mulberry32: small, seeded, good enough to pick which requests fail. */
  private random(): number {
    let t = (this.seed += 0x6d2b79f5);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
}
