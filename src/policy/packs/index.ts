import type { CategoryId } from "../categories";
import { cite } from "./cite";
import { gwentPack } from "./gwent";
import { PolicyPack } from "./schema";
import { warwickshirePack } from "./warwickshire";

/**
 * The packs this build ships. A third office is a new pack file and one line here.
 * Each is parsed through the schema at load, so a malformed pack fails fast in tests.
 */
export const PACKS: Readonly<Record<string, PolicyPack>> = Object.freeze(
  Object.fromEntries([gwentPack, warwickshirePack].map((pack) => [pack.id, PolicyPack.parse(pack)])),
);

export class UnknownPackError extends Error {
  override readonly name = "UnknownPackError";
}

export function getPack(id: string): PolicyPack {
  const pack = PACKS[id];
  if (!pack) throw new UnknownPackError(`No policy pack "${id}". Known packs: ${Object.keys(PACKS).join(", ")}.`);
  return pack;
}

export function listPacks(): PolicyPack[] {
  return Object.values(PACKS);
}

/** "Chief Executive" (Gwent 7.0) or "Head of Business Services and Assurance" (Warwickshire 7), for approval prompts. */
export function authoriserTitle(pack: PolicyPack): string {
  return pack.authoriser.title;
}

/** The pack's own words for a canonical finding — Warwickshire says "unacceptable", Gwent "aggressive or abusive". */
export function wordingFor(pack: PolicyPack, category: CategoryId, subType: string): { category: string; subType: string; policyRef: string } {
  const packCategory = pack.categories.find((c) => c.canonical === category);
  if (!packCategory) return { category, subType, policyRef: pack.policyDocument.title };
  const packSubType = packCategory.subTypes.find((s) => s.id === subType);
  return {
    category: packCategory.label,
    subType: packSubType?.label ?? packCategory.label,
    policyRef: cite(packSubType?.source ?? packCategory.source),
  };
}
