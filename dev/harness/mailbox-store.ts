import {
  OutlookRefusal,
  type Draft,
  type GraphMessage,
  type HarnessApi,
  type ItemChangedHandler,
  type MasterCategory,
  type NotificationDetails,
} from "./api";
import { toGraphColour } from "./category-colours";
import { ComposeSession, type ComposeView, type Recipient, type RecipientField } from "./compose-session";
import type { ComposeActions } from "./ComposeWindow";
import { loadMasterCategories, loadMessages, type GraphCall } from "./graph";
import { checkNotification, keptOnLeaving } from "./notification-rules";

export interface HarnessSnapshot {
  messages?: GraphMessage[];
  error?: string;
  /** What the reading pane shows (moves at once on a click). */
  selectedId: string | null;
  /** What the add-in sees as mailbox.item (null for a moment while the selection moves). */
  item: GraphMessage | null;
  master: MasterCategory[];
  notifications: Record<string, Record<string, NotificationDetails>>;
  drafts: Draft[];
  /** The message being written, if any (compose mode: its own event runtime, notifications and Smart Alert). */
  compose?: ComposeView;
}

/** How long mailbox.item stays null while the selection moves, as in Outlook. */
export const SELECTION_GAP_MS = 30;

/**
 * The harness mailbox: a view of the emulator's mailbox plus Outlook's client-side state
 * (selection, notifications, drafts). It is both the HarnessApi the shim calls and the
 * external store React renders (useSyncExternalStore), so the page and the add-in can
 * never disagree about what is selected or shown.
 */
export class HarnessMailbox implements HarnessApi {
  private snapshot: HarnessSnapshot = { selectedId: null, item: null, master: [], notifications: {}, drafts: [] };
  private readonly listeners = new Set<() => void>();
  private readonly handlers = new Set<ItemChangedHandler>();
  private pending: ReturnType<typeof setTimeout> | undefined;
  private shared: string | null = null;
  private denyMaster = false;
  private composing: ComposeSession | undefined;
  private composeCount = 0;
  /** OfficeRuntime.storage: outlives each compose's runtime, as classic Outlook's does (per page load here). */
  private readonly runtimeStorage = new Map<string, string>();
  /** Highest Mailbox requirement set the simulated Outlook supports in compose (1.15: Smart Alerts may run a function command). */
  private mailboxVersion = "1.15";

  constructor(
    private readonly call: GraphCall,
    readonly user: { displayName: string; emailAddress: string },
  ) {}

  subscribe = (listener: () => void) => (this.listeners.add(listener), () => void this.listeners.delete(listener));
  getSnapshot = () => this.snapshot;

  async load(): Promise<void> {
    try {
      const [messages, master] = await Promise.all([loadMessages(this.call), loadMasterCategories(this.call)]);
      this.set({ messages, master });
    } catch (error) {
      this.set({ error: error instanceof Error ? error.message : String(error) });
    }
  }

  current = () => this.snapshot.item;

  select = (messageId: string | null) => {
    const { selectedId, notifications } = this.snapshot;
    // Focus then click on one row both select it; the second must not restart the change.
    if (messageId === selectedId) return;
    // Reading another message puts a finished compose away (an unsent one stays open, as a draft would).
    if (this.composing && this.snapshot.compose?.status !== "editing") this.closeCompose();
    const left = selectedId && notifications[selectedId] ? { ...notifications, [selectedId]: keptOnLeaving(notifications[selectedId]) } : notifications;
    this.set({ selectedId: messageId, item: null, notifications: left });
    clearTimeout(this.pending);
    if (messageId === null) return this.fireItemChanged();
    this.pending = setTimeout(() => {
      this.set({ item: this.message(messageId) ?? null });
      this.fireItemChanged();
    }, SELECTION_GAP_MS);
  };

  openMessage = (messageId: string) => {
    if (this.message(messageId)) this.select(messageId);
  };

  onItemChanged = (handler: ItemChangedHandler) => void this.handlers.add(handler);
  offItemChanged = (handler: ItemChangedHandler) => void this.handlers.delete(handler);

  async masterCategories(): Promise<MasterCategory[]> {
    const master = await loadMasterCategories(this.call);
    this.set({ master });
    return master;
  }

  async addMasterCategory(displayName: string, color: string): Promise<void> {
    if (this.denyMaster) throw new OutlookRefusal("PermissionDenied", 7000, "You don't have permission to change this mailbox's categories.");
    const response = await this.call("/me/outlook/masterCategories", { method: "POST", body: JSON.stringify({ displayName, color: toGraphColour(color) }) });
    if (response.status === 409) throw new OutlookRefusal("DuplicateCategory", 9045, "One of the categories is already in the master category list.");
    if (response.status === 403) throw new OutlookRefusal("PermissionDenied", 7000, "You don't have permission to change this mailbox's categories.");
    if (!response.ok) throw new OutlookRefusal("GenericResponseError", 9020, `Creating the category failed (HTTP ${response.status}).`);
    await this.masterCategories();
  }

  async addCategories(messageId: string, names: string[]): Promise<void> {
    const master = await this.masterCategories();
    const unknown = names.filter((n) => !master.some((c) => c.displayName.toLowerCase() === n.toLowerCase()));
    if (unknown.length) throw new OutlookRefusal("InvalidCategory", 9044, `Not in the master category list: ${unknown.join(", ")}.`);
    const existing = this.message(messageId)?.categories ?? [];
    const categories = [...new Set([...existing, ...names])];
    const response = await this.call(`/me/messages/${encodeURIComponent(messageId)}`, { method: "PATCH", body: JSON.stringify({ categories }) });
    if (!response.ok) throw new OutlookRefusal("GenericResponseError", 9020, `Categorising the message failed (HTTP ${response.status}).`);
    const patch = (m: GraphMessage) => (m.id === messageId ? { ...m, categories } : m);
    this.set({ messages: this.snapshot.messages?.map(patch), item: this.snapshot.item && patch(this.snapshot.item) });
  }

  setNotification(messageId: string, key: string, details: NotificationDetails): void {
    const existing = this.snapshot.notifications[messageId] ?? {};
    const refusal = checkNotification(existing, key, details);
    if (refusal) throw refusal;
    this.set({ notifications: { ...this.snapshot.notifications, [messageId]: { ...existing, [key]: { ...details } } } });
  }

  removeNotification(messageId: string, key: string): boolean {
    const existing = this.snapshot.notifications[messageId] ?? {};
    if (!(key in existing)) return false;
    const { [key]: _removed, ...rest } = existing;
    this.set({ notifications: { ...this.snapshot.notifications, [messageId]: rest } });
    return true;
  }

  notifications = (messageId: string) => this.snapshot.notifications[messageId] ?? {};
  compose = (draft: Draft) => this.set({ drafts: [...this.snapshot.drafts, draft] });
  drafts = () => this.snapshot.drafts;
  sharedOwner = () => this.shared;

  simulate(options: { sharedOwner?: string | null; denyMasterCategories?: boolean; mailboxVersion?: string }): void {
    if (options.sharedOwner !== undefined) this.shared = options.sharedOwner;
    if (options.denyMasterCategories !== undefined) this.denyMaster = options.denyMasterCategories;
    if (options.mailboxVersion !== undefined) this.mailboxVersion = options.mailboxVersion;
  }

  /**
   * Opens a compose form (New message, or Reply to the open message) with its own event
   * runtime: the built events.js in a Worker, as classic Outlook runs it (no DOM).
   */
  openCompose = (kind: "new" | "reply", to: Recipient[] = [], subject = "") => {
    this.closeCompose();
    this.composing = new ComposeSession({
      id: `compose-${++this.composeCount}`,
      kind,
      to,
      subject,
      user: this.user,
      storage: this.runtimeStorage,
      workerUrl: "/harness-events-worker.js",
      scriptUrl: "/events.js",
      mailboxVersion: this.mailboxVersion,
      onChange: (compose) => this.set({ compose }),
    });
  };

  closeCompose = () => {
    this.composing?.discard();
    this.composing = undefined;
    this.set({ compose: undefined });
  };

  /** What the compose form's controls do; each acts on the open compose, if any. */
  readonly composeActions: ComposeActions = {
    addRecipient: (field: RecipientField, text: string) => this.composing?.addRecipient(field, text),
    removeRecipient: (field: RecipientField, address: string) => this.composing?.removeRecipient(field, address),
    setSubject: (subject: string) => this.composing?.setSubject(subject),
    setBody: (body: string) => this.composing?.setBody(body),
    send: () => void this.composing?.send(),
    discard: () => this.closeCompose(),
    dismissAlert: () => this.composing?.dismissAlert(),
    takeAlertAction: () => void this.composing?.takeAlertAction(),
    sendAnyway: () => this.composing?.sendAnyway(),
  };

  private message(id: string): GraphMessage | undefined {
    return this.snapshot.messages?.find((m) => m.id === id);
  }

  private fireItemChanged(): void {
    for (const handler of [...this.handlers]) {
      // A handler from a reloaded pane belongs to a dead window; one bad handler must not
      // stop the others, as in Outlook.
      try {
        handler({ type: "olkItemSelectedChanged" });
      } catch (error) {
        console.warn("[harness] an ItemChanged handler failed", error);
      }
    }
  }

  private set(patch: Partial<HarnessSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    this.listeners.forEach((listener) => listener());
  }
}
