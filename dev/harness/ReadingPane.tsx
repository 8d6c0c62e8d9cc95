import { Body1, Button, Caption1, Subtitle1, makeStyles, tokens } from "@fluentui/react-components";
import type { Draft, GraphAddress, GraphMessage, MasterCategory, NotificationDetails } from "./api";
import { CategoryChips } from "./CategoryChips";
import { Drafts } from "./Drafts";
import { MessageBody } from "./MessageBody";
import { NotificationBar } from "./NotificationBar";

const useStyles = makeStyles({
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, marginBottom: tokens.spacingVerticalM },
});

const person = (a: GraphAddress) => `${a.emailAddress.name} <${a.emailAddress.address}>`;

/** The open message: notification bar, headers, category chips, then the body (never as live HTML). */
export function ReadingPane(props: { message: GraphMessage | undefined; notes: Record<string, NotificationDetails>; master: MasterCategory[]; drafts: Draft[]; onReply?: (message: GraphMessage) => void }) {
  const styles = useStyles();
  const { message } = props;
  return (
    <>
      {!message ? (
        <Body1>Select a message to read it.</Body1>
      ) : (
        <article aria-label={`Message from ${message.from.emailAddress.name}`} data-testid="reading-message" data-message-id={message.id}>
          <NotificationBar notes={props.notes} />
          <div className={styles.header}>
            <Subtitle1 as="h2" data-testid="reading-subject">
              {message.subject}
            </Subtitle1>
            <Caption1 data-testid="reading-from">From: {person(message.from)}</Caption1>
            <Caption1 data-testid="reading-to">To: {message.toRecipients.map(person).join("; ")}</Caption1>
            {message.ccRecipients.length > 0 && <Caption1 data-testid="reading-cc">Cc: {message.ccRecipients.map(person).join("; ")}</Caption1>}
            <Caption1 data-testid="reading-received">Received: {message.receivedDateTime ? new Date(message.receivedDateTime).toLocaleString("en-GB") : "not known"}</Caption1>
            <CategoryChips names={message.categories} master={props.master} testId="category-chip" label="Categories on this message" />
            {props.onReply && (
              <div>
                <Button onClick={() => props.onReply?.(message)} data-testid="reply">
                  Reply
                </Button>
              </div>
            )}
          </div>
          <MessageBody message={message} />
        </article>
      )}
      <Drafts drafts={props.drafts} />
    </>
  );
}
