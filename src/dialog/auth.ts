import { PublicClientApplication } from "@azure/msal-browser";
import { parseConfig } from "../config";
import { GRAPH_SCOPES } from "../graph/auth/scopes";

/**
 * The sign-in page Office opens in a dialog when the host has no nested app authentication
 * (src/outlook/auth-dialog.ts). It signs in with MSAL by redirect, then hands the token to
 * the task pane with `Office.context.ui.messageParent`. Tokens are never logged.
 */
async function run(): Promise<void> {
  await Office.onReady();
  // To the task pane only, which is served from this page's own origin (DialogOrigin 1.1; a host
  // without it ignores the option and delivers to the add-in's page as before).
  const reply = (message: object) => Office.context.ui.messageParent(JSON.stringify(message), { targetOrigin: location.origin });
  try {
    const config = parseConfig(await (await fetch("config.json", { cache: "no-store" })).json());
    if (config.auth.mode !== "msal") throw new Error("config.json has no Microsoft Entra app (auth.mode is not msal).");
    const msal = new PublicClientApplication({ auth: { clientId: config.auth.clientId, authority: config.auth.authority, redirectUri: `${location.origin}${location.pathname}` } });
    await msal.initialize();
    const returned = await msal.handleRedirectPromise();
    if (!returned) {
      await msal.loginRedirect({ scopes: [...GRAPH_SCOPES] });
      return;
    }
    const token = await msal.acquireTokenSilent({ scopes: [...GRAPH_SCOPES], account: returned.account });
    reply({ accessToken: token.accessToken, expiresOn: token.expiresOn?.getTime() ?? Date.now() + 50 * 60_000 });
  } catch (error) {
    reply({ error: error instanceof Error ? error.message : String(error) });
  }
}

void run();
