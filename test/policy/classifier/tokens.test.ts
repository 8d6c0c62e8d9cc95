import { describe, expect, it } from "vitest";
import { tokenize, type Tokens } from "../../../src/policy/classifier/tokens";

/** Each token as [word, start, end, sentence]. */
function listed(tokens: Tokens): Array<[string, number, number, number]> {
  return Array.from({ length: tokens.length }, (_, k) => [tokens.word(k), tokens.start(k), tokens.end(k), tokens.sentence(k)]);
}

/** The same words by regex: letters and masks, with an apostrophe and letters allowed inside; sentences by count of . ! ? and newlines before. */
function byRegex(text: string): Array<[string, number, number, number]> {
  return Array.from(text.matchAll(/[a-z*#%]+(?:'[a-z]+)*/g), (m) => [m[0], m.index, m.index + m[0].length, (text.slice(0, m.index).match(/[.!?\n]/g) ?? []).length]);
}

describe("tokenize", () => {
  it("reads words, masks and apostrophes with their offsets and sentences", () => {
    expect(listed(tokenize("you f***ing idiot. don't o'brien!\nok"))).toEqual([
      ["you", 0, 3, 0],
      ["f***ing", 4, 11, 0],
      ["idiot", 12, 17, 0],
      ["don't", 19, 24, 1],
      ["o'brien", 25, 32, 1],
      ["ok", 34, 36, 3],
    ]);
  });

  it("gives each word its squeezed form and stems", () => {
    const tokens = tokenize("fuuucking idiots");
    expect(tokens.squeezed(0)).toBe("fucking");
    expect(tokens.shape(1)?.forms).toEqual(["idiots", "idiot"]);
    expect(tokens.squeezed(-1)).toBe("");
    expect(tokens.squeezed(2)).toBe("");
  });

  it("finds every word, however tightly packed (the arrays are sized from the text's length)", () => {
    // "a'b*": a word with an apostrophe can be followed at once by a mask that starts the next.
    for (const unit of ["a'b*", "a b", "ab.", "*'", "a'", "x'y'z#"]) {
      const text = unit.repeat(1 + 997 / unit.length);
      expect(listed(tokenize(text))).toEqual(byRegex(text));
    }
  });

  it("agrees with the regex on mixed text", () => {
    let seed = 7;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const alphabet = "ab*#%' .!?\n-";
    for (let round = 0; round < 50; round += 1) {
      const text = Array.from({ length: 200 }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");
      expect(listed(tokenize(text))).toEqual(byRegex(text));
    }
  });
});
