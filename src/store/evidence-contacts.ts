import type { ContactRecord } from "../policy/contact";
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
 * other strategy is judged as ever (one failure blinds nobody).
 */
export async function withContactLog(read: StrategyWithEvidence[], byIds: (ids: readonly string[]) => Promise<ContactRecord[]>): Promise<StrategyWithEvidence[]> {
  const needed = read.map((r) => contactsRestedOn(r.evidence.decisions));
  const all = [...new Set(needed.flat())];
  if (all.length === 0) return read;
  let found: ContactRecord[] | { unreadable: string };
  try {
    found = await byIds(all);
  } catch (error) {
    found = { unreadable: error instanceof Error && error.message ? error.message : String(error) };
  }
  return read.map((r, i) => {
    const ids = needed[i]!;
    if (ids.length === 0) return r;
    const contactLog = Array.isArray(found) ? { records: found.filter((c) => ids.includes(c.internetMessageId)) } : found;
    return { ...r, evidence: { ...r.evidence, contactLog } };
  });
}

const INTENT = "intent: ";

/**
 * The decision steps begun on a strategy's trail: its intents (src/app/records/intent.ts), each with SharePoint's author
 * and time, the decision it names and whether reconcile closed it as not done. One changed after it was written, or
 * unreadable, records nothing.
 */
export function decisionIntentsIn(events: readonly AuditEvent[]): DecisionIntent[] {
  const ids = new Set(events.map((e) => e.id));
  return events.flatMap((e) => {
    if (!(e.action.startsWith(INTENT) && e.id.includes(":intent:") && e.author && e.recordedAt && !e.edited && !e.unreadable)) return [];
    const decision = namedFingerprint(e.detail);
    // Closed by reconcile (src/app/records/intent.ts closingEvent): the step it began never landed.
    const closed = ids.has(`${e.id}:closed`);
    return [{ id: e.id, kind: e.action.slice(INTENT.length), ...(decision ? { decision } : {}), ...(closed ? { closed: true as const } : {}), at: e.at, author: e.author, recordedAt: e.recordedAt }];
  });
}
