import {
  createNestablePublicClientApplication,
  InteractionRequiredAuthError,
  type IPublicClientApplication,
} from "@azure/msal-browser";
import type { TokenProvider } from "../middleware/auth";
import { GRAPH_SCOPES } from "./scopes";

/** A silent token was refused and no sign-in can be shown here. */
export class NeedsSignInError extends Error {
  override readonly name = "NeedsSignInError";
  constructor() {
    super("you need to sign in: open the Contact strategy pane once");
  }
}

/** Sign-in some other way (the Office dialog) when the host cannot broker tokens. */
export type SignInFallback = () => Promise<{ accessToken: string; expiresOn: number }>;

/**
 * Tokens by nested app authentication: Outlook signs the user in and brokers tokens for
 * the add-in (no second sign-in). Where the host does not support NAA, the caller passes
 * the Office-dialog sign-in (src/outlook/auth-dialog.ts), the documented fallback; its
 * token is kept until five minutes before it expires. Tokens are never logged.
 */
export function msalTokenProvider(options: {
  clientId: string;
  authority: string;
  scopes?: readonly string[];
  fallback?: SignInFallback;
  /**
   * False in the event runtime: it has no window, so `acquireTokenSilent` only — a token that
   * needs the person (consent, an expired session) is refused with NeedsSignInError, and the
   * caller fails open and says to open the pane (docs: event-based add-ins cannot show UI).
   */
  interactive?: boolean;
}): TokenProvider {
  const scopes = [...(options.scopes ?? GRAPH_SCOPES)];
  let app: Promise<IPublicClientApplication> | undefined;
  let cached: { accessToken: string; expiresOn: number } | undefined;
  // One sign-in at a time: the pane asks for several things at once, and Office allows one
  // dialog (a second fails with 12007) and a person should see one popup, not several.
  let signingIn: Promise<{ accessToken: string; expiresOn: number }> | undefined;
  let popup: Promise<string> | undefined;
  const once = <T>(start: () => Promise<T>, set: (p: Promise<T> | undefined) => void): Promise<T> => {
    const running = start().finally(() => set(undefined));
    set(running);
    return running;
  };
  return {
    async getToken() {
      const fallback = options.fallback;
      if (fallback) {
        if (!cached || cached.expiresOn - 5 * 60_000 < Date.now()) cached = await (signingIn ?? once(fallback, (p) => (signingIn = p)));
        return cached.accessToken;
      }
      app ??= createNestablePublicClientApplication({ auth: { clientId: options.clientId, authority: options.authority } });
      const pca = await app;
      try {
        return (await pca.acquireTokenSilent({ scopes })).accessToken;
      } catch (error) {
        if (!(error instanceof InteractionRequiredAuthError)) throw error;
        if (options.interactive === false) throw new NeedsSignInError();
        return popup ?? once(async () => (await pca.acquireTokenPopup({ scopes })).accessToken, (p) => (popup = p));
      }
    },
  };
}
