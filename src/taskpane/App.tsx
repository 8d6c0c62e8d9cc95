import { Divider, FluentProvider, Spinner, Title3, makeStyles, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { HostTheme } from "../outlook/host";
import type { Services } from "../app/services";
import { MessageReview } from "./MessageReview";
import { useSelection } from "./hooks/useSelection";
import { Notice } from "./components/Notice";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, minHeight: "100vh", boxSizing: "border-box" },
});

/** The read-mode pane: follows the selection and reviews each message. */
export function App({ services, theme }: { services: Services; theme: HostTheme }) {
  const styles = useStyles();
  const selection = useSelection(services.mailbox);
  return (
    <FluentProvider theme={theme === "dark" ? webDarkTheme : webLightTheme}>
      <main className={styles.root} aria-label="Contact strategy">
        <Title3 as="h1">Contact strategy</Title3>
        <Divider />
        {selection.state === "loading" && <Spinner size="small" label="Reading the message…" />}
        {selection.state === "none" && <Notice intent="info" title="No message selected">Select a message to check its sender.</Notice>}
        {selection.state === "error" && <Notice intent="error" title="Outlook did not give the message">{selection.message}</Notice>}
        {selection.state === "item" && <MessageReview key={selection.item.itemId} services={services} item={selection.item} />}
      </main>
    </FluentProvider>
  );
}
