import { useEffect, useState } from "react";
import type { MailboxPort } from "../../outlook/mailbox";

/**
 * The selected message's hidden passages (src/policy/text/hidden), read only when it has an alert to
 * quote: the HTML body is a second read, kept off the path to the banner. A body that cannot be read
 * as HTML hides nothing the pane can name; the alert still shows its words.
 */
export function useHiddenWords(mailbox: Pick<MailboxPort, "bodyHtml">, itemId: string, wanted: boolean): readonly string[] {
  const [hidden, setHidden] = useState<{ itemId: string; passages: readonly string[] }>();
  useEffect(() => {
    if (!wanted || !mailbox.bodyHtml) return;
    let current = true;
    // The parser loads with the first alert, never with the first paint (DESIGN budgets).
    Promise.all([mailbox.bodyHtml(itemId), import("../../policy/text/hidden")]).then(
      ([html, { hiddenPassages }]) => current && setHidden({ itemId, passages: hiddenPassages(html) }),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [mailbox, itemId, wanted]);
  return hidden?.itemId === itemId ? hidden.passages : NONE;
}

const NONE: readonly string[] = [];
