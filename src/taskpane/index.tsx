import { FluentProvider, Spinner, webLightTheme } from "@fluentui/react-components";
import { createRoot, type Root } from "react-dom/client";
import { createServices } from "../app/services";
import { signInWithDialog, supportsNestedAppAuth } from "../outlook/auth-dialog";
import { hostTheme, officeReady } from "../outlook/host";
import { createOfficeMailbox } from "../outlook/office/mailbox";
import { createRoamingPreferences } from "../outlook/office/preferences";
import { App } from "./App";
import { Notice } from "./shared/Notice";
import { describeStoreError } from "./errors";

/** Task pane entry: wait for Office, wire the services once, render once. */
async function start(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root");
  await officeReady();
  const root = createRoot(container);
  await connect(root);
}

/** Wires the services and renders the pane; a failure (offline, no permission) offers to try again in place. */
async function connect(root: Root): Promise<void> {
  root.render(
    <FluentProvider theme={webLightTheme}>
      <Spinner label="Starting the contact-strategy pane…" style={{ marginTop: 24 }} />
    </FluentProvider>,
  );
  try {
    // Hosts without nested app authentication sign in through the Office dialog instead.
    const signInFallback = supportsNestedAppAuth() ? undefined : () => signInWithDialog(new URL("auth.html", location.href).href);
    const services = await createServices(createOfficeMailbox(), { preferences: createRoamingPreferences(), ...(signInFallback ? { signInFallback } : {}) });
    root.render(<App services={services} theme={hostTheme()} />);
  } catch (error) {
    root.render(
      <FluentProvider theme={webLightTheme}>
        <Notice intent="error" title="The contact-strategy pane could not start" onRetry={() => void connect(root)}>
          {describeStoreError(error)} If it keeps happening, tell your administrator.
        </Notice>
      </FluentProvider>,
    );
  }
}

void start();
