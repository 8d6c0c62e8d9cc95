/**
 * The event-based activation runtime (manifest LaunchEvent; DESIGN.md flow 5). Outlook loads
 * this without a pane, so every handler must call `event.completed`, or Outlook waits and
 * then reports the add-in as failed (and, for OnMessageSend with SoftBlock, holds the send).
 *
 * Until the compose guard lands, every compose and send proceeds unchanged.
 * The manifest check (dev/manifest) fails if a LaunchEvent names a handler not associated here.
 */
function onNewMessageCompose(event: Office.AddinCommands.Event): void {
  // Compose guard: see DESIGN.md flow 5 (not built yet).
  event.completed();
}

function onMessageRecipientsChanged(event: Office.AddinCommands.Event): void {
  // Compose guard: see DESIGN.md flow 5 (not built yet).
  event.completed();
}

function onMessageSend(event: Office.AddinCommands.Event): void {
  // Compose guard: see DESIGN.md flow 5 (not built yet).
  event.completed({ allowEvent: true });
}

// Classic Outlook on Windows runs this file in a JavaScript-only runtime, where registration
// must happen when the script loads, not after Office.onReady.
Office.actions.associate("onNewMessageCompose", onNewMessageCompose);
Office.actions.associate("onMessageRecipientsChanged", onMessageRecipientsChanged);
Office.actions.associate("onMessageSend", onMessageSend);

// Exported so the file is a module (its handlers stay out of the global type scope) and
// so the compose guard can be tested without Outlook.
export { onMessageRecipientsChanged, onMessageSend, onNewMessageCompose };
