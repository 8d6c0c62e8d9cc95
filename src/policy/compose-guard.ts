import { emptyNote } from "./note-says";
import { CHANNEL_WORDS, type Channel } from "./categories";
import { normaliseEmail } from "./address";
import { cite } from "./packs/cite";
import type { PolicyPack, SourceRef } from "./packs/schema";
import type { Restriction, RestrictionKind, StaffMember } from "./restrictions";

/**
 * The compose guard's rules (DESIGN.md flow 5): staff keep to a strategy once it is in place
 * (Warwickshire 7.1 "It is important the staff also adhere to the contact strategy once it is
 * in place"). A message being written to a person under a strategy in force is checked
 * against the terms in force: who may reply (single point of contact), by which channel
 * (this is email), and which addresses are blocked or reachable only through an advocate.
 * Read-and-file and a closed case cannot be judged from the recipients; they are named in
 * the notice so the writer sees them.
 */

/** The terms in force for one person, as the compose guard needs them (built through the one in-force view). */
export interface GuardedStrategy {
  strategyId: string;
  personName: string;
  restrictions: Restriction[];
  allowedChannels: Channel[];
  singlePointOfContact?: StaffMember;
  reviewDate?: string;
  /**
   * Not in force on the decisions that can be read, but a decision on it is unreadable, deleted or changed after it was recorded, so it may be
   * (src/policy/in-force.ts `recordInDoubt`): the guard warns to check with the authoriser, and claims no restriction
   * (its restrictions and channels are empty: none can be read).
   */
  recordInDoubt?: true;
}

/** A recipient of the message who is covered by a strategy in force. */
export interface RestrictedRecipient {
  /** Normalised address, as written in To, Cc or Bcc. */
  address: string;
  strategy: GuardedStrategy;
}

export const COMPOSE_RULES = ["notSinglePointOfContact", "channelNotAllowed", "blockedAddress", "advocateOnly", "recordInDoubt"] as const;
export type ComposeRule = (typeof COMPOSE_RULES)[number];

/** One way the message breaks a strategy, in words the writer can act on. */
export interface ComposeBreach {
  rule: ComposeRule;
  /** `rule|strategyId|address`: what an override names, so it covers this breach and no other. */
  key: string;
  address: string;
  strategyId: string;
  personName: string;
  /** Names the rule, who or what the strategy allows, and how to put it right. */
  message: string;
  /** The policy paragraph the rule rests on ("… .txt §7"). */
  policyRef: string;
  /** Whether the office's pack lets the writer override it (recorded in the AuditTrail). */
  overridable: boolean;
}

/** The single point of contact the strategy names, by restriction or by its own field. */
export function spocOf(strategy: GuardedStrategy): StaffMember | undefined {
  const restriction = strategy.restrictions.find((r): r is Extract<Restriction, { kind: "singlePointOfContact" }> => r.kind === "singlePointOfContact");
  return restriction?.spoc ?? strategy.singlePointOfContact;
}

/** Whether email is a channel the strategy allows: listed, and not excluded by a single-channel restriction. */
export function emailAllowed(strategy: GuardedStrategy): boolean {
  const single = strategy.restrictions.find((r): r is Extract<Restriction, { kind: "singleChannel" }> => r.kind === "singleChannel");
  if (single && single.channel !== "email") return false;
  return strategy.allowedChannels.includes("email");
}

/** Two addresses are one when they normalise alike (case, display-name forms, plus tags). */
export const sameAddress = (a: string, b: string): boolean => {
  const [x, y] = [normaliseEmail(a), normaliseEmail(b)];
  return x.ok && y.ok ? x.address === y.address : a.trim().toLowerCase() === b.trim().toLowerCase();
};

function channelsInWords(strategy: GuardedStrategy): string {
  const single = strategy.restrictions.find((r): r is Extract<Restriction, { kind: "singleChannel" }> => r.kind === "singleChannel");
  const channels = single ? [single.channel] : strategy.allowedChannels;
  return channels.length === 0 ? "no channel agreed" : channels.map((c) => CHANNEL_WORDS[c]).join(" or ");
}

/**
 * Every breach of the strategies in force by this message, written by `writer` (the signed-in
 * member of staff's address) to `recipients`. Each names its rule and cites the pack's
 * paragraph for the restriction; whether it may be overridden is the pack's decision.
 */
export function composeBreaches(writer: string, recipients: readonly RestrictedRecipient[], pack: PolicyPack): ComposeBreach[] {
  const breaches: ComposeBreach[] = [];
  const seen = new Set<string>();
  const add = (rule: ComposeRule, recipient: RestrictedRecipient, kind: RestrictionKind | undefined, message: string) => {
    const key = `${rule}|${recipient.strategy.strategyId}|${recipient.address}`;
    if (seen.has(key)) return;
    seen.add(key);
    breaches.push({
      rule,
      key,
      address: recipient.address,
      strategyId: recipient.strategy.strategyId,
      personName: recipient.strategy.personName,
      message,
      policyRef: kind ? referenceFor(pack, kind) : cite(pack.authoriser.source),
      // A record in doubt is a warning, not a restriction: the writer who has checked with the authoriser may send (recorded).
      overridable: rule === "recordInDoubt" || (pack.composeGuard?.overridable.includes(rule) ?? false),
    });
  };
  for (const recipient of recipients) {
    const { strategy, address } = recipient;
    const person = strategy.personName;
    // Fail closed on a record in doubt: warned on send, with the doubt only — never restrictions that cannot be read.
    if (strategy.recordInDoubt) {
      add("recordInDoubt", recipient, undefined, `${person}'s contact strategy record is in doubt (a decision on it is missing, unreadable or was changed after it was recorded): it may be in force. Check with the ${pack.authoriser.title} before sending to ${address}.`);
      continue;
    }
    const spoc = spocOf(strategy);
    // Gwent 8.0 "communicate with one specific point of contact only"; Warwickshire 7 "only one specific point of contact (SPOC)".
    if (spoc && !sameAddress(writer, spoc.upn)) {
      add("notSinglePointOfContact", recipient, "singlePointOfContact", `You are not the single point of contact for ${person}: only ${spoc.displayName} replies. Pass your message to ${spoc.displayName} instead.`);
    }
    // Gwent 8.0 "Restrict communication to one method of contact"; Warwickshire 7 "one method of contact".
    if (!emailAllowed(strategy)) {
      add("channelNotAllowed", recipient, "singleChannel", `Email is not an agreed channel for ${person}: contact is by ${channelsInWords(strategy)} only. Remove ${address} and use that channel.`);
    }
    for (const r of strategy.restrictions) {
      // Warwickshire 7 "Blocking email addresses or other communication channels".
      if (r.kind === "blockedAddress" && sameAddress(r.address, address)) {
        add("blockedAddress", recipient, "blockedAddress", `${address} is blocked under ${person}'s contact strategy. Remove it.`);
      }
      // Warwickshire 7 "Requiring the member of the public to use an advocate for any contact with us".
      if (r.kind === "advocateOnly") {
        const advocate = r.advocateName ? `${r.advocateName} (advocate)` : "their advocate";
        add("advocateOnly", recipient, "advocateOnly", `${person} is contacted only through ${advocate}. Write to the advocate instead of ${address}.`);
      }
    }
  }
  return breaches;
}

/** The pack's paragraph for a restriction ("… .txt §7"), or the office's policy when the pack has no such option. */
export function referenceFor(pack: PolicyPack, kind: RestrictionKind): string {
  const option = pack.restrictionOptions.find((o) => o.kind === kind);
  return option ? cite(option.source) : `${pack.office.shortName} policy`;
}

/** office-js caps a notification message at 150 characters. */
export const NOTICE_MAX = 150;
/** Smart Alerts caps the dialog's message at 500 characters (SmartAlertsEventCompletedOptions.errorMessage). */
export const ALERT_MAX = 500;

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/**
 * The notice when recipients could not be checked (the site or Graph is down): what to do comes
 * first, then why, with the reason cut to fit — Outlook's 150 characters used to cut off "Check
 * them … before sending" after a long SharePoint error. The pane may not start in the same outage,
 * so it asks the writer to check, not to open the pane.
 */
export function uncheckedNotice(problem: string): string {
  const head = "Before sending, check whether any recipient has a contact strategy: the check failed";
  const reason = problem.trim().replace(/[.\s]+$/, "");
  const room = NOTICE_MAX - head.length - " ().".length;
  return reason ? `${head} (${clip(reason, room)}).` : `${head}.`;
}

function termsInWords(strategy: GuardedStrategy): string {
  const spoc = spocOf(strategy);
  const who = spoc ? `replies only from ${spoc.displayName} (single point of contact)` : "replies within the strategy";
  const extra: string[] = [];
  if (strategy.restrictions.some((r) => r.kind === "readAndFile")) extra.push("read and file");
  if (strategy.restrictions.some((r) => r.kind === "noReopeningClosedCase")) extra.push("closed case stays closed");
  return `${who}, by ${channelsInWords(strategy)}${extra.length ? `; ${extra.join("; ")}` : ""}`;
}

/**
 * The notification shown while writing: names each person under a strategy in force, the
 * single point of contact and what is allowed — within Outlook's 150 characters, so with
 * several people it falls back to naming them all, then to a count.
 */
export function recipientsNotice(recipients: readonly RestrictedRecipient[]): string | undefined {
  const all = uniqueStrategies(recipients);
  const doubted = all.filter((s) => s.recordInDoubt);
  const people = all.filter((s) => !s.recordInDoubt);
  if (doubted.length > 0) {
    const names = doubted.map((s) => s.personName).join(", ");
    const inDoubt = `Contact strategy record in doubt for ${names}: check with the authoriser before replying.`;
    const rest = people.length > 0 ? ` Also in force: ${people.map((s) => s.personName).join(", ")}.` : "";
    return clip(`${inDoubt}${rest}`, NOTICE_MAX);
  }
  if (people.length === 0) return undefined;
  if (people.length === 1) return clip(`Contact strategy in force for ${people[0]!.personName}: ${termsInWords(people[0]!)}.`, NOTICE_MAX);
  const detailed = `Contact strategies in force: ${people.map((s) => `${s.personName} (${spocOf(s)?.displayName ?? "no SPOC"}; ${channelsInWords(s)})`).join(", ")}.`;
  if (detailed.length <= NOTICE_MAX) return detailed;
  const named = `Contact strategies in force for ${people.map((s) => s.personName).join(", ")}: check who may reply before sending.`;
  if (named.length <= NOTICE_MAX) return named;
  return clip(`${people.length} recipients have contact strategies in force (${people.map((s) => s.personName).join(", ")})`, NOTICE_MAX);
}

function uniqueStrategies(recipients: readonly RestrictedRecipient[]): GuardedStrategy[] {
  const byId = new Map<string, GuardedStrategy>();
  for (const r of recipients) if (!byId.has(r.strategy.strategyId)) byId.set(r.strategy.strategyId, r.strategy);
  return [...byId.values()];
}

/**
 * The Smart Alert's message when the send is stopped: each breach with the rule and its
 * paragraph, then how to override where the pack allows it — within 500 characters.
 */
export function alertMessage(breaches: readonly ComposeBreach[], pack: PolicyPack, canOverride: boolean): string {
  const overridable = breaches.every((b) => b.overridable) && canOverride && pack.composeGuard;
  const tail = overridable
    ? ` If ${pack.composeGuard!.when}, name that matter in a new message's subject and choose “${OVERRIDE_LABEL}”: it is recorded against the strategy with the subject (${cite(pack.composeGuard!.source)}); then send again.`
    : "";
  const lines = breaches.map((b) => `${b.message} (${b.policyRef})`);
  for (let shown = lines.length; shown > 0; shown -= 1) {
    const more = lines.length - shown;
    const text = `${lines.slice(0, shown).join(" ")}${more ? ` And ${more} more.` : ""}${tail}`;
    if (text.length <= ALERT_MAX) return text;
  }
  return clip(`${lines[0]}${tail}`, ALERT_MAX);
}

/** The Smart Alert button that records an override (Outlook allows 20 characters). */
export const OVERRIDE_LABEL = "Record override";

/** Reply and forward prefixes, as Outlook and other mailers write them in several languages. */
const REPLY_PREFIX = /^(\s*(re|fw|fwd|aw|sv|wg)\s*(\[\d+\])?\s*:\s*)+/i;
/** Words that name no matter: a subject made only of these (with the words below) says what the restricted thread already is. */
const NO_MATTER = "update reply message email contact strategy letter complaint complaints matter matters different another other new separate my your our his her their the a an about regarding re of on issue query enquiry case concern follow up following your";

const subjectWords = (subject: string) => subject.toLowerCase().replace(REPLY_PREFIX, "").match(/[\p{L}\p{N}]+/gu)?.join(" ") ?? "";

/** What the override's subject is judged against: how the message was started, and what the restricted person wrote about. */
export interface OverrideContext {
  /** Outlook's compose type: a reply or forward is in the thread of the message it answers (T7 #13). */
  composeType?: "newMail" | "reply" | "forward";
  /** Subjects of the restricted person's recent messages (the ContactLog's), as written. */
  personSubjects?: readonly string[];
}

/**
 * Why an override's subject cannot stand as its reason, or undefined when it names something: the override's
 * record is the only account of what different matter justified writing (T5 finding 6; Warwickshire 7.2 "other
 * matters", Gwent 8.0). Refused (T7 #13): a reply or forward (Outlook says so, or the subject keeps "RE:"/"Fwd:") —
 * the thread is the restricted matter by construction; a subject that is, or holds, the subject of one of the person's
 * recent messages once prefixes are stripped ("STILL waiting", "STILL waiting - different matter"); and one that names
 * no matter ("", "update", "Your complaint", "A different matter").
 */
export function overrideSubjectProblem(subject: string, context: OverrideContext = {}): string | undefined {
  const replying = context.composeType === "reply" || context.composeType === "forward" || REPLY_PREFIX.test(subject);
  if (replying) return "Nothing was overridden: a reply or forward in this person's thread is the same matter. Write a new message whose subject names the other matter.";
  const own = subjectWords(subject);
  const theirs = (context.personSubjects ?? []).map(subjectWords).filter((t) => t.length > 0);
  if (own && theirs.some((t) => own === t || ` ${own} `.includes(` ${t} `))) {
    return "Nothing was overridden: that is the subject of this person's own message, so the same matter. Name the other matter in the subject.";
  }
  if (emptyNote(own, NO_MATTER) === undefined) return undefined;
  return "Nothing was overridden: give the message a subject naming the different matter it is about, then send again.";
}

/** How an override is written to the AuditTrail: what was overridden, by whom, under which paragraph. */
export function overrideDetail(breach: ComposeBreach, writer: string, source: SourceRef | undefined, subject?: string): string {
  const under = source ? ` under ${cite(source)}` : "";
  const about = subject === undefined ? " (subject could not be read)" : subject.trim() ? ` about “${clip(subject.trim(), 200)}”` : " (no subject)";
  return `${writer} overrode “${breach.rule}” writing to ${breach.address}${about}${under}: ${breach.message} (${breach.policyRef})`;
}
