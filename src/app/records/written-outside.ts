import { samePerson, type Identity } from "../../policy/decision";
import type { LoggedContact } from "../../policy/evidence-contacts";

/**
 * Whose write a ContactLog record is, as SharePoint says: its item's creator and last writer, which no caseworker can set
 * (T11 #2), against the person the record names as its recorder. The add-in writes a first recording only with its
 * recorder's own sign-in, and changes it only by a correction that names its corrector. Any caseworker can write any item
 * through Graph, so a record's own `recordedBy` proves nothing (T18-5, T19).
 */

/** The person a record names as its recorder, as an identity SharePoint's can be compared with. */
export const recorderOf = (record: Pick<LoggedContact, "recordedBy">): Identity => ({ upn: record.recordedBy, displayName: record.recordedBy });

/**
 * SharePoint says someone other than the record's recorder created its item (`createdBy`), or names no creator (`{}`): the
 * recorder did not write it as a first recording. Either a colleague's correction of the creator's record (the trail says
 * which: src/app/record-contact.ts expectedContactAct) or a record added outside the add-in in the recorder's name.
 * Undefined when SharePoint names the recorder as creator, or the store keeps no item data (the record's word).
 */
export function createdByAnother(record: LoggedContact): { createdBy?: Identity } | undefined {
  const createdBy = record.item?.createdBy;
  if (!record.item || (createdBy && samePerson(createdBy, recorderOf(record)))) return undefined;
  return createdBy ? { createdBy } : {};
}

/**
 * SharePoint says the record's recorder created its item and someone else changed it last: a touch since (a colleague's
 * unchanged save, or a change). The record is still hers; whether it reads as she left it is in doubt unless her own word
 * on the trail names it as it reads (T19-5).
 */
export function changedByAnother(record: LoggedContact): Identity | undefined {
  const item = record.item;
  if (!item || createdByAnother(record)) return undefined;
  return item.modifiedBy && !samePerson(item.modifiedBy, recorderOf(record)) ? item.modifiedBy : undefined;
}
