import { describe, expect, it } from "vitest";
import { alertKinds as kinds } from "./kinds";

/**
 * Issue 10, Warwickshire 7.1: a height is a place to fall from, not a word in a place's name. The folded text has lost the
 * capital, so the word after the height tells a name ("the Cliff Hotel", "Bridge Street") from a drop.
 */
describe("a height word in a place's name", () => {
  it.each([
    ["a hotel", "I'm at the Cliff Hotel tonight."],
    ["a hotel, with a decision made", "I'm at the Cliff Hotel tonight and I've decided to stay an extra day."],
    ["a street's youth club", "My son is at the Bridge Street youth club tonight."],
    ["an inn", "I'll be at the Bridge Inn tonight if you need me."],
    ["a tower's hotel", "I'll be at the top of the Tower Hotel tonight for the awards dinner."],
    ["a pub", "I'm heading to the Viaduct Inn tonight with my brother."],
    ["a café", "We're going to the Roof Garden cafe this weekend."],
  ])("%s: no risk-to-life alert", (_why, body) => {
    expect(kinds(body)).not.toContain("risk-to-life");
  });

  it.each([
    ["the cliff itself", "I'm going to the cliff tonight, I've made my mind up."],
    ["the top of a tower", "I've decided. I'm going to the top of the tower tonight."],
    ["a bridge with a decision", "I'm on the bridge and I've made up my mind."],
    ["a real cliff beside a hotel's name", "I'm at the Cliff Hotel tonight. I've made my peace and I'm going to the cliff at midnight."],
  ])("%s: still a risk-to-life alert", (_why, body) => {
    expect(kinds(body)).toContain("risk-to-life");
  });
});

/**
 * Samaritans and NHS guidance: giving treasured things away and talk of others being better off without you are warning
 * signs. Told by family of someone else, the two together are a risk to life; said of an ex, or of a job, neither is.
 */
describe("possessions given away beside 'better off without him', told of someone close", () => {
  it.each([
    ["a guitar, and what he keeps saying", "He has given away his guitar and keeps saying we'll be better off without him."],
    ["a games console, and 'if he wasn't here'", "My son gave his Xbox to his cousin and says everyone would be better off if he wasn't here."],
    ["her things, and what she told her mother", "My daughter has given her laptop and her jewellery to her friends and she told me the family would be better off without her."],
    ["medals, in a second clause", "My dad has given my brother his medals, and he told us we'd be better off without him."],
  ])("%s: a risk-to-life alert", (_why, body) => {
    expect(kinds(body)).toContain("risk-to-life");
  });

  it.each([
    ["relief about an ex, said by someone else", "My sister says we're all better off without him since he moved out, and she gave his guitar to the charity shop."],
    ["a gift, and a band he left", "He gave me his old guitar for my birthday. He says the band is better off without him since he left."],
    ["a job left", "He gave away his tools when he retired and says the firm is better off without him."],
    ["a band left, with possessions given", "My son has given his drum kit to his mate and says the band is better off without him."],
  ])("%s: no risk-to-life alert", (_why, body) => {
    expect(kinds(body)).not.toContain("risk-to-life");
  });
});
