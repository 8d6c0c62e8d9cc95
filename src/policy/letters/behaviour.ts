import { longDate } from "../calendar";
import type { CategoryId } from "../categories";
import type { PolicyPack } from "../packs/schema";
import type { RecordedContact } from "./compose";
import { inert, MAX_VALUE_CHARS } from "./inert";

/**
 * The behaviour a letter names, in the pack's own words (Warwickshire 3.1/3.2; Gwent 4.0–6.0), and
 * how the person can change it (Warwickshire 6 "advised how they can adjust their behaviour").
 */
export interface Behaviour {
  categories: CategoryId[];
  /** One line per behaviour: the sub-type's label and what it is in plain words, or the category's label where no sub-type is recorded. */
  items: string[];
  /** One line per behaviour, in the same order: how to change it, from the pack, or the category's default. */
  advice: string[];
}

/**
 * Advice for a behaviour the pack gives no letter wording for: plain, and true of every
 * behaviour in the category (Warwickshire 6 "We will be clear about how we would like the behaviour to change").
 */
export const DEFAULT_ADVICE: Readonly<Record<CategoryId, string>> = {
  abusive: "Please be polite to our staff. Do not threaten, insult or swear at anyone. Tell us calmly what is wrong, and we will listen.",
  persistent: "Please only contact us again about this matter if you have new information to give us.",
  demands: "Please give us the time we need to reply, and let us deal with your matter in our usual way.",
};

type Source = { categories: readonly CategoryId[]; subTypes: readonly string[] } | RecordedContact;

/**
 * What was recorded, worded by the pack. A contact counts only where a caseworker confirmed
 * or corrected it with a category: a dismissed suggestion is not behaviour on record. Its
 * sub-types are the classifier's evidence and the caseworker's own choices ("Abuse" ticked
 * under "Unacceptable behaviour"), each under a category they confirmed.
 */
export function behaviourOf(pack: PolicyPack, sources: readonly Source[]): Behaviour {
  const categories = new Set<CategoryId>();
  const subTypes = new Set<string>();
  for (const source of sources) {
    if ("outcome" in source) {
      if (source.outcome === "dismissed") continue;
      source.categories.forEach((c) => categories.add(c));
      const chosen = [...source.evidence, ...(source.subTypes ?? [])];
      chosen.filter((e) => source.categories.includes(e.category)).forEach((e) => subTypes.add(`${e.category}:${e.subType}`));
    } else {
      source.categories.forEach((c) => categories.add(c));
      source.subTypes.forEach((s) => source.categories.forEach((c) => subTypes.add(`${c}:${s}`)));
    }
  }
  const items: string[] = [];
  const advice: string[] = [];
  for (const category of pack.categories) {
    if (!categories.has(category.canonical)) continue;
    const named = category.subTypes.filter((s) => subTypes.has(`${category.canonical}:${s.id}`));
    if (!named.length) {
      items.push(category.label);
      advice.push(`${category.label}: ${DEFAULT_ADVICE[category.canonical]}`);
    }
    for (const subType of named) {
      items.push(subType.inLetter ? `${subType.label}: ${subType.inLetter.says}` : subType.label);
      advice.push(`${subType.label}: ${subType.inLetter?.advice ?? DEFAULT_ADVICE[category.canonical]}`);
    }
  }
  return { categories: pack.categories.map((c) => c.canonical).filter((c) => categories.has(c)), items, advice };
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
