import { useEffect, useState } from "react";
import { checkSender, senderAddresses, type SenderVerdict } from "../../app/sender-check";
import { flagMessage, NOTIFICATION_KEY, type FlagOutcome } from "../../app/flag-message";
import { loadHistory } from "../../app/history";
import type { Services } from "../../app/services";
import { OutlookError, type ReadItem } from "../../outlook/mailbox";
import { alertOptionsOf } from "../../policy/alerts/context";
import { classify } from "../../policy/classifier/classify";
import type { Classification } from "../../policy/classifier/types";
import { classifierOptions } from "../../policy/classifier/options";
import { asWritten } from "../../policy/address";
import type { ContactRecord } from "../../policy/contact";

export interface Review {
  verdict?: SenderVerdict;
  flag?: FlagOutcome;
  classification?: Classification;
  body?: string;
  senderAddress?: string;
  /** Set when the history is partial (recorded contacts only), saying why. */
  historyNote?: string | undefined;
  /** The decision the ContactLog already holds on this message. */
  recorded?: ContactRecord | undefined;
  /** Why the ContactLog could not be read, when it could not. */
  logProblem?: string | undefined;
  /** Set when a step failed; the rest of the review still shows what it could. */
  problem?: string;
  busy: boolean;
}

/**
 * For one selected message: the sender check first (the banner must appear within
 * moments), then flagging, then the body, history and classification. Each answer is
 * ignored if the selection has moved on.
 */
export function useMessageReview(services: Services, item: ReadItem | undefined): Review {
  const [review, setReview] = useState<Review>({ busy: true });
  useEffect(() => {
    if (!item) return;
    let current = true;
    const update = (patch: Partial<Review>) => current && setReview((r) => ({ ...r, ...patch }));
    setReview({ busy: true });
    void (async () => {
      try {
        const verdict = await checkSender(item, services);
        // The selection may have moved while the store answered: nothing more is done for this message.
        if (!current) return;
        update({ verdict, senderAddress: senderAddresses(item)[0] });
        if (verdict.kind === "strategy" && verdict.inForce) {
          void flagMessage(services.mailbox, item.itemId, verdict.strategy).then((flag) => flag && update({ flag }), (e: unknown) => update({ problem: messageOf(e) }));
        } else {
          void services.mailbox.removeNotification(item.itemId, NOTIFICATION_KEY).catch(() => undefined);
        }
        const strategy = verdict.kind === "strategy" ? verdict.strategy : undefined;
        // Only approved terms restrict (Gwent 7.0, Warwickshire 7): a record that merely claims to be in force raises no new-matter alert.
        const inForce = verdict.kind === "strategy" && verdict.inForce ? verdict.strategy : undefined;
        // A shared mailbox's mail is not the reader's own: its history comes from the ContactLog alone.
        const sources = { store: services.store, staffDomains: services.config.staffDomains, ...(item.sharedMailboxOwner ? {} : { mail: services.mail }) };
        const receivedAt = new Date(item.receivedAt).toISOString();
        const [body, { history, mailProblem, logProblem, recorded }] = await Promise.all([
          services.mailbox.bodyText(item.itemId),
          loadHistory(sources, { addresses: senderAddresses(item), mailAddresses: rawSenderAddresses(item) }, strategy, services.now(), { internetMessageId: item.internetMessageId, receivedAt }),
        ]);
        if (!current) return;
        const classification = classify(
          {
            id: item.internetMessageId,
            from: item.from.emailAddress,
            to: item.to.map((a) => a.emailAddress),
            cc: item.cc.map((a) => a.emailAddress),
            subject: item.subject,
            body,
            receivedAt,
            attachments: item.attachments,
          },
          classifierOptions(services.pack, { staffDomains: services.config.staffDomains, history, now: services.now().toISOString(), ...alertOptionsOf(inForce) }),
        );
        update({ body, classification, historyNote: historyNote(item, mailProblem, logProblem), recorded, logProblem, busy: false });
      } catch (error) {
        // A call refused because the selection moved belongs to a message no longer shown.
        if (error instanceof OutlookError && error.code === "itemChanged") return;
        update({ problem: messageOf(error), busy: false });
      }
    })();
    return () => {
      current = false;
    };
  }, [services, item]);
  return review;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The addresses as the message gives them: Graph's `eq` on a sender matches exactly, so "pat+x@…" is searched as written too. */
function rawSenderAddresses(item: ReadItem): string[] {
  return [...new Set([item.from, item.sender, ...item.replyTo].map((a) => asWritten(a.emailAddress)).filter((a) => a.includes("@")))];
}

/** What the history shown is missing, and why. */
function historyNote(item: ReadItem, mailProblem: string | undefined, logProblem: string | undefined): string | undefined {
  const notes = [
    item.sharedMailboxOwner ? "Shared mailbox: history is from recorded contacts only." : mailProblem ? `Recent mail could not be read, so history is from recorded contacts only. ${mailProblem}` : undefined,
    logProblem ? `Recorded contacts could not be read, so history is from recent mail only. ${logProblem}` : undefined,
  ].filter(Boolean);
  return notes.length ? notes.join(" ") : undefined;
}

/** The strategy in force, for new-matter alerts (Gwent 8.0), or nothing. */
