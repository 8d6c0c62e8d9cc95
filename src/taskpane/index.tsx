import { createRoot } from "react-dom/client";
import { createServices } from "../app/services";
import { hostTheme, officeReady } from "../outlook/host";
import { createOfficeMailbox } from "../outlook/office/mailbox";
import { App } from "./App";
import { describeStoreError } from "./errors";

/** Task pane entry: wait for Office, wire the services once, render once. */
async function start(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root");
  await officeReady();
  const root = createRoot(container);
  try {
    const services = await createServices(createOfficeMailbox());
    root.render(<App services={services} theme={hostTheme()} />);
  } catch (error) {
    container.setAttribute("data-startup-error", "true");
    container.textContent = `The contact-strategy pane could not start: ${describeStoreError(error)}`;
  }
}

void start();
