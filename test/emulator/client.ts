import type { Emulator } from "../../dev/emulator/server";

export interface Answer {
  status: number;
  headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Graph JSON, read loosely in tests
  body: any;
}

/** A bare HTTP caller for the emulator (no SDK, no retries): tests see exactly what Graph would send. */
export function caller(emulator: () => Emulator, token = "dev-token") {
  return async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> => {
    const response = await fetch(path.startsWith("http") ? path : `${emulator().baseUrl}${path}`, {
      method,
      headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), "Content-Type": "application/json", ...headers },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
  };
}

export const q = (filter: string) => encodeURIComponent(filter);

type Call = (method: string, path: string, body?: unknown, headers?: Record<string, string>) => Promise<Pick<Answer, "status" | "body">>;

/**
 * Creates a list as a careful client must: Graph drops the index and unique settings of columns
 * sent inside POST /lists (microsoft-graph-docs#8048), so each one asked for is set afterwards,
 * column by column, as src/store/sharepoint/provision.ts repairs them. Returns the creation's answer.
 */
export async function createList(call: Call, site: string, body: { displayName: string; columns?: Array<Record<string, unknown>>; list?: unknown }): Promise<Pick<Answer, "status" | "body">> {
  const created = await call("POST", `/sites/${site}/lists`, body);
  if (created.status !== 201) return created;
  for (const column of body.columns ?? []) {
    if (column.indexed !== true && column.enforceUniqueValues !== true) continue;
    const set = await call("PATCH", `/sites/${site}/lists/${created.body.id}/columns/${String(column.name)}`, { indexed: column.indexed === true, enforceUniqueValues: column.enforceUniqueValues === true });
    if (set.status !== 200) throw new Error(`Setting ${String(column.name)}'s index answered ${set.status}`);
  }
  return created;
}
