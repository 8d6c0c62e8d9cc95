import type { PolicyPack } from "../../policy/packs/schema";
import { citeInWords } from "../../app/cite-words";

/**
 * A policy reference as staff read it: "Managing Public Contact Policy (OPCC Warwickshire),
 * section 3.1", not "warwickshire-managing-public-contact-policy.txt §3.1" (the code's and the
 * audit's form, `cite`). The office's own policy is named by the pack's title; a file this list
 * does not know keeps its name rather than being guessed at.
 */
export function policyWords(reference: string, pack: PolicyPack): string {
  return citeInWords(reference, pack);
}

/**
 * A finding's strength in words. The classifier's figures are fixed weights its rules carry,
 * not calibrated probabilities, so the pane never shows them as a percentage.
 */
export function strengthWords(confidence: number): "strong" | "likely" | "possible" {
  return confidence >= 0.8 ? "strong" : confidence >= 0.65 ? "likely" : "possible";
}
