import type { AlertActionDoubt, AlertActionEntry } from "./alert-record";
import { loadAlertActions, recordAlertAction, type AlertActionResult } from "./alert-action";
import type { EscalationTargets } from "../policy/alerts/escalation";
import { describeAlertOutcome } from "../policy/alerts/action";
import { longTime } from "../policy/calendar";
import { nameOf } from "../policy/decision";
import type { AlertKind } from "../policy/alerts/types";
import { setAsideStates, waitedTooLong, workingDaysWaited, type Authoriser, type ReviewNotCounted, type SetAsideState } from "../policy/alerts/set-aside";
import type { PolicyPack } from "../policy/packs/schema";
import { holdsRole, type StaffRoster } from "../policy/roster";
import type { CaseStore, RecordedAlertAction } from "../store/port";
import { nameOfAddress } from "./staff-names";
import { REVIEW_ALL_CONTACT } from "../policy/alerts/refs";

/** The pack's authoriser, with the roster that says who holds the role. */
export const authoriserOf = (pack: PolicyPack, roster: StaffRoster): Authoriser => ({ roster, role: pack.authoriser.role, title: pack.authoriser.title });

/** Who an escalation may name: the configured staff, everyone the roster lists (by the name their address gives), and the pack's roles. */
export function escalationTargets(config: { staffNames: readonly string[]; staffDomains: readonly string[] }, pack: PolicyPack, roster: StaffRoster): EscalationTargets {
  const listed = Object.values(roster).flat().flatMap((member) => (member.includes("@") ? [nameOfAddress(member.toLowerCase())] : [])).filter((n): n is string => Boolean(n));
  return { staffNames: [...new Set([...config.staffNames, ...listed])], staffDomains: config.staffDomains, roleTitles: [pack.authoriser.title, ...(pack.disputeTo ? [pack.disputeTo.title] : [])] };
}

/**
 * What became of each set-aside on a message, judged from its entries as read (only an action with no doubt on it is
 * trusted) and — where the reader has the message (the pane) — by the alerts it raises (`raised`), not only the kinds
 * each item names.
 */
export function setAsidesOf(entries: readonly AlertActionEntry[], authoriser: Authoriser, raised: readonly AlertKind[] = []): { states: Map<string, SetAsideState>; notCounted: ReviewNotCounted[] } {
  const actions = entries.flatMap((e) => (e.kind === "recorded" ? [{ id: e.action.id, alertKinds: e.action.alertKinds, outcome: e.action.outcome, ...(e.action.author ? { author: e.action.author } : {}), trusted: e.doubts.length === 0 }] : []));
  return setAsideStates(actions, authoriser, raised);
}

/** A set-aside waiting for the authoriser, for the Approvals tab. */
export interface SetAsideAwaiting {
  action: RecordedAlertAction;
  /** What is in doubt about its record (none for a set-aside the add-in wrote and nobody touched). */
  doubts: AlertActionDoubt[];
}

export type SetAsideStore = Pick<CaseStore, "allAlertActions" | "alertActionsFor" | "auditFor" | "auditForTargets" | "alertActionItems">;

/**
 * Each message with a "no action needed" on it, with its actions read and judged as its pane judges them
 * (loadAlertActions): every one, since whether it needs the authoriser is known only once its record is judged (one in
 * doubt awaits her whatever kinds it names).
 */
export async function messagesWithSetAsides(store: SetAsideStore): Promise<AlertActionEntry[][]> {
  const all = await store.allAlertActions();
  const messages = [...new Set(all.filter((a) => a.outcome.kind === "noActionNeeded").map((a) => a.internetMessageId))];
  const found: AlertActionEntry[][] = [];
  for (const message of messages) found.push(await loadAlertActions(store, message));
  return found;
}

/** When SharePoint recorded an action (its own claim where SharePoint's time is not known). */
export const recordedAt = (action: RecordedAlertAction) => action.recordedAt ?? action.at;

/**
 * The set-asides of a risk to life, a threat to staff or a safeguarding concern that no authoriser has confirmed or
 * overturned, oldest first.
 */
export async function setAsidesAwaiting(store: SetAsideStore, authoriser: Authoriser): Promise<SetAsideAwaiting[]> {
  const found: SetAsideAwaiting[] = [];
  for (const entries of await messagesWithSetAsides(store)) {
    const { states } = setAsidesOf(entries, authoriser);
    for (const e of entries) if (e.kind === "recorded" && states.get(e.action.id)?.state === "awaiting") found.push({ action: e.action, doubts: e.doubts });
  }
  return found.sort((a, b) => recordedAt(a.action).localeCompare(recordedAt(b.action)));
}

/** The board's figures for alerts set aside (a risk to life, a threat to staff, a safeguarding concern). */
export interface SetAsideFigures {
  /** Set aside by anyone in the period. */
  made: number;
  /** Of those, confirmed by the authoriser (or set aside by the authoriser herself) by the period's end. */
  confirmed: number;
  /** Of those, overturned by the authoriser by the period's end: the alert reopened. */
  overturned: number;
  /** Set aside on or before the period's last day and neither confirmed nor overturned at its end, whenever made. */
  awaitingAtEnd: number;
  /** Of those, waiting longer than SET_ASIDE_WAIT_WORKING_DAYS at the period's end. */
  awaitingLong: number;
}

/**
 * The set-asides counted for a period, each judged as the records stood at the end of its last day (UTC) — a review
 * recorded after the period does not change it — by SharePoint's times, as the pane and `records verify` judge them.
 */
export async function setAsideFigures(store: SetAsideStore, authoriser: Authoriser, period: { from: string; to: string }): Promise<SetAsideFigures> {
  const figures: SetAsideFigures = { made: 0, confirmed: 0, overturned: 0, awaitingAtEnd: 0, awaitingLong: 0 };
  const endOfPeriod = new Date(Date.parse(`${period.to}T00:00:00Z`) + 86_400_000);
  const day = (action: RecordedAlertAction) => recordedAt(action).slice(0, 10);
  for (const entries of await messagesWithSetAsides(store)) {
    const asAtEnd = entries.filter((e) => e.kind !== "recorded" || day(e.action) <= period.to);
    const { states } = setAsidesOf(asAtEnd, authoriser);
    for (const e of asAtEnd) {
      const state = e.kind === "recorded" ? states.get(e.action.id)?.state : undefined;
      if (e.kind !== "recorded" || !state || state === "stands") continue;
      if (day(e.action) >= period.from) {
        figures.made += 1;
        if (state === "confirmed") figures.confirmed += 1;
        if (state === "overturned") figures.overturned += 1;
      }
      if (state === "awaiting") {
        figures.awaitingAtEnd += 1;
        if (waitedTooLong(recordedAt(e.action), endOfPeriod)) figures.awaitingLong += 1;
      }
    }
  }
  return figures;
}

/** A set-aside left awaiting the authoriser longer than SET_ASIDE_WAIT_WORKING_DAYS at `now`: the alert it set aside is still open. */
export interface SetAsideOverdue {
  action: RecordedAlertAction;
  /** In words, for `records verify`. */
  message: string;
}

/** Of the office's alert actions as `records verify` reads them (every message's, judged), the set-asides waiting too long. */
export function setAsidesOverdue(entries: readonly AlertActionEntry[], authoriser: Authoriser, now: Date): SetAsideOverdue[] {
  const byMessage = new Map<string, AlertActionEntry[]>();
  for (const e of entries) if (e.kind === "recorded") byMessage.set(e.action.internetMessageId, [...(byMessage.get(e.action.internetMessageId) ?? []), e]);
  const found: SetAsideOverdue[] = [];
  for (const messageEntries of byMessage.values()) {
    const { states } = setAsidesOf(messageEntries, authoriser);
    for (const e of messageEntries) {
      if (e.kind !== "recorded" || states.get(e.action.id)?.state !== "awaiting" || !waitedTooLong(recordedAt(e.action), now)) continue;
      const { action } = e;
      // The kinds as the item names them, in words ("RISK-TO-LIFE" → "risk to life"); a record in doubt awaits whatever it names.
      const named = action.alertKinds.map((k) => String(k).toLowerCase().replace(/[^a-z]+/g, " ").trim()).filter(Boolean);
      const kinds = `${named.length ? named.join(" and ") : "unnamed"} alert${e.doubts.length ? " (its record is in doubt)" : ""}`;
      const who = action.author ? nameOf(action.author) : action.by;
      found.push({
        action,
        message: `${who} set aside the ${kinds} on the message from ${action.senderAddress} on ${longTime(recordedAt(action))} (“${describeAlertOutcome(action.outcome)}”), and no ${authoriser.title} has confirmed or overturned it in more than ${workingDaysWaited(recordedAt(action), now)} working days since then: the alert is still open. Confirm or overturn it in the Approvals tab.`,
      });
    }
  }
  return found.sort((a, b) => recordedAt(a.action).localeCompare(recordedAt(b.action)));
}

/**
 * An authoriser confirms or overturns a set-aside: recorded as an action on the same message (add-only, audited). Refused
 * before anything is written when the reader does not hold the authoriser's role — and were it written anyway, through
 * Graph, it would not count (setAsideStates judges its SharePoint author against the roster).
 */
export async function reviewSetAside(input: {
  store: Pick<CaseStore, "recordAlertAction" | "appendAudit" | "alertActionsFor">;
  authoriser: Authoriser;
  user: { emailAddress: string };
  id: string;
  setAside: RecordedAlertAction;
  verdict: "confirmed" | "overturned";
  note: string;
  now: Date;
}): Promise<AlertActionResult> {
  if (!holdsRole(input.authoriser.roster, { upn: input.user.emailAddress, displayName: input.user.emailAddress }, input.authoriser.role)) {
    return { ok: false, code: "notAuthoriser", message: `Only the ${input.authoriser.title} can confirm or overturn a set-aside.`, policyRef: REVIEW_ALL_CONTACT };
  }
  const { setAside } = input;
  // Four eyes (T7 #15): nobody confirms or overturns their own set-aside; were it written anyway it would not count (setAsideStates).
  const setBy = [setAside.author?.upn, setAside.by].filter((x): x is string => Boolean(x)).map((x) => x.toLowerCase());
  if (setBy.includes(input.user.emailAddress.toLowerCase())) {
    return { ok: false, code: "ownSetAside", message: `You set this alert aside yourself, so you cannot confirm or overturn it: another ${input.authoriser.title} must.`, policyRef: REVIEW_ALL_CONTACT };
  }
  return recordAlertAction({
    store: input.store,
    id: input.id,
    internetMessageId: setAside.internetMessageId,
    senderAddress: setAside.senderAddress,
    alertKinds: setAside.alertKinds,
    outcome: { kind: "setAsideReviewed", setAside: setAside.id, verdict: input.verdict, note: input.note },
    by: input.user.emailAddress,
    now: input.now,
  });
}
