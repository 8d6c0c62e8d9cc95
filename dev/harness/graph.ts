import type { GraphMessage } from "./api";

/** The harness's own small Graph calls (it plays Outlook, which talks to Exchange itself). */
export interface HarnessConfig {
  graphBaseUrl: string;
  auth: { mode: "dev"; token: string; user: string };
}

export function graphFetch(config: HarnessConfig) {
  return async (path: string, init: RequestInit = {}): Promise<Response> =>
    fetch(`${config.graphBaseUrl}${path}`, {
      ...init,
      headers: { Authorization: `Bearer ${config.auth.token}`, "Content-Type": "application/json", ...(init.headers ?? {}) },
    });
}

export async function loadInbox(call: ReturnType<typeof graphFetch>): Promise<GraphMessage[]> {
  const response = await call("/me/mailFolders/inbox/messages?$top=50&$orderby=receivedDateTime desc");
  if (!response.ok) throw new Error(`The emulator's mailbox did not load (HTTP ${response.status}).`);
  return ((await response.json()) as { value: GraphMessage[] }).value;
}
