import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { policySection } from "../../../src/policy/text/policy-sections";
import { PACKS } from "../../../src/policy/packs";
import type { SourceRef } from "../../../src/policy/packs/schema";

const ASSETS = join(import.meta.dirname, "../../../assets");
const flat = (text: string) => text.replace(/\s+/g, " ").replace(/[‘’]/g, "'").toLowerCase();

/** Every { file, section, quote } a pack cites, wherever it sits in the pack. */
function citations(value: unknown, found: SourceRef[] = []): SourceRef[] {
  if (Array.isArray(value)) value.forEach((v) => citations(v, found));
  else if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    if (typeof o.file === "string" && typeof o.section === "string") found.push(o as SourceRef);
    Object.values(o).forEach((v) => citations(v, found));
  }
  return found;
}

describe("a policy citation opens the words it cites", () => {
  for (const pack of Object.values(PACKS)) {
    it(`${pack.id}: every citation of the shipped policy finds its section, and the section holds the quoted words`, () => {
      const copy = pack.policyDocument.copy;
      expect(copy, "the pack ships its policy's text").toBeDefined();
      const text = readFileSync(join(ASSETS, copy!.href.replace(/^assets\//, "")), "utf8");
      const own = citations(pack).filter((c) => copy!.href.endsWith(`/${c.file}`));
      expect(own.length).toBeGreaterThan(10);
      for (const c of own) {
        const section = policySection(text, c.section);
        expect(section, `${c.file} §${c.section}`).toBeDefined();
        if (c.quote) expect(flat(`${section!.title} ${section!.text}`), `${c.file} §${c.section}: “${c.quote}”`).toContain(flat(c.quote));
      }
    });
  }

  it("a section carries its sub-sections and stops at the next of its rank; 4.0 and 4 are one section", () => {
    const text = ["1. Introduction", "Opening words.", "2. Rules", "Rule words.", "2.1 Detail", "Detail words.", "3. Review", "Review words."].join("\n");
    expect(policySection(text, "2")).toEqual({ number: "2", title: "Rules", text: "Rule words.\n2.1 Detail\nDetail words." });
    expect(policySection(text, "2.1")).toEqual({ number: "2.1", title: "Detail", text: "Detail words." });
    expect(policySection(text, "3.0")?.text).toBe("Review words.");
    expect(policySection("[bookmark: _Toc1]4.0 Abuse \nWords.", "4")).toEqual({ number: "4.0", title: "Abuse", text: "Words." });
  });

  it("a section the text does not have is not found, never another one shown instead", () => {
    expect(policySection("1. Introduction\nWords.", "11")).toBeUndefined();
    expect(policySection("1. Introduction\nWords.", "1.1")).toBeUndefined();
  });
});
