import type { ContactRecord } from "../../policy/contact";
import type { Identity } from "../../policy/decision";
import type { LoggedContact } from "../../policy/evidence-contacts";
import type { AuditEvent, CaseStore } from "../../store/port";
import { expectedContactAct } from "../record-contact";

/**
 * A contact record SharePoint says someone other than its recorder added, which nothing of the recorder's own on the trail
 * makes hers (record-contact.ts expectedContactAct's WrittenOutside): a caseworker's Graph POST in a colleague's name
 * (T18-5). No reader counts it as the recorder's decision (T19): not cited in a letter, not in the pane's history or the
 * classifier's, not in a proposal's seed; subject access exports it, saying so.
 */
export interface AddedOutside {
  record: ContactRecord;
  /** Who SharePoint says added it; absent when SharePoint names no one. */
  createdBy?: Identity;
}

/**
 * A record its recorder made through the add-in that someone else changed since, which nothing of hers on the trail names
 * as it reads now: the very test records verify applies (expectedContactAct's TouchedOutside, a first recording, and
 * ChangedOutside, a correction). Whether it still reads as she decided cannot be told, so no reader counts it as her
 * decision (T20-4): readers treat it as they treat a record added outside the add-in, saying it is in doubt and who changed it.
 */
export interface InDoubt {
  record: ContactRecord;
  /** Who SharePoint says changed it last; absent when SharePoint names no one. */
  inDoubt: { changedBy?: Identity };
}

/** A record in the ContactLog that is not its named recorder's decision as it reads: added outside the add-in, or in doubt. */
export type NotHers = AddedOutside | InDoubt;

export interface ByCreator {
  /** The records that are their recorders' (a first recording she made, or a correction by its corrector), as read. */
  own: ContactRecord[];
  addedOutside: AddedOutside[];
  inDoubt: InDoubt[];
}

/**
 * The one test every reader of the ContactLog applies (reconcile and records verify apply it through expectedActs): a record
 * whose item SharePoint says its recorder created, and no one else changed since, is hers; one someone else created is a
 * colleague's correction when the trail says so (her intent naming it, or her own event), and added outside the add-in
 * otherwise; one someone else changed since is hers only where her own word on the trail names it as it reads, and in doubt
 * otherwise; and any of them is hers only while it reads as the message's latest decision on the trail names it (T21b-1,
 * -2, -6: an earlier decision put back, or a change saved since by anyone, is in doubt). Every read record's trail is read,
 * in one question. A store that keeps no item data leaves every record its recorder's. SharePoint's item data is not passed on: readers show and export the records as recorded.
 */
export async function byCreator(store: Pick<CaseStore, "auditForTargets">, records: readonly LoggedContact[], read: ReadonlyMap<string, readonly AuditEvent[]> = new Map()): Promise<ByCreator> {
  // Every record read with its item: one its recorder created and last changed is still hers only while it reads as the
  // message's latest decision on the trail says (T21b-1, T21b-6), so none is passed over on SharePoint's word alone.
  // `read`: trails the caller read already, in its own one question (subject access reads every record's).
  const asked = [...new Set(records.filter((r) => r.item).map(targetOf))].filter((t) => !read.has(t));
  const trails = asked.length ? await store.auditForTargets(asked) : [];
  const trailOf = new Map<string, readonly AuditEvent[]>([...read, ...asked.map((target, i) => [target, trails[i] ?? []] as const)]);
  const found: ByCreator = { own: [], addedOutside: [], inDoubt: [] };
  for (const logged of records) {
    const { item: _item, ...record } = logged;
    const trail = trailOf.get(targetOf(logged));
    const judged = trail ? expectedContactAct(logged, trail) : undefined;
    if (judged && "writtenOutside" in judged) found.addedOutside.push({ record, ...judged.writtenOutside });
    else if (judged && "touchedOutside" in judged) found.inDoubt.push({ record, inDoubt: judged.touchedOutside });
    else if (judged && "changedOutside" in judged) found.inDoubt.push({ record, inDoubt: judged.changedOutside.changedBy ? { changedBy: judged.changedOutside.changedBy } : {} });
    else found.own.push(record);
  }
  return found;
}

const targetOf = (record: ContactRecord) => `contact:${record.internetMessageId}`;

/** Who added it (or, in doubt, changed it), in a reader's words: their name as SharePoint gives it. */
export function adderOf(outside: NotHers): string {
  const who = "inDoubt" in outside ? outside.inDoubt.changedBy : outside.createdBy;
  return who?.displayName || who?.upn || "someone SharePoint does not name";
}

/** One record added outside the add-in, or in doubt, in words a caseworker or the person it is about can read. */
export function addedOutsideWords(outside: NotHers, nameOf: (address: string) => string = (a) => a): string {
  const recorder = nameOf(outside.record.recordedBy);
  if ("inDoubt" in outside) return `In doubt: recorded by ${recorder} through the add-in, then changed outside the add-in by ${adderOf(outside)}, and nothing of ${recorder}'s on the audit trail names it as it reads now. As it reads, it is not counted as ${recorder}'s decision.`;
  return `Not recorded through the add-in. A record naming ${recorder} as its recorder was added outside the add-in by ${adderOf(outside)}: it is not ${recorder}'s decision, and is not counted as one.`;
}
