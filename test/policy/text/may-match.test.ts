import { describe, expect, it } from "vitest";
import { ALERT_RULES } from "../../../src/policy/alerts/detect";
import { EXAMPLE_STAFF } from "../../../src/policy/alerts/rule";
import { staffNames } from "../../../src/policy/text/staff-names";
import { fold } from "../../../src/policy/text/normalise";
import { mayMatch, needs } from "../../../src/policy/text/may-match";

/** Whether the pattern matches anywhere in the text (its lastIndex left as it was found). */
function matchesIn(pattern: RegExp, text: string): boolean {
  const at = pattern.lastIndex;
  pattern.lastIndex = 0;
  const found = pattern.test(text);
  pattern.lastIndex = at;
  return found;
}

describe("mayMatch: a pattern skipped only when the text cannot hold a match", () => {
  it("reads the strings a match needs from the pattern's source", () => {
    expect(needs(String.raw`\bi know where (?:you|u) live`)).toEqual({ any: ["i know where you live", "i know where u live"] });
    // A group that is more than a few plain choices is asked about on its own; an optional mark ends a string.
    expect(needs(String.raw`\bi know (?:where|when) (?:you|u|ya) (?:live|go)`)).toEqual({
      all: [{ any: ["i know where ", "i know when "] }, { any: ["you ", "u ", "ya "] }, { any: ["live", "go"] }],
    });
    expect(needs(String.raw`i(?:['’]?m| am) going`)).toEqual({ all: ["i", { any: ["m", " am"] }, " going"] });
    // An optional letter ends a string ("backs?"); a look-around's words need not be in the match but are in the text.
    expect(needs(String.raw`(?<![a-z0-9])(?:watch (?:your|her) backs?|mark my words)(?=\.)`)).toEqual({
      all: [{ any: [{ any: ["watch your back", "watch her back"] }, "mark my words"] }, "."],
    });
    // Classes, optional parts and escapes that name no character need nothing.
    expect(needs(String.raw`[a-z]+\d{0,2}(?:x)?`)).toBe(true);
    expect(needs(String.raw`a\u{1F600}b\cJc\k<n>`)).toEqual({ all: ["a", "b", "c"] });
    // A small class is read as its characters, each spelling of the string it stands in.
    expect(needs(String.raw`p[ae*]k`)).toEqual({ any: ["pak", "pek", "p*k"] });
    expect(needs(String.raw`(?=[a-z*@]*[*@])f[\-_]`)).toEqual({ all: [{ any: ["*", "@"] }, { any: ["f-", "f_"] }] });
    expect(needs(String.raw`[^aeiou]x[\d]`)).toBe("x");
  });

  const TRICKY: Array<[RegExp, string[]]> = [
    [/\bby (?:close of business|friday)\b/g, ["reply by friday please", "by close of business", "by monday"]],
    [/(?<![a-z0-9])(?:kill(?:ing)? myself|end(?:ing)? it)(?![a-z0-9])/g, ["i will end it", "killing myself", "kill time"]],
    [/^(?=[^]*?\b(?:child|kid)s?\b)(?=[^]*?\b(?:hit|beat)s?\b)/g, ["he hits the kids", "the kid is fine", "he beats her"]],
    [/a\.b\/c\x2dd\x41\u0042/g, ["a.b/c-dAB", "a.b/c-d"]],
    [/(?<name>re-?open) (?:the )?case\1?/g, ["reopen the case", "re-open case", "open the case"]],
    [/x{2,}y+z{0,3}/g, ["xxyyz", "xyz", "xxy"]],
    [/\p{L}+ found/gu, ["é found", "found"]],
    [/caf\u00e9 ’s/g, ["café ’s", "cafe 's"]],
    [/[^]{0,5}rude/g, ["so rude", "rud"]],
    [/(?=[a-z*@]*[*@])p[aeiou*@]k[aeiou*@]/g, ["p*ki", "pak*", "paki", "pk"]],
    [/x[-\]’]y[0-9]{2}/g, ["x-y12", "x]y99", "x’y00", "xy12"]],
    [/[abcdefghijklmnopq]z[a-c][a-c][a-c]/g, ["qzabc", "azccc", "zabc"]],
  ];

  it("never skips a pattern that matches (tricky syntax)", () => {
    for (const [pattern, texts] of TRICKY) {
      for (const text of texts) if (matchesIn(pattern, text)) expect(mayMatch(pattern, text), `${pattern.source} on "${text}"`).toBe(true);
    }
  });

  it("skips a pattern whose words are not in the text", () => {
    expect(mayMatch(/\bby (?:close of business|friday)\b/g, "by monday")).toBe(false);
    expect(mayMatch(/^(?=[^]*?\b(?:child|kid)s?\b)(?=[^]*?\b(?:hit|beat)s?\b)/g, "the kid is fine")).toBe(false);
    expect(mayMatch(/(?<![a-z0-9])(?:kill(?:ing)? myself|end(?:ing)? it)(?![a-z0-9])/g, "just killing time")).toBe(false);
    // A choice whose shortest spelling looks common ("n**r") is still asked about: the text holds no "*" and no "paki".
    expect(mayMatch(/\b(?:said|told) [^.]{0,20}(?:n\*{2,4}r|paki)/g, "she told me the car park is near")).toBe(false);
    expect(mayMatch(/(?=[a-z*@]*[*@])p[aeiou*@]k[aeiou*@]/g, "a park and a pike")).toBe(false);
    // Case-insensitive patterns are always run: the text's letters are not read case by case.
    expect(mayMatch(/\bfriday\b/gi, "FRIDAY")).toBe(true);
  });

  it("never skips an alert rule on the examples it must match, with the office's staff names or without", () => {
    let checked = 0;
    let named = 0;
    const staff = staffNames(EXAMPLE_STAFF);
    for (const rule of ALERT_RULES) {
      for (const pattern of [rule.pattern, ...(rule.named ? [rule.named(staff)] : [])]) {
        for (const example of rule.examples.match) {
          const text = fold(example).text;
          if (!matchesIn(pattern, text)) continue;
          checked += 1;
          if (pattern !== rule.pattern) named += 1;
          expect(mayMatch(pattern, text), `${rule.id} on "${example}"`).toBe(true);
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(named).toBeGreaterThan(10);
  });
});
