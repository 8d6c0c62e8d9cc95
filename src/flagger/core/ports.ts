import type { MailMessage } from "../../policy/message";
import type { RulesSync } from "../rules/graph-rules";
import type { RuleSource } from "../rules/plan";

/**
 * What the flagger core needs from the world, as ports: a mailbox it can page through and write
 * to (Graph in production, src/flagger/graph), and somewhere to keep its place (a file, a blob).
 * The core holds no I/O of its own, so the same sweep runs in the CLI, the Functions app and tests.
 */

/** A message as it stands in a folder: the product's message, with where it is and what it carries. */
export interface FolderMessage extends MailMessage {
  /** The message's id (immutable: it survives a move). */
  id: string;
  folderId: string;
  categories: string[];
  flagStatus: "notFlagged" | "flagged" | "complete";
  importance: "low" | "normal" | "high";
}

/** One page of a folder's delta round: its new messages, and the link to ask next. */
export interface DeltaPage {
  messages: FolderMessage[];
  /** `next`: more of this round; `delta`: the round is over, ask this next time for what arrives after. */
  link: { next: string } | { delta: string };
}

/** What to change on one message; only the parts given. */
export interface MessageWrite {
  id: string;
  /** The message's whole category list afterwards (Graph replaces the list). */
  categories?: string[];
  flag?: true;
  importance?: "high";
  /** Destination folder id. */
  moveTo?: string;
}

/** A message's state, read back when finishing writes a crash interrupted. */
export type MessageState = Pick<FolderMessage, "categories" | "flagStatus" | "importance" | "folderId">;

/** Graph no longer knows the round the link belongs to (an expired or unknown sync state): start the folder afresh. */
export class SyncStateLost extends Error {
  override readonly name = "SyncStateLost";
}

/** One mailbox, as the sweep uses it. */
export interface MailboxAccess {
  readonly upn: string;
  /** A page of the folder's new messages: the first of a round when `link` is undefined. */
  deltaPage(folder: string, link: string | undefined): Promise<DeltaPage>;
  /** Makes sure the master category exists, so the category shows in its colour. */
  ensureCategory(name: string, colour: string): Promise<void>;
  /** The id of the folder with this display name, created under the Inbox when there is none. */
  folderId(displayName: string): Promise<string>;
  /** The messages' bodies as text (for alerts), by id; one missing was deleted meanwhile. */
  bodies(ids: readonly string[]): Promise<Map<string, string>>;
  /** The messages' current state, by id; one missing is gone (deleted). */
  states(ids: readonly string[]): Promise<Map<string, MessageState>>;
  /** Applies the writes (batched); throws when any could not be made, naming them. */
  apply(writes: readonly MessageWrite[]): Promise<void>;
  /** Keeps this product's Inbox rules in step with these addresses (src/flagger/rules). */
  syncRules(sources: readonly RuleSource[]): Promise<RulesSync>;
}

/** Where the flagger is in one folder: the link to ask next, and writes sent but not yet known done. */
export interface Checkpoint {
  link?: string;
  pending?: { writes: MessageWrite[]; after: string };
}

export interface Checkpoints {
  load(key: string): Promise<Checkpoint | undefined>;
  save(key: string, checkpoint: Checkpoint): Promise<void>;
}
