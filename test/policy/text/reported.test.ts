import { describe, expect, it } from "vitest";
import { quotedRanges, reportedRanges, within } from "../../../src/policy/text/reported";

/** Whether `words` (first occurrence) lie inside a quotation of `text`. */
const quoted = (text: string, words: string) => {
  const at = text.indexOf(words);
  if (at === -1) throw new Error(`"${words}" not in "${text}"`);
  return within(quotedRanges(text), at, at + words.length);
};

describe("quotedRanges: an apostrophe inside a quotation does not end it", () => {
  it.each([
    ["straight single quotes", "he wrote 'you'll regret this, I know where you live' on my door", "know where you live"],
    ["curly single quotes", "he wrote \u2018you\u2019ll regret this, I know where you live\u2019 on my door", "know where you live"],
    ["straight double quotes", 'he wrote "you\'ll regret this, I don\'t forget faces" on my door', "forget faces"],
    ["curly double quotes", "he wrote \u201cyou\u2019ll regret this, I don\u2019t forget faces\u201d on my door", "forget faces"],
    ["two apostrophes", "the note said 'don't think you'll get away with it, I'll find you' and nothing else", "find you"],
    ["a name with an apostrophe", "the card said 'O'Brien's lot will pay for this' in capitals", "will pay for this"],
  ])("%s: the words after the apostrophe are quoted", (_name, text, words) => {
    expect(quoted(text, words)).toBe(true);
  });

  it("nested quotes: the inner quotation and the outer one are both quoted, the writer's words after are not", () => {
    const text = "She told the officer \"he said 'you'll be sorry' and laughed\" and I'll make sure you pay for ignoring her";
    expect(quoted(text, "be sorry")).toBe(true);
    expect(quoted(text, "and laughed")).toBe(true);
    expect(quoted(text, "make sure you pay")).toBe(false);
  });

  it("the writer's own words around a quotation stay the writer's", () => {
    const text = "Your officer said 'calm down' to me. Well I won't, and you'll be sorry.";
    expect(quoted(text, "calm down")).toBe(true);
    expect(quoted(text, "you'll be sorry")).toBe(false);
  });

  it("an unclosed quote quotes nothing, and a later quotation is still read", () => {
    const unclosed = 'He called me a "liar. I know where you live and I\'ll be waiting.';
    expect(quoted(unclosed, "know where you live")).toBe(false);
    const thenClosed = "It's the '90s all over again.\n\nHe shouted 'you'll get what's coming' at me.";
    expect(quoted(thenClosed, "all over again")).toBe(false);
    expect(quoted(thenClosed, "get what's coming")).toBe(true);
  });

  it("a quotation in single marks does not run on past a blank line (a stray apostrophe opens nothing)", () => {
    const text = "The '90s were better.\n\nI will find you and you will pay, it's a promise.";
    expect(quoted(text, "find you")).toBe(false);
  });

  it("apostrophes alone quote nothing: contractions and possessives are the writer's", () => {
    const text = "I don't care what the officers' report says, you'll regret it and I'll see you outside.";
    expect(quotedRanges(text)).toEqual([]);
  });

  it("reported speech still covers the reported clause, quoted or not", () => {
    const text = "He told me 'you're dead' last week.";
    expect(within(reportedRanges(text), text.indexOf("dead"), text.indexOf("dead") + 4)).toBe(true);
  });
});

describe("quotedRanges: a message passed on for someone else is not a quotation", () => {
  it("words the sender asked the writer to pass on are theirs to the office", () => {
    const text = "I help my dad with his emails. He asked me to write 'tell Morgan she'll get what's coming to her'. I'm sorry.";
    expect(quoted(text, "get what's coming")).toBe(false);
  });

  it("words someone said to the writer are still a quotation", () => {
    const text = "My ex shouted 'you'll get what's coming to you' at me in the street.";
    expect(quoted(text, "get what's coming")).toBe(true);
  });
});
