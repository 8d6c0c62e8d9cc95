import type { SourceRef } from "./schema";

/** "warwickshire-managing-public-contact-policy.txt §7" — how refusals and findings cite the policy. */
export function cite(source: SourceRef): string {
  return `${source.file} §${source.section}`;
}
