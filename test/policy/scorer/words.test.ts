import { describe, expect, it } from "vitest";
import { scorerTokens } from "../../../src/policy/scorer/features";

/** The words the scorer has always read: the pattern scorerWords reads by hand (features.ts). */
const WORD = /[\p{L}\p{N}]+(?:['’*!@$#][\p{L}\p{N}]+)*/gu;
const byPattern = (text: string) =>
  [...text.matchAll(WORD)].map((m) => ({ form: m[0].toLowerCase().replace(/['’]/g, "").replace(/\p{N}/gu, "0").slice(0, 20), start: m.index, end: m.index + m[0].length }));

describe("the learned scorer's words", () => {
  const TEXTS = [
    "Don't you DARE ignore me, f*ck off! sh!t, tw@t, $h!t, #1 idiot",
    "ends with a joiner' and ’quotes’ and it's it’s won’t 'quoted' ** ## @@ word* *word",
    "Café naïve ŁÓDŹ straße İstanbul ǅ Ⅻ ٣ ௫ 𝐀𝐁𝐂 bold 𝟏𝟐 digits 😀emoji😀 a\uD800b lone \uDC00 surrogates",
    "2026/0417 reference 12,345.67 £4.50 r2d2 e-mail co-operate",
    "x".repeat(30) + " " + "ab'".repeat(10) + "c",
    "",
    "'",
    "a",
  ];

  it("are the words the pattern reads, with the same forms and offsets", () => {
    for (const text of TEXTS) expect(scorerTokens(text), text).toEqual(byPattern(text));
  });
});
