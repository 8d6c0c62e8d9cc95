import { randomUUID } from "node:crypto";
import { badRequest, GraphFault } from "./errors";
import { folderOf, mailboxOf } from "./mail";
import { changed, ok, route, type Ctx, type Route } from "./router";
import type { Mailbox } from "./state";

type Folder = Mailbox["folders"][number];

/** Top-level folders hang off the mailbox's hidden root ("msgfolderroot" in Graph). */
const rootId = (box: Mailbox) => `msgfolderroot-${box.userId.slice(0, 8)}`;

/** Graph's mailFolder, with counts worked out from the mailbox rather than stored. */
function folderShape(box: Mailbox, f: Folder) {
  const inFolder = box.messages.filter((m) => m.folderId === f.id);
  return {
    id: f.id,
    displayName: f.displayName,
    parentFolderId: f.parentFolderId ?? rootId(box),
    childFolderCount: box.folders.filter((c) => c.parentFolderId === f.id).length,
    unreadItemCount: inFolder.filter((m) => m.data.isRead !== true).length,
    totalItemCount: inFolder.length,
    isHidden: false,
  };
}

/**
 * Creates a folder under `parent` (null = top level). Graph refuses a sibling with the same
 * name with 409 `ErrorFolderExists` ("A folder with the specified name already exists.").
 */
function createFolder(ctx: Ctx, box: Mailbox, parent: Folder | null) {
  const name = (ctx.body as { displayName?: unknown } | undefined)?.displayName;
  if (typeof name !== "string" || !name.trim()) throw badRequest("A folder needs a displayName.");
  const parentId = parent?.id ?? null;
  if (box.folders.some((f) => f.parentFolderId === parentId && f.displayName.toLowerCase() === name.toLowerCase())) {
    throw new GraphFault(409, "ErrorFolderExists", "A folder with the specified name already exists.");
  }
  const folder: Folder = { id: `AAMkFolder${randomUUID().replace(/-/g, "")}`, displayName: name, parentFolderId: parentId };
  box.folders.push(folder);
  return changed(folderShape(box, folder), 201);
}

const WHO = "(me|users/[^/]+)";
const who = (m: RegExpExecArray) => (m[1] === "me" ? "me" : decodeURIComponent(m[1]!.slice("users/".length)));

export const mailFolderRoutes: Route[] = [
  route("GET", new RegExp(`^/${WHO}/mailFolders$`), (ctx, m) => {
    const box = mailboxOf(ctx, who(m));
    return ok({ value: box.folders.filter((f) => f.parentFolderId === null).map((f) => folderShape(box, f)) });
  }),
  route("POST", new RegExp(`^/${WHO}/mailFolders$`), (ctx, m) => createFolder(ctx, mailboxOf(ctx, who(m)), null)),
  route("GET", new RegExp(`^/${WHO}/mailFolders/([^/]+)$`), (ctx, m) => {
    const box = mailboxOf(ctx, who(m));
    return ok(folderShape(box, folderOf(box, m[2]!)));
  }),
  route("GET", new RegExp(`^/${WHO}/mailFolders/([^/]+)/childFolders$`), (ctx, m) => {
    const box = mailboxOf(ctx, who(m));
    const parent = folderOf(box, m[2]!);
    return ok({ value: box.folders.filter((f) => f.parentFolderId === parent.id).map((f) => folderShape(box, f)) });
  }),
  route("POST", new RegExp(`^/${WHO}/mailFolders/([^/]+)/childFolders$`), (ctx, m) => {
    const box = mailboxOf(ctx, who(m));
    return createFolder(ctx, box, folderOf(box, m[2]!));
  }),
];
