import { describe, expect, it } from "vitest";
import { unmasked } from "../../../src/policy/classifier/masks";
import { fold, originalSpan } from "../../../src/policy/text/normalise";
import { run } from "./fixtures";

/** The original words a folded match points back at. */
function backToOriginal(original: string, folded: string): string {
  const f = fold(original);
  const at = f.text.indexOf(folded);
  expect(at).toBeGreaterThanOrEqual(0);
  const span = originalSpan(f, at, at + folded.length);
  return original.slice(span.start, span.end);
}

describe("normalising disguised words for matching, with a map back to what was written", () => {
  it.each([
    ["leetspeak", "What a load of SH1T this is", "shit", "SH1T"],
    ["symbols for letters", "you b!tch", "bitch", "b!tch"],
    ["spaced-out letters", "you are a f u c k i n g joke", "fucking", "f u c k i n g"],
    ["dotted letters", "total s.c.u.m", "scum", "s.c.u.m"],
    ["masking stars kept as they are", "you f***ing lot", "f***ing", "f***ing"],
  ])("folds %s and maps the span to the original characters", (_label, original, folded, written) => {
    expect(backToOriginal(original, folded)).toBe(written);
  });

  it.each([
    ["numbers in ordinary use", "I waited 20 days and paid £5", "20 days"],
    ["two single-letter words", "a b testing", "a b testing"],
    ["exclamation marks after a word", "Ask again and I will kill you!!", "kill you!!"],
  ])("leaves %s alone", (_label, original, expected) => {
    expect(fold(original).text).toContain(expected);
  });

  it("points a finding's evidence at the leetspeak as written, in the body", () => {
    const body = "Honestly, you are a total c0ck and a sh1tty caseworker.";
    const spans = run({ body }).findings.flatMap((f) => f.evidence).flatMap((e) => (e.kind === "text" ? [e.span] : []));
    expect(spans.length).toBeGreaterThan(0);
    for (const span of spans) {
      expect(span.field).toBe("body");
      expect(body.slice(span.start, span.end)).toBe(span.text);
    }
    expect(spans.map((s) => s.text).join(" ")).toMatch(/c0ck|sh1tty/);
  });
});

describe("'@' and '$' standing for letters (read by the classifier after folding)", () => {
  const read = (original: string) => unmasked(fold(original)).text;

  it.each([
    ["'@' for 'a' inside a word", "useless tw@ts", "useless twats"],
    ["'@' for 'a' in a longer word", "a bunch of b@stards", "a bunch of bastards"],
    ["'$' for 's' opening a word", "you absolute $h!t", "you absolute shit"],
    ["a doubled '$'", "you a$$hole", "you asshole"],
  ])("reads %s", (_label, original, expected) => {
    expect(read(original)).toBe(expected);
  });

  it.each([
    ["an email address", "write to pat@example.org or pat.o'brien@opcc.example.gov.uk"],
    ["money", "I paid $50, US$20 and £5, and $$$ more"],
    ["a handle", "I tagged @WarksPCC"],
    ["a symbol that spells no word of abuse", "see you@home"],
  ])("leaves %s alone", (_label, original) => {
    expect(read(original)).toBe(fold(original).text);
  });

  it("keeps the length, so evidence still maps back to what was written", () => {
    const original = "Hi  -  you are all tw@ts, s p e l t out";
    const folded = fold(original);
    const read = unmasked(folded);
    expect(read.text.length).toBe(folded.text.length);
    const at = read.text.indexOf("twats");
    const span = originalSpan(read, at, at + 5);
    expect(original.slice(span.start, span.end)).toBe("tw@ts");
  });
});
