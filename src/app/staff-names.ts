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
    if (!isStaffAddress(r.emailAddress.trim().toLowerCase(), staffDomains)) continue;
    const name = personName(r.displayName);
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
