import { describe, expect, it } from "vitest";
import { lookalikes } from "../../src/app/lookalike";
import { confusable, skeleton, unusualCharacters } from "../../src/policy/confusable";
import { buildIndex } from "../../src/store/sender-index";

const PAT = "pat.o'brien@example.org";
const index = (...addresses: string[]) => {
  const map = buildIndex(addresses.map((address) => ({ address, strategyId: "s1", status: "active" as const, personName: "Pat O'Brien" })));
  return { entries: () => map };
};

describe("look-alike addresses (Unicode confusables)", () => {
  it("finds Pat's address behind a Cyrillic е, a Greek ο or a fullwidth letter, and says which character differs", () => {
    for (const alike of ["pat.o'bri\u0435n@example.org", "pat.\u03bf'brien@example.org", "pat.o'brien@ex\uff41mple.org"]) {
      expect(lookalikes([alike], index(PAT)), alike).toEqual([{ address: alike, like: PAT, summary: { strategyId: "s1", status: "active", personName: "Pat O'Brien" } }]);
    }
    expect(unusualCharacters("pat.o'bri\u0435n@example.org")).toEqual(["е U+0435"]);
  });

  it("is quiet for the address itself and for a merely similar one", () => {
    expect(lookalikes([PAT], index(PAT))).toEqual([]);
    expect(lookalikes(["pat.obrien@example.org", "pat.o'brien@example.com"], index(PAT))).toEqual([]);
    expect(confusable(PAT, PAT)).toBe(false);
    expect(skeleton("PAT")).toBe(skeleton("pat"));
  });
});
