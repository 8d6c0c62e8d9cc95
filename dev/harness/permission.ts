import { OutlookRefusal } from "./api";

/**
 * The permission level the add-in's manifest asks for (`<Permissions>` in manifest.xml, read
 * when the harness is built), and Outlook's rule that an API above it is refused: each method's
 * "Minimum permission level" in the Outlook API reference (Office.Categories: read item to get,
 * read/write item to add; Office.MasterCategories: read/write mailbox). A harness that answered
 * every call whatever the manifest said would hide a category that real Outlook never adds.
 */
export const LEVELS = ["Restricted", "ReadItem", "ReadWriteItem", "ReadWriteMailbox"] as const;
export type PermissionLevel = (typeof LEVELS)[number];

declare const __MANIFEST_PERMISSION__: string | undefined;

export const MANIFEST_PERMISSION: PermissionLevel = levelOf(typeof __MANIFEST_PERMISSION__ === "string" ? __MANIFEST_PERMISSION__ : "ReadWriteItem");

export function levelOf(value: string): PermissionLevel {
  const level = LEVELS.find((l) => l === value);
  if (!level) throw new Error(`Unknown Outlook add-in permission level in manifest.xml: ${value}`);
  return level;
}

/** The refusal Outlook gives a call the manifest's level does not allow, or undefined when it is allowed. */
export function refusal(needed: PermissionLevel, what: string, granted: PermissionLevel = MANIFEST_PERMISSION): OutlookRefusal | undefined {
  if (LEVELS.indexOf(granted) >= LEVELS.indexOf(needed)) return undefined;
  // Office's common error 7000, "Permission denied".
  return new OutlookRefusal("PermissionDenied", 7000, `${what} needs the ${needed} permission; this add-in's manifest asks for ${granted}.`);
}
