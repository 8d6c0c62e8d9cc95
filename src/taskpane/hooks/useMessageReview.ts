import { useEffect, useState } from "react";
import { checkSender, senderAddresses, type SenderVerdict } from "../../app/sender-check";
import { flagMessage, type FlagOutcome } from "../../app/flag-message";
import { loadHistory } from "../../app/history";
import type { Services } from "../../app/services";
import type { ReadItem } from "../../outlook/mailbox";
import { classify } from "../../policy/classifier/classify";
import type { Classification } from "../../policy/classifier/types";
import { wordingFor } from "../../policy/packs/index";

export interface Review {
  verdict?: SenderVerdict;
  flag?: FlagOutcome;
  classification?: Classification;
  body?: string;
  senderAddress?: string;
  /** Set when the history is partial (recorded contacts only), saying why. */
  historyNote?: string | undefined;
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
        const verdict = await checkSender(item, services.index, services.store);
        update({ verdict, senderAddress: senderAddresses(item)[0] });
        if (verdict.kind === "strategy" && verdict.inForce) {
          void flagMessage(services.mailbox, verdict.strategy).then((flag) => update({ flag }), (e: unknown) => update({ problem: String(e) }));
        } else {
          void services.mailbox.removeNotification("contactStrategy").catch(() => undefined);
        }
        const strategy = verdict.kind === "strategy" ? verdict.strategy : undefined;
        // A shared mailbox's mail is not the reader's own: its history comes from the ContactLog alone.
        const sources = { store: services.store, staffDomains: services.config.staffDomains, ...(item.sharedMailboxOwner ? {} : { mail: services.mail }) };
        const [body, { history, mailProblem }] = await Promise.all([
          services.mailbox.bodyText(),
          loadHistory(sources, senderAddresses(item), strategy, services.now(), item.internetMessageId),
        ]);
        const classification = classify(
          {
            id: item.internetMessageId,
            from: item.from.emailAddress,
            to: item.to.map((a) => a.emailAddress),
            cc: item.cc.map((a) => a.emailAddress),
            subject: item.subject,
            body,
            receivedAt: new Date(item.dateTimeCreated).toISOString(),
          },
          {
            responseDays: services.pack.responseTimes.workingDays,
            staffDomains: services.config.staffDomains,
            history,
            now: services.now().toISOString(),
            wording: (category, subType) => wordingFor(services.pack, category, subType),
          },
        );
        update({ body, classification, historyNote: item.sharedMailboxOwner ? "Shared mailbox: history is from recorded contacts only." : mailProblem ? `Recent mail could not be read, so history is from recorded contacts only. ${mailProblem}` : undefined, busy: false });
      } catch (error) {
        update({ problem: error instanceof Error ? error.message : String(error), busy: false });
      }
    })();
    return () => {
      current = false;
    };
  }, [services, item]);
  return review;
}
