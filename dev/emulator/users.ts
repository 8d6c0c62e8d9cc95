import { notFound } from "./errors";
import { ok, route, type Route } from "./router";
import type { User, World } from "./state";

export function findUser(world: World, idOrUpn: string): User {
  const key = idOrUpn.toLowerCase();
  const user = world.users.find((u) => u.id === idOrUpn || u.userPrincipalName.toLowerCase() === key);
  if (!user) throw notFound(`user ${idOrUpn}`);
  return user;
}

export const userShape = (u: User) => ({
  "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users/$entity",
  id: u.id,
  displayName: u.displayName,
  mail: u.mail,
  userPrincipalName: u.userPrincipalName,
});

export const userRoutes: Route[] = [
  route("GET", /^\/me$/, (ctx) => ok(userShape(ctx.user))),
  route("GET", /^\/users\/([^/]+)$/, (ctx, m) => ok(userShape(findUser(ctx.world, m[1]!)))),
];
