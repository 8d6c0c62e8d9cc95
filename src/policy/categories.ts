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

/** Words for channels in banners, guidance and letters. */
export const CHANNEL_WORDS: Record<Channel, string> = {
  phone: "telephone",
  letter: "letter",
  email: "email",
  socialMedia: "social media",
  inPerson: "in person",
};

/**
 * Canonical sub-types per category. Packs give each its own wording and source; the
 * classifier reports findings with these ids.
 */
export const SUB_TYPES = {
  abusive: [
    "threat", // Gwent 4.0 "threats (implicit or explicit)"; Warwickshire 3.1 "Threats or harm to people or property"
    "harassment", // Gwent 4.0 "harassment"; Warwickshire 3.1 "Harassment, intimidation", "Stalking (in person or online)"
    "offensiveLanguage", // Gwent 4.0 "persistent shouting, or swearing or other offensive language"
    "demeaning", // Gwent 4.0 "insulting or demeaning any person or group"; Warwickshire 3.1 "derogatory, discriminatory"
  ],
  persistent: [
    "excessiveVolume", // Warwickshire 3.2 "volume or duration of contact"; "calling a number of times ... same day"
    "afterDecision", // Gwent 5.0 continuing to challenge a decision; Warwickshire 3.2 "Refusing to accept reasonable explanations"
    "reframed", // Warwickshire 3.2 "Re-framing or re-wording of a complaint"
    "severalStaff", // Warwickshire 3.2 "Contacting different people in the same organisation"
  ],
  demands: [
    "timescale", // Gwent 6.0 "timescale demands"; Warwickshire 3.2 "responses within an unreasonable timescale"
    "particularPerson", // Warwickshire 3.2 "insisting on speaking to a particular member of staff"
    "managerAtOutset", // Warwickshire 3.2 "Demands to speak to managers at the outset"
    "cannotDo", // Gwent 6.0 "demands for things we cannot do"; Warwickshire 1 (PCC acts only within powers)
    "repeated", // Gwent 6.0 "repeated or multiple demands which are substantially the same"
    "inundating", // Gwent 6.0 "inundating the OPCC with information"
    "copyingStaff", // Warwickshire 3.2 "Repeatedly copying OPCC staff into emails sent to other public bodies"
  ],
} as const satisfies Record<CategoryId, readonly string[]>;

export type SubTypeId<C extends CategoryId = CategoryId> = (typeof SUB_TYPES)[C][number];
