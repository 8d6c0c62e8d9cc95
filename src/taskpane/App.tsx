import { useSyncExternalStore } from "react";
import { Divider, FluentProvider, Spinner, Title3, makeStyles, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { HostTheme } from "../outlook/host";
import type { Services } from "../app/services";
import { MessageReview } from "./review/MessageReview";
import { useSelection } from "./review/useSelection";
import { ServicesProvider } from "./services";
import { Notice } from "./shared/Notice";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, minHeight: "100vh", boxSizing: "border-box" },
});

/** The read-mode pane: its services for every feature below (React context), and the message under review. */
export function App({ services, theme }: { services: Services; theme: HostTheme }) {
  return (
    <ServicesProvider services={services}>
      <FluentProvider theme={theme === "dark" ? webDarkTheme : webLightTheme}>
        <Pane services={services} />
      </FluentProvider>
    </ServicesProvider>
  );
}

/** Follows the selection and reviews each message. */
function Pane({ services }: { services: Services }) {
  const styles = useStyles();
  const { selection, followProblem } = useSelection(services.mailbox);
  const failedSaves = useSyncExternalStore(services.saves.subscribe, services.saves.failures);
  const shown = selection.state === "item" ? selection.item.internetMessageId : undefined;
  return (
    <main className={styles.root} aria-label="Contact strategy">
      <Title3 as="h1">Contact strategy</Title3>
      <Divider />
      {selection.state === "loading" && <Spinner size="small" label="Reading the message…" />}
      {followProblem && (
        <Notice intent="warning" title="This pane cannot follow the selection">
          {followProblem} Close and reopen the pane on each message, so it never shows one message while you read another.
        </Notice>
      )}
      {failedSaves
        .filter((f) => f.internetMessageId !== shown)
        .map((f) => (
          <Notice key={f.internetMessageId} intent="error" title={`“${f.subject}” was not recorded`} onDismiss={() => services.saves.dismiss(f.internetMessageId)}>
            {f.message} Select that message and record it again; nothing will be written twice.
          </Notice>
        ))}
      {selection.state === "none" && <Notice intent="info" title="No message selected">Select a message to check its sender.</Notice>}
      {selection.state === "composing" && (
        <Notice intent="info" title="You are writing a message">
          This pane reviews messages you receive. Open it from a received message to see the sender’s contact strategy and classify
          the message. Checks on the people you write to are not part of the add-in yet.
        </Notice>
      )}
      {selection.state === "error" && <Notice intent="error" title="Outlook did not give the message">{selection.message}</Notice>}
      {selection.state === "item" && <MessageReview key={selection.item.itemId} item={selection.item} />}
    </main>
  );
}
