import { Caption1, Card, CardHeader, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Draft } from "./api";
import { htmlToText } from "./html-text";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalL },
  body: { whiteSpace: "pre-wrap", overflowWrap: "anywhere", margin: 0 },
});

/**
 * Forms the add-in opened (displayReplyForm / displayNewMessageForm), shown as Outlook would open
 * a draft: for a person to read and send. The harness never sends one.
 */
export function Drafts({ drafts }: { drafts: Draft[] }) {
  const styles = useStyles();
  if (drafts.length === 0) return null;
  return (
    <section className={styles.list} aria-label="Drafts opened by the add-in">
      {drafts.map((d, i) => (
        <Card key={i} data-testid="compose-draft" data-kind={d.kind}>
          <CardHeader header={<Text weight="semibold">{d.kind === "reply" ? "Reply" : "New message"}: {d.subject}</Text>} description={<Caption1>To: {d.to.join("; ")}</Caption1>} />
          {/* The add-in's own HTML, still shown as text: the harness never injects HTML. */}
          <div className={styles.body} data-testid="compose-draft-body">
            {htmlToText(d.htmlBody)}
          </div>
          {d.attachments.length > 0 && (
            <Caption1 data-testid="compose-draft-attachments">Attached: {d.attachments.map((a) => a.name).join("; ")}</Caption1>
          )}
        </Card>
      ))}
    </section>
  );
}
