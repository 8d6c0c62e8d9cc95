import { describe, expect, it } from "vitest";
import { alertKinds as kinds } from "./kinds";

/**
 * Issue 10 (Warwickshire 7.1, 7.2): a person at risk held to something by someone else is a safeguarding alert even when
 * the writer never says "abuse" — an older relative parted from savings, a young person's images held over them,
 * children about to be taken away; and a means named with what it is really for is a risk to life. Families of words,
 * not one message: each case below is worded differently from the rules' own examples.
 */
describe("held over someone at risk: a safeguarding alert", () => {
  it.each([
    ["savings to a caller", "Mum is 81 and this week transferred £9,000 to a caller pretending to be from the police."],
    ["gift cards to an online friend", "My neighbour is 92 and gets muddled; she has sent £3,000 in gift cards to an online friend."],
    ["images held over a teenager", "My nephew is 14 and a stranger has his pictures and keeps demanding money or he'll share them."],
    ["children taken abroad", "Their father says he is taking the children to Albania and I will never see them again."],
  ])("%s", (_why, body) => {
    expect(kinds(body)).toContain("safeguarding");
  });
});

describe("a means named with what it is for: a risk-to-life alert", () => {
  it.each([
    ["a hosepipe that is not for the garden", "I bought a new hosepipe today and it's not for the garden."],
    ["rehearsal with a cord", "My brother admitted he has been practising with a cord in his wardrobe."],
  ])("%s", (_why, body) => {
    expect(kinds(body)).toContain("risk-to-life");
  });
});

describe("look-alikes: no safeguarding alert", () => {
  it.each([
    ["officers frightened a family at a raid", "The officers broke the door down at the wrong flat and left my kids terrified."],
    ["a question asked in general", "I'm a scout leader asking generally: what do I do if a young person tells me they self-harm? No one is in danger."],
    ["a child safe now, in a thank-you", "My granddaughter, who was being groomed online, is now safe and doing well, thank you all."],
  ])("%s", (_why, body) => {
    expect(kinds(body)).not.toContain("safeguarding");
  });
});
