import { GraphFault } from "./errors";
import { newMailbox, userIdFor, type User, type World } from "./state";
import { DEV_ADDIN_APP_ID, DEV_SCOPES, type AppIdentity, type Grant } from "./tokens";

/** Who a bearer token stands for, when a test registers one (`emulator.registerToken`). */
export interface TokenIdentity {
  upn: string;
  displayName: string;
  roles: string[];
  /** Delegated Graph scopes (the token's `scp`); the dev scopes when left out. */
  scopes?: string[];
  /** The Entra app the token was issued to (what a `Sites.Selected` grant names); the dev add-in when left out. */
  appId?: string;
}

/**
 * Gives `token` to the user `upn`, creating the user (and their mailbox) if the tenant has no
 * such user yet. The emulator issues no real tokens: any registered string is a valid bearer.
 */
export function registerToken(world: World, token: string, who: TokenIdentity): User {
  if (!token.trim()) throw new Error("A token must not be empty.");
  const key = who.upn.toLowerCase();
  let user = world.users.find((u) => u.userPrincipalName.toLowerCase() === key);
  if (user) {
    user.displayName = who.displayName;
    user.roles = [...who.roles];
  } else {
    user = { id: userIdFor(who.upn), displayName: who.displayName, mail: who.upn, userPrincipalName: who.upn, roles: [...who.roles] };
    world.users.push(user);
    world.mailboxes.push(newMailbox(user.id));
  }
  world.tokens[token] = { kind: "delegated", userId: user.id, appId: who.appId ?? DEV_ADDIN_APP_ID, scopes: [...(who.scopes ?? DEV_SCOPES)] };
  return user;
}

/** Makes `token` an app-only token for an app with these application roles. */
export function registerAppToken(world: World, token: string, app: AppIdentity): void {
  if (!token.trim()) throw new Error("A token must not be empty.");
  world.tokens[token] = { kind: "app", appId: app.appId, displayName: app.displayName, roles: [...app.roles] };
}

/** The principal a request acts as: the signed-in user, or for app-only tokens the app standing in for one. */
export interface Caller {
  user: User;
  grant: Grant;
}

/**
 * The caller for an `Authorization` header, or Graph's 401. Graph answers a missing
 * token with "Access token is empty." and a bad one with a validation failure, both under
 * code `InvalidAuthenticationToken` (Graph "Microsoft Graph error responses", 401).
 */
export function authenticate(world: World, header: string | undefined): Caller {
  const token = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "")?.[1];
  if (!token) throw new GraphFault(401, "InvalidAuthenticationToken", "Access token is empty.");
  const grant = world.tokens[token];
  if (grant?.kind === "app") {
    // Who an app-only write is recorded as (createdBy): the app, by its id and name.
    return { grant, user: { id: grant.appId, displayName: grant.displayName, mail: "", userPrincipalName: "", roles: [] } };
  }
  const user = grant && world.users.find((u) => u.id === grant.userId);
  if (!grant || !user) throw new GraphFault(401, "InvalidAuthenticationToken", "Access token validation failure. Invalid audience.");
  return { grant, user };
}
