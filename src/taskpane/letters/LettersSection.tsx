import type { Services } from "../../app/services";
import { kindsFor, type LetterAsk } from "../../app/letters";
import type { SenderVerdict } from "../../app/sender-check";
import type { ReadItem } from "../../outlook/mailbox";
import { guardedOf } from "../../app/incoming";
import { letterSenderProblem } from "../../policy/letters/who-sends";
import { LettersPanel, type LetterChoice } from "./LettersPanel";
import { useLetters, type LetterAction } from "./useLetters";

/**
 * The letters feature for the message in hand, loaded on demand (React.lazy) so neither it nor
 * `docx` is in the pane's first paint. The person is the strategy's when the sender has one
 * (read through the store until issue 11's approved snapshot is the one reader), otherwise the
 * sender — their display name is hostile text, made inert by the letter core.
 */
export default function LettersSection({
  services,
  item,
  verdict,
  senderAddress,
  largePrint = false,
}: {
  services: Services;
  item: ReadItem;
  verdict: SenderVerdict;
  senderAddress: string;
  /** Start in large print: the message asks for it (an adjustment: Warwickshire 5). */
  largePrint?: boolean;
}) {
  const strategy = verdict.kind === "strategy" ? verdict.strategy : undefined;
  // The terms in force, as the compose guard reads them: who may send to this person (T7 #16).
  const restricted = verdict.kind === "strategy" && verdict.inForce ? guardedOf(verdict.strategy) : undefined;
  const { outcome, letters, doubts, judgedOn, unfinished, listProblem, act, sent, finish, dismiss } = useLetters(services, strategy ? { strategyId: strategy.id } : { address: senderAddress }, restricted, restricted ? strategy : undefined);
  const notSender = restricted && letterSenderProblem(services.user.emailAddress, restricted, services.pack);

  const askFor = (choice: LetterChoice): LetterAsk => {
    const person = { name: item.from.displayName, address: senderAddress };
    switch (choice.kind) {
      case "warning":
        return { kind: "warning", person };
      case "signposting":
        return { kind: "signposting", person, ...(choice.signpost ? { signpost: choice.signpost } : {}) };
      case "breach":
        // The message in hand is the contact that broke the strategy.
        return { kind: "breach", strategy: strategy!, breachOn: item.receivedAt.slice(0, 10) };
      default:
        return { kind: choice.kind, strategy: strategy! };
    }
  };

  return (
    <LettersPanel
      kinds={kindsFor(strategy)}
      signposts={services.pack.letters?.signposts ?? []}
      outcome={outcome}
      letters={letters}
      listProblem={listProblem}
      canReply
      largePrintFirst={largePrint}
      onAct={(choice: LetterChoice, action: LetterAction) => void act(askFor(choice), action, choice.largePrint)}
      onMarkSent={(letter) => void sent(letter)}
      notSender={notSender}
      doubts={doubts}
      judgedOn={judgedOn}
      unfinished={unfinished}
      onFinish={(letter) => void finish(letter)}
      onDismiss={dismiss}
    />
  );
}
