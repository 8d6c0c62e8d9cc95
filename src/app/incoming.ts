import { alertOptionsOf } from "../policy/alerts/context";
import type { Scorer } from "../policy/scorer/types";
import { classify } from "../policy/classifier/classify";
import { classifierOptions } from "../policy/classifier/options";
import type { Alert } from "../policy/alerts/types";
import { EMPTY_HISTORY } from "../policy/contact";
import type { GuardedStrategy } from "../policy/compose-guard";
import { breachText, incomingBreaches, type IncomingBreach } from "../policy/incoming-breach";
import type { MailMessage } from "../policy/message";
import type { PolicyPack } from "../policy/packs/schema";
import type { ContactStrategy, IsoInstant } from "../policy/strategy";
import type { AuditEvent } from "../store/port";
import type { SenderVerdict } from "./sender-check";
import { breachEvent } from "./strategy/breaches";
import { staffNamesFor } from "./staff-names";

/** The pane's verdict when the strategy is in force for the address the message came from. */
export type InForceVerdict = Extract<SenderVerdict, { kind: "strategy" }> & { inForce: true };

export const isInForceVerdict = (verdict: SenderVerdict): verdict is InForceVerdict => verdict.kind === "strategy" && verdict.inForce;

/** What is done about one received message from a person under a strategy in force. */
export interface IncomingOutcome {
  strategyId: string;
  breaches: IncomingBreach[];
  alerts: Alert[];
  /** What goes on the strategy's record for its single point of contact, each idempotent on the message. */
  events: AuditEvent[];
  /** The folder (display name) the strategy's dedicated address diverts this mail to (Warwickshire 7). */
  divertTo?: string;
}

export const ALERT_ACTION = "alert";

/** The terms in force as the compose guard and the breach rules read them. */
export function guardedOf(strategy: ContactStrategy): GuardedStrategy {
  return {
    strategyId: strategy.id,
    personName: strategy.person.displayName,
    restrictions: strategy.restrictions,
    allowedChannels: strategy.allowedChannels,
    ...(strategy.singlePointOfContact ? { singlePointOfContact: strategy.singlePointOfContact } : {}),
    ...(strategy.reviewDate ? { reviewDate: strategy.reviewDate } : {}),
  };
}

/**
 * Judges a received message from a person whose strategy is in force (the verdict is the pane's
 * own, from the approved snapshot): which of its terms the message breaks (src/policy/incoming-breach),
 * and which alerts it raises (the classifier's, never suppressed by the strategy: Warwickshire 7.2
 * "all contact must be reviewed … irrespective of any contact strategy"). Both are recorded on the
 * strategy for its single point of contact, keyed on the message, so whoever sees it first — the
 * flagger in any mailbox it reached, or the pane — records it once.
 */
export function judgeIncoming(
  message: MailMessage,
  verdict: InForceVerdict,
  context: { mailbox: string; body: string; pack: PolicyPack; staffDomains: readonly string[]; staffNames?: readonly string[]; now: IsoInstant; by: string; scorer?: Scorer | undefined },
): IncomingOutcome {
  const strategy = verdict.strategy;
  const recipients = [...message.to, ...message.cc].map((a) => a.emailAddress).concat(context.mailbox);
  const breaches = incomingBreaches({ matchedAddress: verdict.matchedAddress, matchedBy: verdict.matchedBy, recipients: [...new Set(recipients)] }, guardedOf(strategy), context.pack);
  // As the pane judges it: the approved restrictions and closed matter (a new-matter alert reads both).
  const classification = classify(
    { id: message.internetMessageId, from: message.from.emailAddress, to: message.to.map((a) => a.emailAddress), cc: message.cc.map((a) => a.emailAddress), subject: message.subject, body: context.body, receivedAt: message.receivedAt, attachments: message.attachments },
    // The office's staff by name: its configuration's and whom the message was written to at the staff domains (Graph's names).
    classifierOptions(context.pack, { staffDomains: context.staffDomains, staffNames: staffNamesFor(context.staffNames ?? [], [...message.to, ...message.cc], context.staffDomains), history: EMPTY_HISTORY, now: context.now, ...alertOptionsOf(strategy), ...(context.scorer ? { scorer: context.scorer } : {}) }),
  );
  const alerts = classification.alerts;
  const events: AuditEvent[] = [];
  if (breaches.length > 0) {
    events.push(breachEvent({ strategyId: strategy.id, at: message.receivedAt, by: context.by, what: breachText(breaches), internetMessageId: message.internetMessageId }));
  }
  if (alerts.length > 0) events.push(alertEvent(strategy.id, message, alerts, context.by));
  const divert = strategy.restrictions.find((r) => r.kind === "dedicatedAddress");
  return { strategyId: strategy.id, breaches, alerts, events, ...(divert ? { divertTo: divert.divertToFolder } : {}) };
}

/** An alert raised on a strategy's record: what was found and what to do now, for the single point of contact. */
function alertEvent(strategyId: string, message: MailMessage, alerts: readonly Alert[], by: string): AuditEvent {
  const found = alerts.map((a) => `${a.guidance.title}: ${a.guidance.steps[0]?.text ?? "review it now"}`).join(" ");
  return {
    id: `strategy:${strategyId}:alert:${message.internetMessageId}`,
    target: `strategy:${strategyId}`,
    action: ALERT_ACTION,
    by,
    at: message.receivedAt,
    detail: `${found} (message ${message.internetMessageId}, “${message.subject.slice(0, 120)}”)`,
  };
}
