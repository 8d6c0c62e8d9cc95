/**
 * Messages between the harness page (playing Outlook) and its event runtime worker
 * (events-worker.ts, which hosts the built events.js). Outlook's own runtime talks to its
 * host the same way in spirit: every office-js call is a request answered later.
 */
export interface WorkerInit {
  kind: "init";
  /** The built event runtime, loaded with importScripts as classic Outlook loads the manifest's JavaScript file. */
  script: string;
  user: { displayName: string; emailAddress: string };
  /** Highest Mailbox requirement set the simulated host supports, e.g. "1.15". */
  mailboxVersion: string;
}

export interface WorkerEvent {
  kind: "event";
  id: number;
  functionName: string;
  event: { type: string; changedRecipientFields?: { to: boolean; cc: boolean; bcc: boolean }; source?: { id: string } };
}

export interface WorkerResult {
  kind: "result";
  callId: number;
  ok: boolean;
  value?: unknown;
  error?: { name: string; code: number; message: string };
}

export type WorkerInbound = WorkerInit | WorkerEvent | WorkerResult;

export interface WorkerCall {
  kind: "call";
  callId: number;
  method: "recipients.get" | "subject.get" | "notifications.replace" | "notifications.remove" | "session.get" | "session.set" | "initContext.get" | "storage.get" | "storage.set";
  args: Record<string, unknown>;
}

export type WorkerOutbound =
  | WorkerCall
  | { kind: "ready"; registered: string[] }
  | { kind: "loadFailed"; error: string }
  | { kind: "completed"; id: number; options: Record<string, unknown> | null; error?: string }
  | { kind: "handlerError"; id: number; error: string };

export { FUNCTION_COMMANDS, LAUNCH_EVENTS } from "../../src/events/commands";
