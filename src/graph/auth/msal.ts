import {
  createNestablePublicClientApplication,
  InteractionRequiredAuthError,
  type IPublicClientApplication,
} from "@azure/msal-browser";
import type { TokenProvider } from "../middleware/auth";
import { GRAPH_SCOPES } from "./scopes";

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
}): TokenProvider {
  const scopes = [...(options.scopes ?? GRAPH_SCOPES)];
  let app: Promise<IPublicClientApplication> | undefined;
  let cached: { accessToken: string; expiresOn: number } | undefined;
  return {
    async getToken() {
      if (options.fallback) {
        if (!cached || cached.expiresOn - 5 * 60_000 < Date.now()) cached = await options.fallback();
        return cached.accessToken;
      }
      app ??= createNestablePublicClientApplication({ auth: { clientId: options.clientId, authority: options.authority } });
      const pca = await app;
      try {
        return (await pca.acquireTokenSilent({ scopes })).accessToken;
      } catch (error) {
        if (!(error instanceof InteractionRequiredAuthError)) throw error;
        return (await pca.acquireTokenPopup({ scopes })).accessToken;
      }
    },
  };
}
