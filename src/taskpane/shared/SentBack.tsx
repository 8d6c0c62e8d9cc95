import { Link, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { staffName, type SentBack, type SentBackEntry } from "../../app/strategy/sent-back";
import { longDate } from "../../policy/calendar";
import { hashOf } from "../route";
import { Notice } from "./Notice";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

const reason = (why: string) => (why ? `: “${why}”` : ".");

/** "sent back by Morgan Reid on 4 December 2026: “Add the evidence.”" */
export const sentBackWords = (sent: SentBack) => `sent back by ${staffName(sent.by)} on ${longDate(sent.at)}${reason(sent.why)}`;

/** The proposals sent back to the signed-in person: each links to its page, where they change it and submit it again. */
export function SentBackToYou({ entries, onDismiss }: { entries: readonly SentBackEntry[]; onDismiss: () => void }) {
  const styles = useStyles();
  if (entries.length === 0) return null;
  const one = entries.length === 1;
  return (
    <div data-testid="sent-back-to-you">
      <Notice intent="warning" title={one ? "A proposal was sent back to you" : `${entries.length} proposals were sent back to you`} onDismiss={onDismiss}>
        {one ? "It waits for you" : "They wait for you"}: change what the authoriser asked and submit again, or leave it as a draft.
        <ul className={styles.list}>
          {entries.map(({ strategy, sentBack }) => (
            <li key={strategy.id}>
              <Link href={hashOf({ screen: "strategy", id: strategy.id })}>{strategy.person.displayName}</Link> — {sentBackWords(sentBack)}
            </li>
          ))}
        </ul>
      </Notice>
    </div>
  );
}

/** On the strategy's own page: who it waits for, and why it came back. */
export function SentBackNotice({ sent, you }: { sent: SentBack; you: string }) {
  const yours = sent.proposer?.toLowerCase() === you.toLowerCase();
  const whom = sent.proposer ? staffName(sent.proposer) : "its proposer";
  return (
    <div data-testid="sent-back-notice">
      <Notice intent="warning" title={yours ? "Sent back to you: it waits for you" : `Sent back: awaiting ${whom}`}>
        {sentBackWords(sent).replace(/^s/, "S")}{" "}
        {yours ? "Change what was asked below and submit it again; until then it is a draft and nothing applies." : `It is a draft again until ${whom} changes it and submits it again.`}
      </Notice>
    </div>
  );
}

/** The authoriser's view: proposals out of their queue because they wait for their proposers, each named. */
export function SentBackSection({ entries }: { entries: readonly SentBackEntry[] }) {
  const styles = useStyles();
  return (
    <section aria-labelledby="sent-back-heading" className={styles.section}>
      <Subtitle2 as="h2" id="sent-back-heading">
        Sent back, awaiting the proposer ({entries.length})
      </Subtitle2>
      {entries.length === 0 ? (
        "No proposal is waiting for its proposer."
      ) : (
        <ul className={styles.list} data-testid="sent-back">
          {entries.map(({ strategy, sentBack }) => (
            <li key={strategy.id}>
              <Link href={hashOf({ screen: "strategy", id: strategy.id })}>{strategy.person.displayName}</Link> — awaiting{" "}
              {sentBack.proposer ? staffName(sentBack.proposer) : "its proposer"}; {sentBackWords(sentBack)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
