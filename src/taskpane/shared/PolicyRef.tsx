import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Link,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Fragment, useEffect, useRef, useState, type ReactNode } from "react";
import type { PolicyPack } from "../../policy/packs/schema";
import { policySection, type PolicySection } from "../../policy/text/policy-sections";
import { describeStoreError } from "../errors";
import { usePolicyCopy } from "../services";
import { useLoad } from "./useLoad";
import { CITATION, isOwnPolicy } from "../../app/cite-words";
import { policyWords } from "./policy-words";

const useStyles = makeStyles({
  text: { whiteSpace: "pre-wrap", maxHeight: "60vh", overflowY: "auto", fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  // The citation is part of the sentence around it: its size, not the Link's own 14 px in a 12 px caption.
  inText: { fontSize: "inherit" },
});

/**
 * A policy reference in staff's words ("Managing Public Contact Policy (OPCC Warwickshire),
 * section 7.2"), each citation of the office's own policy a link that opens the cited section's
 * text beside the message, from the copy the add-in ships (`policyDocument.copy`); with no copy
 * shipped, a link to where the office publishes it (`policyDocument.url`). A citation of another
 * document, whose text the add-in does not carry, stays words (its title, never its file name).
 *
 * The link that opens a section is a span with the button role (Fluent's Link `as="span"`: focusable,
 * Enter and Space open it), not a <button>: a button is one unbreakable box, so a long citation
 * jumped to a line of its own and left "(" and ")" on the lines either side. A span wraps like the
 * words around it, and "(" stays with the title's first word, ")" with the section's number.
 */
export function PolicyRef({ reference, pack }: { reference: string; pack: PolicyPack }) {
  // The section last opened stays mounted once closed: Fluent's Dialog closes itself (and gives the rest of the
  // pane back to assistive technology); unmounted while open, it left the pane's root aria-hidden.
  const [section, setSection] = useState<string | undefined>();
  const [open, setOpen] = useState(false);
  // The dialog is opened by hand, not by a DialogTrigger, so focus is taken back to the link that opened it here.
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (!open && opener.current) {
      opener.current.focus();
      opener.current = null;
    }
  }, [open]);
  const styles = useStyles();
  const copy = pack.policyDocument.copy;
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of reference.matchAll(CITATION)) {
    const [whole, file, section] = match as unknown as [string, string, string];
    parts.push(reference.slice(last, match.index));
    const words = policyWords(whole, pack);
    parts.push(
      copy?.href.endsWith(`/${file}`) ? (
        <Link
          key={match.index}
          as="span"
          inline
          className={styles.inText}
          aria-haspopup="dialog"
          onClick={(event) => {
            opener.current = event.currentTarget;
            setSection(section);
            setOpen(true);
          }}
          data-testid="policy-link"
        >
          {words}
        </Link>
      ) : isOwnPolicy(file, pack) ? (
        // No copy shipped: the office's published policy, where the pack knows it.
        <Link key={match.index} href={pack.policyDocument.url} target="_blank" rel="noopener noreferrer" inline data-testid="policy-link-published">
          {words}
        </Link>
      ) : (
        words
      ),
    );
    last = match.index + whole.length;
  }
  parts.push(reference.slice(last));
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>{part}</Fragment>
      ))}
      {copy && section !== undefined && (
        <PolicySectionDialog open={open} href={copy.href} title={pack.policyDocument.title} published={pack.policyDocument.url} section={section} onClose={() => setOpen(false)} />
      )}
    </>
  );
}

/** The cited section, read when first opened; what could not be read or found is said, never another section shown instead. */
function PolicySectionDialog({ open, href, title, published, section, onClose }: { open: boolean; href: string; title: string; published: string; section: string; onClose: () => void }) {
  const styles = useStyles();
  const policyCopy = usePolicyCopy();
  const [state] = useLoad<PolicySection | undefined>(async () => policySection(await policyCopy(href), section), [href, section]);
  return (
    <Dialog open={open} onOpenChange={(_e, data) => !data.open && onClose()}>
      <DialogSurface aria-describedby={undefined} data-testid="policy-section">
        <DialogBody>
          <DialogTitle>
            {title}, section {state.state === "done" && state.value ? `${state.value.number} ${state.value.title}` : section}
          </DialogTitle>
          <DialogContent>
            {state.state === "loading" && <Spinner size="tiny" label="Reading the policy…" />}
            {state.state === "failed" && <p role="alert">The policy text could not be read: {describeStoreError(state.error)}</p>}
            {state.state === "done" &&
              (state.value ? (
                <div className={styles.text} tabIndex={0} role="document" aria-label={`Section ${state.value.number}`}>
                  {state.value.text}
                </div>
              ) : (
                <p role="alert">
                  Section {section} is not in the copy of the policy the add-in carries. Read it in{" "}
                  <Link href={published} target="_blank" rel="noopener noreferrer" inline>
                    the published policy
                  </Link>
                  .
                </p>
              ))}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose}>
              Close
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
