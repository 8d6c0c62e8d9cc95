import type { ContactRecord } from "../policy/contact";
import { evidenceChanges, type ContactEvent } from "../policy/evidence-as-judged";
import type { ContactLogRead } from "../policy/evidence-contacts";
import type { DecisionIntent, RecordedDecision } from "../policy/decision";
import { namedFingerprint } from "../policy/decision-fingerprint";
import type { AuditEvent, StrategyWithEvidence } from "./port";

/**
 * The ids of recorded contacts a strategy's decisions rest on instead of the evidence tick (`evidenceContacts`, on a
 * decision without `evidenceChecked`): what a reader must find in the ContactLog to judge them (T10 #2).
 */
export function contactsRestedOn(decisions: readonly RecordedDecision[]): string[] {
  const ids = decisions.flatMap((d) => (d.evidenceChecked !== true && Array.isArray(d.evidenceContacts) ? d.evidenceContacts.filter((c): c is string => typeof c === "string" && c.trim() !== "") : []));
  return [...new Set(ids)];
}

/**
 * Each strategy read with the ContactLog's records of the contacts its decisions rest on (`evidence.contactLog`), looked
 * up by id (`byIds`: one read for all of them) wherever they came from, so a reader can say an id is another person's.
 * A read that fails is said on each strategy that needed it (`unreadable`): its approval is then in doubt, and every
 * other strategy is judged as ever (one failure blinds nobody). Where a record an approval recorded as judged reads
 * otherwise now, the contacts' trails are read too (`trailsOf`, only then), for the add-in's events of its
 * correction: a correction through the add-in is judged as corrected, anything else stands as judged (T11 #3).
 */
export async function withContactLog(
  read: StrategyWithEvidence[],
  byIds: (ids: readonly string[]) => Promise<ContactRecord[]>,
  trailsOf?: (targets: readonly string[]) => Promise<AuditEvent[][]>,
): Promise<StrategyWithEvidence[]> {
  const needed = read.map((r) => contactsRestedOn(r.evidence.decisions));
  const all = [...new Set(needed.flat())];
  if (all.length === 0) return read;
  let found: ContactRecord[] | { unreadable: string };
  try {
    found = await byIds(all);
  } catch (error) {
    found = { unreadable: error instanceof Error && error.message ? error.message : String(error) };
  }
  const logOf = (ids: readonly string[]): ContactLogRead => (Array.isArray(found) ? { records: found.filter((c) => ids.includes(c.internetMessageId)) } : found);
  const events = await contactEventsFor(read.map((r, i) => ({ evidence: r.evidence, log: logOf(needed[i]!) })), trailsOf);
  return read.map((r, i) => {
    const ids = needed[i]!;
    if (ids.length === 0) return r;
    const log = logOf(ids);
    const contactLog = "records" in log && events ? { ...log, events: events.filter((e) => ids.some((id) => e.id.startsWith(`contact:${id}:`) || e.id.startsWith(`contact:${id}@`))) } : log;
    return { ...r, evidence: { ...r.evidence, contactLog } };
  });
}

/**
 * The add-in's events of the recording and correction of the contacts an approval recorded as judged that read otherwise
 * now (none read when none does: undefined). A failed read is undefined too: they then stand as judged.
 */
async function contactEventsFor(judged: ReadonlyArray<{ evidence: StrategyWithEvidence["evidence"]; log: ContactLogRead }>, trailsOf: ((targets: readonly string[]) => Promise<AuditEvent[][]>) | undefined): Promise<ContactEvent[] | undefined> {
  if (!trailsOf) return undefined;
  // Only those still on record: a correction is made to a record, so a contact gone has none to find.
  const onRecord = (log: ContactLogRead, id: string) => "records" in log && log.records.some((c) => c.internetMessageId === id);
  const ids = new Set(judged.flatMap(({ evidence, log }) => evidence.decisions.flatMap((d) => evidenceChanges(d, log, evidence.decisionIntents).flatMap((c) => (onRecord(log, c.id) ? [c.id] : [])))));
  if (ids.size === 0) return undefined;
  try {
    const trails = await trailsOf([...ids].map((id) => `contact:${id}`));
    // Decisions on the contact, and intents to correct it (naming the record a correction would leave: T12 #5).
    const kept = (e: AuditEvent) => /^(recorded|corrected|intent: corrected) \(/.test(e.action) && !e.edited && !e.unreadable;
    return trails.flat().flatMap((e) => (kept(e) ? [{ id: e.id, action: e.action, ...(e.recordDigest ? { recordDigest: e.recordDigest } : {}), ...(e.author ? { author: e.author } : {}), ...(e.recordedAt ? { recordedAt: e.recordedAt } : {}), ...(e.item !== undefined ? { item: e.item } : {}) }] : []));
  } catch {
    return undefined;
  }
}

const INTENT = "intent: ";

/**
 * The decision steps begun on a strategy's trail: its intents (src/app/records/intent.ts), each with SharePoint's author
 * and time, the decision it names and whether reconcile closed it as not done. One changed after it was written, or
 * unreadable, records nothing.
 */
export function decisionIntentsIn(events: readonly AuditEvent[]): DecisionIntent[] {
  return events.flatMap((e) => {
    if (!(e.action.startsWith(INTENT) && e.id.includes(":intent:") && e.author && e.recordedAt && !e.edited && !e.unreadable)) return [];
    const decision = namedFingerprint(e.detail);
    const kind = e.action.slice(INTENT.length);
    // Closed by reconcile (src/app/records/intent.ts closingEvent): only an event shaped as it writes one, unedited, and only
    // for a decision recorded after it — one already in Decisions disproves "not done" (src/policy/decision.ts, T12 #1).
    const closing = events.find((c) => c.id === `${e.id}:closed` && c.target === e.target && c.action === `not done: ${kind}` && c.recordedAt && !c.edited && !c.unreadable);
    return [{ id: e.id, kind, ...(decision ? { decision } : {}), ...(closing?.recordedAt ? { closed: true as const, closedAt: closing.recordedAt } : {}), at: e.at, author: e.author, recordedAt: e.recordedAt }];
  });
}
