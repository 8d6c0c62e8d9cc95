import { randomUUID } from "node:crypto";
import { badRequest, GraphFault, notFound } from "./errors";
import { evaluate, parseFilter, pathsOf, type Expr } from "./odata-filter";
import { messageDelta } from "./mail-delta";
import { runInboxRules } from "./message-rules";
import { changed, graphNow, nextLink, ok, pageState, route, topOf, type Ctx, type Route } from "./router";
import { newMailbox, type Mailbox, type Message, type World } from "./state";
import { findUser } from "./users";
import { htmlToText } from "../../src/policy/text/html";

/** `/me/...` or `/users/{id|upn}/...` → the mailbox. */
export function mailboxOf(ctx: Ctx, who: string): Mailbox {
  const user = who === "me" ? ctx.user : findUser(ctx.world, who);
  let box = ctx.world.mailboxes.find((b) => b.userId === user.id);
  if (!box) ctx.world.mailboxes.push((box = newMailbox(user.id)));
  return box;
}

export function folderOf(box: Mailbox, idOrName: string) {
  const folder = box.folders.find((f) => f.id === idOrName || f.wellKnownName === idOrName.toLowerCase());
  if (!folder) throw notFound(`mailFolder ${idOrName}`);
  return folder;
}

function messageOf(box: Mailbox, id: string): Message {
  const message = box.messages.find((m) => m.id === id);
  if (!message) throw notFound(`message ${id}`);
  return message;
}

/** `Prefer: outlook.body-content-type="text"` (or "html"): the body in that form, as Graph converts it. */
function preferredBodyType(ctx: Ctx | undefined): "text" | "html" | undefined {
  const match = /outlook\.body-content-type="?(text|html)"?/i.exec(ctx?.headers.prefer ?? "");
  return match ? (match[1]!.toLowerCase() as "text" | "html") : undefined;
}

function bodyAs(data: Record<string, unknown>, type: "text" | "html" | undefined): Record<string, unknown> {
  const body = data.body as { contentType?: string; content?: string } | undefined;
  if (!body || !type || body.contentType === type) return data;
  const content = body.content ?? "";
  const converted = type === "text" ? htmlToText(content) : `<html><body>${content.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/\n/g, "<br>")}</body></html>`;
  return { ...data, body: { contentType: type, content: converted } };
}

const shape = (m: Message, select?: string | null, ctx?: Ctx) => {
  const full = { "@odata.etag": `W/"${m.seq}"`, id: m.id, parentFolderId: m.folderId, ...bodyAs(m.data, preferredBodyType(ctx)) };
  if (!select) return full;
  const keep = new Set(["id", "@odata.etag", ...select.split(",")]);
  return Object.fromEntries(Object.entries(full).filter(([k]) => keep.has(k)));
};

/** Graph names the preference it honoured in `Preference-Applied`. */
function preferenceApplied(ctx: Ctx): Record<string, string> {
  const type = preferredBodyType(ctx);
  return type ? { "Preference-Applied": `outlook.body-content-type="${type}"` } : {};
}

/** Reads nested paths such as `from/emailAddress/address` for $filter. */
const read = (m: Message) => (path: string) => path.split("/").reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], { ...m.data, id: m.id, parentFolderId: m.folderId });

/**
 * `$filter` with `$orderby` on messages: every property ordered by must be filtered on too, and
 * come first in the filter, in the same order — otherwise 400 InefficientFilter (Graph "List
 * messages", using filter and orderby in the same query; microsoft-graph-docs#2103;
 * mpalermiti/outlook-mcp#31: `from/emailAddress/address eq …` with `$orderby=receivedDateTime desc`).
 * A filter with no order comes back in no promised order: here oldest first, so a client that
 * takes `$top` of it as the newest is caught.
 */
function orderOf(ctx: Ctx, expr: Expr | undefined): { field: string; direction: 1 | -1 } {
  const orderby = ctx.query.get("$orderby");
  if (!orderby) return expr ? { field: "receivedDateTime", direction: 1 } : { field: "receivedDateTime", direction: -1 };
  const [field, direction] = orderby.trim().split(/\s+/);
  if (expr) {
    const filtered = [...new Set(pathsOf(expr))];
    if (filtered[0] !== field) throw new GraphFault(400, "InefficientFilter", "The restriction or sort order is too complex for this operation.");
  }
  return { field: field!, direction: direction?.toLowerCase() === "desc" ? -1 : 1 };
}

function list(ctx: Ctx, messages: Message[]) {
  const filter = ctx.query.get("$filter");
  const expr = filter ? parseFilter(filter) : undefined;
  let rows = expr ? messages.filter((m) => evaluate(expr, read(m))) : [...messages];
  const { field, direction } = orderOf(ctx, expr);
  rows = rows.sort((a, b) => direction * String(read(a)(field) ?? "").localeCompare(String(read(b)(field) ?? "")));
  const top = topOf(ctx.query, 10, { refuseAbove: 1000 });
  const skip = ctx.query.has("$skiptoken") ? pageState(ctx).skip : Number(ctx.query.get("$skip") ?? 0);
  const page = rows.slice(skip, skip + top).map((m) => shape(m, ctx.query.get("$select"), ctx));
  return ok({ value: page, ...(skip + top < rows.length ? { "@odata.nextLink": nextLink(ctx, { skip: skip + top }) } : {}) }, 200, preferenceApplied(ctx));
}

/**
 * followupFlag as Graph takes it: a flagStatus of notFlagged, complete or flagged, and a due date
 * only with a start date ("To set the due date, you must also specify the startDateTime; otherwise,
 * you get a 400 Bad Request response").
 */
function checkFlag(flag: unknown): void {
  const value = flag as { flagStatus?: unknown; dueDateTime?: unknown; startDateTime?: unknown } | null;
  if (typeof value !== "object" || value === null) throw badRequest("flag must be a followupFlag object.");
  if (value.flagStatus !== undefined && !["notFlagged", "complete", "flagged"].includes(String(value.flagStatus))) throw badRequest(`flagStatus must be notFlagged, complete or flagged, not '${String(value.flagStatus)}'.`);
  if (value.dueDateTime !== undefined && value.startDateTime === undefined) throw badRequest("To set the due date, you must also specify the startDateTime.");
}

/**
 * A GET of a message gives every property: what mail delivered here leaves out gets what Graph
 * shows for it — an empty list of recipients, an empty text body, no subject — not a missing
 * field (a caller reading `ccRecipients.length` must not meet `undefined` only here). From and
 * Sender stand for each other, as Exchange fills one from the other; mail with neither keeps
 * none, as a draft has none.
 */
function withGraphDefaults(data: Record<string, unknown>): Record<string, unknown> {
  const received = typeof data.receivedDateTime === "string" ? data.receivedDateTime : graphNow();
  const from = data.from ?? data.sender;
  const body = (data.body ?? {}) as { contentType?: unknown; content?: unknown };
  const content = typeof body.content === "string" ? body.content : "";
  return {
    subject: "",
    toRecipients: [],
    ccRecipients: [],
    replyTo: [],
    importance: "normal",
    internetMessageId: `<${randomUUID()}@emulator.mail>`,
    sentDateTime: received,
    ...data,
    bodyPreview: typeof data.bodyPreview === "string" ? data.bodyPreview : (body.contentType === "html" ? htmlToText(content) : content).slice(0, 255),
    body: { contentType: body.contentType === "html" ? "html" : "text", content },
    receivedDateTime: received,
    ...(from ? { from, sender: data.sender ?? from } : {}),
  };
}

/** Adds received mail (Graph has no API that creates received messages). */
export function deliver(world: World, box: Mailbox, given: Record<string, unknown>, folder = "inbox"): Message {
  const data = withGraphDefaults(given);
  const message: Message = {
    id: `AAMkAD${randomUUID().replace(/-/g, "")}`,
    folderId: folderOf(box, folder).id,
    seq: ++world.seq,
    createdSeq: world.seq,
    data: {
      createdDateTime: data.receivedDateTime,
      lastModifiedDateTime: data.receivedDateTime,
      changeKey: randomUUID().replace(/-/g, "").slice(0, 24),
      categories: [],
      flag: { flagStatus: "notFlagged" },
      isRead: false,
      isDraft: false,
      isDeliveryReceiptRequested: false,
      isReadReceiptRequested: false,
      hasAttachments: false,
      inferenceClassification: "focused",
      conversationId: randomUUID(),
      conversationIndex: Buffer.from(randomUUID()).toString("base64").slice(0, 30),
      bccRecipients: [],
      webLink: `https://outlook.office365.com/owa/?ItemID=${encodeURIComponent(String(data.internetMessageId ?? ""))}&exvsurl=1&viewmodel=ReadMessageItem`,
      ...data,
    },
  };
  box.messages.push(message);
  // Exchange runs the Inbox's rules on arrival.
  if (message.folderId === folderOf(box, "inbox").id) runInboxRules(box, message);
  return message;
}

const WHO = "(me|users/[^/]+)";
const who = (m: RegExpExecArray) => (m[1] === "me" ? "me" : decodeURIComponent(m[1]!.slice("users/".length)));

export const mailRoutes: Route[] = [
  route("GET", new RegExp(`^/${WHO}/messages$`), (ctx, m) => list(ctx, mailboxOf(ctx, who(m)).messages)),
  route("GET", new RegExp(`^/${WHO}/mailFolders/([^/]+)/messages$`), (ctx, m) => {
    const box = mailboxOf(ctx, who(m));
    const folder = folderOf(box, m[2]!);
    return list(ctx, box.messages.filter((x) => x.folderId === folder.id));
  }),
  // v1.0 tracks changes to messages per folder only (message: delta; the metadata's
  // /me/messages/delta path is a mistake, msgraph-metadata#607): Graph refuses the mailbox-wide one.
  route("GET", new RegExp(`^/${WHO}/messages/delta$`), () => {
    throw new GraphFault(400, "BadRequest", "Unsupported request: Change tracking is not supported against 'microsoft.graph.message'.");
  }),
  route("GET", new RegExp(`^/${WHO}/mailFolders/([^/]+)/messages/delta$`), (ctx, m) => {
    const box = mailboxOf(ctx, who(m));
    return messageDelta(ctx, box, folderOf(box, m[2]!).id, (message, select) => shape(message, select, ctx));
  }),
  route("GET", new RegExp(`^/${WHO}/messages/([^/]+)$`), (ctx, m) => ok(shape(messageOf(mailboxOf(ctx, who(m)), m[2]!), ctx.query.get("$select"), ctx), 200, preferenceApplied(ctx))),
  route("PATCH", new RegExp(`^/${WHO}/messages/([^/]+)$`), (ctx, m) => {
    const box = mailboxOf(ctx, who(m));
    const message = messageOf(box, m[2]!);
    const body = (ctx.body ?? {}) as Record<string, unknown>;
    for (const key of Object.keys(body)) if (!["categories", "flag", "isRead", "importance"].includes(key)) throw badRequest(`Property '${key}' cannot be updated on a received message.`);
    if (body.categories !== undefined && (!Array.isArray(body.categories) || !body.categories.every((c) => typeof c === "string"))) throw badRequest("categories must be an array of strings.");
    if (body.flag !== undefined) checkFlag(body.flag);
    if (body.importance !== undefined && !["low", "normal", "high"].includes(String(body.importance))) throw badRequest(`importance must be low, normal or high, not '${String(body.importance)}'.`);
    Object.assign(message.data, body, { lastModifiedDateTime: graphNow() });
    message.seq = ++ctx.world.seq;
    return changed(shape(message));
  }),
  route("POST", new RegExp(`^/${WHO}/messages/([^/]+)/move$`), (ctx, m) => {
    const box = mailboxOf(ctx, who(m));
    const message = messageOf(box, m[2]!);
    const destination = (ctx.body as { destinationId?: unknown } | undefined)?.destinationId;
    if (typeof destination !== "string" || !destination) throw badRequest("The destinationId parameter is required.");
    const target = folderOf(box, destination);
    if (target.id === message.folderId) return ok(shape(message), 201);
    box.removed.push({ id: message.id, folderId: message.folderId, seq: ++ctx.world.seq });
    // Outlook ids are not stable across folders: a moved message gets a new id unless the caller
    // asks for immutable ids (Graph "Obtain immutable identifiers for Outlook resources").
    if (!/IdType\s*=\s*"?ImmutableId/i.test(ctx.headers.prefer ?? "")) message.id = `AAMkAD${randomUUID().replace(/-/g, "")}`;
    message.folderId = target.id;
    message.seq = ++ctx.world.seq;
    // New in its folder: a delta round on the destination reports it as created.
    message.createdSeq = message.seq;
    return changed(shape(message), 201);
  }),
  route("DELETE", new RegExp(`^/${WHO}/messages/([^/]+)$`), (ctx, m) => {
    const box = mailboxOf(ctx, who(m));
    const message = messageOf(box, m[2]!);
    box.messages.splice(box.messages.indexOf(message), 1);
    box.removed.push({ id: message.id, folderId: message.folderId, seq: ++ctx.world.seq });
    return changed(undefined, 204);
  }),
  // Folders: see mail-folders.ts.
  route("GET", new RegExp(`^/${WHO}/outlook/masterCategories$`), (ctx, m) => ok({ value: mailboxOf(ctx, who(m)).masterCategories })),
  route("DELETE", new RegExp(`^/${WHO}/outlook/masterCategories/([^/]+)$`), (ctx, m) => {
    const box = mailboxOf(ctx, who(m));
    const at = box.masterCategories.findIndex((c) => c.id === m[2]);
    if (at < 0) throw notFound(`outlookCategory ${m[2]}`);
    box.masterCategories.splice(at, 1);
    return changed(undefined, 204);
  }),
  route("POST", new RegExp(`^/${WHO}/outlook/masterCategories$`), (ctx, m) => {
    const box = mailboxOf(ctx, who(m));
    const body = (ctx.body ?? {}) as { displayName?: unknown; color?: unknown };
    if (typeof body.displayName !== "string" || !body.displayName) throw badRequest("A category needs a displayName.");
    if (box.masterCategories.some((c) => c.displayName.toLowerCase() === String(body.displayName).toLowerCase())) {
      throw new GraphFault(409, "ErrorDuplicateCategory", "A category with this name already exists.");
    }
    const category = { id: randomUUID(), displayName: body.displayName, color: typeof body.color === "string" ? body.color : "preset0" };
    box.masterCategories.push(category);
    return changed(category, 201);
  }),
];
