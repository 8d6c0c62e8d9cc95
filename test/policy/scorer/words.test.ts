import { describe, expect, it } from "vitest";
import { STAFF_WORD, scorerTokens, staffNamesOf } from "../../../src/policy/scorer/features";

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

describe("the office's staff names, as the scorer reads them (staffNames)", () => {
  const staff = staffNamesOf(["Casey Worker", "Dana Chief", "Priya Shah"]);
  const forms = (text: string) => scorerTokens(text, staff).map((t) => t.form);

  it("reads a full name, a title and surname, a first name or a possessive as one staff word", () => {
    expect(forms("Dear Casey Worker, Ms Worker's letter. casey worker again, Casey's reply, Priya")).toEqual(["dear", STAFF_WORD, STAFF_WORD, "letter", STAFF_WORD, "again", STAFF_WORD, "reply", STAFF_WORD]);
  });

  it("keeps a surname that is a word where it is not a name: 'Chief Constable', 'support worker'", () => {
    expect(forms("The Chief Constable and my support worker")).toEqual(["the", "chief", "constable", "and", "my", "support", "worker"]);
  });

  it("keeps where each name was written, for the words shown as evidence", () => {
    const text = "Tell Casey Worker I know";
    const token = scorerTokens(text, staff)[1]!;
    expect(text.slice(token.start, token.end)).toBe("Casey Worker");
  });

  it("reads every name alike: another office's staff member is the same word", () => {
    const other = staffNamesOf(["Tom Baker"]);
    expect(scorerTokens("I know where you live Casey", staff).map((t) => t.form)).toEqual(scorerTokens("I know where you live Tom", other).map((t) => t.form));
  });

  it("reads names as words without a list (the weights' staffWord off, or no staff configured)", () => {
    expect(scorerTokens("Casey Worker").map((t) => t.form)).toEqual(["casey", "worker"]);
  });
});
