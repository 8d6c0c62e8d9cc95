import { describe, expect, it } from "vitest";
import { alertKinds as kinds } from "./kinds";

/**
 * Warwickshire 7.2 names criminal matters and safeguarding issues apart. A stranger's threat or blow to the writer's sister
 * or wife is a crime against her, not domestic abuse (the Domestic Abuse Act's "personally connected"): the caseworker
 * should be told to report a crime, not to start a safeguarding referral about the family.
 */
describe("harm to someone close, done by an outsider", () => {
  it.each([
    ["a customer threatens the writer's sister", "My sister works at the pharmacy on the high street and a customer threatened her last week, said he'd be back for her."],
    ["some lads push the writer's wife", "My wife was pushed over in the car park by some lads on Saturday."],
    ["a neighbour's son threatens the writer", "My neighbour's son threatened me on Tuesday and has sent me four threatening messages since."],
  ])("%s: a crime alert, no safeguarding alert", (_why, body) => {
    const found = kinds(body);
    expect(found).toContain("crime");
    expect(found).not.toContain("safeguarding");
  });

  it.each([
    ["her husband named as the one who hit her", "My sister was hit by her husband again last night."],
    ["a mother's boyfriend hitting a 16-year-old", "I'm 16 and my mum's boyfriend hits me."],
    ["a stranger's threat to a mother of 84", "My mum is 84 and a man at the door threatened her and took her purse."],
  ])("%s: still a safeguarding alert", (_why, body) => {
    expect(kinds(body)).toContain("safeguarding");
  });
});
