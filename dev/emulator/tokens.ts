/**
 * The emulator's access tokens: what each kind carries, and the tokens every tenant starts with.
 */
/** An app-only token (client credentials): no user, the app's application roles (`roles` claim). */
export interface AppIdentity {
  appId: string;
  displayName: string;
  roles: string[];
}

/**
 * The two kinds of Microsoft Graph access token. A delegated token acts as a user, within
 * the scopes consented to (`scp`), and never beyond what that user may do; an app-only
 * token acts as the app itself, with the application permissions an admin granted
 * (`roles`), across every user — which is why only it may read another user's mailbox
 * (Microsoft identity platform, "Permission types"; Graph "Get access without a user").
 */
export type Grant =
  | { kind: "delegated"; userId: string; appId: string; scopes: string[] }
  | { kind: "app"; appId: string; displayName: string; roles: string[] };

/** The add-in's own client id in the emulator (its dev tokens are issued to it). */
export const DEV_ADDIN_APP_ID = "0b7c4a38-2d6f-4a0e-9a55-5c1f1b3e7d21";
/** The office's back-office app (auto-flagger, provisioning by an admin) in the emulator. */
export const DEV_DAEMON_APP_ID = "6f1d2c3b-4a5e-4f60-8b7a-9c0d1e2f3a4b";

/**
 * Scopes of the dev tokens: a developer's own consented token, enough for the harness (which
 * plays Outlook: it categorises mail and creates master categories) and for provisioning the
 * demo site. The product's own least-privilege scopes (`src/graph/auth/scopes.ts`) are what
 * tests register when they check the add-in's access.
 */
export const DEV_SCOPES = ["User.Read", "User.ReadBasic.All", "Mail.ReadWrite", "MailboxSettings.ReadWrite", "Sites.Manage.All"];

/** The app-only tokens every emulator has: the daemon's (what the flagger runs with) and an admin's. */
export const DEV_APP_TOKENS: Record<string, AppIdentity> = {
  "dev-app-token": { appId: DEV_DAEMON_APP_ID, displayName: "Contact Strategy Manager daemon", roles: ["Mail.ReadWrite", "MailboxSettings.ReadWrite", "Sites.ReadWrite.All", "User.Read.All"] },
  // Granting an app a site (Sites.Selected) needs app-only Sites.FullControl.All.
  "dev-admin-app-token": { appId: "3c9e8f70-1b2a-4d4c-8e6f-7a8b9c0d1e2f", displayName: "Tenant admin tooling", roles: ["Sites.FullControl.All"] },
};

