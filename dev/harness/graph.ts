import type { GraphAddress, GraphMessage, MasterCategory } from "./api";

/**
 * The harness's own small Graph calls: it plays Outlook, which talks to Exchange itself,
 * so it does not use the add-in's Graph client. Config is the add-in's config.json
 * (src/config.ts); the harness needs only the emulator's URL and the dev token.
 */
export interface HarnessConfig {
  graphBaseUrl: string;
  auth: { mode: "dev"; token: string; user: string };
}

export type GraphCall = (path: string, init?: RequestInit) => Promise<Response>;

export async function loadConfig(): Promise<HarnessConfig> {
  const response = await fetch("/config.json", { cache: "no-store" });
  if (!response.ok) throw new Error(`config.json did not load (HTTP ${response.status}).`);
  const config = (await response.json()) as Partial<HarnessConfig>;
  if (!config.graphBaseUrl || config.auth?.mode !== "dev") {
    throw new Error("The harness runs against the local emulator: config.json needs graphBaseUrl and auth.mode \"dev\".");
  }
  return config as HarnessConfig;
}

export function graphFetch(config: HarnessConfig): GraphCall {
  return (path, init = {}) =>
    fetch(`${config.graphBaseUrl}${path}`, {
      ...init,
      headers: { Authorization: `Bearer ${config.auth.token}`, "Content-Type": "application/json", ...(init.headers ?? {}) },
    });
}

export async function loadMessages(call: GraphCall): Promise<GraphMessage[]> {
  const response = await call("/me/messages?$top=50&$orderby=receivedDateTime desc");
  if (!response.ok) throw new Error(`The emulator's mailbox did not load (HTTP ${response.status}).`);
  return ((await response.json()) as { value: GraphWire[] }).value.map(messageFromGraph);
}

/** A message as it comes over the wire: Graph gives every field, but mail posted to a dev endpoint or a mock may lack some. */
export type GraphWire = Partial<Omit<GraphMessage, "from" | "body">> & { id: string; from?: GraphAddress | null; body?: Partial<GraphMessage["body"]> | null };

const NO_SENDER: GraphAddress = { emailAddress: { name: "(no sender)", address: "" } };

/** An address Graph would name: the name falls back to the address, as Outlook shows it. */
function named(a: GraphAddress | null | undefined): GraphAddress | undefined {
  const address = a?.emailAddress?.address ?? "";
  if (!address && !a?.emailAddress?.name) return undefined;
  return { emailAddress: { name: a?.emailAddress?.name || address, address } };
}
const addresses = (list: GraphAddress[] | null | undefined) => (list ?? []).flatMap((a) => named(a) ?? []);

/** The harness's one reading of a message: what is missing becomes Graph's default (an empty list, an empty text body), so no view meets `undefined`. */
export function messageFromGraph(m: GraphWire): GraphMessage {
  const from = named(m.from) ?? named(m.sender) ?? NO_SENDER;
  return {
    ...m,
    internetMessageId: m.internetMessageId ?? "",
    subject: m.subject ?? "",
    body: { contentType: m.body?.contentType === "html" ? "html" : "text", content: m.body?.content ?? "" },
    from,
    sender: named(m.sender) ?? from,
    toRecipients: addresses(m.toRecipients),
    ccRecipients: addresses(m.ccRecipients),
    replyTo: addresses(m.replyTo),
    receivedDateTime: m.receivedDateTime ?? "",
    categories: m.categories ?? [],
  };
}

export async function loadMasterCategories(call: GraphCall): Promise<MasterCategory[]> {
  const response = await call("/me/outlook/masterCategories");
  if (!response.ok) throw new Error(`Master categories did not load (HTTP ${response.status}).`);
  return ((await response.json()) as { value: MasterCategory[] }).value;
}
