import { useEffect, useMemo, useRef, useState } from "react";
import { checkSender, senderAddresses, type SenderVerdict } from "../../app/sender-check";
import { flagMessage, NOTIFICATION_KEY, type FlagOutcome } from "../../app/flag-message";
import { alertNotificationText, strategyWordsFor } from "../../app/alert-notification";
import { loadHistory } from "../../app/history";
import type { NotHers } from "../../app/records/added-outside";
import { lastKnownNotification, type LastKnown } from "../../app/last-known";
import { lookalikes as lookalikesOf, type Lookalike } from "../../app/lookalike";
import type { Services } from "../../app/services";
import { OutlookError, type ReadItem } from "../../outlook/mailbox";
import { alertOptionsOf } from "../../policy/alerts/context";
import { classify } from "../../policy/classifier/classify";
import type { Classification, ClassifierOptions, MessageInput } from "../../policy/classifier/types";
import { classifierOptions } from "../../policy/classifier/options";
import { staffNamesFor } from "../../app/staff-names";
import { asWritten } from "../../policy/address";
import { describeStoreError } from "../errors";
import { personTimeline, type Timeline } from "../../app/timeline";
import type { ContactRecord } from "../../policy/contact";
import type { IsoDate } from "../../policy/strategy";
import type { HistoryCoverage } from "./components/HistoryPanel";
import { messageInput } from "../../app/message-input";
import { useLearnedScorer, type LearnedScorerState } from "./useLearnedScorer";

export interface Review {
  verdict?: SenderVerdict;
  /** When the strategy could not be read: what was last known of it, to keep the warning (marked as possibly out of date). */
  lastKnown?: LastKnown;
  /** With no strategy for the sender: addresses under a strategy that the sender's look like (Unicode confusables). */
  lookalikes?: Lookalike[];
  flag?: FlagOutcome;
  /** The message and options the classifier reads: classified again when the learned scorer arrives. */
  toClassify?: { message: MessageInput; options: ClassifierOptions };
  /** The rules' suggestions and alerts, with the learned scorer's once it has loaded. */
  classification?: Classification;
  /** Whether the learned scorer is loading, in use, or could not be loaded (the suggestions are then the rules' alone). */
  learned?: LearnedScorerState;
  body?: string;
  senderAddress?: string;
  /** Set when the history is partial or unknown, saying why. */
  historyNote?: string | undefined;
  /** How much of the history could be read: a figure from a failed read is unknown, not 0. */
  historyCoverage?: HistoryCoverage;
  /** The decision the ContactLog already holds on this message. */
  recorded?: ContactRecord | undefined;
  /** A record of this message added outside the add-in in a colleague's name (T19-2): not the decision on it. */
  recordedOutside?: NotHers | undefined;
  /** Why the ContactLog could not be read, when it could not. */
  logProblem?: string | undefined;
  /** The latest day the person's records say they were told the decision on their matter. */
  lastMatterDecision?: IsoDate | undefined;
  /** The person's earlier decisions and warnings, with what could not be read. */
  timeline?: Timeline;
  /** Set when a step failed; the rest of the review still shows what it could. */
  problem?: string;
  busy: boolean;
}

/**
 * What the pane classifies a message with: the office's pack and staff domains, the sender's history, the approved
 * strategy's terms (new-matter alerts), and the office's staff by name — its configuration's `staffNames`, whom this
 * message was written to at the staff domains, and the signed-in reader — so a threat naming any of them is a threat to staff.
 */
export function reviewOptions(
  services: Pick<Services, "pack" | "config" | "user" | "now">,
  item: Pick<ReadItem, "to" | "cc">,
  history: ClassifierOptions["history"],
  inForce: Parameters<typeof alertOptionsOf>[0],
): ClassifierOptions {
  return classifierOptions(services.pack, {
    staffDomains: services.config.staffDomains,
    staffNames: staffNamesFor(services.config.staffNames, [...item.to, ...item.cc], services.config.staffDomains, services.user.displayName),
    history,
    now: services.now().toISOString(),
    ...alertOptionsOf(inForce),
  });
}

/**
 * For one selected message: the sender check first (the banner must appear within
 * moments), then flagging, then the body, history and classification. Each answer is
 * ignored if the selection has moved on.
 */
export function useMessageReview(services: Services, item: ReadItem | undefined): Review & { retry: () => void } {
  const [review, setReview] = useState<Review>({ busy: true });
  // Outlook raises no ItemChanged for the message already selected: "Check again" runs the review anew.
  const [attempt, setAttempt] = useState(0);
  // The writes to the message's notification, in order: an alert's, written last, replaces the strategy's.
  const notices = useRef<Promise<unknown>>(Promise.resolve());
  useEffect(() => {
    if (!item) return;
    let current = true;
    const update = (patch: Partial<Review>) => current && setReview((r) => ({ ...r, ...patch }));
    setReview({ busy: true });
    void (async () => {
      try {
        const verdict = await checkSender(item, { ...services, staffDomains: services.config.staffDomains });
        // The selection may have moved while the store answered: nothing more is done for this message.
        if (!current) return;
        const addresses = senderAddresses(item);
        // A read that failed never clears a warning: the last known state is kept, said to be possibly out of date.
        const lastKnown = verdict.kind === "unavailable" ? addresses.map((a) => services.lastKnown.get(a)).find(Boolean) : undefined;
        update({ verdict, senderAddress: addresses[0], ...(lastKnown ? { lastKnown } : {}) });
        if (verdict.kind === "strategy" && verdict.inForce) {
          services.lastKnown.remember([verdict.matchedAddress, ...addresses], verdict.strategy, services.now());
          const flagged = flagMessage(services.mailbox, item.itemId, verdict.strategy);
          notices.current = flagged.catch(() => undefined);
          void flagged.then((flag) => flag && update({ flag }), (e: unknown) => update({ problem: messageOf(e) }));
        } else if (verdict.kind === "unavailable") {
          const text = lastKnown ? lastKnownNotification(lastKnown, services.now()) : `Could not check now: a contact strategy may apply to ${verdict.summary.personName}. Check before replying.`;
          notices.current = services.mailbox.showNotification(item.itemId, NOTIFICATION_KEY, "informational", text.length <= 150 ? text : `${text.slice(0, 149)}…`).catch(() => undefined);
        } else {
          // Checked, and not in force for this sender: what was last known no longer holds.
          services.lastKnown.forget(addresses);
          const alike = verdict.kind === "none" ? lookalikesOf(addresses, services.index) : [];
          if (alike.length > 0) {
            update({ lookalikes: alike });
            const text = `Look-alike address: ${alike[0]!.address} is not ${alike[0]!.like}, under a contact strategy for ${alike[0]!.summary.personName}. Check who sent this.`;
            notices.current = services.mailbox.showNotification(item.itemId, NOTIFICATION_KEY, "informational", text.length <= 150 ? text : `${text.slice(0, 149)}…`).catch(() => undefined);
          } else {
            notices.current = services.mailbox.removeNotification(item.itemId, NOTIFICATION_KEY).catch(() => undefined);
          }
        }
        const strategy = verdict.kind === "strategy" ? verdict.strategy : undefined;
        // Only approved terms restrict (Gwent 7.0, Warwickshire 7): a record that merely claims to be in force raises no new-matter alert.
        const inForce = verdict.kind === "strategy" && verdict.inForce ? verdict.strategy : undefined;
        // A shared mailbox's mail is not the reader's own: its history comes from the ContactLog alone.
        const sources = { store: services.store, staffDomains: services.config.staffDomains, describe: describeStoreError, ...(item.sharedMailboxOwner ? {} : { mail: services.mail }) };
        const receivedAt = new Date(item.receivedAt).toISOString();
        const [body, { history, mailProblem, logProblem, recorded, recordedOutside, records }] = await Promise.all([
          services.mailbox.bodyText(item.itemId),
          loadHistory(sources, { addresses: senderAddresses(item), mailAddresses: rawSenderAddresses(item) }, strategy, services.now(), { internetMessageId: item.internetMessageId, receivedAt }),
        ]);
        if (!current) return;
        const toClassify = {
          message: messageInput(item, body),
          options: reviewOptions(services, item, history, inForce),
        };
        const timeline = personTimeline({
          contacts: records?.contacts,
          letters: records?.letters,
          // No strategy: no strategy decisions. A strategy that could not be read: its decisions are unknown.
          decisions: verdict.kind === "strategy" ? verdict.view.counted : verdict.kind === "none" ? [] : undefined,
          priorWarning: strategy?.priorWarning,
          current: item.internetMessageId,
        });
        const lastMatterDecision = history.decisionsCommunicated.at(-1)?.slice(0, 10);
        update({ body, toClassify, ...historyState(item, mailProblem, logProblem), recorded, recordedOutside, logProblem, timeline, lastMatterDecision, busy: false });
      } catch (error) {
        // A call refused because the selection moved belongs to a message no longer shown.
        if (error instanceof OutlookError && error.code === "itemChanged") return;
        update({ problem: messageOf(error), busy: false });
      }
    })();
    return () => {
      current = false;
    };
  }, [services, item, attempt]);
  // The weights are fetched once a message is shown (never with the first paint); the rules' alerts show meanwhile.
  const learned = useLearnedScorer(review.toClassify !== undefined);
  const scorer = learned.status === "ready" ? learned.scorer : undefined;
  const { toClassify } = review;
  const classification = useMemo(() => toClassify && classify(toClassify.message, scorer ? { ...toClassify.options, scorer } : toClassify.options), [toClassify, scorer]);
  // T5 finding 3: an alert is named first on the message itself (what a reader sees without the pane), never "read and file".
  const alerts = classification?.alerts;
  const { verdict } = review;
  useEffect(() => {
    if (!item || !verdict || !alerts?.length) return;
    const text = alertNotificationText(alerts, strategyWordsFor(verdict));
    notices.current = notices.current.then(() => services.mailbox.showNotification(item.itemId, NOTIFICATION_KEY, "informational", text)).catch(() => undefined);
  }, [alerts, verdict, item, services]);
  return { ...review, ...(classification ? { classification } : {}), learned, retry: () => setAttempt((n) => n + 1) };
}

/** A failure in the caseworker's words: "Failed to fetch" and a 503 each said for what they are. */
const messageOf = (error: unknown) => describeStoreError(error);

/** The addresses as the message gives them: Graph's `eq` on a sender matches exactly, so "pat+x@…" is searched as written too. */
function rawSenderAddresses(item: ReadItem): string[] {
  return [...new Set([item.from, item.sender, ...item.replyTo].map((a) => asWritten(a.emailAddress)).filter((a) => a.includes("@")))];
}

/**
 * How much of the history was read, and one note saying what is missing and why — never two
 * notes that contradict each other. With nothing read the figures are unknown, and the
 * suggestions were made from the message alone.
 */
function historyState(item: ReadItem, mailProblem: string | undefined, logProblem: string | undefined): { historyCoverage: HistoryCoverage; historyNote?: string } {
  const shared = Boolean(item.sharedMailboxOwner);
  if (logProblem && (shared || mailProblem)) {
    const mail = shared ? "Recent mail is not read in a shared mailbox." : `Recent mail: ${sentence(mailProblem!)}`;
    return {
      historyCoverage: "none",
      historyNote: `The sender’s history could not be read. Recorded contacts: ${sentence(logProblem)} ${mail} The figures are unknown, and the suggestions were made from this message alone.`,
    };
  }
  if (logProblem) return { historyCoverage: "partial", historyNote: `Recorded contacts could not be read, so the figures come from recent mail alone and may be higher. ${sentence(logProblem)}` };
  if (mailProblem) return { historyCoverage: "partial", historyNote: `Recent mail could not be read, so the figures come from recorded contacts alone and may be higher. ${sentence(mailProblem)}` };
  if (shared) return { historyCoverage: "full", historyNote: "Shared mailbox: history is from recorded contacts only." };
  return { historyCoverage: "full" };
}

/** An error's words as one sentence of ours: exactly one closing full stop (no "..", none missing). */
const sentence = (problem: string) => `${problem.trim().replace(/[.\s]+$/, "")}.`;
