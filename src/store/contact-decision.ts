import type { ContactRecord } from "../policy/contact";
import type { ContactDecision, MessageFields } from "./port";
import { recordDigest } from "../policy/evidence-as-judged";

/**
 * Correcting a recorded contact, the part both adapters share: which fields a correction
 * replaces, and how to decide after the stored record turned out not to be at the version
 * the caller compared against. Kept in one place so the two adapters cannot drift apart.
 */

export function decisionOf(record: ContactRecord): ContactDecision {
  return {
    categories: [...record.categories],
    evidence: record.evidence.map((note) => ({ ...note })),
    outcome: record.outcome,
    recordedBy: record.recordedBy,
    recordedAt: record.recordedAt,
    ...(record.subTypes?.length ? { subTypes: record.subTypes.map((s) => ({ ...s })) } : {}),
    ...(record.note ? { note: record.note } : {}),
    ...(record.matterDecidedOn ? { matterDecidedOn: record.matterDecidedOn } : {}),
  };
}

export const messageFieldsOf = (record: MessageFields): MessageFields => ({ subject: record.subject, senderAddress: record.senderAddress, receivedAt: record.receivedAt });

/**
 * The record with `decision` in place of its own (a sub-type or note the new decision lacks goes), and the message's own
 * fields as `read` gives them, where given; everything else about the message stays.
 */
export function withDecision(record: ContactRecord, decision: ContactDecision, read?: MessageFields): ContactRecord {
  const { subTypes: _subTypes, note: _note, matterDecidedOn: _decidedOn, ...message } = record;
  const kept = { ...message, ...(read ? messageFieldsOf(read) : {}) };
  return { ...kept, ...decisionOf({ ...kept, ...decision }) };
}

/** Sub-types as a set: the order they were ticked in is not part of the decision. */
export function subTypesKey(subTypes: ContactDecision["subTypes"]): string {
  return (subTypes ?? []).map((s) => `${s.category}/${s.subType}`).sort().join(";");
}

/**
 * The same write: the same decision by the same person at the same instant. Category order is
 * the order the caseworker ticked the boxes in, not part of the decision, so it is ignored.
 */
export function isSameWrite(a: ContactDecision, b: ContactDecision): boolean {
  const categories = (d: ContactDecision) => [...d.categories].sort().join(";");
  const evidence = (d: ContactDecision) =>
    d.evidence
      .map((n) => JSON.stringify([n.category, n.subType, n.quote]))
      .sort()
      .join("\n");
  return (
    a.outcome === b.outcome &&
    a.recordedBy === b.recordedBy &&
    a.recordedAt === b.recordedAt &&
    categories(a) === categories(b) &&
    evidence(a) === evidence(b) &&
    subTypesKey(a.subTypes) === subTypesKey(b.subTypes) &&
    (a.note ?? "") === (b.note ?? "") &&
    (a.matterDecidedOn ?? "") === (b.matterDecidedOn ?? "")
  );
}

/**
 * After a refused (412) or unanswered write, compare once more against what is stored now:
 * - `applied`: it already holds this decision — our earlier attempt landed, so a retry is a no-op;
 * - `retry`: it reads exactly as the caller read it (only the item's version moved: someone touched another column, or
 *   saved it unchanged), so writing again on the fresh version loses nothing and carries nobody else's change;
 * - `changedUnder`: the decision is as the caller read it but something else in the record is not (a colleague changed
 *   its subject through Graph between the read and the write): a correction written now would carry their change into
 *   hers, and name her as its author if its event were then lost (T14 #4) — she is told, as a SharePoint user is told an
 *   item changed while she edited it, and corrects again on what she then sees;
 * - `conflict`: someone else changed the decision; writing would silently overwrite theirs.
 */
export function compareAgain(stored: ContactRecord, expected: ContactRecord, decision: ContactDecision): "applied" | "retry" | "changedUnder" | "conflict" {
  if (isSameWrite(decisionOf(stored), decision)) return "applied";
  if (!isSameWrite(decisionOf(stored), decisionOf(expected))) return "conflict";
  return recordDigest(stored) === recordDigest(expected) ? "retry" : "changedUnder";
}

/** Why a correction was not written after its compareAgain verdict (`changedUnder` or `conflict`), in words. */
export function conflictMessage(internetMessageId: string, verdict: "changedUnder" | "conflict" = "conflict", stored?: ContactRecord, expected?: ContactRecord): string {
  if (verdict === "conflict") return `Someone else changed the contact record for ${internetMessageId} first. Reload to see their change.`;
  const what = stored && expected && stored.subject !== expected.subject ? `its subject now reads “${stored.subject}”` : "it no longer reads as you saw it";
  return `Someone else changed the contact record for ${internetMessageId} while you were correcting it (${what}), so your correction was not written: it would have carried their change as yours. Reload to see their change, then correct it again.`;
}
