import type { PolicyPack } from "../policy/packs/schema";

/*
 * Policy citations as people read them. `cite` (policy/packs/cite.ts) gives the code's and the
 * audit trail's form, "warwickshire-managing-public-contact-policy.txt §7"; what a person reads
 * names the document by its title: the pane (taskpane/shared/PolicyRef, as links), a Smart Alert
 * and a CLI's message to a person (plain text).
 */

/** The published documents in ../shared/policies by their titles, for citing them to people. */
const TITLES: Readonly<Record<string, string>> = {
  "warwickshire-managing-public-contact-policy.txt": "Managing Public Contact Policy (OPCC Warwickshire)",
  "warwickshire-decision-2025.txt": "Warwickshire decision WPCC4-0060",
  "gwent-managing-customer-contact-policy.txt": "Managing Customer Contact Policy (OPCC Gwent)",
  "gwent-decision-2019.txt": "Gwent decision PCCG-2019-061",
  "lancashire-recommendation-2024.txt": "Lancashire recommendation report (2024)",
};

/** `cite`'s form inside any text: the file and the section's number. */
export const CITATION = /([\w.-]+\.txt) §\s*(\d+(?:\.\d+)*)/g;

/** Whether a cited file is the office's own policy: the one its authoriser's rule comes from, or its shipped copy. */
export function isOwnPolicy(file: string, pack: PolicyPack): boolean {
  return file === pack.authoriser.source.file || pack.policyDocument.copy?.href.endsWith(`/${file}`) === true;
}

/** A document's title as people know it: the office's own policy by the pack's title; a file no one titled keeps its name rather than being guessed at. */
export function documentTitle(file: string, pack: PolicyPack): string {
  return isOwnPolicy(file, pack) ? pack.policyDocument.title : (TITLES[file] ?? file);
}

/**
 * Every citation in a text as people read it: "Managing Public Contact Policy (OPCC
 * Warwickshire), section 3.1", not "warwickshire-managing-public-contact-policy.txt §3.1" — for
 * what leaves as plain text (a Smart Alert, a CLI's message to a person, a letter's problems).
 * The pane renders the same words, as links (taskpane/shared/PolicyRef).
 */
export function citeInWords(text: string, pack: PolicyPack): string {
  return text.replace(CITATION, (_all, file: string, section: string) => `${documentTitle(file, pack)}, section ${section}`);
}
