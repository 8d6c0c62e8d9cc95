import { OutlookRefusal, type GraphAddress, type GraphMessage, type HarnessApi, type NotificationDetails } from "./api";
import { toOfficeColour } from "./category-colours";
import { htmlToText } from "./html-text";
import { refusal, type PermissionLevel } from "./permission";

/**
 * office-js's asynchronous calling convention: optional options object, then a callback
 * that receives an AsyncResult on a later turn (never synchronously, as in Outlook).
 */
export type OfficeCallback<T> = (result: { status: "succeeded" | "failed"; value: T; error?: { name: string; code: number; message: string }; asyncContext?: unknown }) => void;

export function callbackOf<T>(args: unknown[]): OfficeCallback<T> | undefined {
  return args.find((a): a is OfficeCallback<T> => typeof a === "function");
}

export function succeed<T>(args: unknown[], value: T): void {
  const cb = callbackOf<T>(args);
  setTimeout(() => cb?.({ status: "succeeded", value }), 0);
}

export function failWith(args: unknown[], error: unknown): void {
  const cb = callbackOf<undefined>(args);
  // Read by shape, not instanceof: a refusal made in the harness page is of that window's class, not this frame's.
  const refusal = isRefusal(error) ? error : new OutlookRefusal("GenericResponseError", 9020, error instanceof Error ? error.message : String(error));
  setTimeout(() => cb?.({ status: "failed", value: undefined, error: { name: refusal.officeName, code: refusal.officeCode, message: refusal.message } }), 0);
}

/**
 * Whether the manifest's permission level allows a call; when it does not, the call fails as
 * Outlook fails it (PermissionDenied) and false is returned.
 */
export function allowed(needed: PermissionLevel, what: string, args: unknown[]): boolean {
  const refused = refusal(needed, what);
  if (refused) failWith(args, refused);
  return !refused;
}

function isRefusal(error: unknown): error is OutlookRefusal {
  const e = error as Partial<OutlookRefusal> | null;
  return typeof e === "object" && e !== null && typeof e.officeName === "string" && typeof e.officeCode === "number";
}

/** Settles an office-js callback from a promise. */
export function settle<T>(args: unknown[], work: Promise<T>): void {
  work.then((value) => succeed(args, value), (error: unknown) => failWith(args, error));
}

const address = (a: GraphAddress) => ({ displayName: a.emailAddress.name, emailAddress: a.emailAddress.address, recipientType: "externalUser" });

/** Office.context.mailbox.item for one message (read mode), answered from the harness. */
export function readItem(harness: HarnessApi, m: GraphMessage) {
  const shared = harness.sharedOwner();
  return {
    itemId: m.id,
    itemType: "message",
    itemClass: "IPM.Note",
    internetMessageId: m.internetMessageId,
    conversationId: "",
    subject: m.subject,
    normalizedSubject: m.subject.replace(/^((re|fw|fwd):\s*)+/i, ""),
    from: address(m.from),
    sender: address(m.sender ?? m.from),
    to: m.toRecipients.map(address),
    cc: m.ccRecipients.map(address),
    dateTimeCreated: new Date(m.receivedDateTime),
    dateTimeModified: new Date(m.receivedDateTime),
    attachments: [],
    body: {
      getAsync: (coercion: string, ...args: unknown[]) => {
        if (!allowed("ReadItem", "Reading the message body", args)) return;
        const text = m.body.contentType === "html" && coercion !== "html" ? htmlToText(m.body.content) : m.body.content;
        succeed(args, text);
      },
    },
    categories: {
      getAsync: (...args: unknown[]) =>
        allowed("ReadItem", "Reading the message's categories", args) &&
        settle(
          args,
          harness.masterCategories().then((master) => {
            const categories = harness.current()?.id === m.id ? (harness.current()?.categories ?? []) : m.categories;
            return categories.map((displayName) => ({ displayName, color: toOfficeColour(master.find((c) => c.displayName === displayName)?.color) }));
          }),
        ),
      addAsync: (names: string[], ...args: unknown[]) => allowed("ReadWriteItem", "Categorising the message", args) && settle(args, harness.addCategories(m.id, names)),
    },
    notificationMessages: {
      addAsync: (key: string, details: NotificationDetails, ...args: unknown[]) => {
        if (key in harness.notifications(m.id)) return failWith(args, new OutlookRefusal("DuplicateNotificationKey", 9023, `A notification with key "${key}" already exists.`));
        notify(harness, m.id, key, details, args);
      },
      replaceAsync: (key: string, details: NotificationDetails, ...args: unknown[]) => notify(harness, m.id, key, details, args),
      removeAsync: (key: string, ...args: unknown[]) =>
        harness.removeNotification(m.id, key) ? succeed(args, undefined) : failWith(args, new OutlookRefusal("KeyNotFound", 9024, `No notification has the key "${key}".`)),
      getAllAsync: (...args: unknown[]) => succeed(args, Object.entries(harness.notifications(m.id)).map(([key, d]) => ({ key, ...d }))),
    },
    getAllInternetHeadersAsync: (...args: unknown[]) => succeed(args, internetHeaders(m)),
    ...(shared ? { getSharedPropertiesAsync: (...args: unknown[]) => succeed(args, { owner: shared, targetMailbox: shared, targetRestUrl: "", permissions: 1 }) } : {}),
    displayReplyForm: (form: string | FormData) =>
      harness.compose({
        kind: "reply",
        to: [(m.replyTo?.[0] ?? m.from).emailAddress.address],
        subject: `RE: ${m.subject}`,
        htmlBody: typeof form === "string" ? form : (form.htmlBody ?? ""),
        attachments: typeof form === "string" ? [] : fileAttachments(form),
      }),
  };
}

/** What displayReplyForm / displayNewMessageForm take as their object form. */
export interface FormData {
  htmlBody?: string;
  attachments?: Array<{ type: string; name: string; url?: string }>;
}

/**
 * Outlook attaches a "file" by fetching its URL, and refuses one without a name or URL; the
 * harness keeps the name and address (it does not fetch).
 */
export function fileAttachments(form: FormData): Array<{ name: string; url: string }> {
  return (form.attachments ?? []).map((a) => {
    if (a.type !== "file" || !a.name || !a.url) throw new Error(`Sys.ArgumentException: an attachment of type "${a.type}" needs a name and a URL.`);
    return { name: a.name, url: a.url };
  });
}

/** "Name" <address>, quoted as RFC 5322 asks so a comma or quote in a name stays in the name. */
const mailbox = (a: GraphAddress) => `"${a.emailAddress.name.replace(/["\\]/g, "\\$&")}" <${a.emailAddress.address}>`;

/**
 * The message's internet headers as Exchange gives them to getAllInternetHeadersAsync:
 * CRLF-separated, built from the Graph message the harness holds (the emulator stores no
 * raw MIME). Reply-To appears only when the message has one, as in real mail.
 */
function internetHeaders(m: GraphMessage): string {
  const lines = [
    `From: ${mailbox(m.from)}`,
    ...(m.sender && m.sender.emailAddress.address !== m.from.emailAddress.address ? [`Sender: ${mailbox(m.sender)}`] : []),
    `To: ${m.toRecipients.map(mailbox).join(", ")}`,
    ...(m.ccRecipients.length ? [`Cc: ${m.ccRecipients.map(mailbox).join(", ")}`] : []),
    ...(m.replyTo?.length ? [`Reply-To: ${m.replyTo.map(mailbox).join(", ")}`] : []),
    `Subject: ${m.subject}`,
    `Date: ${new Date(m.receivedDateTime).toUTCString()}`,
    `Message-ID: ${m.internetMessageId}`,
  ];
  return `${lines.join("\r\n")}\r\n`;
}

/**
 * Outlook throws synchronously for bad arguments (a message over 150 characters, a missing
 * icon) and fails through the callback for a sixth notification; the shim does the same.
 */
function notify(harness: HarnessApi, messageId: string, key: string, details: NotificationDetails, args: unknown[]): void {
  try {
    harness.setNotification(messageId, key, details);
  } catch (error) {
    if (error instanceof OutlookRefusal && error.officeName.startsWith("Argument")) throw new Error(`Sys.${error.officeName}Exception: ${error.message}`);
    return failWith(args, error);
  }
  succeed(args, undefined);
}
