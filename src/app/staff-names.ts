import { isStaffAddress } from "../policy/address";
import type { EmailAddress } from "../policy/message";

/**
 * The office's staff by name for one message (ClassifierOptions.staffNames): the names the office's configuration lists
 * (`staffNames`), the display names of the message's recipients at the staff domains (whoever it was written to is staff:
 * "Dear Priya" to priya.shah@…), and, in the pane, the signed-in reader's own. A threat naming any of them is a threat to
 * staff. Shared mailboxes ("OPCC Enquiries") and addresses shown as names are not people, and are left out.
 */
export function staffNamesFor(configured: readonly string[], recipients: readonly EmailAddress[], staffDomains: readonly string[], reader?: string): string[] {
  const names = [...configured];
  for (const r of recipients) {
    const address = r.emailAddress.trim().toLowerCase();
    if (!isStaffAddress(address, staffDomains)) continue;
    // No display name (an export, a CLI line): "casey.worker@" is Casey Worker.
    const name = personName(r.displayName) ?? nameOfAddress(address);
    if (name) names.push(name);
  }
  const own = reader === undefined ? undefined : personName(reader);
  if (own) names.push(own);
  return [...new Set(names)];
}

/** Words that make a display name a mailbox or a team, not a person: "OPCC Enquiries", "Complaints Team". */
const NOT_A_PERSON = /\b(?:enquiries|enquiry|inquiries|info|information|admin|administration|office|opcc|pcc|occ|commissioner|commissioners|police|team|mailbox|inbox|contact|contacts|complaints|reception|general|help|helpdesk|support|service|services|unit|department|dept|noreply|no-reply|secretariat|correspondence|casework|shared)\b/i;

/**
 * A display name as a person's name, or undefined when it is not one: "Shah, Priya" is "Priya Shah"; "Priya Shah (OPCC)"
 * is "Priya Shah"; an address, a single word or a team's mailbox is none.
 */
export function personName(displayName: string): string | undefined {
  let name = displayName.replace(/\([^)]*\)|\[[^\]]*\]/g, " ").replace(/["“”]/g, " ").trim();
  if (!name || name.includes("@")) return undefined;
  // Exchange's "Surname, First" order.
  const comma = /^([^,]+),\s*([^,]+)$/.exec(name);
  if (comma) name = `${comma[2]!.trim()} ${comma[1]!.trim()}`;
  name = name.replace(/\s+/g, " ");
  const words = name.split(" ");
  if (words.length < 2 || words.length > 4) return undefined;
  if (NOT_A_PERSON.test(name) || !words.every((w) => /^[\p{L}][\p{L}'’.-]*$/u.test(w))) return undefined;
  return name;
}

/**
 * A person's name from a staff address of the form first.last@ or first_last@ ("casey.worker@…" is "Casey Worker"), or
 * undefined: a shared mailbox ("enquiries@", "complaints.team@") or initials ("cw@", "c.worker@") name no one.
 */
export function nameOfAddress(address: string): string | undefined {
  const local = address.slice(0, address.indexOf("@"));
  const parts = local.split(/[._]/);
  if (parts.length < 2 || parts.length > 3 || !parts.every((p) => /^[a-z][a-z'-]{1,}$/.test(p))) return undefined;
  return personName(parts.map((p) => p[0]!.toUpperCase() + p.slice(1)).join(" "));
}

/** A colleague's name from their work address ("casey.worker@…" → "Casey Worker"), or the address where it gives none. */
export const nameOrAddress = (address: string): string => nameOfAddress(address.toLowerCase()) ?? address;

/** "Casey Worker <casey.worker@…>" or a bare address, as an export writes a recipient: a display name and an address. */
export function recipientOf(text: string): EmailAddress {
  const angled = /^\s*"?([^"<>]*?)"?\s*<([^<>]+)>\s*$/.exec(text);
  return angled ? { displayName: angled[1]!.trim(), emailAddress: angled[2]!.trim() } : { displayName: "", emailAddress: text.trim() };
}
