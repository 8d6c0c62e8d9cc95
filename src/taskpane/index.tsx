import { FluentProvider, Spinner, webLightTheme } from "@fluentui/react-components";
import { createRoot, type Root } from "react-dom/client";
import { startPane, type SafetyOnly } from "../app/start";
import { signInWithDialog, supportsNestedAppAuth } from "../outlook/auth-dialog";
import { hostTheme, officeReady } from "../outlook/host";
import { createOfficeMailbox } from "../outlook/office/mailbox";
import { withOneSelectionHandler } from "../outlook/one-selection-handler";
import { createRoamingPreferences } from "../outlook/office/preferences";
import type { MailboxPort } from "../outlook/mailbox";
import { App } from "./App";
import { SafetyOnlyPane } from "./safety-only/SafetyOnlyPane";

/** Task pane entry: wait for Office, wire the services once, render once. */
async function start(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root");
  await officeReady();
  const root = createRoot(container);
  root.render(
    <FluentProvider theme={webLightTheme}>
      <Spinner label="Starting the contact-strategy pane…" style={{ marginTop: 24 }} />
    </FluentProvider>,
  );
  await connect(root, withOneSelectionHandler(createOfficeMailbox()));
}

/**
 * Wires the services and renders the pane. When it cannot start (Microsoft 365 not answering, no
 * permission, config.json unreadable) the pane still checks each message's text for alerts and says
 * what it could not check, and tries again — on "Try again" and on each new selection — while it
 * goes on showing the message's alerts; once it starts, the full pane takes its place.
 */
async function connect(root: Root, mailbox: MailboxPort): Promise<void> {
  // Hosts without nested app authentication sign in through the Office dialog instead.
  const signInFallback = supportsNestedAppAuth() ? undefined : () => signInWithDialog(new URL("auth.html", location.href).href);
  let safety: SafetyOnly | undefined;
  let trying = false;
  // A selection made while an attempt is under way asks for one more if that one fails (Microsoft 365 may be back by then).
  let again = false;
  const show = (retrying: boolean) => safety && root.render(<SafetyOnlyPane safety={safety} theme={hostTheme()} retrying={retrying} onRetry={retry} />);
  const attempt = async (): Promise<void> => {
    trying = true;
    const started = await startPane(mailbox, { preferences: createRoamingPreferences(), ...(signInFallback ? { signInFallback } : {}) });
    trying = false;
    if (started.kind === "ready") {
      root.render(<App services={started.services} theme={hostTheme()} />);
      return;
    }
    safety = started.safety;
    show(again);
    if (again) retry();
  };
  function retry(): void {
    if (trying) {
      again = true;
      return;
    }
    again = false;
    show(true);
    void attempt();
  }
  await attempt();
}

void start();
