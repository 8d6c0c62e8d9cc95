import type { CategoryId } from "../categories";
import { cite } from "./cite";
import { gwentPack } from "./gwent";
import { PolicyPack } from "./schema";
import { warwickshirePack } from "./warwickshire";

export class InvalidPackError extends Error {
  override readonly name = "InvalidPackError";
  constructor(
    message: string,
    /** Each bad field as a dotted path ("review.defaultMonths", "criteria.2.id") with what is wrong. */
    readonly problems: ReadonlyArray<{ field: string; problem: string }>,
  ) {
    super(message);
  }
}

/**
 * A policy pack from plain data (parsed JSON, a SharePoint item, a config file): validated
 * against the schema, cross-field checks included. A third office is this data, not code.
 * Throws `InvalidPackError` naming every bad field.
 */
export function loadPack(json: unknown): PolicyPack {
  const parsed = PolicyPack.safeParse(json);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => ({
    field: issue.path.length ? issue.path.map(String).join(".") : "(the pack itself)",
    problem: issue.message,
  }));
  const id = json && typeof json === "object" && "id" in json && typeof json.id === "string" ? `"${json.id}"` : "(no id)";
  throw new InvalidPackError(
    `Policy pack ${id} is invalid: ${problems.map((p) => `${p.field}: ${p.problem}`).join("; ")}`,
    problems,
  );
}

/**
 * The packs this build ships. Each is loaded through `loadPack`, exactly as a pack written
 * as plain data would be, so a malformed pack fails fast in tests.
 */
export const PACKS: Readonly<Record<string, PolicyPack>> = Object.freeze(
  Object.fromEntries([gwentPack, warwickshirePack].map((pack) => [pack.id, loadPack(pack)])),
);

export class UnknownPackError extends Error {
  override readonly name = "UnknownPackError";
}

export function getPack(id: string): PolicyPack {
  const pack = PACKS[id];
  if (!pack) throw new UnknownPackError(`No policy pack "${id}". Known packs: ${Object.keys(PACKS).join(", ")}.`);
  return pack;
}

/**
 * The pack an office's configuration names: a shipped one by `packId`, or the office's own
 * pack given as data (`pack`, validated like the shipped ones) — which must say it is the
 * pack `packId` names, so a file pasted from another office is not used by mistake.
 */
export function packFor(choice: { packId: string; pack?: unknown; postalAddress?: readonly string[] | undefined }): PolicyPack {
  const pack = choice.pack === undefined ? getPack(choice.packId) : loadPack(choice.pack);
  if (pack.id !== choice.packId) {
    throw new InvalidPackError(`The policy pack given is "${pack.id}", but packId says "${choice.packId}".`, [{ field: "id", problem: `expected "${choice.packId}"` }]);
  }
  return withPostalAddress(pack, choice.postalAddress);
}

/** The office's configured postal address in its letters' letterhead (the shipped packs carry none: each office has its own). */
function withPostalAddress(pack: PolicyPack, postalAddress: readonly string[] | undefined): PolicyPack {
  if (!postalAddress?.length || !pack.letters) return pack;
  return { ...pack, letters: { ...pack.letters, letterhead: { ...pack.letters.letterhead, postalAddress: [...postalAddress] } } };
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
