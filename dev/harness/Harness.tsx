import { Button, MessageBar, MessageBarBody, Spinner, Subtitle1, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useSyncExternalStore } from "react";
import { ComposeWindow } from "./ComposeWindow";
import { ReadingPane } from "./ReadingPane";
import { MessageList } from "./MessageList";
import type { HarnessMailbox } from "./mailbox-store";

const useStyles = makeStyles({
  shell: { display: "grid", gridTemplateColumns: "minmax(260px, 320px) 1fr minmax(340px, 380px)", height: "100%" },
  pane: { overflowY: "auto", borderRight: `1px solid ${tokens.colorNeutralStroke2}`, padding: tokens.spacingHorizontalM },
  frame: { width: "100%", height: "100%", border: 0, display: "block" },
  top: { display: "flex", justifyContent: "space-between", alignItems: "center", marginBottom: tokens.spacingVerticalS },
});

/** Outlook's three columns: the list, the reading pane, the add-in's task pane (the real bundle). */
export function Harness({ mailbox }: { mailbox: HarnessMailbox }) {
  const styles = useStyles();
  const state = useSyncExternalStore(mailbox.subscribe, mailbox.getSnapshot);

  useEffect(() => {
    // The shim in the task pane iframe finds the mailbox here (same origin).
    window.__harness = mailbox;
    void mailbox.load();
    return () => {
      if (window.__harness === mailbox) delete window.__harness;
    };
  }, [mailbox]);

  const open = state.messages?.find((m) => m.id === state.selectedId);
  return (
    <div className={styles.shell}>
      <nav className={styles.pane} aria-label="Inbox">
        <div className={styles.top}>
          <Subtitle1 as="h1">Inbox</Subtitle1>
          <Button appearance="primary" onClick={() => mailbox.openCompose("new")} data-testid="new-message">
            New message
          </Button>
        </div>
        {state.error && (
          <MessageBar intent="error" data-testid="harness-error">
            <MessageBarBody>{state.error}</MessageBarBody>
          </MessageBar>
        )}
        {!state.messages && !state.error && <Spinner label="Loading the mailbox…" />}
        {state.messages && <MessageList messages={state.messages} selectedId={state.selectedId} master={state.master} onSelect={mailbox.select} />}
      </nav>
      {/* Focusable, as Outlook's reading pane is: a long message must scroll by keyboard (axe: scrollable-region-focusable). */}
      <main className={styles.pane} aria-label="Reading pane" data-testid="reading-pane" tabIndex={0}>
        {state.compose ? (
          <ComposeWindow view={state.compose} actions={mailbox.composeActions} />
        ) : (
          <ReadingPane
            message={open}
            notes={(open && state.notifications[open.id]) || {}}
            master={state.master}
            drafts={state.drafts}
            onReply={(m) => mailbox.openCompose("reply", [{ displayName: m.from.emailAddress.name, emailAddress: m.from.emailAddress.address }], `RE: ${m.subject}`)}
          />
        )}
      </main>
      <aside aria-label="Add-in task pane">
        {/* The page's hash goes to the pane: /harness/#strategy/<id> opens that strategy, as a deep link would. */}
        <iframe className={styles.frame} src={`/harness/taskpane.html${location.hash}`} title="Contact strategy task pane" data-testid="taskpane-frame" />
      </aside>
    </div>
  );
}
