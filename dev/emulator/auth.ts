import { GraphFault } from "./errors";
import { newMailbox, userIdFor, type User, type World } from "./state";

/** Who a bearer token stands for, when a test registers one (`emulator.registerToken`). */
export interface TokenIdentity {
  upn: string;
  displayName: string;
  roles: string[];
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
  world.tokens[token] = user.id;
  return user;
}

/**
 * The signed-in user for an `Authorization` header, or Graph's 401. Graph answers a missing
 * token with "Access token is empty." and a bad one with a validation failure, both under
 * code `InvalidAuthenticationToken` (Graph "Microsoft Graph error responses", 401).
 */
export function authenticate(world: World, header: string | undefined): User {
  const token = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "")?.[1];
  if (!token) throw new GraphFault(401, "InvalidAuthenticationToken", "Access token is empty.");
  const user = world.users.find((u) => u.id === world.tokens[token]);
  if (!user) throw new GraphFault(401, "InvalidAuthenticationToken", "Access token validation failure. Invalid audience.");
  return user;
}
