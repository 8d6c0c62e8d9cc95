import { describe, expect, it } from "vitest";
import { lastAnswer } from "../../../src/policy/alerts/last-answer";
import { alertKinds as kinds } from "./kinds";

/**
 * Issue 13: a guard asked again about the words it has just judged answers from memory (src/policy/alerts/last-answer.ts),
 * so a letter that retells its crime paragraph after paragraph costs its guards once, and the answers are the guard's own.
 */
describe("a guard's last answer", () => {
  it("judges the same words once, and other words afresh", () => {
    const asked: string[] = [];
    const judge = lastAnswer((sentence) => {
      asked.push(sentence);
      return sentence.includes("years ago");
    });
    expect([judge("my bike was stolen years ago", "", ""), judge("my bike was stolen years ago", "", ""), judge("my bike was stolen last night", "", "")]).toEqual([true, true, false]);
    expect(asked).toEqual(["my bike was stolen years ago", "my bike was stolen last night"]);
  });

  it("tells apart words that differ only in a later part", () => {
    const judge = lastAnswer((sentence, _rule, text) => text.includes("thank you"));
    expect([judge("stolen", "stolen", "stolen. thank you"), judge("stolen", "stolen", "stolen.")]).toEqual([true, false]);
  });

  it("keeps each paragraph's own verdict when a letter retells a crime", () => {
    const waited = "My shed was broken into in August and I reported it to the police. Three months on I have heard nothing.";
    const news = "My shed was broken into last night and I reported it to the police. Three months on from the first time, nothing.";
    expect(kinds([waited, waited, waited].join("\n\n"))).not.toContain("crime");
    expect(kinds([waited, waited, news].join("\n\n"))).toContain("crime");
  });
});
