import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { Harness } from "./Harness";
import { graphFetch, loadConfig } from "./graph";
import { HarnessMailbox } from "./mailbox-store";

/** The Outlook-like page: a message list and reading pane from the emulator, the real task pane beside them. */
async function start(): Promise<void> {
  const root = createRoot(document.getElementById("root")!);
  try {
    const config = await loadConfig();
    const user = { displayName: displayNameOf(config.auth.user), emailAddress: config.auth.user };
    const mailbox = new HarnessMailbox(graphFetch(config), user);
    root.render(
      <FluentProvider theme={webLightTheme} style={{ height: "100%" }}>
        <Harness mailbox={mailbox} />
      </FluentProvider>,
    );
  } catch (error) {
    root.render(<p role="alert">{error instanceof Error ? error.message : String(error)}</p>);
  }
}

/** "casey.worker@…" → "Casey Worker": the emulator's users are named after their address. */
function displayNameOf(upn: string): string {
  return (upn.split("@")[0] ?? upn)
    .split(/[._-]+/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join(" ");
}

void start();
