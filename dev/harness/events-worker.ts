/**
 * The harness's event runtime: a dedicated Worker, which — like the JavaScript-only runtime
 * of classic Outlook on Windows — has no DOM, no localStorage, no Office.onReady and no page
 * to resolve relative URLs against. This bootstrap provides the slice of Office (and
 * OfficeRuntime.storage, which classic Outlook gives event handlers) that the add-in uses,
 * answered by the harness page over postMessage, then loads the built events.js unchanged.
 */
import { checkNotification } from "./notification-rules";
import type { WorkerCall, WorkerInit, WorkerInbound } from "./event-protocol";

type Callback = (result: { status: "succeeded" | "failed"; value?: unknown; error?: { name: string; code: number; message: string } }) => void;

const scope = self as unknown as {
  postMessage(message: unknown): void;
  addEventListener(type: "message", listener: (event: MessageEvent<WorkerInbound>) => void): void;
  importScripts(...urls: string[]): void;
  Office?: unknown;
  OfficeRuntime?: unknown;
};

const handlers = new Map<string, (event: unknown) => unknown>();
const waiting = new Map<number, { resolve(value: unknown): void; reject(error: { name: string; code: number; message: string }): void }>();
let nextCall = 1;

function call(method: WorkerCall["method"], args: Record<string, unknown> = {}): Promise<unknown> {
  const callId = nextCall++;
  return new Promise((resolve, reject) => {
    waiting.set(callId, { resolve, reject });
    scope.postMessage({ kind: "call", callId, method, args } satisfies WorkerCall);
  });
}

/** office-js's calling convention: options are optional, the callback is the last function, always on a later turn. */
function asyncApi(method: WorkerCall["method"], args: Record<string, unknown>, rest: unknown[]): void {
  const callback = rest.find((a): a is Callback => typeof a === "function");
  call(method, args).then(
    (value) => callback?.({ status: "succeeded", value }),
    (error: { name: string; code: number; message: string }) => callback?.({ status: "failed", error }),
  );
}

const recipients = (field: "to" | "cc" | "bcc") => ({ getAsync: (...rest: unknown[]) => asyncApi("recipients.get", { field }, rest) });

function office(init: WorkerInit) {
  const notifications: Record<string, { type: string; message: string; icon?: string; persistent?: boolean }> = {};
  const item = {
    itemType: "message",
    to: recipients("to"),
    cc: recipients("cc"),
    bcc: recipients("bcc"),
    subject: { getAsync: (...rest: unknown[]) => asyncApi("subject.get", {}, rest) },
    notificationMessages: {
      replaceAsync: (key: string, details: { type: string; message: string; icon?: string; persistent?: boolean }, ...rest: unknown[]) => {
        // Outlook throws synchronously for bad arguments; the count limit is the page's to enforce.
        const refusal = checkNotification({}, key, details);
        if (refusal && refusal.officeName.startsWith("Argument")) throw new Error(`Sys.${refusal.officeName}Exception: ${refusal.message}`);
        notifications[key] = details;
        asyncApi("notifications.replace", { key, details }, rest);
      },
      removeAsync: (key: string, ...rest: unknown[]) => asyncApi("notifications.remove", { key }, rest),
    },
    sessionData: {
      getAsync: (key: string, ...rest: unknown[]) => asyncApi("session.get", { key }, rest),
      setAsync: (key: string, value: string, ...rest: unknown[]) => asyncApi("session.set", { key, value }, rest),
    },
    getInitializationContextAsync: (...rest: unknown[]) => asyncApi("initContext.get", {}, rest),
  };
  return {
    actions: { associate: (name: string, handler: (event: unknown) => unknown) => void handlers.set(name, handler) },
    context: {
      mailbox: { item, userProfile: { ...init.user, timeZone: "GMT Standard Time", accountType: "enterprise" }, diagnostics: { hostName: "Outlook", hostVersion: "harness" } },
      requirements: { isSetSupported: (name: string, version?: string) => name === "Mailbox" && Number(version ?? "1") <= Number(init.mailboxVersion) },
    },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    MailboxEnums: {
      ItemNotificationMessageType: { InformationalMessage: "informationalMessage", ErrorMessage: "errorMessage", ProgressIndicator: "progressIndicator", InsightMessage: "insightMessage" },
      SendModeOverride: { PromptUser: "promptUser" },
    },
    // Office.onReady never runs first in this runtime; an add-in that waits for it waits for ever.
    onReady: () => new Promise(() => undefined),
  };
}

scope.addEventListener("message", (event) => {
  const message = event.data;
  switch (message.kind) {
    case "init": {
      scope.Office = office(message);
      scope.OfficeRuntime = { storage: { getItem: (key: string) => call("storage.get", { key }), setItem: (key: string, value: string) => call("storage.set", { key, value }) } };
      try {
        scope.importScripts(message.script);
        scope.postMessage({ kind: "ready", registered: [...handlers.keys()] });
      } catch (error) {
        scope.postMessage({ kind: "loadFailed", error: error instanceof Error ? error.message : String(error) });
      }
      return;
    }
    case "event": {
      const handler = handlers.get(message.functionName);
      let done = false;
      const completed = (options?: unknown) => {
        if (done) return; // Outlook takes the first completion
        done = true;
        scope.postMessage({ kind: "completed", id: message.id, options: options ?? null });
      };
      if (!handler) return void scope.postMessage({ kind: "completed", id: message.id, options: null, error: `no handler registered as ${message.functionName}` });
      try {
        void Promise.resolve(handler({ ...message.event, completed })).catch((error: unknown) => scope.postMessage({ kind: "handlerError", id: message.id, error: String(error) }));
      } catch (error) {
        scope.postMessage({ kind: "handlerError", id: message.id, error: String(error) });
      }
      return;
    }
    case "result": {
      const pending = waiting.get(message.callId);
      waiting.delete(message.callId);
      if (message.ok) pending?.resolve(message.value);
      else pending?.reject(message.error ?? { name: "GenericResponseError", code: 9020, message: "The host reported a failure." });
      return;
    }
  }
});
