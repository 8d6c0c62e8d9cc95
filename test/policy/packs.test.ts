import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CATEGORY_IDS, SUB_TYPES } from "../../src/policy/categories";
import { getPack, listPacks, wordingFor } from "../../src/policy/packs/index";
import { PolicyPack, type SourceRef } from "../../src/policy/packs/schema";

const POLICIES = join(import.meta.dirname, "../../../shared/policies");
const squash = (text: string) => text.replace(/[’‘]/g, "'").replace(/\s+/g, " ").toLowerCase();

/** Every `source` anywhere in a pack. */
function sources(value: unknown, found: SourceRef[] = []): SourceRef[] {
  if (Array.isArray(value)) value.forEach((v) => sources(v, found));
  else if (value && typeof value === "object") {
    for (const [key, v] of Object.entries(value)) {
      if (key === "source") found.push(v as SourceRef);
      else sources(v, found);
    }
  }
  return found;
}

describe.each(listPacks().map((p) => [p.id, p] as const))("policy pack %s", (_id, pack) => {
  it("is valid against the schema", () => {
    expect(PolicyPack.safeParse(pack).success).toBe(true);
  });

  it("cites only text that is really in the policy it names", () => {
    const cited = sources(pack);
    expect(cited.length).toBeGreaterThan(20);
    for (const source of cited) {
      const path = join(POLICIES, source.file);
      expect(existsSync(path), source.file).toBe(true);
      expect(source.quote, `${source.file} §${source.section} has no quote`).toBeTruthy();
      expect(squash(readFileSync(path, "utf8")), `quote not found: "${source.quote}"`).toContain(squash(source.quote!));
    }
  });

  it("words every canonical category and sub-type in its own terms", () => {
    for (const category of CATEGORY_IDS) {
      const packCategory = pack.categories.find((c) => c.canonical === category);
      expect(packCategory, category).toBeDefined();
      expect(packCategory!.subTypes.map((s) => s.id).sort()).toEqual([...SUB_TYPES[category]].sort());
    }
  });
});

describe("the packs differ where the policies differ", () => {
  it("Gwent: the Chief Executive authorises after four criteria; no dispute route", () => {
    const gwent = getPack("gwent");
    expect(gwent.authoriser.title).toBe("Chief Executive");
    expect(gwent.criteria).toHaveLength(4);
    expect(gwent.disputeTo).toBeUndefined();
    expect(gwent.office.personTerm).toBe("customer");
  });

  it("Warwickshire: Head of Business Services and Assurance after five criteria; dispute to the Chief Executive", () => {
    const warwickshire = getPack("warwickshire");
    expect(warwickshire.authoriser.title).toBe("Head of Business Services and Assurance");
    expect(warwickshire.criteria).toHaveLength(5);
    expect(warwickshire.disputeTo?.title).toBe("Chief Executive");
    expect(warwickshire.underlyingCauses.length).toBeGreaterThanOrEqual(4);
  });

  it("shows each office's own words for the same finding", () => {
    expect(wordingFor(getPack("warwickshire"), "abusive", "threat")).toMatchObject({
      category: "Unacceptable behaviour",
      subType: "Threats or harm to people or property",
      policyRef: "warwickshire-managing-public-contact-policy.txt §3.1",
    });
    expect(wordingFor(getPack("gwent"), "abusive", "threat").category).toBe("Aggressive or abusive contact");
    expect(wordingFor(getPack("warwickshire"), "persistent", "reframed").category).toBe("Unreasonable persistence");
  });

  it("names the known packs when asked for an unknown one", () => {
    expect(() => getPack("lancashire")).toThrow(/Known packs: gwent, warwickshire/);
  });
});
