import { describe, expect, it } from "vitest";
import { SUB_TYPES, type CategoryId } from "../../../src/policy/categories";
import { RULE_LIST } from "../../../src/policy/classifier/rules/index";
import { run } from "./fixtures";
import { EXAMPLE_STAFF } from "../../../src/policy/alerts/rule";

// Gwent's pack: one deadline demanded is a timescale demand there (6.0); Warwickshire asks for it "repeatedly" (3.2).
// The office the examples are written to: its staff by name (EXAMPLE_STAFF), as its configuration lists them.
const rulesFound = (body: string) => run({ subject: "", body }, undefined, "gwent", undefined, EXAMPLE_STAFF).findings.flatMap((f) => f.rules.map((r) => `${f.category}/${f.subType}/${r}`));

describe("every classifier rule has an identity (STYLE.md)", () => {
  it("has a unique id, a canonical sub-type of its category, a policy quotation and a strength", () => {
    expect(new Set(RULE_LIST.map((r) => r.id)).size).toBe(RULE_LIST.length);
    for (const rule of RULE_LIST) {
      expect((SUB_TYPES[rule.category as CategoryId] as readonly string[]).includes(rule.subType), rule.id).toBe(true);
      expect(rule.policy, rule.id).toMatch(/(?:Gwent|Warwickshire) \d/);
      expect(rule.strength, rule.id).toBeGreaterThan(0);
      expect(rule.strength, rule.id).toBeLessThanOrEqual(1);
    }
  });

  const textRules = RULE_LIST.filter((r) => r.matches !== "history");
  it.each(textRules.flatMap((r) => (r.matches as readonly string[]).map((text) => [r.id, text, `${r.category}/${r.subType}/${r.id}`] as const)))(
    "%s finds: %s",
    (_id, text, named) => {
      expect(rulesFound(text)).toContain(named);
    },
  );
  it.each(RULE_LIST.flatMap((r) => r.notMatches.map((text) => [r.id, text] as const)))("%s does not find: %s", (id, text) => {
    expect(rulesFound(text).filter((r) => r.endsWith(`/${id}`))).toEqual([]);
  });
});
