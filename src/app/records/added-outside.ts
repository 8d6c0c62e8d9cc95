import type { ContactRecord } from "../../policy/contact";
import type { Identity } from "../../policy/decision";
import type { LoggedContact } from "../../policy/evidence-contacts";
import type { CaseStore } from "../../store/port";
import { expectedContactAct } from "../record-contact";
import { createdByAnother } from "./written-outside";

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

export interface ByCreator {
  /** The records that are their recorders' (a first recording she made, or a correction by its corrector), as read. */
  own: ContactRecord[];
  addedOutside: AddedOutside[];
}

/**
 * The one test every reader of the ContactLog applies (reconcile and records verify apply it through expectedActs): a record
 * whose item SharePoint says its recorder created is hers; one someone else created is a colleague's correction when the
 * trail says so (her intent naming it, or her own event), and added outside the add-in otherwise. Only those records'
 * trails are read, in one question. A store that keeps no item data leaves every record its recorder's. SharePoint's item
 * data is not passed on: readers show and export the records as recorded.
 */
export async function byCreator(store: Pick<CaseStore, "auditForTargets">, records: readonly LoggedContact[]): Promise<ByCreator> {
  const asked = [...new Set(records.filter((r) => createdByAnother(r)).map(targetOf))];
  const trails = asked.length ? await store.auditForTargets(asked) : [];
  const trailOf = new Map(asked.map((target, i) => [target, trails[i] ?? []]));
  const found: ByCreator = { own: [], addedOutside: [] };
  for (const logged of records) {
    const { item: _item, ...record } = logged;
    const judged = trailOf.has(targetOf(logged)) ? expectedContactAct(logged, trailOf.get(targetOf(logged))!) : undefined;
    if (judged && "writtenOutside" in judged) found.addedOutside.push({ record, ...judged.writtenOutside });
    else found.own.push(record);
  }
  return found;
}

const targetOf = (record: ContactRecord) => `contact:${record.internetMessageId}`;

/** Who added it, in a reader's words: their name as SharePoint gives it. */
export const adderOf = (outside: AddedOutside): string => outside.createdBy?.displayName || outside.createdBy?.upn || "someone SharePoint does not name";

/** One record added outside the add-in, in words a caseworker or the person it is about can read. */
export function addedOutsideWords(outside: AddedOutside, nameOf: (address: string) => string = (a) => a): string {
  return `A record naming ${nameOf(outside.record.recordedBy)} as its recorder was added outside the add-in by ${adderOf(outside)}: it is not ${nameOf(outside.record.recordedBy)}'s decision, and is not counted as one.`;
}
