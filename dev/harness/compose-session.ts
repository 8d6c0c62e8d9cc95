import { OutlookRefusal, type NotificationDetails } from "./api";
import { FUNCTION_COMMANDS, LAUNCH_EVENTS, type WorkerCall, type WorkerEvent, type WorkerOutbound } from "./event-protocol";
import { checkNotification } from "./notification-rules";

export interface Recipient {
  displayName: string;
  emailAddress: string;
}
export type RecipientField = "to" | "cc" | "bcc";

/** A Smart Alerts dialog, as Outlook shows it when OnMessageSend completes with allowEvent false. */
export interface SmartAlert {
  message: string;
  /** The "Take action" button (cancelLabel), shown only when the add-in named a commandId. */
  actionLabel?: string;
  commandId?: string;
  contextData?: unknown;
  /** The add-in could not be loaded: SoftBlock then offers Send Anyway (Smart Alerts docs, "Add-in is unavailable"). */
  unavailable?: boolean;
}

export interface EventRecord {
  type: string;
  functionName: string;
  outcome: "pending" | "completed" | "failed";
  options?: Record<string, unknown> | null;
  ms?: number;
}

export interface ComposeView {
  id: string;
  kind: "new" | "reply";
  to: Recipient[];
  cc: Recipient[];
  bcc: Recipient[];
  subject: string;
  body: string;
  notifications: Record<string, NotificationDetails>;
  status: "editing" | "sending" | "slow" | "sent" | "discarded";
  alert?: SmartAlert;
  runtime: "loading" | "ready" | "failed";
  runtimeError?: string;
  events: EventRecord[];
  /** What Outlook would have refused from the add-in (kept for tests: the harness must be as strict). */
  problems: string[];
}

/** Smart Alerts: after 5 s the send shows "taking longer than expected" (SoftBlock: the writer must wait). */
export const SLOW_SEND_MS = 5_000;
/** Event-based add-ins time out after about 300 s. */
export const EVENT_TIMEOUT_MS = 300_000;
/** Session data per add-in per item (Mailbox 1.11–1.15). */
export const SESSION_MAX = 50_000;
const ALERT_MESSAGE_MAX = 500;
const CANCEL_LABEL_MAX = 20;

export interface ComposeSessionOptions {
  id: string;
  kind: "new" | "reply";
  to: Recipient[];
  subject: string;
  user: { displayName: string; emailAddress: string };
  /** OfficeRuntime.storage: kept by the host across runtimes (10 MB per domain in classic Outlook). */
  storage: Map<string, string>;
  workerUrl: string;
  scriptUrl: string;
  mailboxVersion: string;
  onChange(view: ComposeView): void;
}

/**
 * One message being written in the harness, with its own event runtime (a Worker running the
 * built events.js): raises OnNewMessageCompose when opened, OnMessageRecipientsChanged when a
 * recipient is added or removed, OnMessageSend on Send — and keeps what Outlook keeps for the
 * add-in (notifications, session data, the Smart Alert), refusing what Outlook refuses.
 */
export class ComposeSession {
  private state: ComposeView;
  private worker: Worker | undefined;
  private nextEvent = 1;
  private readonly pending = new Map<number, (options: Record<string, unknown> | null, error?: string) => void>();
  private session: Record<string, string> = {};
  private initContext: unknown = null;

  constructor(private readonly options: ComposeSessionOptions) {
    this.state = { id: options.id, kind: options.kind, to: [...options.to], cc: [], bcc: [], subject: options.subject, body: "", notifications: {}, status: "editing", runtime: "loading", events: [], problems: [] };
    this.start();
  }

  view = () => this.state;

  addRecipient(field: RecipientField, text: string): void {
    const emailAddress = text.trim().replace(/^.*<([^>]+)>\s*$/, "$1").trim();
    if (!emailAddress || this.state[field].some((r) => r.emailAddress.toLowerCase() === emailAddress.toLowerCase())) return;
    const displayName = /</.test(text) ? text.replace(/<[^>]*>\s*$/, "").trim().replace(/^"|"$/g, "") : emailAddress;
    this.set({ [field]: [...this.state[field], { displayName, emailAddress }] });
    this.raise("OnMessageRecipientsChanged", { changedRecipientFields: { to: field === "to", cc: field === "cc", bcc: field === "bcc" } });
  }

  removeRecipient(field: RecipientField, emailAddress: string): void {
    this.set({ [field]: this.state[field].filter((r) => r.emailAddress !== emailAddress) });
    this.raise("OnMessageRecipientsChanged", { changedRecipientFields: { to: field === "to", cc: field === "cc", bcc: field === "bcc" } });
  }

  setSubject = (subject: string) => this.set({ subject });
  setBody = (body: string) => this.set({ body });

  async send(): Promise<void> {
    if (this.state.status === "sending" || this.state.status === "slow") return;
    if (this.state.runtime === "failed") return this.set({ alert: { message: `Contact Strategy Manager is unavailable (${this.state.runtimeError}).`, unavailable: true } });
    this.set({ status: "sending", alert: undefined });
    const slow = setTimeout(() => this.state.status === "sending" && this.set({ status: "slow" }), SLOW_SEND_MS);
    const options = await this.raise("OnMessageSend", {});
    clearTimeout(slow);
    if (!options || options.allowEvent !== false) return this.finish("sent");
    this.set({ status: "editing", alert: this.alertFrom(options) });
  }

  /** The Smart Alert's "Don't send": back to the draft, nothing lost. */
  dismissAlert = () => this.set({ alert: undefined });

  /** SoftBlock with the add-in unavailable: Outlook offers Send Anyway. */
  sendAnyway = () => this.finish("sent");

  /** The Smart Alert's action button: runs the function command it names, with its contextData. */
  async takeAlertAction(): Promise<void> {
    const alert = this.state.alert;
    if (!alert?.commandId) return;
    this.set({ alert: undefined });
    this.initContext = alert.contextData ?? null;
    await this.run(FUNCTION_COMMANDS[alert.commandId]!, { type: "functionCommand", source: { id: alert.commandId } });
  }

  discard = () => this.finish("discarded");

  private alertFrom(options: Record<string, unknown>): SmartAlert {
    const message = typeof options.errorMessage === "string" ? options.errorMessage : "Contact Strategy Manager is preventing this email from being sent.";
    const problems: string[] = [];
    if (message.length > ALERT_MESSAGE_MAX) problems.push(`errorMessage is ${message.length} characters; Outlook allows ${ALERT_MESSAGE_MAX}`);
    const label = options.cancelLabel as string | undefined;
    if (label !== undefined && label.length > CANCEL_LABEL_MAX) problems.push(`cancelLabel "${label}" is over ${CANCEL_LABEL_MAX} characters`);
    const commandId = options.commandId as string | undefined;
    if (options.contextData !== undefined && !commandId) problems.push("contextData without commandId is ignored by Outlook");
    if (commandId && !(commandId in FUNCTION_COMMANDS)) problems.push(`commandId "${commandId}" names no control in the manifest`);
    if (problems.length) this.set({ problems: [...this.state.problems, ...problems] });
    // The Take Action button appears only with a commandId (current Outlook on the web, new Outlook, classic 2412+).
    return { message: message.slice(0, ALERT_MESSAGE_MAX), ...(commandId && commandId in FUNCTION_COMMANDS ? { commandId, actionLabel: label ?? "Take action", contextData: options.contextData } : {}) };
  }

  private finish(status: "sent" | "discarded"): void {
    this.worker?.terminate();
    this.worker = undefined;
    for (const resolve of this.pending.values()) resolve(null, "the compose window closed");
    this.pending.clear();
    this.set({ status, alert: undefined });
  }

  private start(): void {
    let worker: Worker;
    try {
      worker = new Worker(this.options.workerUrl);
    } catch (error) {
      return this.set({ runtime: "failed", runtimeError: String(error) });
    }
    this.worker = worker;
    worker.addEventListener("message", (event: MessageEvent<WorkerOutbound>) => this.onMessage(event.data));
    worker.addEventListener("error", (event) => this.set({ runtime: "failed", runtimeError: event.message || "the event runtime failed to load" }));
    worker.postMessage({ kind: "init", script: this.options.scriptUrl, user: this.options.user, mailboxVersion: this.options.mailboxVersion });
  }

  private onMessage(message: WorkerOutbound): void {
    switch (message.kind) {
      case "ready": {
        const missing = Object.values(LAUNCH_EVENTS).filter((name) => !message.registered.includes(name));
        if (missing.length) this.set({ problems: [...this.state.problems, `the runtime did not register ${missing.join(", ")}`] });
        this.set({ runtime: "ready" });
        void this.raise("OnNewMessageCompose", {});
        return;
      }
      case "loadFailed":
        return this.set({ runtime: "failed", runtimeError: message.error });
      case "completed":
        this.pending.get(message.id)?.(message.options, message.error);
        this.pending.delete(message.id);
        return;
      case "handlerError":
        this.set({ problems: [...this.state.problems, `a handler threw: ${message.error}`] });
        return;
      case "call":
        return this.answer(message);
    }
  }

  private answer(message: WorkerCall): void {
    const reply = (ok: boolean, value?: unknown, error?: OutlookRefusal) =>
      this.worker?.postMessage({ kind: "result", callId: message.callId, ok, value, ...(error ? { error: { name: error.officeName, code: error.officeCode, message: error.message } } : {}) });
    const args = message.args as Record<string, string> & { details?: NotificationDetails };
    try {
      switch (message.method) {
        case "recipients.get":
          return reply(true, this.state[args.field as RecipientField].map((r) => ({ ...r, recipientType: "externalUser" })));
        case "subject.get":
          return reply(true, this.state.subject);
        case "notifications.replace": {
          const refusal = checkNotification(this.state.notifications, args.key!, args.details!);
          if (refusal) return reply(false, undefined, refusal);
          this.set({ notifications: { ...this.state.notifications, [args.key!]: { ...args.details! } } });
          return reply(true);
        }
        case "notifications.remove": {
          if (!(args.key! in this.state.notifications)) return reply(false, undefined, new OutlookRefusal("KeyNotFound", 9024, `No notification has the key "${args.key}".`));
          const { [args.key!]: _gone, ...rest } = this.state.notifications;
          this.set({ notifications: rest });
          return reply(true);
        }
        case "session.get":
          return reply(true, this.session[args.key!] ?? "");
        case "session.set": {
          const next = { ...this.session, [args.key!]: String(args.value) };
          const size = Object.entries(next).reduce((n, [k, v]) => n + k.length + v.length, 0);
          if (size > SESSION_MAX) return reply(false, undefined, new OutlookRefusal("SessionObjectMaxLengthExceeded", 9057, `Session data is limited to ${SESSION_MAX} characters.`));
          this.session = next;
          return reply(true);
        }
        case "initContext.get":
          return reply(true, typeof this.initContext === "string" ? this.initContext : JSON.stringify(this.initContext));
        case "storage.get":
          return reply(true, this.options.storage.get(args.key!) ?? null);
        case "storage.set":
          this.options.storage.set(args.key!, String(args.value));
          return reply(true);
      }
    } catch (error) {
      reply(false, undefined, new OutlookRefusal("GenericResponseError", 9020, String(error)));
    }
  }

  /** Raises a launch event by its manifest type; resolves with the handler's completion options. */
  private raise(type: keyof typeof LAUNCH_EVENTS, details: Omit<WorkerEvent["event"], "type">): Promise<Record<string, unknown> | null> {
    if (this.state.runtime !== "ready") return Promise.resolve(null);
    return this.run(LAUNCH_EVENTS[type], { type, ...details });
  }

  private run(functionName: string, event: WorkerEvent["event"]): Promise<Record<string, unknown> | null> {
    const worker = this.worker;
    if (!worker) return Promise.resolve(null);
    const id = this.nextEvent++;
    const started = performance.now();
    const record: EventRecord = { type: event.type, functionName, outcome: "pending" };
    this.set({ events: [...this.state.events, record] });
    return new Promise((resolve) => {
      const timeout = setTimeout(() => done(null, `${functionName} did not complete within ${EVENT_TIMEOUT_MS / 1000} s`), EVENT_TIMEOUT_MS);
      const done = (options: Record<string, unknown> | null, error?: string) => {
        clearTimeout(timeout);
        this.pending.delete(id);
        const finished: EventRecord = { ...record, outcome: error ? "failed" : "completed", options, ms: Math.round(performance.now() - started) };
        this.set({ events: this.state.events.map((e) => (e === record ? finished : e)), ...(error ? { problems: [...this.state.problems, error] } : {}) });
        resolve(options);
      };
      this.pending.set(id, done);
      worker.postMessage({ kind: "event", id, functionName, event } satisfies WorkerEvent);
    });
  }

  private set(patch: Partial<ComposeView>): void {
    this.state = { ...this.state, ...patch };
    this.options.onChange(this.state);
  }
}
