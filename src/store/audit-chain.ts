import { sha256 } from "@noble/hashes/sha2";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils";
import { samePerson, type Identity } from "../policy/decision";
import { StoreError, type AuditEvent } from "./port";

/**
 * The audit trail as a hash chain per record (target). Each event the store writes carries
 * `prev`, the hash of the target's latest event before it, and its own `hash` over its content
 * and `prev`. So an event deleted from the middle of a record's trail, or changed after it was
 * written, leaves the event after it pointing at a hash nothing has (`records verify` reports
 * it). SharePoint's own add-only permission and its `lastModified*` are the first defences;
 * the chain is what a reader can check without trusting either. SHA-256 from @noble/hashes
 * (already the store's, synchronous in the browser too).
 */

/** An event's content: what its author wrote, without what the store or SharePoint added on reading. */
export type EventContent = Pick<AuditEvent, "id" | "target" | "action" | "by" | "at" | "detail">;

export function contentOf(event: AuditEvent): EventContent {
  return { id: event.id, target: event.target, action: event.action, by: event.by, at: event.at, detail: event.detail };
}

/** Times compared as instants (SharePoint and JSON write the same instant differently). */
const instant = (at: string) => {
  const ms = Date.parse(at);
  return Number.isNaN(ms) ? at : new Date(ms).toISOString();
};

/** The hash of an event's content and the link before it: fixed field order, times as instants. */
export function chainHash(event: EventContent, prev: string): string {
  const canonical = JSON.stringify([event.id, event.target, event.action, event.by, instant(event.at), event.detail, prev]);
  return `sha256:${bytesToHex(sha256(utf8ToBytes(canonical)))}`;
}

/** The hash an event as read back should have: over what it holds now. */
export const recomputed = (event: AuditEvent) => chainHash(event, event.prev ?? "");

/**
 * The link a new event on this target points at: the hash of its latest event that no other
 * event points at (two writers at once can fork a chain; both branches stay checkable). "" for
 * a target with no events. Latest by SharePoint's own time, then the event's.
 */
export function chainHead(events: readonly AuditEvent[]): string {
  if (events.length === 0) return "";
  const pointedAt = new Set(events.map((e) => e.prev ?? ""));
  const heads = events.filter((e) => !pointedAt.has(recomputed(e)));
  const order = (e: AuditEvent) => `${e.recordedAt ?? ""}|${instant(e.at)}|${e.id}`;
  const latest = [...(heads.length ? heads : events)].sort((a, b) => order(a).localeCompare(order(b))).at(-1)!;
  return recomputed(latest);
}

/**
 * The event as the store writes it: the content, its link and its hash — and the terms a proposal
 * recorded (and the digest of the record a correction left), carried but not hashed: `records verify`
 * rebuilds a step's event from the strategy as it now stands, whose terms may since have been altered.
 * They rest on SharePoint's add-only list and its `createdBy`; an event changed after it was written
 * counts as no proposal, and no correction (the stores).
 */
export function chained(event: AuditEvent, prev: string): EventContent & Pick<AuditEvent, "terms" | "recordDigest" | "about"> & { prev: string; hash: string } {
  const content = contentOf(event);
  return { ...content, ...(event.terms ? { terms: event.terms } : {}), ...(event.recordDigest ? { recordDigest: event.recordDigest } : {}), ...(event.about ? { about: event.about } : {}), prev, hash: chainHash(content, prev) };
}

/**
 * Whether the person SharePoint says wrote an event is the one it names (`by`: a sign-in address,
 * or an app's client id). An app (SharePoint names it by client id, with no sign-in address: the
 * auto-flagger, a scheduled job) may also sign with its service's name — never with a person's
 * address, so it cannot put an act in a member of staff's name.
 */
export function vouches(author: Identity | undefined, by: string): boolean {
  if (!author) return false;
  if (samePerson(author, { upn: by, id: by, displayName: "" })) return true;
  return !author.upn && !by.includes("@");
}

const sameContent = (a: AuditEvent, b: AuditEvent) => JSON.stringify(contentOf(a)) === JSON.stringify(contentOf(b));

/** Whether a stored event is `event` as its author wrote it: the same content, written by the person it names (or by no one SharePoint names). */
export function isTheEvent(stored: AuditEvent, event: AuditEvent): boolean {
  return sameContent(stored, event) && (!stored.author || vouches(stored.author, event.by));
}

/**
 * Appending to an id already taken: done when it is the same event, written by the person it
 * names (a retry); otherwise a conflict — a forged or squatted key must never pass for the real
 * event, whose only record would then be the forgery.
 */
export function checkExisting(existing: AuditEvent, event: AuditEvent, justWritten = false): void {
  if (event.once && !justWritten) {
    throw new StoreError(
      "conflict",
      `The audit trail already holds “${event.id}”${existing.recordedAt ? `, recorded at ${existing.recordedAt}` : ""}: it is written once, by one attempt, and does not stand for this one. Do it again at the time it is done.`,
    );
  }
  if (isTheEvent(existing, event)) return;
  if (event.sameFact && existing.action === event.action && existing.target === event.target && vouches(existing.author, existing.by) && (event.sameFact !== "sameRecorder" || vouches(existing.author, event.by))) return;
  const same = sameContent(existing, event);
  const who = existing.author ? `${existing.author.displayName || existing.author.upn || existing.author.id} wrote it` : "nobody SharePoint knows wrote it";
  const what = same ? `naming ${existing.by}, but ${who}` : `with other content (“${existing.action}” by ${existing.by}; ${who})`;
  throw new StoreError(
    "conflict",
    `The audit trail already holds an event under “${event.id}” ${what}${existing.recordedAt ? ` at ${existing.recordedAt}` : ""}. ` +
      "It was not taken as this one: tell whoever looks after the records (npm run records -- verify lists it).",
  );
}
