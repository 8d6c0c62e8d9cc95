import type { AlertActionEntry } from "./alert-record";
import { actOnAlerts, loadAlertActions, type AlertActionResult } from "./alert-action";
import type { EscalationTargets } from "../policy/alerts/escalation";
import { NEEDS_CONFIRMATION, setAsideStates, type Authoriser, type ReviewNotCounted, type SetAsideState } from "../policy/alerts/set-aside";
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

/** What became of each set-aside on a message, judged from its entries as read (only an action with no doubt on it is trusted). */
export function setAsidesOf(entries: readonly AlertActionEntry[], authoriser: Authoriser): { states: Map<string, SetAsideState>; notCounted: ReviewNotCounted[] } {
  const actions = entries.flatMap((e) => (e.kind === "recorded" ? [{ id: e.action.id, alertKinds: e.action.alertKinds, outcome: e.action.outcome, ...(e.action.author ? { author: e.action.author } : {}), trusted: e.doubts.length === 0 }] : []));
  return setAsideStates(actions, authoriser);
}

/** A set-aside waiting for the authoriser, for the Approvals tab. */
export interface SetAsideAwaiting {
  action: RecordedAlertAction;
}

/**
 * The set-asides of a risk to life, a threat to staff or a safeguarding concern that no authoriser has confirmed or
 * overturned, oldest first: each message's actions are read and judged as its pane judges them (loadAlertActions).
 */
export async function setAsidesAwaiting(store: Pick<CaseStore, "allAlertActions" | "alertActionsFor" | "auditFor" | "auditForTargets" | "alertActionItems">, authoriser: Authoriser): Promise<SetAsideAwaiting[]> {
  const all = await store.allAlertActions();
  const messages = [...new Set(all.filter((a) => a.outcome.kind === "noActionNeeded" && a.alertKinds.some((k) => NEEDS_CONFIRMATION.has(k))).map((a) => a.internetMessageId))];
  const found: SetAsideAwaiting[] = [];
  for (const message of messages) {
    const entries = await loadAlertActions(store, message);
    const { states } = setAsidesOf(entries, authoriser);
    for (const e of entries) if (e.kind === "recorded" && states.get(e.action.id)?.state === "awaiting") found.push({ action: e.action });
  }
  return found.sort((a, b) => (a.action.recordedAt ?? a.action.at).localeCompare(b.action.recordedAt ?? b.action.at));
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
  return actOnAlerts({
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
