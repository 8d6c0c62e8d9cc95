import { useEffect, useRef, useState } from "react";
import { FluentProvider, Spinner, Title3, makeStyles, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { HostTheme } from "../../outlook/host";
import type { SafetyOnly } from "../../app/start";
import { Notice } from "../shared/Notice";
import { describeStoreError } from "../errors";
import { useSelection, type Selection } from "../review/useSelection";
import { Announcer, PaneAnnouncer } from "../shared/announcer";
import { SafetyCheck } from "./SafetyCheck";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, minHeight: "100vh", boxSizing: "border-box" },
});

/**
 * The pane when it could not start: each selected message is still checked for alerts (they need only
 * its text and the pack), what could not be checked is said plainly, and start-up is tried again each
 * time the reader selects another message (Outlook's ItemChanged) — so the pane comes back on its own
 * once Microsoft 365 answers, without anyone pressing "Try again".
 */
export function SafetyOnlyPane({ safety, theme, retrying, onRetry }: { safety: SafetyOnly; theme: HostTheme; retrying: boolean; onRetry: () => void }) {
  const [announcer] = useState(() => new Announcer());
  return (
    <FluentProvider theme={theme === "dark" ? webDarkTheme : webLightTheme}>
      <PaneAnnouncer announcer={announcer}>
        <Pane safety={safety} retrying={retrying} onRetry={onRetry} />
      </PaneAnnouncer>
    </FluentProvider>
  );
}

function Pane({ safety, retrying, onRetry }: { safety: SafetyOnly; retrying: boolean; onRetry: () => void }) {
  const styles = useStyles();
  const { selection, followProblem } = useSelection(safety.mailbox);
  // The first read is the message the pane opened on; every one after it is a new selection: start-up is tried again
  // (once per selection: a failed retry renders this pane again with the same selection, which tries nothing).
  const seen = useRef<Selection | undefined>(undefined);
  useEffect(() => {
    if (selection.state === "loading" || seen.current === selection) return;
    if (seen.current) onRetry();
    seen.current = selection;
  }, [selection, onRetry]);
  const problem = describeStoreError(safety.problem);
  const wording = safety.wordingProblem === undefined ? undefined : describeStoreError(safety.wordingProblem);
  return (
    <main className={styles.root} aria-label="Contact strategy" data-testid="safety-only">
      <Title3 as="h1">Contact strategy</Title3>
      <Notice intent="error" title="The contact-strategy pane could not start" {...(retrying ? {} : { onRetry })}>
        {problem} <strong>Not checked:</strong> whether a contact strategy applies to the sender, and the sender’s history. Each message’s own text is still checked below for a
        risk to life, a safeguarding concern, a crime or a threat to staff. {retrying ? "Trying again now…" : "The pane tries again each time you select a message."}
      </Notice>
      {wording !== undefined && (
        <Notice intent="warning" title="Your office’s own wording could not be read">
          {wording === problem ? "" : `${wording} `}The steps in any alert below are the product’s default, not your office’s policy.
        </Notice>
      )}
      {followProblem && (
        <Notice intent="warning" title="This pane cannot follow the selection">
          {followProblem} Close and reopen the pane on each message, so it never shows one message while you read another.
        </Notice>
      )}
      {selection.state === "loading" && <Spinner size="small" label="Reading the message…" />}
      {selection.state === "none" && <Notice intent="info" title="No message selected">Select a message to check it.</Notice>}
      {selection.state === "composing" && (
        <Notice intent="info" title="You are writing a message">
          This pane reviews messages you receive. Open it from a received message.
        </Notice>
      )}
      {selection.state === "error" && <Notice intent="error" title="Outlook did not give the message">{selection.message}</Notice>}
      {selection.state === "item" && <SafetyCheck key={selection.item.itemId} item={selection.item} safety={safety} />}
    </main>
  );
}
