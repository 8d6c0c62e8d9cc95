import { Body1, Button, Caption1, Link, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { PriorWarning } from "../../../policy/strategy";
import type { SenderVerdict } from "../../../app/sender-check";
import type { FlagOutcome } from "../../../app/flag-message";
import { ageWords, type LastKnown } from "../../../app/last-known";
import type { Lookalike } from "../../../app/lookalike";
import { unusualCharacters } from "../../../policy/confusable";
import { describeRestriction } from "../../../app/restriction-text";
import { CHANNEL_WORDS } from "../../../policy/categories";
import { longDate } from "../../../policy/calendar";
import { singlePointOfContact, staffGuidance, type MessageAlerts } from "../../../policy/guidance";
import { PolicyRef } from "../../shared/PolicyRef";
import type { PolicyPack } from "../../../policy/packs/schema";
import { STATUS_WORDS } from "../../../policy/strategy";
import { recordInDoubt, TERM_WORDS, type InForceView } from "../../../policy/in-force";
import { nameOf } from "../../../policy/decision";

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingInlineStart: tokens.spacingHorizontalL },
  line: { display: "block", marginTop: tokens.spacingVerticalXXS },
  facts: { margin: `${tokens.spacingVerticalXS} 0`, "& dd": { marginInlineStart: tokens.spacingHorizontalM, marginBottom: tokens.spacingVerticalXXS } },
});

/**
 * The banner for a sender with a strategy: restrictions, the single point of contact, the
 * allowed channels, the review date, and what to do with this message. A proposal that is
 * not approved is shown as such, never as in force.
 */
export function SenderBanner({
  verdict,
  flag,
  pack,
  alerts,
  lastKnown,
  lookalikes,
  now = new Date(),
  onRetry,
}: {
  verdict: SenderVerdict;
  flag?: FlagOutcome | undefined;
  pack: PolicyPack;
  alerts?: MessageAlerts;
  lastKnown?: LastKnown | undefined;
  lookalikes?: Lookalike[] | undefined;
  now?: Date;
  onRetry?: () => void;
}) {
  const styles = useStyles();
  if (verdict.kind === "none") {
    return (
      <>
        {lookalikes?.map((alike) => (
          <MessageBar key={`${alike.address} ${alike.like}`} intent="warning" layout="multiline" data-testid="lookalike">
            <MessageBarBody>
              <MessageBarTitle>Look-alike of an address under a contact strategy</MessageBarTitle>
              {alike.address} looks like {alike.like}, listed under a strategy for {alike.summary.personName} that is {STATUS_WORDS[alike.summary.status]}, but it
              is a different address{unusualWords(alike.address)}. It may be {alike.summary.personName} writing round the strategy, or someone else: check who
              sent this before replying.
            </MessageBarBody>
          </MessageBar>
        ))}
        <Caption1 data-testid="no-strategy">
          No contact strategy for {verdict.checked.join(", ") || "this sender"}.
        </Caption1>
      </>
    );
  }
  if (verdict.kind === "unavailable" && lastKnown) {
    // A read that failed never clears a warning: what was last known stands, marked with its age.
    return (
      <MessageBar intent="error" layout="multiline" data-testid="strategy-banner" data-status="lastKnown">
        <MessageBarBody>
          <MessageBarTitle>Contact strategy in force for {lastKnown.personName} — as last known</MessageBarTitle>
          <span data-testid="last-known">
            The strategy could not be checked now ({verdict.problem.trim().replace(/[.\s]+$/, "")}). As last checked {ageWords(lastKnown.knownAt, now)}: {lastKnown.restrictions}.
            {lastKnown.singlePointOfContact ? ` Single point of contact: ${lastKnown.singlePointOfContact}.` : ""} This may be out of date: check before replying.
          </span>
        </MessageBarBody>
        <RetryAction onRetry={onRetry} />
      </MessageBar>
    );
  }
  if (verdict.kind === "unavailable") {
    return (
      <MessageBar intent="warning" layout="multiline" data-testid="strategy-banner" data-status="unavailable">
        <MessageBarBody>
          <MessageBarTitle>A contact strategy may apply to {verdict.summary.personName}</MessageBarTitle>
          {verdict.matchedAddress} is listed under a strategy that is {STATUS_WORDS[verdict.summary.status]}, but its details could not be read ({verdict.problem.trim().replace(/[.\s]+$/, "")}). Check
          before replying.
        </MessageBarBody>
        <RetryAction onRetry={onRetry} />
      </MessageBar>
    );
  }
  const { strategy, inForce, view } = verdict;
  if (!inForce) {
    // A record in doubt (a decision on it since the last that counts unreadable, deleted or changed after it was recorded) never reads as "handle as usual" alone.
    const doubted = recordInDoubt(view);
    return (
      <MessageBar intent={doubted ? "warning" : "info"} layout="multiline" data-testid="strategy-banner" data-status={view.inForce ? "addressNotApproved" : doubted ? "inDoubt" : strategy.status}>
        <MessageBarBody>
          <MessageBarTitle>{doubted ? `Contact strategy for ${strategy.person.displayName} — its record is in doubt` : notInForceTitle(verdict, view)}</MessageBarTitle>
          {view.inForce
            ? `${verdict.matchedAddress} was added to ${strategy.person.displayName}'s strategy after it was approved; until the ${pack.authoriser.title} approves it, no restrictions apply to mail from it. Handle this message as usual.`
            : doubted
              ? `No decision that can be read puts ${strategy.person.displayName}'s strategy in force, but part of its record is missing, unreadable or was changed after it was recorded (below). Check with the ${pack.authoriser.title} before replying.`
              : `No restrictions apply to ${strategy.person.displayName} yet; handle this message as usual.`}
          {!view.inForce && (view.claimed === "active" || view.claimed === "underReview") && (
            <Body1 className={styles.line} data-testid="unbacked-claim">
              Its record says it is {STATUS_WORDS[view.claimed]}, but no approval by the {pack.authoriser.title} backs that. The record may have been changed outside the
              add-in: tell the {pack.authoriser.title}.
            </Body1>
          )}
          <RecordDoubts view={view} />
          <RefusedDecisions view={view} />
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (!view.inForce) return null; // inForce implies an in-force view; this narrows the type.
  const guidance = staffGuidance(strategy, pack, alerts);
  // Policy cited by its title and section, as staff read it, each citation opening the section's text.
  const words = (line: string) => <PolicyRef reference={line} pack={pack} />;
  const spoc = singlePointOfContact(strategy);
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
          {/* The single point of contact is named once, on its own line below, not again as a restriction. */}
          {strategy.restrictions
            .filter((r) => !(r.kind === "singlePointOfContact" && spoc))
            .map((r, i) => (
              <li key={i}>{describeRestriction(r)}</li>
            ))}
        </ul>
        {spoc && (
          <Body1 className={styles.line} data-testid="spoc">
            Single point of contact: <strong>{spoc.displayName}</strong>
          </Body1>
        )}
        <Body1 className={styles.line}>Allowed: {strategy.allowedChannels.map((c) => CHANNEL_WORDS[c]).join(", ")}</Body1>
        {strategy.reviewDate && (
          <Body1 className={styles.line} data-testid="review-date">
            Review date: {longDate(strategy.reviewDate)}
          </Body1>
        )}
        <Caption1 className={styles.line} data-testid="approved-by">
          {view.decision.kind === "approve" ? "Approved" : view.decision.kind === "alter" ? "Altered" : "Continued"} by {view.decision.author.displayName || nameOf(view.decision.author)} on{" "}
          {longDate(view.decision.recordedAt.slice(0, 10))}.
        </Caption1>
        {view.changedSinceApproval.length > 0 && (
          <Body1 className={styles.line} data-testid="changed-since-approval">
            <strong>Changed since approval: </strong>
            {view.changedSinceApproval.map((t) => TERM_WORDS[t]).join(", ")}. What is shown is what was approved; the changes apply only once the {pack.authoriser.title}{" "}
            approves them.
          </Body1>
        )}
        <Body1 className={styles.line} data-testid="what-to-do">
          <strong>This message: </strong>
          {words(guidance.handleThisMessage)}
        </Body1>
        <details className={styles.line}>
          <summary>What staff may and may not do</summary>
          <Caption1 block as="p">You may:</Caption1>
          <ul className={styles.list} aria-label="You may">
            {guidance.may.map((line) => (
              <li key={line}>
                <Caption1>{words(line)}</Caption1>
              </li>
            ))}
          </ul>
          <Caption1 block as="p">You may not:</Caption1>
          <ul className={styles.list} aria-label="You may not">
            {guidance.mayNot.map((line) => (
              <li key={line}>
                <Caption1>{words(line)}</Caption1>
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
        <details className={styles.line} data-testid="strategy-record">
          <summary>Why, and what the record holds</summary>
          <dl className={styles.facts}>
            <dt>Reasons</dt>
            <dd>{strategy.reasons || "None recorded."}</dd>
            {strategy.person.reference && (
              <>
                <dt>Case reference</dt>
                <dd>{strategy.person.reference}</dd>
              </>
            )}
            <dt>Reasonable adjustments</dt>
            <dd>{strategy.reasonableAdjustments.notes || (strategy.reasonableAdjustments.considered ? "Considered; none needed." : "Not recorded as considered.")}</dd>
            <dt>Prior warning</dt>
            <dd>{priorWarningWords(strategy.priorWarning)}</dd>
          </dl>
        </details>
        <Caption1 className={styles.line}>
          Policy:{" "}
          <Link href={pack.policyDocument.url} target="_blank" rel="noreferrer">
            {pack.policyDocument.title}
          </Link>
        </Caption1>
        <RecordDoubts view={view} />
        <RefusedDecisions view={view} />
      </MessageBarBody>
    </MessageBar>
  );
}

function notInForceTitle(verdict: Extract<SenderVerdict, { kind: "strategy" }>, view: InForceView): string {
  const { strategy } = verdict;
  if (view.inForce) return `Contact strategy in force for ${strategy.person.displayName} — not for this address`;
  if (view.why === "ended") return "Contact strategy ended";
  if (strategy.status === "proposed") return "Contact strategy proposed — not approved";
  if (strategy.status === "draft") return "Contact strategy drafted — not approved";
  if (strategy.status === "rejected") return "Contact strategy rejected";
  return "Contact strategy not approved";
}

/** What makes the strategy's record doubtful (a decision unreadable, deleted or changed after it was recorded): said, never a reason to say less. */
function RecordDoubts({ view }: { view: InForceView }) {
  const styles = useStyles();
  const doubts = view.doubts ?? [];
  if (doubts.length === 0) return null;
  return (
    <ul className={styles.list} aria-label="The record is in doubt" data-testid="record-doubts">
      {doubts.map((d, i) => (
        <li key={`${d.kind}${i}`}>
          <Caption1>{d.message}</Caption1>
        </li>
      ))}
    </ul>
  );
}

/** Decisions that did not count, each with why: a mistake or tampering is said out loud, never silently ignored. */
function RefusedDecisions({ view }: { view: InForceView }) {
  const styles = useStyles();
  if (view.refused.length === 0) return null;
  return (
    <ul className={styles.list} aria-label="Decisions that do not count" data-testid="refused-decisions">
      {view.refused.map((r) => (
        <li key={r.id}>
          <Caption1>{r.message}</Caption1>
        </li>
      ))}
    </ul>
  );
}

/** Which characters make a look-alike different, e.g. " (it has е U+0435)". */
function unusualWords(address: string): string {
  const unusual = unusualCharacters(address);
  return unusual.length ? ` (it has ${unusual.join(", ")})` : "";
}

/** Outlook raises nothing when the message already selected is clicked again: the banner offers the retry itself. */
function RetryAction({ onRetry }: { onRetry?: (() => void) | undefined }) {
  if (!onRetry) return null;
  return (
    <MessageBarActions>
      <Button onClick={onRetry}>Check again</Button>
    </MessageBarActions>
  );
}

function priorWarningWords(warning: PriorWarning): string {
  if (warning.kind === "given") return `Written warning given on ${longDate(warning.on)}${warning.reference ? ` (${warning.reference})` : ""}.`;
  if (warning.kind === "exception") return `No warning needed: physical violence used or threatened. ${warning.note}`;
  return "None recorded.";
}
