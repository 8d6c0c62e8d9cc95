import type { AlertActionEntry } from "./alert-record";
import { samePerson, type Identity } from "../policy/decision";
import type { Authoriser } from "../policy/alerts/set-aside";
import { toSelf } from "../policy/alerts/action";
import type { RecordedAlertAction } from "../store/port";
import { messagesWithSetAsides, recordedAt, setAsidesOf, type SetAsideStore } from "./set-aside";

/**
 * A set-aside an authoriser overturned, whose alert nobody has acted on since (T7 #6): the alert is open again, and the
 * pane says so on every message until someone records what was done about it.
 */
export interface ReopenedAlert {
  /** The set-aside that was overturned: its message, sender, kinds, who set it aside and why. */
  setAside: RecordedAlertAction;
  /** The authoriser who overturned it (SharePoint's `createdBy` of the overturning), with their note and when. */
  by: Identity;
  note: string;
  at: string;
}

/** The overturning that counts for a set-aside: the last one on record by the authoriser its state names. */
function overturning(entries: readonly AlertActionEntry[], setAside: string, by: Identity): number {
  return entries.findLastIndex(
    (e) => e.kind === "recorded" && e.action.outcome.kind === "setAsideReviewed" && e.action.outcome.setAside === setAside && e.action.outcome.verdict === "overturned" && Boolean(e.action.author && samePerson(e.action.author, by)),
  );
}

/**
 * Whether an action after the overturning acts on the reopened alert (T8 #4): not a review, not another "no action
 * needed" (the authoriser said it needs action), not "dealt with as a new matter" on an alert that was no new matter, and
 * not an escalation back to the person who set it aside — that hands it to the one overruled, and the notice stays, on
 * her pane too, until she or someone else records what was done.
 */
function actsOn(later: RecordedAlertAction, setAside: RecordedAlertAction): boolean {
  const { outcome } = later;
  switch (outcome.kind) {
    case "setAsideReviewed":
    case "noActionNeeded":
    case "unreadable":
      return false;
    case "dealtWithAsNewMatter":
      return setAside.alertKinds.includes("new-matter");
    case "escalated":
      return ![setAside.author?.upn, setAside.by].some((who) => who && toSelf(outcome.to, { upn: who, ...(setAside.author?.displayName ? { displayName: setAside.author.displayName } : {}) }));
    case "reportedToPolice":
      return true;
  }
}

/**
 * Every set-aside an authoriser overturned (judged as the pane judges them, so an overturning that does not count is not
 * one) with no action on its message recorded after the overturning — an escalation, a police report or a new
 * "no action needed" for the authoriser; an action whose record is in doubt does not count — oldest overturning first.
 * Warwickshire 7.2: all contact "must be reviewed to identify … criminal matters or safeguarding issues"; an overturning
 * says the alert needs action now, so it is not left to whoever happens to reselect the message.
 */
export async function reopenedAlerts(store: SetAsideStore, authoriser: Authoriser): Promise<ReopenedAlert[]> {
  const found: ReopenedAlert[] = [];
  for (const entries of await messagesWithSetAsides(store)) {
    const { states } = setAsidesOf(entries, authoriser);
    for (const e of entries) {
      const state = e.kind === "recorded" ? states.get(e.action.id) : undefined;
      if (e.kind !== "recorded" || state?.state !== "overturned") continue;
      const at = overturning(entries, e.action.id, state.by);
      const review = entries[at];
      const actedSince = entries.slice(at + 1).some((later) => later.kind === "recorded" && later.doubts.length === 0 && actsOn(later.action, e.action));
      if (actedSince || review?.kind !== "recorded") continue;
      found.push({ setAside: e.action, by: state.by, note: state.note, at: recordedAt(review.action) });
    }
  }
  return found.sort((a, b) => a.at.localeCompare(b.at));
}

/** Whether `me` set the reopened alert aside (by SharePoint's `createdBy`, or the name it gives where SharePoint names no one). */
export const setAsideBy = (reopened: ReopenedAlert, me: string): boolean => (reopened.setAside.author?.upn ?? reopened.setAside.by).toLowerCase() === me.toLowerCase();
