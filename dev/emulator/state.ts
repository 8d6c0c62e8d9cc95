import { randomUUID } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { v5 as uuidv5 } from "uuid";
import { DEV_ADDIN_APP_ID, DEV_APP_TOKENS, DEV_SCOPES, type Grant } from "./tokens";
import type { ListPermissions } from "./permissions";
import type { MessageRule } from "./message-rules";

/** The emulator's whole world, as JSON (so `--data DIR` can persist it across restarts). */
export interface User {
  id: string;
  displayName: string;
  mail: string;
  userPrincipalName: string;
  roles: string[];
}

export interface Column {
  id: string;
  name: string;
  displayName: string;
  indexed: boolean;
  enforceUniqueValues: boolean;
  /** Graph's type facet: "text", "choice", "dateTime", "boolean", "number", "personOrGroup", "hyperlinkOrPicture"… */
  type: string;
  facet: Record<string, unknown>;
}

export interface Item {
  id: string;
  guid: string;
  version: number;
  createdDateTime: string;
  lastModifiedDateTime: string;
  createdBy: string;
  lastModifiedBy: string;
  fields: Record<string, unknown>;
}

export interface List {
  id: string;
  displayName: string;
  description: string;
  template: string;
  createdDateTime: string;
  /** Moves on schema changes and on item adds, changes and deletes (see `schemaChanged` / `itemsChanged` in sites.ts). */
  lastModifiedDateTime: string;
  /** The list's own eTag version (`"id,version"`): bumped on schema changes only. */
  version: number;
  columns: Column[];
  items: Item[];
  nextItemId: number;
  /** Who may add, edit and delete items (SharePoint's permissions, emulated); absent = inherited, everyone may. */
  permissions?: ListPermissions;
}

export interface Site {
  id: string;
  hostname: string;
  path: string;
  displayName: string;
  createdDateTime: string;
  lists: List[];
  /** Apps granted access to this site (what `Sites.Selected` needs); stored, not enforced. */
  permissions?: SitePermission[];
}

export interface SitePermission {
  id: string;
  roles: string[];
  application: { id: string; displayName: string };
}

export interface Message {
  id: string;
  folderId: string;
  /** The world's change counter when the message last changed. */
  seq: number;
  /** When it arrived in its folder (delivered, or moved there): the order a delta round pages in. Older data files lack it (then `seq`). */
  createdSeq?: number;
  data: Record<string, unknown>;
}

export interface Mailbox {
  userId: string;
  folders: Array<{ id: string; displayName: string; parentFolderId: string | null; wellKnownName?: string }>;
  messages: Message[];
  removed: Array<{ id: string; folderId: string; seq: number }>;
  masterCategories: Array<{ id: string; displayName: string; color: string }>;
  /** Inbox rules (message-rules.ts); absent in older data files. */
  rules?: MessageRule[];
  /** Exchange's RulesQuota in bytes; 256 KB when unset. */
  rulesQuota?: number;
}

export interface World {
  users: User[];
  /** Bearer token → what it grants (a user with delegated scopes, or an app with application roles). */
  tokens: Record<string, Grant>;
  sites: Site[];
  mailboxes: Mailbox[];
  seq: number;
  /**
   * App id → the mailboxes (sign-in addresses) its app-only tokens may reach, as an Exchange
   * application access policy (RestrictAccess) or an RBAC for Applications scope narrows them;
   * an app without an entry reaches every mailbox its roles allow.
   */
  appMailboxScopes?: Record<string, string[]>;
}

export const DOMAIN = "opcc.example.gov.uk";
const STAFF: Array<[string, string, string[]]> = [
  ["casey.worker", "Casey Worker", ["caseworker"]],
  ["morgan.reid", "Morgan Reid", ["caseworker", "headOfBusinessServices"]],
  ["sam.carter", "Sam Carter", ["caseworker"]],
  ["dana.chief", "Dana Chief", ["chiefExecutive"]],
  // A second authoriser (Warwickshire 7: "another senior member of staff nominated by the Chief Executive").
  ["robin.hale", "Robin Hale", ["caseworker", "headOfBusinessServices"]],
  ["enquiries", "OPCC Enquiries", []],
];

/** Namespace for `userIdFor`: any fixed UUID; changing it would change every user's id. */
const USER_ID_NAMESPACE = "8d0c6b7e-2f4a-4c1e-9b3d-5a7e1f2c4d6b";

/**
 * A user's object id, derived from the UPN (a name-based UUID, RFC 9562 v5). Graph's user ids
 * never change, so the same person keeps the same id across `/_emulator/reset` and restarts,
 * with or without `--data`; every user the emulator creates gets its id here.
 */
export function userIdFor(upn: string): string {
  return uuidv5(upn.toLowerCase(), USER_ID_NAMESPACE);
}

const staffUsers = (): User[] => STAFF.map(([name, displayName, roles]) => ({ id: userIdFor(`${name}@${DOMAIN}`), displayName, mail: `${name}@${DOMAIN}`, userPrincipalName: `${name}@${DOMAIN}`, roles }));
const staffToken = (u: User) => `dev-token-${u.userPrincipalName.split("@")[0]}`;
const delegated = (userId: string): Grant => ({ kind: "delegated", userId, appId: DEV_ADDIN_APP_ID, scopes: [...DEV_SCOPES] });

export function emptyWorld(): World {
  const now = new Date().toISOString().replace(/\.\d{3}Z$/, "Z");
  const users = staffUsers();
  return {
    users,
    // The dev token is Casey (a caseworker); one per member of staff for tests of roles; and the app-only ones.
    tokens: defaultTokens(users),
    sites: [
      { id: `opcc.sharepoint.com,${randomUUID()},${randomUUID()}`, hostname: "opcc.sharepoint.com", path: "/", displayName: "Communication site", createdDateTime: now, lists: [] },
      { id: `opcc.sharepoint.com,${randomUUID()},${randomUUID()}`, hostname: "opcc.sharepoint.com", path: "/sites/contact-strategies", displayName: "Contact strategies", createdDateTime: now, lists: [] },
    ],
    mailboxes: users.map((u) => newMailbox(u.id)),
    seq: 1,
  };
}

function defaultTokens(users: User[]): Record<string, Grant> {
  return Object.fromEntries([
    ["dev-token", delegated(users[0]!.id)],
    ...users.map((u) => [staffToken(u), delegated(u.id)]),
    ...Object.entries(DEV_APP_TOKENS).map(([token, app]) => [token, { kind: "app", ...app, roles: [...app.roles] }]),
  ]);
}

export function newMailbox(userId: string): Mailbox {
  const folder = (wellKnownName: string, displayName: string) => ({ id: `${wellKnownName}-${userId.slice(0, 8)}`, displayName, parentFolderId: null, wellKnownName });
  return {
    userId,
    folders: [folder("inbox", "Inbox"), folder("archive", "Archive"), folder("deleteditems", "Deleted Items"), folder("sentitems", "Sent Items"), folder("drafts", "Drafts")],
    messages: [],
    removed: [],
    // Outlook's default categories, present in every new mailbox.
    masterCategories: [
      ["Red category", "preset0"],
      ["Orange category", "preset1"],
      ["Yellow category", "preset3"],
      ["Green category", "preset4"],
      ["Blue category", "preset7"],
      ["Purple category", "preset8"],
    ].map(([displayName, color]) => ({ id: randomUUID(), displayName: displayName!, color: color! })),
  };
}

/** Debounced, atomic persistence: write a temp file, then rename over the old one. */
export function persistence(dir: string | undefined): { load(): World | undefined; save(world: World): void; flush(): void } {
  let timer: NodeJS.Timeout | undefined;
  let pending: World | undefined;
  const file = dir ? join(dir, "graph-emulator.json") : undefined;
  const write = () => {
    if (!file || !pending) return;
    mkdirSync(dir!, { recursive: true });
    writeFileSync(`${file}.tmp`, JSON.stringify(pending));
    renameSync(`${file}.tmp`, file);
    pending = undefined;
  };
  return {
    load: () => (file && existsSync(file) ? upgrade(JSON.parse(readFileSync(file, "utf8")) as World) : undefined),
    save(world) {
      if (!file) return;
      pending = world;
      clearTimeout(timer);
      timer = setTimeout(write, 100);
    },
    flush() {
      clearTimeout(timer);
      write();
    },
  };
}

/**
 * Fills in what a data file written by an older emulator lacks: a list's eTag version, token
 * kinds (a token was once just a user id: it becomes a delegated dev token; the app-only tokens
 * are added), and a list's old `writers`, which become its permissions.
 */
function upgrade(world: World): World {
  // Staff added to the demo office since the file was written (and their tokens and mailboxes).
  for (const user of staffUsers()) {
    if (world.users.some((u) => u.id === user.id)) continue;
    world.users.push(user);
    world.mailboxes.push(newMailbox(user.id));
    world.tokens[staffToken(user)] = delegated(user.id);
  }
  for (const site of world.sites) {
    for (const list of site.lists as Array<List & { writers?: string[] }>) {
      if (!Number.isInteger(list.version)) list.version = 1;
      if (list.writers?.length) list.permissions ??= { add: list.writers, change: list.writers };
      delete list.writers;
    }
  }
  const tokens = world.tokens as Record<string, Grant | string>;
  for (const [token, grant] of Object.entries(tokens)) {
    if (typeof grant === "string") tokens[token] = { kind: "delegated", userId: grant, appId: DEV_ADDIN_APP_ID, scopes: [...DEV_SCOPES] };
  }
  for (const [token, app] of Object.entries(DEV_APP_TOKENS)) tokens[token] ??= { kind: "app", ...app, roles: [...app.roles] };
  return world;
}
