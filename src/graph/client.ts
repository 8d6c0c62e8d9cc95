import { Client, HTTPMessageHandler } from "@microsoft/microsoft-graph-client";
import { AuthMiddleware, type TokenProvider } from "./middleware/auth";
import { DEFAULT_RETRY, RetryMiddleware, type RetryPolicy } from "./middleware/retry";
import { TimeoutMiddleware } from "./middleware/timeout";
import { ObserveMiddleware, type Attempt } from "./middleware/observe";

export interface GraphClientOptions {
  /** Graph root including the version, e.g. https://graph.microsoft.com/v1.0 or the emulator's. */
  graphBaseUrl: string;
  tokens: TokenProvider;
  retry?: Partial<RetryPolicy>;
  /** Per attempt. */
  timeoutMs?: number;
  /** Told of every attempt sent, retries included (what a worker reports as its Graph requests). */
  observe?: (attempt: Attempt) => void;
}

/**
 * One pipeline for every Graph request: auth → retry → timeout → fetch (DESIGN.md; the
 * pnpjs habit). Resource code builds requests with the SDK's fluent API and does no I/O
 * of its own.
 */
export function createGraphClient(options: GraphClientOptions): GraphClient {
  const root = options.graphBaseUrl.replace(/\/+$/, "");
  const { origin, version } = splitRoot(root);
  const auth = new AuthMiddleware(options.tokens, root);
  const retry = new RetryMiddleware({ ...DEFAULT_RETRY, ...options.retry });
  const timeout = new TimeoutMiddleware(options.timeoutMs ?? 30_000);
  auth.setNext(retry);
  if (options.observe) {
    const observe = new ObserveMiddleware(options.observe);
    retry.setNext(observe);
    observe.setNext(timeout);
  } else {
    retry.setNext(timeout);
  }
  timeout.setNext(new HTTPMessageHandler());
  const client = Client.initWithMiddleware({ middleware: auth, baseUrl: origin, defaultVersion: version });
  return { client, root, relative: (url) => relativeTo(root, url) };
}

export interface GraphClient {
  client: Client;
  /** The Graph root this client talks to. */
  root: string;
  /**
   * A path the SDK accepts for an absolute link Graph returned (`@odata.nextLink`,
   * `@odata.deltaLink`): the SDK only parses absolute https URLs itself.
   */
  relative(url: string): string;
}

function splitRoot(root: string): { origin: string; version: string } {
  const url = new URL(root);
  const version = url.pathname.replace(/^\/+/, "");
  if (!version) throw new Error(`graphBaseUrl must include the API version, e.g. ${url.origin}/v1.0`);
  return { origin: url.origin, version };
}

function relativeTo(root: string, url: string): string {
  if (!url.startsWith(root)) throw new Error(`Graph returned a link outside ${root}: ${url}`);
  return url.slice(root.length) || "/";
}
