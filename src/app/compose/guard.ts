import { isOfficeAddress, normaliseEmail } from "../../policy/address";
import { ALERT_MAX, alertMessage, composeBreaches, overrideDetail, overrideSubjectProblem, recipientsNotice, uncheckedNotice, type ComposeBreach, type RestrictedRecipient } from "../../policy/compose-guard";
import { citeInWords } from "../cite-words";
import type { PolicyPack } from "../../policy/packs/schema";
import type { IsoInstant } from "../../policy/strategy";
import type { ComposeItemPort } from "../../outlook/compose";
import type { AuditEvent } from "../../store/port";
import type { GuardIndex } from "./guard-index";
import type { IndexAnswer } from "./index-cache";

/**
 * The compose guard's use cases (DESIGN.md flow 5), written against ports so the event
 * runtime, the harness, unit tests and the benchmark run the same code:
 * - `checkRecipients` on a new message and whenever recipients change: looks every recipient
 *   up, shows who is under a strategy in force (or clears that notice), and keeps the verdict
 *   in the item's session data;
 * - `decideSend` on send: reuses that verdict when the recipients are unchanged (no lookup,
 *   no network), and stops the send only on a breach it knows of — never because it could
 *   not check;
 * - `recordOverride` from the Smart Alert's button: records the overridable breaches in the
 *   AuditTrail and lets the next send through.
 */
export const NOTICE_KEY = "csmStrategy";
export const STATUS_KEY = "csmStrategyCheck";
export const OVERRIDE_NOTICE_KEY = "csmStrategyOverride";
export const VERDICT_KEY = "csm.composeGuard.verdict";
export const OVERRIDES_KEY = "csm.composeGuard.overrides";
export const COMPOSE_ID_KEY = "csm.composeGuard.id";

export interface ComposeGuardDeps {
  pack: PolicyPack;
  /** The signed-in member of staff's address (Office.context.mailbox.userProfile). */
  writer: string;
  /** The office's own domains: a strategy is never applied to a colleague's or a shared inbox's address (T7 #14). */
  staffDomains?: readonly string[];
  index(waitMs: number): Promise<IndexAnswer>;
  now(): Date;
}

/** What the last check found, kept in session data for the send. */
export interface Verdict {
  /** Normalised recipient addresses, sorted: the send compares its own list with this. */
  recipients: string[];
  matches: RestrictedRecipient[];
  checkedAt: IsoInstant;
  /** Why nothing could be checked (the index was unavailable). */
  problem?: string;
}

type Lookup = { recipients: string[]; matches: RestrictedRecipient[]; stale?: string } | { recipients: string[]; problem: string };

/** Recipients normalised (display-name forms, case, plus-tags), each once, sorted. */
export function normaliseRecipients(written: readonly string[]): string[] {
  const out = new Set<string>();
  for (const r of written) {
    const result = normaliseEmail(r);
    if (result.ok) out.add(result.address);
  }
  return [...out].sort();
}

function match(recipients: readonly string[], index: GuardIndex, staffDomains: readonly string[]): RestrictedRecipient[] {
  return recipients.filter((address) => !isOfficeAddress(address, staffDomains)).flatMap((address) => index.lookup(address).map((strategy) => ({ address, strategy })));
}

async function lookUp(item: ComposeItemPort, deps: ComposeGuardDeps, waitMs: number): Promise<Lookup> {
  const recipients = normaliseRecipients(await item.recipients());
  if (recipients.length === 0) return { recipients, matches: [] };
  const answer = await deps.index(waitMs);
  if (!answer.index) return { recipients, problem: answer.problem };
  return { recipients, matches: match(recipients, answer.index, deps.staffDomains ?? []), ...(answer.stale ? { stale: answer.stale } : {}) };
}

/**
 * OnNewMessageCompose / OnMessageRecipientsChanged. `isCurrent` says whether a later event has
 * started meanwhile (events overlap when recipients change quickly): only the latest writes.
 */
export async function checkRecipients(item: ComposeItemPort, deps: ComposeGuardDeps, waitMs: number, isCurrent: () => boolean = () => true): Promise<Verdict | undefined> {
  const found = await lookUp(item, deps, waitMs);
  if (!isCurrent()) return undefined;
  const checkedAt = deps.now().toISOString();
  if ("problem" in found) {
    // Fail open, and say so: the earlier notice (if any) stays, since an outage must not clear a warning.
    await item.showNotification(STATUS_KEY, "error", uncheckedNotice(found.problem));
    const verdict: Verdict = { recipients: found.recipients, matches: [], checkedAt, problem: found.problem };
    await item.sessionSet(VERDICT_KEY, JSON.stringify(verdict));
    return verdict;
  }
  const notice = recipientsNotice(found.matches);
  await Promise.all([
    notice ? item.showNotification(NOTICE_KEY, "informational", notice) : item.removeNotification(NOTICE_KEY),
    found.stale && found.matches.length > 0 ? item.showNotification(STATUS_KEY, "error", `Checked against an old list: ${found.stale}.`) : item.removeNotification(STATUS_KEY),
  ]);
  const verdict: Verdict = { recipients: found.recipients, matches: found.matches, checkedAt };
  await item.sessionSet(VERDICT_KEY, JSON.stringify(verdict));
  return verdict;
}

export type SendDecision =
  | { allow: true; /** Why the message went unchecked (failing open), if it did. */ unchecked?: string }
  | { allow: false; breaches: ComposeBreach[]; message: string; offerOverride: boolean };

/** Breaches of the message as it stands: from the kept verdict when the recipients match it, else looked up without waiting for Graph. */
async function currentBreaches(item: ComposeItemPort, deps: ComposeGuardDeps): Promise<{ breaches: ComposeBreach[] } | { problem: string }> {
  const recipients = normaliseRecipients(await item.recipients());
  const kept = parse<Verdict>(await item.sessionGet(VERDICT_KEY));
  let matches: RestrictedRecipient[];
  if (kept && !kept.problem && sameList(kept.recipients, recipients)) {
    matches = kept.matches;
  } else {
    const found = await lookUp(item, deps, 0);
    if ("problem" in found) return { problem: found.problem };
    matches = found.matches;
  }
  return { breaches: composeBreaches(deps.writer, matches, deps.pack) };
}

/** Outlook shows the Smart Alert as plain text: the policy by its title and section, not its file name, still within its 500 characters. */
function inWords(message: string, pack: PolicyPack): string {
  const words = citeInWords(message, pack);
  return words.length <= ALERT_MAX ? words : `${words.slice(0, ALERT_MAX - 1)}…`;
}

/** OnMessageSend: allow unless a known strategy is breached and not overridden. */
export async function decideSend(item: ComposeItemPort, deps: ComposeGuardDeps & { canOfferOverride: boolean }): Promise<SendDecision> {
  const current = await currentBreaches(item, deps);
  if ("problem" in current) return { allow: true, unchecked: current.problem };
  const overridden = new Set(parse<string[]>(await item.sessionGet(OVERRIDES_KEY)) ?? []);
  const open = current.breaches.filter((b) => !overridden.has(b.key));
  if (open.length === 0) return { allow: true };
  const offerOverride = deps.canOfferOverride && open.every((b) => b.overridable);
  return { allow: false, breaches: open, message: inWords(alertMessage(open, deps.pack, offerOverride), deps.pack), offerOverride };
}

export type OverrideResult =
  | { kind: "recorded"; breaches: ComposeBreach[] }
  | { kind: "queued"; breaches: ComposeBreach[]; problem: string }
  | { kind: "nothingToOverride" }
  /** The subject names no matter: the override would record no reason. */
  | { kind: "subjectNeeded" }
  | { kind: "notOverridable"; breaches: ComposeBreach[] }
  | { kind: "unchecked"; problem: string };

export interface OverrideDeps extends ComposeGuardDeps {
  audit(event: AuditEvent): Promise<{ outcome: "recorded" } | { outcome: "queued"; problem: string }>;
  newId(): string;
  /** Subjects of the messages recorded from these addresses lately (the ContactLog): an override may not reuse one (T7 #13). */
  recentSubjects?(addresses: readonly string[]): Promise<string[]>;
}

/**
 * The Smart Alert's "Record override": each open breach the pack lets a writer override is
 * written to the AuditTrail (target the strategy; idempotent per draft and breach), then the
 * draft carries the override so the next send goes. A breach the pack does not allow to be
 * overridden is left to be fixed; nothing is overridden then.
 */
export async function recordOverride(item: ComposeItemPort, deps: OverrideDeps): Promise<OverrideResult> {
  const current = await currentBreaches(item, deps);
  if ("problem" in current) return { kind: "unchecked", problem: current.problem };
  const overridden = new Set(parse<string[]>(await item.sessionGet(OVERRIDES_KEY)) ?? []);
  const open = current.breaches.filter((b) => !overridden.has(b.key));
  if (open.length === 0) {
    await item.showNotification(OVERRIDE_NOTICE_KEY, "informational", "Nothing to override: this message keeps to the contact strategies of its recipients.");
    return { kind: "nothingToOverride" };
  }
  const refused = open.filter((b) => !b.overridable);
  if (refused.length > 0) {
    await item.showNotification(OVERRIDE_NOTICE_KEY, "error", `Cannot be overridden: ${refused[0]!.message}`);
    return { kind: "notOverridable", breaches: refused };
  }
  let id = await item.sessionGet(COMPOSE_ID_KEY);
  if (!id) {
    id = deps.newId();
    await item.sessionSet(COMPOSE_ID_KEY, id);
  }
  const at = deps.now().toISOString();
  // What the message was about goes on the record with the override (T5 finding 6): a subject that cannot be read is said so.
  const subject = await item.subject().catch(() => undefined);
  const composeType = await item.composeType?.().catch(() => undefined);
  const personSubjects = subject === undefined || !deps.recentSubjects ? [] : await deps.recentSubjects(open.map((b) => b.address)).catch(() => []);
  const unnamed = subject === undefined ? undefined : overrideSubjectProblem(subject, { ...(composeType ? { composeType } : {}), personSubjects });
  if (unnamed) {
    await item.showNotification(OVERRIDE_NOTICE_KEY, "error", unnamed);
    return { kind: "subjectNeeded" };
  }
  let problem: string | undefined;
  for (const breach of open) {
    const result = await deps.audit({
      id: `compose-override|${id}|${breach.key}`,
      target: `strategy:${breach.strategyId}`,
      action: "composeOverride",
      by: deps.writer,
      at,
      detail: overrideDetail(breach, deps.writer, deps.pack.composeGuard?.source, subject),
    });
    if (result.outcome === "queued") problem ??= result.problem;
  }
  await item.sessionSet(OVERRIDES_KEY, JSON.stringify([...overridden, ...open.map((b) => b.key)]));
  const people = [...new Set(open.map((b) => b.personName))].join(", ");
  await item.showNotification(
    OVERRIDE_NOTICE_KEY,
    "informational",
    problem ? `Override for ${people} noted; it is recorded when the contact-strategy site answers. Send again to send.` : `Override for ${people} recorded against the strategy. Send again to send.`,
  );
  return problem ? { kind: "queued", breaches: open, problem } : { kind: "recorded", breaches: open };
}

function parse<T>(text: string | undefined): T | undefined {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
