import { OutlookError } from "../mailbox";
import { isOfficeError, promisify } from "./promisify";

type OfficeApi = typeof Office;

/**
 * Outlook categories. An item can only carry a category that is in the mailbox's master
 * list, so the master category is ensured first. Creating it is where shared and delegate
 * mailboxes differ from the user's own: a delegate usually may not change the owner's list.
 */
export async function ensureMasterCategory(office: OfficeApi, name: string, colour: string): Promise<boolean> {
  const master = office.context.mailbox.masterCategories;
  // Categories need Mailbox 1.8; the manifest's base set is 1.1, so older hosts load the pane without them.
  if (typeof master?.getAsync !== "function") throw new OutlookError("notSupported", "This version of Outlook cannot add categories from an add-in.");
  try {
    if (await hasMasterCategory(master, name)) return true;
    // CategoryColor's members are the strings "Preset0" … "Preset24"; callers pass those.
    const details: Office.CategoryDetails = { displayName: name, color: colour as unknown as Office.MailboxEnums.CategoryColor };
    await promisify<void>((cb) => master.addAsync([details], cb), `Creating the “${name}” category`);
    return true;
  } catch (error) {
    // Another pane (or the user) created it between our read and our add: that is success.
    if (isOfficeError(error, "DuplicateCategory")) return true;
    // The pane tells the user they cannot create it here, rather than showing a failure.
    if (error instanceof OutlookError && (error.code === "permissionDenied" || error.code === "notSupported")) return false;
    throw error;
  }
}

async function hasMasterCategory(master: Office.MasterCategories, name: string): Promise<boolean> {
  const existing = await promisify<Office.CategoryDetails[]>((cb) => master.getAsync(cb), "Reading the mailbox's categories");
  // Outlook compares category names case-insensitively (adding "contact strategy" beside
  // "Contact strategy" fails as a duplicate).
  return (existing ?? []).some((c) => c.displayName.toLowerCase() === name.toLowerCase());
}

export async function addCategory(item: Office.MessageRead | null | undefined, name: string): Promise<void> {
  if (!item) throw new OutlookError("noItem", "No message is selected.");
  if (typeof item.categories?.addAsync !== "function") throw new OutlookError("notSupported", "This version of Outlook cannot add categories from an add-in.");
  try {
    await promisify<void>((cb) => item.categories.addAsync([name], cb), `Adding the “${name}” category`);
  } catch (error) {
    // Outlook on the web answers "operation not supported" (5000) for items the user may not
    // change, such as another person's item in a shared folder (office-js issue 4909).
    if (error instanceof OutlookError && error.code === "notSupported") throw new OutlookError("permissionDenied", error.message, error.cause);
    throw error;
  }
}
