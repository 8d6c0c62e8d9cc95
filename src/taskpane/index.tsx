import { FluentProvider, Spinner, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { createServices } from "../app/services";
import { signInWithDialog, supportsNestedAppAuth } from "../outlook/auth-dialog";
import { hostTheme, officeReady } from "../outlook/host";
import { createOfficeMailbox } from "../outlook/office/mailbox";
import { App } from "./App";
import { Notice } from "./components/Notice";
import { describeStoreError } from "./errors";

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
  try {
    // Hosts without nested app authentication sign in through the Office dialog instead.
    const signInFallback = supportsNestedAppAuth() ? undefined : () => signInWithDialog(new URL("auth.html", location.href).href);
    const services = await createServices(createOfficeMailbox(), { ...(signInFallback ? { signInFallback } : {}) });
    root.render(<App services={services} theme={hostTheme()} />);
  } catch (error) {
    root.render(
      <FluentProvider theme={webLightTheme}>
        <Notice intent="error" title="The contact-strategy pane could not start">
          {describeStoreError(error)} Close and reopen the pane; if it keeps happening, tell your administrator.
        </Notice>
      </FluentProvider>,
    );
  }
}

void start();
