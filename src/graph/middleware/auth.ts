import type { Context, Middleware } from "@microsoft/microsoft-graph-client";

/** Gives a bearer token for Graph. Implementations: dev token (emulator), MSAL (tenant). */
export interface TokenProvider {
  getToken(): Promise<string>;
}

/**
 * Adds `Authorization: Bearer …` to requests for the configured Graph root, and to no
 * other host. Replaces the SDK's AuthenticationHandler because that one only attaches
 * tokens to Graph's own hosts or https custom hosts, which drops the header on the local
 * emulator served over http (docs/decisions/0001-graph-client.md).
 */
export class AuthMiddleware implements Middleware {
  private next?: Middleware;

  constructor(
    private readonly tokens: TokenProvider,
    private readonly graphRoot: string,
  ) {}

  async execute(context: Context): Promise<void> {
    const url = typeof context.request === "string" ? context.request : context.request.url;
    if (url.startsWith(this.graphRoot)) {
      const headers = new Headers(context.options?.headers as HeadersInit | undefined);
      headers.set("Authorization", `Bearer ${await this.tokens.getToken()}`);
      context.options = { ...context.options, headers: Object.fromEntries(headers.entries()) };
    }
    await this.next!.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}
