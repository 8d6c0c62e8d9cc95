import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CATEGORY_IDS, SUB_TYPES } from "../../src/policy/categories";
import { authoriserTitle, getPack, listPacks, PACKS, UnknownPackError, wordingFor } from "../../src/policy/packs/index";
import { PolicyPack, type SourceRef } from "../../src/policy/packs/schema";

const POLICIES = join(import.meta.dirname, "../../../shared/policies");
const squash = (text: string) => text.replace(/[’‘]/g, "'").replace(/\s+/g, " ").toLowerCase();

/**
 * The text of one numbered section: from its heading ("4.0 Aggressive…", "[bookmark: …]7.0Reasons…",
 * "3.1    Unacceptable…") to the next heading. Sub-sections ("7.1") are not part of "7".
 */
const HEADING = /^(?:\s*\[bookmark:[^\]]*\])?\s*(\d+(?:\.\d+)?)\.?\s*[A-Z][a-z]/;
function sectionText(file: string, section: string): string {
  const lines = readFileSync(join(POLICIES, file), "utf8").split("\n");
  const start = lines.findIndex((line) => HEADING.exec(line)?.[1] === section);
  if (start < 0) return "";
  const end = lines.findIndex((line, i) => i > start && HEADING.test(line));
  return lines.slice(start, end < 0 ? undefined : end).join("\n");
}

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

  it("finds each quote in the section it names, not elsewhere in the policy", () => {
    for (const source of sources(pack)) {
      const text = sectionText(source.file, source.section);
      expect(text, `${source.file} has no section ${source.section}`).not.toBe("");
      expect(squash(text), `"${source.quote}" is not in §${source.section}`).toContain(squash(source.quote!));
    }
  });

  it("names its policy document with a public https address", () => {
    expect(pack.policyDocument.url).toMatch(/^https:\/\/www\./);
    expect(pack.policyDocument.title).toContain(pack.office.shortName);
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
    expect(gwent.authoriser.role).toBe("chiefExecutive");
    expect(authoriserTitle(gwent)).toBe("Chief Executive");
    expect(gwent.underlyingCauses).toEqual([]);
  });

  it("Gwent offers re-opening refusal but not blocking; Warwickshire the reverse", () => {
    const kinds = (id: string) => getPack(id).restrictionOptions.map((o) => o.kind);
    expect(kinds("gwent")).toContain("noReopeningClosedCase");
    expect(kinds("gwent")).not.toContain("blockedAddress");
    expect(kinds("warwickshire")).toContain("blockedAddress");
    expect(kinds("warwickshire")).not.toContain("noReopeningClosedCase");
  });

  it("Warwickshire: warning may be skipped for threats or violence; the notice carries the mandatory content", () => {
    const warwickshire = getPack("warwickshire");
    expect(warwickshire.priorWarning.exception).toMatch(/violence/);
    expect(getPack("gwent").priorWarning.exception).toBeUndefined();
    const restrictionLetter = warwickshire.letterElements.filter((e) => e.letters.includes("restriction")).map((e) => e.id);
    expect(restrictionLetter).toEqual(expect.arrayContaining(["action", "how-to-contact", "reasons", "review-date", "dispute", "only-our-office", "policy-copy"]));
  });

  it("Warwickshire: Head of Business Services and Assurance after five criteria; dispute to the Chief Executive", () => {
    const warwickshire = getPack("warwickshire");
    expect(warwickshire.authoriser.title).toBe("Head of Business Services and Assurance");
    expect(warwickshire.criteria).toHaveLength(5);
    expect(warwickshire.disputeTo?.title).toBe("Chief Executive");
    expect(warwickshire.authoriser.role).toBe("headOfBusinessServices");
    expect(warwickshire.office.personTerm).toBe("member of the public");
    expect(warwickshire.categories.map((c) => c.group)).toEqual(["Unacceptable behaviour", "Unreasonable behaviour", "Unreasonable behaviour"]);
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
    expect(wordingFor(getPack("gwent"), "demands", "timescale")).toEqual({
      category: "Unreasonable demands",
      subType: "Timescale demands",
      policyRef: "gwent-managing-customer-contact-policy.txt §6.0",
    });
    expect(wordingFor(getPack("warwickshire"), "demands", "timescale").subType).toMatch(/unreasonable timescale/);
  });

  it("falls back to the category's own words for a sub-type the pack does not know", () => {
    expect(wordingFor(getPack("warwickshire"), "abusive", "somethingNew")).toEqual({
      category: "Unacceptable behaviour",
      subType: "Unacceptable behaviour",
      policyRef: "warwickshire-managing-public-contact-policy.txt §3.1",
    });
  });

  it("names the known packs when asked for an unknown one", () => {
    expect(() => getPack("lancashire")).toThrow(UnknownPackError);
    expect(() => getPack("lancashire")).toThrow(/"lancashire".*Known packs: gwent, warwickshire/);
    expect(Object.isFrozen(PACKS)).toBe(true);
  });
});
