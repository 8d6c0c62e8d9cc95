import {
  createNestablePublicClientApplication,
  InteractionRequiredAuthError,
  type IPublicClientApplication,
} from "@azure/msal-browser";
import type { TokenProvider } from "../middleware/auth";
import { GRAPH_SCOPES } from "./scopes";

/**
 * Tokens by nested app authentication: Outlook signs the user in and brokers tokens for
 * the add-in (no second sign-in). Where the host does not support NAA, MSAL's nestable
 * client falls back to the standard browser flow, and interaction uses a popup.
 * Tokens are never logged.
 */
export function msalTokenProvider(options: { clientId: string; authority: string; scopes?: readonly string[] }): TokenProvider {
  const scopes = [...(options.scopes ?? GRAPH_SCOPES)];
  let app: Promise<IPublicClientApplication> | undefined;
  return {
    async getToken() {
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
