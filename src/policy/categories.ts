/**
 * Canonical behaviour categories. Every policy pack maps its own wording onto these ids,
 * so tools and reports work across offices.
 *
 * Gwent 3.0: contact is unacceptable if it is aggressive or abusive, unreasonably
 * persistent, or an unreasonable demand. Warwickshire 3.1/3.2 groups the same behaviours
 * as "unacceptable" (abusive) and "unreasonable" (persistence; demands or obstruction).
 */
export const CATEGORY_IDS = ["abusive", "persistent", "demands"] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];

/** Ways a person contacts the office (Warwickshire 6: telephone, written, electronic). */
export const CHANNELS = ["phone", "letter", "email", "socialMedia", "inPerson"] as const;
export type Channel = (typeof CHANNELS)[number];
