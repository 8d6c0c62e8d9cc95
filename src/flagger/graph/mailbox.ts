import { GraphError } from "@microsoft/microsoft-graph-client";
import { sendBatch, type BatchRequest, type BatchResponse } from "../../graph/batch";
import type { GraphClient } from "../../graph/client";
import { SyncStateLost, type DeltaPage, type MailboxAccess, type MessageState, type MessageWrite } from "../core/ports";
import { syncInboxRules } from "../rules/graph-rules";
import { MESSAGE_FIELDS, toFolderMessage, type GraphMessage } from "./message";

/**
 * One mailbox through Graph, as the flagger sweeps it (app-only: `/users/{upn}`):
 * - delta per folder with `changeType=created`, so a message is met once, when it arrives — not
 *   again when staff read, flag or file it (Graph "Get incremental changes to messages in a
 *   folder"), 500 a page (`Prefer: odata.maxpagesize`, Exchange's ceiling);
 * - immutable ids (`Prefer: IdType="ImmutableId"`, on every request and every `$batch` step, which
 *   carries only its own headers), so a message keeps its id when it is moved and a write a crash
 *   interrupted can still find it;
 * - writes in `$batch`es of 20: the category, flag and importance in one PATCH, then the moves
 *   (a batch may not mix steps that depend on each other with steps that do not, so moves go in
 *   their own round after the PATCHes, never racing them).
 */
export const DELTA_PAGE_SIZE = 500;
const IMMUTABLE_IDS = 'IdType="ImmutableId"';
const JSON_BODY = { "Content-Type": "application/json" };

export interface GraphMailboxOptions {
  pageSize?: number;
  /** How a `$batch`'s throttled steps wait before they are resent (their Retry-After); tests pass one that records it. */
  sleep?: (ms: number) => Promise<void>;
}

export function graphMailbox(graph: GraphClient, upn: string, options: GraphMailboxOptions = {}): MailboxAccess {
  const base = `/users/${encodeURIComponent(upn)}`;
  const folders = new Map<string, Promise<string>>();
  const categories = new Map<string, Promise<void>>();
  const batch = (requests: BatchRequest[]) => sendBatch(graph, requests, options.sleep ? { sleep: options.sleep } : {});
  const step = (id: string, method: BatchRequest["method"], url: string, extra: Partial<BatchRequest> = {}): BatchRequest => ({ id, method, url, ...extra, headers: { Prefer: IMMUTABLE_IDS, ...(extra.headers ?? {}) } });

  const access: MailboxAccess = {
    upn,
    async deltaPage(folder, link): Promise<DeltaPage> {
      const path = link ? graph.relative(link) : `${base}/mailFolders/${encodeURIComponent(folder)}/messages/delta?changeType=created&$select=${MESSAGE_FIELDS.join(",")}`;
      let answer: { value?: GraphMessage[]; "@odata.nextLink"?: string; "@odata.deltaLink"?: string };
      try {
        answer = await graph.client.api(path).header("Prefer", `odata.maxpagesize=${options.pageSize ?? DELTA_PAGE_SIZE}, ${IMMUTABLE_IDS}`).get();
      } catch (error) {
        if (link && isLostSyncState(error)) throw new SyncStateLost(`${upn} ${folder}: Graph no longer knows this delta round (${(error as Error).message}).`);
        throw error;
      }
      const messages = (answer.value ?? []).filter((m) => !m["@removed"]).map(toFolderMessage);
      const next = answer["@odata.nextLink"];
      const delta = answer["@odata.deltaLink"];
      if (next) return { messages, link: { next } };
      if (delta) return { messages, link: { delta } };
      throw new Error(`${upn} ${folder}: a delta page came back with neither a nextLink nor a deltaLink.`);
    },
    ensureCategory(name, colour) {
      // One check per category name: the in-doubt category is a second one, never taken as made because the first was.
      const key = name.toLowerCase();
      let made = categories.get(key);
      if (!made) {
        made = ensureMasterCategory(graph, base, name, colour.toLowerCase()).catch((error: unknown) => {
          categories.delete(key);
          throw error;
        });
        categories.set(key, made);
      }
      return made;
    },
    folderId(displayName) {
      const key = displayName.trim().toLowerCase();
      let found = folders.get(key);
      if (!found) {
        found = findOrCreateFolder(graph, base, displayName.trim());
        folders.set(key, found);
        found.catch(() => folders.delete(key));
      }
      return found;
    },
    async bodies(ids) {
      const answers = await batch(ids.map((id, i) => step(String(i + 1), "GET", `${base}/messages/${encodeURIComponent(id)}?$select=body`, { headers: { Prefer: `outlook.body-content-type="text", ${IMMUTABLE_IDS}` } })));
      const bodies = new Map<string, string>();
      answers.forEach((answer, i) => {
        if (answer.status === 404) return;
        mustSucceed(answer, `Reading a message in ${upn}`);
        bodies.set(ids[i]!, String((answer.body as { body?: { content?: string } }).body?.content ?? ""));
      });
      return bodies;
    },
    async states(ids) {
      const answers = await batch(ids.map((id, i) => step(String(i + 1), "GET", `${base}/messages/${encodeURIComponent(id)}?$select=categories,flag,importance,parentFolderId`)));
      const states = new Map<string, MessageState>();
      answers.forEach((answer, i) => {
        if (answer.status === 404) return;
        mustSucceed(answer, `Reading a message in ${upn}`);
        const { categories, flagStatus, importance, folderId } = toFolderMessage({ ...(answer.body as GraphMessage), id: ids[i]! });
        states.set(ids[i]!, { categories, flagStatus, importance, folderId });
      });
      return states;
    },
    async apply(writes: readonly MessageWrite[]) {
      const failed: string[] = [];
      const patches = writes.filter((w) => w.categories || w.flag || w.importance);
      const patched = await batch(patches.map((w, i) => step(String(i + 1), "PATCH", `${base}/messages/${encodeURIComponent(w.id)}`, { body: patchOf(w), headers: JSON_BODY })));
      const gone = new Set<string>();
      patched.forEach((answer, i) => {
        if (answer.status === 404) gone.add(patches[i]!.id);
        else if (answer.status < 200 || answer.status >= 300) failed.push(`${patches[i]!.id} (HTTP ${answer.status})`);
      });
      const moves = writes.filter((w) => w.moveTo && !gone.has(w.id));
      const moved = await batch(moves.map((w, i) => step(String(i + 1), "POST", `${base}/messages/${encodeURIComponent(w.id)}/move`, { body: { destinationId: w.moveTo }, headers: JSON_BODY })));
      moved.forEach((answer, i) => {
        if (answer.status !== 404 && (answer.status < 200 || answer.status >= 300)) failed.push(`${moves[i]!.id} move (HTTP ${answer.status})`);
      });
      if (failed.length > 0) throw new Error(`${upn}: ${failed.length} of ${writes.length} message writes failed and will be finished next sweep: ${failed.slice(0, 3).join(", ")}${failed.length > 3 ? ", …" : ""}.`);
    },
    syncRules: (sources) => syncInboxRules(graph, upn, sources, (name) => access.folderId(name)),
  };
  return access;
}

function patchOf(write: MessageWrite): Record<string, unknown> {
  return {
    ...(write.categories ? { categories: write.categories } : {}),
    ...(write.flag ? { flag: { flagStatus: "flagged" } } : {}),
    ...(write.importance ? { importance: write.importance } : {}),
  };
}

function mustSucceed(answer: BatchResponse, what: string): void {
  if (answer.status >= 200 && answer.status < 300) return;
  const message = (answer.body as { error?: { message?: string } } | undefined)?.error?.message ?? `HTTP ${answer.status}`;
  throw new GraphError(answer.status, `${what} failed: ${message}`);
}

/** Graph's answers for a delta link it no longer honours: 410 Gone, or a sync state it cannot find. */
function isLostSyncState(error: unknown): boolean {
  if (!(error instanceof GraphError)) return false;
  return error.statusCode === 410 || /^(SyncStateNotFound|SyncStateInvalid|resyncRequired|syncStateNotFound)$/i.test(error.code ?? "");
}

/** The master category, created once (409 means another run made it first). */
async function ensureMasterCategory(graph: GraphClient, base: string, name: string, colour: string): Promise<void> {
  const held = (await graph.client.api(`${base}/outlook/masterCategories`).get()) as { value: Array<{ displayName: string }> };
  if (held.value.some((c) => c.displayName.toLowerCase() === name.toLowerCase())) return;
  try {
    await graph.client.api(`${base}/outlook/masterCategories`).post({ displayName: name, color: colour });
  } catch (error) {
    if (!(error instanceof GraphError && error.statusCode === 409)) throw error;
  }
}

interface GraphFolder {
  id: string;
  displayName: string;
}

async function foldersAt(graph: GraphClient, path: string): Promise<GraphFolder[]> {
  const found: GraphFolder[] = [];
  let page = (await graph.client.api(path).top(100).get()) as { value: GraphFolder[]; "@odata.nextLink"?: string };
  for (;;) {
    found.push(...page.value);
    const next = page["@odata.nextLink"];
    if (!next) return found;
    page = (await graph.client.api(graph.relative(next)).get()) as typeof page;
  }
}

/**
 * The divert folder a strategy names (Warwickshire 7 "auto-diverting emails"): under the Inbox
 * (where a rule's move would put it), else at the top of the mailbox; created under the Inbox when
 * neither has it. Matched by name in memory, so a name with an apostrophe needs no OData escaping.
 */
async function findOrCreateFolder(graph: GraphClient, base: string, displayName: string): Promise<string> {
  const same = (f: GraphFolder) => f.displayName.toLowerCase() === displayName.toLowerCase();
  const lookUp = async () => (await foldersAt(graph, `${base}/mailFolders/inbox/childFolders`)).find(same) ?? (await foldersAt(graph, `${base}/mailFolders`)).find(same);
  const existing = await lookUp();
  if (existing) return existing.id;
  try {
    return ((await graph.client.api(`${base}/mailFolders/inbox/childFolders`).post({ displayName })) as GraphFolder).id;
  } catch (error) {
    if (!(error instanceof GraphError && error.statusCode === 409)) throw error;
    const made = await lookUp();
    if (!made) throw error;
    return made.id;
  }
}
