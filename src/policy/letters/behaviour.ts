import { longDate } from "../calendar";
import type { CategoryId } from "../categories";
import type { PolicyPack } from "../packs/schema";
import type { RecordedContact } from "./compose";
import { inert, MAX_VALUE_CHARS } from "./inert";

/** The behaviour a letter names, in the pack's own words (Warwickshire 3.1/3.2; Gwent 4.0–6.0). */
export interface Behaviour {
  categories: CategoryId[];
  /** One line per behaviour: the pack's sub-type labels, or its category label where no sub-type is recorded. */
  items: string[];
}

type Source = { categories: readonly CategoryId[]; subTypes: readonly string[] } | RecordedContact;

/**
 * What was recorded, worded by the pack. A contact counts only where a caseworker confirmed
 * or corrected it with a category: a dismissed suggestion is not behaviour on record.
 */
export function behaviourOf(pack: PolicyPack, sources: readonly Source[]): Behaviour {
  const categories = new Set<CategoryId>();
  const subTypes = new Set<string>();
  for (const source of sources) {
    if ("outcome" in source) {
      if (source.outcome === "dismissed") continue;
      source.categories.forEach((c) => categories.add(c));
      source.evidence.filter((e) => source.categories.includes(e.category)).forEach((e) => subTypes.add(e.subType));
    } else {
      source.categories.forEach((c) => categories.add(c));
      source.subTypes.forEach((s) => subTypes.add(s));
    }
  }
  const items: string[] = [];
  for (const category of pack.categories) {
    if (!categories.has(category.canonical)) continue;
    const named = category.subTypes.filter((s) => subTypes.has(s.id));
    items.push(...(named.length ? named.map((s) => s.label) : [category.label]));
  }
  return { categories: pack.categories.map((c) => c.canonical).filter((c) => categories.has(c)), items };
}

/** How many of the contacts a warning lists by date and subject; the rest are counted. */
export const CONTACTS_LISTED = 5;

/**
 * The contacts a warning is about, newest first: "Your message of 3 March 2026: “subject”".
 * The subject is the person's own text, made inert.
 */
export function contactLines(contacts: readonly RecordedContact[]): string[] {
  const counted = contacts.filter((c) => c.outcome !== "dismissed" && c.categories.length > 0).sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
  const lines = counted.slice(0, CONTACTS_LISTED).map((c) => {
    const subject = inert(c.subject, MAX_VALUE_CHARS.line);
    return subject ? `Your message of ${longDate(c.receivedAt)}: “${subject}”.` : `Your message of ${longDate(c.receivedAt)}.`;
  });
  const more = counted.length - CONTACTS_LISTED;
  if (more > 0) lines.push(`${more} more ${more === 1 ? "message" : "messages"} before these.`);
  return lines;
}
