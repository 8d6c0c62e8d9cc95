import { Body1, Caption1, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { SenderVerdict } from "../../app/sender-check";
import type { FlagOutcome } from "../../app/flag-message";
import { describeRestriction } from "../../app/restriction-text";
import { CHANNEL_WORDS } from "../../policy/categories";
import { longDate } from "../../policy/calendar";
import { staffGuidance } from "../../policy/guidance";
import type { PolicyPack } from "../../policy/packs/schema";
import { STATUS_WORDS } from "../../policy/strategy";

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingInlineStart: tokens.spacingHorizontalL },
  line: { display: "block", marginTop: tokens.spacingVerticalXXS },
});

/**
 * The banner for a sender with a strategy: restrictions, the single point of contact, the
 * allowed channels, the review date, and what to do with this message. A proposal that is
 * not approved is shown as such, never as in force.
 */
export function SenderBanner({ verdict, flag, pack }: { verdict: SenderVerdict; flag?: FlagOutcome; pack: PolicyPack }) {
  const styles = useStyles();
  if (verdict.kind === "none") {
    return (
      <Caption1 data-testid="no-strategy">
        No contact strategy for {verdict.checked.join(", ") || "this sender"}.
      </Caption1>
    );
  }
  if (verdict.kind === "unavailable") {
    return (
      <MessageBar intent="warning" layout="multiline" data-testid="strategy-banner" data-status="unavailable">
        <MessageBarBody>
          <MessageBarTitle>A contact strategy may apply to {verdict.summary.personName}</MessageBarTitle>
          {verdict.matchedAddress} is listed under a strategy that is {STATUS_WORDS[verdict.summary.status]}, but its details could not be read ({verdict.problem}). Check
          before replying; select the message again to retry.
        </MessageBarBody>
      </MessageBar>
    );
  }
  const { strategy, inForce } = verdict;
  if (!inForce) {
    return (
      <MessageBar intent="info" data-testid="strategy-banner" data-status={strategy.status}>
        <MessageBarBody>
          <MessageBarTitle>
            {strategy.status === "proposed" ? "Contact strategy proposed — not approved" : `Contact strategy ${strategy.status}`}
          </MessageBarTitle>
          No restrictions apply to {strategy.person.displayName} yet; handle this message as usual.
        </MessageBarBody>
      </MessageBar>
    );
  }
  const guidance = staffGuidance(strategy, pack);
  const matchedOn = verdict.matchedBy === "from" ? undefined : verdict.matchedBy === "replyTo" ? "Reply-To" : "Sender";
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="strategy-banner" data-status={strategy.status}>
      <MessageBarBody>
        <MessageBarTitle>Contact strategy in force — {strategy.person.displayName}</MessageBarTitle>
        {matchedOn && (
          <Body1 className={styles.line} data-testid="matched-on">
            Recognised by the {matchedOn} address {verdict.matchedAddress}: this message comes from an address the strategy does not list.
          </Body1>
        )}
        <ul className={styles.list} aria-label="Restrictions">
          {strategy.restrictions.map((r, i) => (
            <li key={i}>{describeRestriction(r)}</li>
          ))}
        </ul>
        {strategy.singlePointOfContact && (
          <Body1 className={styles.line} data-testid="spoc">
            Single point of contact: <strong>{strategy.singlePointOfContact.displayName}</strong>
          </Body1>
        )}
        <Body1 className={styles.line}>Allowed: {strategy.allowedChannels.map((c) => CHANNEL_WORDS[c]).join(", ")}</Body1>
        {strategy.reviewDate && (
          <Body1 className={styles.line} data-testid="review-date">
            Review date: {longDate(strategy.reviewDate)}
          </Body1>
        )}
        <Body1 className={styles.line} data-testid="what-to-do">
          <strong>This message: </strong>
          {guidance.handleThisMessage}
        </Body1>
        <details className={styles.line}>
          <summary>What staff may and may not do</summary>
          <Caption1 block as="p">You may:</Caption1>
          <ul className={styles.list}>
            {guidance.may.map((line) => (
              <li key={line}>
                <Caption1>{line}</Caption1>
              </li>
            ))}
          </ul>
          <Caption1 block as="p">You may not:</Caption1>
          <ul className={styles.list}>
            {guidance.mayNot.map((line) => (
              <li key={line}>
                <Caption1>{line}</Caption1>
              </li>
            ))}
          </ul>
        </details>
        {flag?.message && (
          <Caption1 className={styles.line} role="status">
            {flag.message}
          </Caption1>
        )}
        {flag?.notificationProblem && (
          <Caption1 className={styles.line} role="status">
            {flag.notificationProblem}
          </Caption1>
        )}
        <Caption1 className={styles.line}>Policy: {pack.policyDocument.title}</Caption1>
      </MessageBarBody>
    </MessageBar>
  );
}
