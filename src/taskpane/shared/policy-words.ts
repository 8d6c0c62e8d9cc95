import type { PolicyPack } from "../../policy/packs/schema";

/** The published documents in ../shared/policies by their titles, for citing them to staff. */
const TITLES: Record<string, string> = {
  "warwickshire-managing-public-contact-policy.txt": "Managing Public Contact Policy (OPCC Warwickshire)",
  "warwickshire-decision-2025.txt": "Warwickshire decision WPCC4-0060",
  "gwent-managing-customer-contact-policy.txt": "Managing Customer Contact Policy (OPCC Gwent)",
  "gwent-decision-2019.txt": "Gwent decision (2019)",
  "lancashire-recommendation-2024.txt": "Lancashire recommendation (2024)",
};

/** "warwickshire-managing-public-contact-policy.txt §7.2" (`cite`'s form): the file and the section's number. */
export const CITATION = /([\w.-]+\.txt) §\s*(\d+(?:\.\d+)*)/g;

/**
 * A policy reference as staff read it: "Managing Public Contact Policy (OPCC Warwickshire),
 * section 3.1", not "warwickshire-managing-public-contact-policy.txt §3.1" (the code's and the
 * audit's form, `cite`). The office's own policy is named by the pack's title; a file this list
 * does not know keeps its name rather than being guessed at.
 */
export function policyWords(reference: string, pack: PolicyPack): string {
  return reference.replace(CITATION, (_all, file: string, section: string) => {
    const own = pack.policyDocument.copy?.href.endsWith(`/${file}`) ? pack.policyDocument.title : undefined;
    return `${own ?? TITLES[file] ?? file}, section ${section}`;
  });
}

/**
 * A finding's strength in words. The classifier's figures are fixed weights its rules carry,
 * not calibrated probabilities, so the pane never shows them as a percentage.
 */
export function strengthWords(confidence: number): "strong" | "likely" | "possible" {
  return confidence >= 0.8 ? "strong" : confidence >= 0.65 ? "likely" : "possible";
}
