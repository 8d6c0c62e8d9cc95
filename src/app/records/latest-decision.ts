import { correctionBegun } from "../../policy/evidence-as-judged";
import type { LoggedContact } from "../../policy/evidence-contacts";
import { namesRecord } from "../../policy/record-digest";
import { vouches } from "../../store/audit-chain";
import type { AuditEvent } from "../../store/port";
import type { TouchedOutside, WrittenOutside } from "../record-contact";

/**
 * A ContactLog record is a person's decision only while it reads as the message's latest decision on the audit trail says
 * (T21b-1, T21b-2, T21b-6). Its events name the record each decision left (their digest), and the add-in writes a decision's
 * event only after its record, so the latest names the record as it should read now. One that reads as an earlier decision
 * — a first recording or a correction put back by PATCH, or by DELETE and re-POST of its old columns — undoes a later
 * correction; one that reads as no decision was changed outside the add-in since. Either is in doubt, whoever SharePoint
 * names as its creator or last writer: the recorder's own save after a colleague's change makes the change no more hers.
 */

/** Whether the event is in the name of the person `record` names as its decider (its recorder, or its corrector). */
const byDecider = (e: AuditEvent, record: LoggedContact) => e.by.toLowerCase() === record.recordedBy.toLowerCase();

/** Whether an audit event records a caseworker's decision on a contact (a recording or a correction, or a write-up of one). */
export const isDecisionAction = (action: string) => /^(recorded|corrected) \(/.test(action);

/**
 * The latest decision event on a contact's trail: one that names the record it left (its digest; events written before
 * events carried one say nothing of it and are passed over), in its writer's own SharePoint name. In the trail's order:
 * SharePoint's item ids, allocated in order, where read (its times are to the second, and a caseworker's clock says nothing).
 */
export function latestDecision(usable: readonly AuditEvent[]): AuditEvent | undefined {
  const decisions = usable.filter((e) => isDecisionAction(e.action) && e.recordDigest && vouches(e.author, e.by));
  return decisions.reduce<AuditEvent | undefined>((last, e) => (!last || later(e, last, usable) ? e : last), undefined);
}

/** `a` was added to the trail after `b`: by SharePoint's item ids, else its times, else the order read. */
function later(a: AuditEvent, b: AuditEvent, usable: readonly AuditEvent[]): boolean {
  if (a.item !== undefined && b.item !== undefined) return a.item > b.item;
  if (a.recordedAt && b.recordedAt && a.recordedAt !== b.recordedAt) return Date.parse(a.recordedAt) > Date.parse(b.recordedAt);
  return usable.indexOf(a) > usable.indexOf(b);
}

/**
 * How a record its recorder's events would otherwise vouch for is in doubt because it does not read as the latest decision
 * (undefined: it does, or the trail names no record, or the store keeps no item data — the record's word). Her correction
 * whose own event was lost stands on her intent (T12 #5) when that intent came after the latest decision. Who SharePoint
 * says wrote the item last is named; `undoes`: the later decision an earlier one put back replaced (T20-3's words).
 */
export function notTheLatest(record: LoggedContact, trail: readonly AuditEvent[]): TouchedOutside | WrittenOutside | undefined {
  if (!record.item) return undefined;
  // A decision event vouches for a record only in the name of the person the record names as its decider (T22-1): one in
  // anyone else's name naming it — a caseworker re-asserting an undone decision with one event of her own, or a colleague's
  // write-up of the decider's lost event — is passed over here. It never makes the record read as someone's decision; the
  // decider's own events and her intent (a write-up's case: her correction whose event was lost) decide, as without it.
  const usable = trail.filter((e) => !(isDecisionAction(e.action) && namesRecord(e.recordDigest, record) && !byDecider(e, record)));
  const latest = latestDecision(usable);
  if (!latest || namesRecord(latest.recordDigest, record)) return undefined;
  const begun = correctionBegun(record, usable);
  if (begun?.hers && later(begun.intent, latest, usable)) return undefined;
  const earlier = usable.some((e) => e !== latest && isDecisionAction(e.action) && vouches(e.author, e.by) && namesRecord(e.recordDigest, record));
  const changedBy = record.item.modifiedBy ?? record.item.createdBy;
  if (!changedBy) return { writtenOutside: {} };
  return { touchedOutside: { changedBy, ...(earlier ? { undoes: latest.id } : { unlike: latest.id }), ...(latest.author ? { latestBy: latest.author } : {}) } };
}
