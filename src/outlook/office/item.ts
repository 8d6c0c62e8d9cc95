import type { EmailAddress, ReadItem } from "../mailbox";
import { replyToFromHeaders } from "./headers";
import { promisify } from "./promisify";

type OfficeApi = typeof Office;

/**
 * The selected message as a ReadItem. The three host calls run side by side: each is a
 * round trip to Exchange in Outlook, and the sender check waits for this item.
 */
export async function toReadItem(office: OfficeApi, item: Office.MessageRead): Promise<ReadItem> {
  const [owner, categories, replyTo] = await Promise.all([sharedMailboxOwner(item), itemCategories(item), replyToOf(item)]);
  return {
    itemId: item.itemId,
    restId: toRestId(office, item.itemId),
    // Drafts and some items in shared folders have no Internet-Message-ID yet; the item id
    // is still unique, so idempotency keys stay stable for that item.
    internetMessageId: item.internetMessageId || item.itemId,
    subject: item.subject ?? "",
    from: address(item.from),
    sender: address(item.sender ?? item.from),
    to: (item.to ?? []).map(address),
    cc: (item.cc ?? []).map(address),
    replyTo,
    receivedAt: isoDate(item.dateTimeCreated),
    attachments: (item.attachments ?? []).filter((a) => !a.isInline).length,
    ...(categories ? { categories } : {}),
    ...(owner ? { sharedMailboxOwner: owner } : {}),
  };
}

export function address(details: Office.EmailAddressDetails | undefined): EmailAddress {
  return { displayName: details?.displayName ?? "", emailAddress: details?.emailAddress ?? "" };
}

/** Outlook's EWS-format id → the REST/Graph id (they differ in / and + characters). */
export function toRestId(office: OfficeApi, itemId: string): string {
  const mailbox = office.context.mailbox;
  // Outlook on mobile has no convertToRestId; there the item id is already in REST format.
  if (typeof mailbox.convertToRestId !== "function") return itemId;
  return mailbox.convertToRestId(itemId, office.MailboxEnums.RestVersion.v2_0);
}

/** The REST/Graph id → Outlook's EWS-format id, which displayMessageForm takes. */
export function toEwsId(office: OfficeApi, restId: string): string {
  const mailbox = office.context.mailbox;
  // As convertToRestId: Outlook on mobile has none, and there ids are REST ids already.
  if (typeof mailbox.convertToEwsId !== "function") return restId;
  return mailbox.convertToEwsId(restId, office.MailboxEnums.RestVersion.v2_0);
}

/**
 * The owner's address when the item is in a shared folder or shared/delegate mailbox.
 * getSharedPropertiesAsync exists only where the manifest declares SupportsSharedFolders
 * and the host supports Mailbox 1.8; on a personal item it fails, which means "not shared".
 */
async function sharedMailboxOwner(item: Office.MessageRead): Promise<string | undefined> {
  if (typeof item.getSharedPropertiesAsync !== "function") return undefined;
  try {
    const shared = await promisify<Office.SharedProperties>((cb) => item.getSharedPropertiesAsync(cb), "Reading shared mailbox details");
    return shared.owner || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reply-To, which office-js read mode offers only inside the internet headers (Mailbox 1.8).
 * Where the host has no headers call, or the call fails, the sender check goes on with
 * From and Sender: a missing Reply-To must not stop the banner for a known From.
 */
async function replyToOf(item: Office.MessageRead): Promise<EmailAddress[]> {
  if (typeof item.getAllInternetHeadersAsync !== "function") return [];
  try {
    const headers = await promisify<string>((cb) => item.getAllInternetHeadersAsync(cb), "Reading the message's headers");
    return replyToFromHeaders(headers ?? "");
  } catch {
    return [];
  }
}

/** The item's categories where the host offers them (Mailbox 1.8); absent rather than guessed otherwise. */
async function itemCategories(item: Office.MessageRead): Promise<string[] | undefined> {
  if (typeof item.categories?.getAsync !== "function") return undefined;
  try {
    const details = await promisify<Office.CategoryDetails[]>((cb) => item.categories.getAsync(cb), "Reading the message's categories");
    return (details ?? []).map((c) => c.displayName);
  } catch {
    return undefined;
  }
}

/**
 * A received message always carries dateTimeCreated. Should a host omit it, the time it was
 * read stands in: callers build ISO dates from this field, and an empty string would throw
 * there instead of recording a contact a few minutes late.
 */
function isoDate(value: Date | string | undefined): string {
  const date = value === undefined ? new Date() : value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? new Date().toISOString() : date.toISOString();
}
