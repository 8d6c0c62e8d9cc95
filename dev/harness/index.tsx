import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { Harness } from "./Harness";
import { graphFetch, loadConfig } from "./graph";
import { HarnessMailbox } from "./mailbox-store";

/** The Outlook-like page: a message list and reading pane from the emulator, the real task pane beside them. */
async function start(): Promise<void> {
  const root = createRoot(document.getElementById("root")!);
  try {
    signInAs(new URLSearchParams(location.search).get("user"));
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

/**
 * `/harness/?user=morgan.reid` signs the harness (and its task pane) in as that demo person: the
 * page's config and the pane's are served for the person this cookie names (dev/serve/config.ts).
 * Without it, Casey, the caseworker.
 */
function signInAs(user: string | null): void {
  document.cookie = user ? `harness-user=${encodeURIComponent(user)}; path=/; SameSite=Strict` : "harness-user=; path=/; max-age=0; SameSite=Strict";
}

/** "casey.worker@…" → "Casey Worker": the emulator's users are named after their address. */
function displayNameOf(upn: string): string {
  return (upn.split("@")[0] ?? upn)
    .split(/[._-]+/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join(" ");
}

void start();
