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
