import { Body1, Caption1, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Alert } from "../../policy/alerts/types";
import type { PolicyPack } from "../../policy/packs/schema";
import { PolicyRef } from "../shared/PolicyRef";
import { AlertEvidence } from "./AlertEvidence";
import { isHidden } from "../../policy/text/hidden-words";
import { alertPassages, type Passage } from "./passages";
import { useAlertStyles } from "./alerts.styles";

/**
 * One alert, in Fluent's error MessageBar (the pane's announcer says it was raised: MessageReview): what was found, with the words
 * marked; what to do now in the office's words, each step citing its section; and that the
 * contact strategy does not change this (Warwickshire 7.2).
 */
export function AlertBar({
  alert,
  shown,
  subject,
  body,
  pack,
  hidden = [],
}: {
  alert: Alert;
  shown?: Pick<Alert, "evidence"> & { shownAbove?: string };
  subject: string;
  body: string;
  pack: PolicyPack;
  /** The message's hidden passages (src/policy/text/hidden): words quoted from them are said to be hidden. */
  hidden?: readonly string[] | undefined;
}) {
  const styles = useAlertStyles();
  const { guidance } = alert;
  const evidence = (shown ?? alert).evidence;
  // Evidence in the same sentence is one quote with each of its words marked, not the sentence twice.
  const passages = alertPassages(evidence, subject, body);
  // T7 #16: words a reader will not see when reading the message are said to be hidden, or the alert looks false.
  const isHiddenPassage = (p: Passage) => p.field === "body" && p.marks.every((m) => isHidden(body.slice(m.start, m.end), hidden));
  const seen = passages.filter((p) => !isHiddenPassage(p));
  const unseen = passages.filter(isHiddenPassage);
  const quotes = (list: Passage[], testId: string) => (
    <ul className={styles.list} data-testid={testId}>
      {list.map((p) => (
        <li key={`${p.field}:${p.start}`}>
          <AlertEvidence passage={p} subject={subject} body={body} />
        </li>
      ))}
    </ul>
  );
  return (
    <MessageBar intent="error" layout="multiline" data-testid="alert" data-kind={alert.kind}>
      <MessageBarBody>
        <MessageBarTitle>{guidance.title}</MessageBarTitle>
        {(evidence.length === 0 || seen.length > 0) && <Body1 className={styles.line}>Found in the message:{evidence.length === 0 && " the words marked in the alert above."}</Body1>}
        {seen.length > 0 && quotes(seen, "alert-evidence-seen")}
        {unseen.length > 0 && (
          <>
            <Body1 className={styles.line} data-testid="alert-hidden-note">
              <strong>Found in text hidden in the message:</strong> these words were sent in the message but are hidden in it (for example white, tiny or
              invisible text), so you will not see them when you read it. They were still written to the office: act on them.
            </Body1>
            {quotes(unseen, "alert-evidence-hidden")}
          </>
        )}
        <Body1 className={styles.line}>
          <strong>What to do now</strong>
        </Body1>
        <ol className={styles.list} data-testid="alert-steps">
          {guidance.steps.map((step) => (
            <li key={step.text}>
              {step.text}{" "}
              <Caption1>
                (<PolicyRef reference={step.policyRef} pack={pack} />)
              </Caption1>
            </li>
          ))}
        </ol>
        {guidance.isDefault && <Caption1 className={styles.line}>Your office's policy pack gives no wording for this alert: these steps are the product's default.</Caption1>}
        <Body1 className={styles.line} data-testid="alert-strategy-note">
          <PolicyRef reference={guidance.strategyNote} pack={pack} />
        </Body1>
      </MessageBarBody>
    </MessageBar>
  );
}
