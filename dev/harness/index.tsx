import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { Harness } from "./Harness";
import type { HarnessConfig } from "./graph";

/** The Outlook-like page: a message list and reading pane from the emulator, the real task pane beside them. */
async function start(): Promise<void> {
  const config = (await (await fetch("/config.json")).json()) as HarnessConfig;
  createRoot(document.getElementById("root")!).render(
    <FluentProvider theme={webLightTheme} style={{ height: "100%" }}>
      <Harness config={config} />
    </FluentProvider>,
  );
}

void start();
