import { GraphFault } from "./errors";
import { nextLink, ok, pageState, type Ctx, type Result } from "./router";
import type { Mailbox, Message } from "./state";

/**
 * messages/delta on one folder (Graph "Get incremental changes to messages in a folder"; v1.0
 * tracks a folder, never the mailbox). The first round pages through every message in the
 * folder and ends with an `@odata.deltaLink`; a round from that link returns what changed
 * since, and `@removed` for what left the folder. As Graph does:
 * - `changeType=created|updated|deleted` keeps later rounds to that kind of change (the first
 *   round is always the whole folder), and the links carry the query options given on the first
 *   request (`$select`, `changeType`): Graph "encodes any OData and custom query options into the
 *   nextLink or deltaLink";
 * - the page size is `Prefer: odata.maxpagesize` (10 when not asked), at most 500 — Exchange's
 *   OData MaxResultPageSize, the ceiling tools that page Exchange delta use (alcionai/corso
 *   maxDeltaPageSize) — and answered in `Preference-Applied`; `$top` does not size delta pages
 *   (microsoft-graph-docs#5566, msgraph-sdk-java#536);
 * - a `$skiptoken` is a cursor, not an offset: what moves out of the folder during a round shifts
 *   nothing, and asking for the same page again after a crash returns what is still there;
 * - a token that is not one this folder issued is refused (400 SyncStateNotFound).
 */
export const DELTA_DEFAULT_PAGE = 10;
export const DELTA_MAX_PAGE = 500;
const CHANGE_TYPES = new Set(["created", "updated", "deleted"]);
/** Keys for `@removed` entries, after every message's (a round lists the folder's messages first). */
const REMOVED_KEY = 1e12;

interface DeltaToken {
  since: number;
  changeType?: string;
  select?: string;
}

function readToken(raw: string | null): DeltaToken | undefined {
  if (raw === null) return undefined;
  const text = Buffer.from(raw, "base64url").toString();
  try {
    const token = JSON.parse(text) as DeltaToken;
    if (Number.isInteger(token.since) && token.since >= 0) return token;
  } catch {
    // an older emulator's token was the bare number
    if (/^\d+$/.test(text)) return { since: Number(text) };
  }
  throw new GraphFault(400, "SyncStateNotFound", "The sync state is invalid or expired.");
}

const arrivedAt = (m: Message) => m.createdSeq ?? m.seq;

export function messageDelta(ctx: Ctx, box: Mailbox, folderId: string, shape: (m: Message, select: string | null) => Record<string, unknown>): Result {
  const token = readToken(ctx.query.get("$deltatoken"));
  const changeType = token?.changeType ?? ctx.query.get("changeType") ?? undefined;
  if (changeType !== undefined && !CHANGE_TYPES.has(changeType)) throw new GraphFault(400, "BadRequest", `Invalid changeType '${changeType}': use created, updated or deleted.`);
  const select = token?.select ?? ctx.query.get("$select");
  const since = token?.since ?? 0;
  const paging = pageState(ctx);
  const upTo = paging.upTo ?? ctx.world.seq;
  const after = paging.after ?? -1;
  const first = since === 0;
  const wants = (kind: string) => first || changeType === undefined || changeType === kind;
  // Entries are shaped only for the page sent: a round over a large folder must not shape every message on every page.
  const rows: Array<{ key: number; entry: () => Record<string, unknown> }> = [];
  for (const m of box.messages) {
    if (m.folderId !== folderId) continue;
    const arrived = arrivedAt(m);
    const created = arrived > since && arrived <= upTo;
    const updated = !first && arrived <= since && m.seq > since;
    if ((created && wants("created")) || (updated && wants("updated"))) rows.push({ key: arrived, entry: () => shape(m, select) });
  }
  if (!first && wants("deleted")) {
    for (const r of box.removed) if (r.folderId === folderId && r.seq > since && r.seq <= upTo) rows.push({ key: REMOVED_KEY + r.seq, entry: () => ({ id: r.id, "@removed": { reason: "deleted" } }) });
  }
  const pending = rows.filter((r) => r.key > after).sort((a, b) => a.key - b.key);
  const asked = Number(/odata\.maxpagesize=(\d+)/i.exec(ctx.headers.prefer ?? "")?.[1] ?? DELTA_DEFAULT_PAGE);
  const size = Math.min(Math.max(1, asked), DELTA_MAX_PAGE);
  const page = pending.slice(0, size);
  const applied: Record<string, string> = /odata\.maxpagesize=/i.test(ctx.headers.prefer ?? "") ? { "Preference-Applied": `odata.maxpagesize=${size}` } : {};
  const value = page.map((r) => r.entry());
  if (pending.length > size) return ok({ value, "@odata.nextLink": nextLink(ctx, { skip: 0, upTo, after: page.at(-1)!.key }) }, 200, applied);
  const next: DeltaToken = { since: upTo, ...(changeType ? { changeType } : {}), ...(select ? { select } : {}) };
  const deltaToken = Buffer.from(JSON.stringify(next)).toString("base64url");
  return ok({ value, "@odata.deltaLink": `${ctx.base}${ctx.path}?$deltatoken=${deltaToken}` }, 200, applied);
}
