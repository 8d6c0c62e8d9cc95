/**
 * The event-based activation runtime (manifest LaunchEvent; DESIGN.md flow 5). Outlook
 * loads this without a pane, so handlers must always call `event.completed`, or Outlook
 * waits and then reports the add-in as failed.
 *
 * The compose guard itself (recipients → SenderIndex → message-bar warning; a Smart Alert
 * on send when the writer is not the single point of contact) is the next issue. Until it
 * lands these handlers let every compose and send proceed unchanged.
 */
function onNewMessageCompose(event: Office.AddinCommands.Event): void {
  event.completed();
}

function onMessageRecipientsChanged(event: Office.AddinCommands.Event): void {
  event.completed();
}

function onMessageSend(event: Office.AddinCommands.Event): void {
  event.completed({ allowEvent: true });
}

// Classic Outlook on Windows runs this file in a JavaScript-only runtime, where the
// registration must happen at load rather than after Office.onReady.
Office.actions.associate("onNewMessageCompose", onNewMessageCompose);
Office.actions.associate("onMessageRecipientsChanged", onMessageRecipientsChanged);
Office.actions.associate("onMessageSend", onMessageSend);
