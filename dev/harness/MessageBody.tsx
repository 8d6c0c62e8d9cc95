import { makeStyles, tokens } from "@fluentui/react-components";
import type { GraphMessage } from "./api";
import { htmlToText } from "./html-text";

const useStyles = makeStyles({
  text: { whiteSpace: "pre-wrap", overflowWrap: "anywhere", fontFamily: tokens.fontFamilyBase, fontSize: tokens.fontSizeBase300, margin: 0 },
});

/**
 * The body as text. Mail content is hostile: HTML is parsed into an inert document and only
 * its text (paragraphs kept) is rendered, by React, as text. A sandboxed srcdoc iframe
 * would keep the formatting, but accessibility checkers (axe) cannot enter a frame whose
 * sandbox forbids scripts, and the browser tests run axe on this page.
 */
export function bodyAsText(body: GraphMessage["body"]): string {
  return body.contentType === "html" ? htmlToText(body.content) : body.content;
}

export function MessageBody({ message }: { message: GraphMessage }) {
  const styles = useStyles();
  return (
    <div className={styles.text} data-testid="message-body" data-content-type={message.body.contentType}>
      {bodyAsText(message.body)}
    </div>
  );
}
