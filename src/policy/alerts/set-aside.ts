import { addWorkingDays } from "../calendar";
import { nameOf, samePerson, type Identity } from "../decision";
import { holdsRole, type StaffRoster } from "../roster";
import type { AlertOutcome } from "./action";
import { ALERT_KINDS, type AlertKind } from "./types";

/**
 * Whether a "no action needed" on an alert stands. On a risk to life, a threat to staff or a safeguarding concern, a
 * caseworker's set-aside is only a proposal: it stands once an authoriser confirms it, and until then the alert is open
 * (Warwickshire 7.2: all contact "must be reviewed to identify … criminal matters or safeguarding issues"; 6: threats of
 * violence are always reported; staff "inform their manager"). Like an approval, what counts is who SharePoint says wrote
 * the confirmation (`createdBy`) and the roster's roles — never a field the client filled in — so a caseworker writing a
 * "confirmed" review through Graph confirms nothing (README "Who may do what").
 */
export const NEEDS_CONFIRMATION: ReadonlySet<AlertKind> = new Set(["risk-to-life", "threat-to-staff", "safeguarding"]);

/** A kind as written, in the add-in's spelling ("Risk to life", "RISK-TO-LIFE" → "risk-to-life"). */
const normalised = (kind: string) => kind.toLowerCase().replace(/[^a-z]+/g, "-").replace(/^-|-$/g, "");

/**
 * Whether a set-aside needs the authoriser: the message raises a risk to life, a threat to staff or a safeguarding
 * concern (`raised`: what the classifier finds in it, where the reader has the message), or its item names one in any
 * spelling, or names a kind the add-in does not know. The kinds an item names are its writer's word (tester T6: a
 * set-aside on a risk to life naming only "crime" stood), so they can add to what needs confirming, never take from it.
 */
export function needsConfirmation(named: readonly string[], raised: readonly AlertKind[] = []): boolean {
  const known: ReadonlySet<string> = new Set(ALERT_KINDS);
  return raised.some((k) => NEEDS_CONFIRMATION.has(k)) || named.map(normalised).some((k) => !known.has(k) || NEEDS_CONFIRMATION.has(k as AlertKind));
}

/** An action as recorded, with whether nothing about its record is in doubt (alert-record.ts: by whom it names, unchanged, audited). */
export interface ActionOnRecord {
  id: string;
  alertKinds: readonly AlertKind[];
  outcome: AlertOutcome;
  /** SharePoint's `createdBy`. */
  author?: Identity;
  trusted: boolean;
}

/** A review that does not count, and why, in words. */
export interface ReviewNotCounted {
  actionId: string;
  why: string;
}

/**
 * How long a set-aside may wait for the authoriser before the records call it a gap (`records verify`; the board report
 * counts those still waiting longer at the period's end): two working days, while the alert it set aside stays open.
 */
export const SET_ASIDE_WAIT_WORKING_DAYS = 2;

/** Whether a set-aside recorded at `recordedAt` (SharePoint's time) has waited longer than SET_ASIDE_WAIT_WORKING_DAYS by `now`. */
export function waitedTooLong(recordedAt: string, now: Date): boolean {
  return addWorkingDays(new Date(recordedAt), SET_ASIDE_WAIT_WORKING_DAYS).getTime() < now.getTime();
}

/** The working days a set-aside recorded at `recordedAt` has waited by `now`: whole working days since it, not since a check ran. */
export function workingDaysWaited(recordedAt: string, now: Date): number {
  const from = new Date(recordedAt);
  let days = 0;
  while (days < 3660 && addWorkingDays(from, days + 1).getTime() <= now.getTime()) days += 1;
  return days;
}

export type SetAsideState =
  /** On a crime or a new matter: no manager's confirmation is needed. */
  | { state: "stands" }
  /**
   * Confirmed by an authoriser — or made by one (`own`) where the roster names no other: then nobody reviewed it, and it
   * stands on one person's word (tester T7 #15), said so wherever it is shown.
   */
  | { state: "confirmed"; by: Identity; note?: string; own?: true }
  /** An authoriser overturned it: the alert is open and needs acting on. */
  | { state: "overturned"; by: Identity; note: string }
  /** Not yet confirmed by a manager: the alert stays open. */
  | { state: "awaiting" };

export interface Authoriser {
  roster: StaffRoster;
  /** The pack's authoriser role id and title (the Head of Business Services and Assurance in Warwickshire). */
  role: string;
  title: string;
}

/**
 * Whether the roster names an authoriser other than `who` (by sign-in address or object id): one who can review their
 * set-aside. Where it names none, an authoriser's own set-aside stands, said to stand on one person's word.
 */
export function otherAuthoriser(authoriser: Authoriser, who: Identity): boolean {
  const mine = [who.upn, who.id].filter((x): x is string => Boolean(x)).map((x) => x.toLowerCase());
  return (authoriser.roster[authoriser.role] ?? []).some((member) => !mine.includes(member.toLowerCase()));
}

/**
 * Each "no action needed" on the message, by action id, with what became of it; and the reviews that do not count, and
 * why. `raised`: the alerts the message raises, where the reader has it (the pane); without it, only the kinds each
 * item names are known. A set-aside whose record is in doubt never stands and is never the authoriser's own: it awaits her.
 */
export function setAsideStates(actions: readonly ActionOnRecord[], authoriser: Authoriser, raised: readonly AlertKind[] = []): { states: Map<string, SetAsideState>; notCounted: ReviewNotCounted[] } {
  const states = new Map<string, SetAsideState>();
  const notCounted: ReviewNotCounted[] = [];
  const isAuthoriser = (who: Identity | undefined) => Boolean(who && holdsRole(authoriser.roster, who, authoriser.role));
  const setAsides = new Map(actions.filter((a) => a.outcome.kind === "noActionNeeded").map((a) => [a.id, a]));
  // Two items with one action id: which the authoriser reviewed cannot be told, so none of them is trusted to stand.
  const ids = actions.map((a) => a.id);
  const shared = new Set(ids.filter((id, i) => ids.indexOf(id) !== i));
  for (const [id, action] of setAsides) {
    if (!action.trusted || shared.has(id)) states.set(id, { state: "awaiting" });
    else if (!needsConfirmation(action.alertKinds, raised)) states.set(id, { state: "stands" });
    // Four eyes, as for strategies: an authoriser's own set-aside waits for another authoriser where the roster has one.
    else if (isAuthoriser(action.author) && !otherAuthoriser(authoriser, action.author!)) states.set(id, { state: "confirmed", by: action.author!, own: true });
    else states.set(id, { state: "awaiting" });
  }
  // Reviews in the order recorded: the last that counts decides.
  for (const review of actions) {
    if (review.outcome.kind !== "setAsideReviewed") continue;
    const { setAside, verdict, note } = review.outcome;
    const target = setAsides.get(setAside);
    const why = !target
      ? "it is about no set-aside recorded on this message"
      : !review.author
        ? "SharePoint names no one as having recorded it"
        : !isAuthoriser(review.author)
          ? `${nameOf(review.author)} is not the ${authoriser.title}`
          : !review.trusted
            ? "its record is in doubt (see above)"
            : shared.has(setAside) && verdict === "confirmed"
              ? "more than one item carries the action id of the set-aside it confirms"
            : target.author && samePerson(target.author, review.author)
              ? "it was made by the person who set the alert aside"
              : undefined;
    if (why) {
      notCounted.push({ actionId: review.id, why });
      continue;
    }
    // An overturning always counts: the alert is open until the authoriser decides again (T6: an added item made it "stand").
    if (states.get(setAside)?.state === "stands" && verdict === "confirmed") continue;
    states.set(setAside, verdict === "confirmed" ? { state: "confirmed", by: review.author!, note } : { state: "overturned", by: review.author!, note });
  }
  return { states, notCounted };
}
