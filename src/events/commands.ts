/**
 * The manifest's function commands that this runtime runs: `<Control id>` → `<FunctionName>`.
 * A Smart Alert's `commandId` names the control (Mailbox 1.15: a function command may answer
 * the dialog's button). The manifest check (dev/manifest) and the harness read this table, so
 * the manifest, the runtime and the harness cannot drift apart.
 */
export const OVERRIDE_COMMAND_ID = "csmRecordOverride";

export const FUNCTION_COMMANDS: Readonly<Record<string, string>> = { [OVERRIDE_COMMAND_ID]: "recordOverride" };

/** Each launch event the manifest declares → the FunctionName it names (registered in runtime.ts). */
export const LAUNCH_EVENTS = {
  OnNewMessageCompose: "onNewMessageCompose",
  OnMessageRecipientsChanged: "onMessageRecipientsChanged",
  OnMessageSend: "onMessageSend",
} as const;
