import { OutlookError } from "../mailbox";
import { isOfficeError, promisify } from "./promisify";

/**
 * Outlook categories on the open item. An item can carry only a category that is in the
 * mailbox's master list, and managing that list (masterCategories) needs the read/write mailbox
 * permission, which this add-in does not ask for (it asks read/write item: Office.Categories
 * addAsync; "Get and set categories"). So the master category is created once per mailbox by an
 * administrator (`npm run provision -- --category`), and here only added to the item; a mailbox
 * that lacks it is reported as such (docs/decisions/0006-category-permission.md).
 */
export async function addCategory(item: Office.MessageRead | null | undefined, name: string): Promise<void> {
  if (!item) throw new OutlookError("noItem", "No message is selected.");
  if (typeof item.categories?.addAsync !== "function") throw new OutlookError("notSupported", "This version of Outlook cannot add categories from an add-in.");
  try {
    await promisify<void>((cb) => item.categories.addAsync([name], cb), `Adding the “${name}” category`);
  } catch (error) {
    // Not in the mailbox's master list (Outlook's InvalidCategory).
    if (isOfficeError(error, "InvalidCategory")) throw new OutlookError("categoryMissing", `This mailbox has no “${name}” category.`, error);
    // Outlook on the web answers "operation not supported" (5000) for items the user may not
    // change, such as another person's item in a shared folder (office-js issue 4909).
    if (error instanceof OutlookError && error.code === "notSupported") throw new OutlookError("permissionDenied", error.message, error.cause);
    throw error;
  }
}
