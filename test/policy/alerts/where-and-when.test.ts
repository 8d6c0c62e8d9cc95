import { describe, expect, it } from "vitest";
import { alertKinds as kinds } from "./kinds";

/**
 * Issue 10, Warwickshire 7.1 "a risk to life": a message typed on a phone as one block, without a full stop, is one
 * "sentence" to the rules. A word at the far end of the block ("about my complaint", "my number is on file") must not
 * make a wish to die read as ending a complaint.
 */
describe("a risk to life in one unpunctuated block about something else", () => {
  it.each([
    ["not waking up, with the complaint and the file at either end", "hi its me again about my complaint nobody rings me back and the officer never came i just want to go to sleep and not wake up anyway i need someone to ring me please my number is on file"],
    ["no future by Christmas, with the complaint at the start", "hello again about my complaint nobody has rung me back and the officer never turned up i am tired of living and i cant see myself here by christmas anyway please ring me my number is on the file"],
    ["finishing it, with the case named at the start", "ok so thats three months on my case and still nobody from your office has phoned me like you promised i cant keep going im going to finish it this weekend and then nobody has to deal with me"],
  ])("%s: a risk-to-life alert", (_why, body) => {
    expect(kinds(body)).toContain("risk-to-life");
  });

  it.each([
    ["ending the complaint, in one block", "hi its me again about my complaint nobody rings me back so im going to end it here and go to the ombudsman instead my number is on file"],
    ["a short message ending the correspondence", "I am ending this correspondence for good, please close the file."],
  ])("%s: no risk-to-life alert", (_why, body) => {
    expect(kinds(body)).not.toContain("risk-to-life");
  });
});

/** The act named as it is typed in a hurry, or in the word a platform's filter taught young writers. */
describe("the act misspelt", () => {
  it.each([
    ["'my self'", "nobody listens so im gona top my self"],
    ["'comit sucide'", "im going to comit sucide after court"],
    ["'unalive'", "honestly i just want to unalive myself"],
  ])("%s: a risk-to-life alert", (_why, body) => {
    expect(kinds(body)).toContain("risk-to-life");
  });

  it.each([
    ["an injury at the gym", "I hurt my self at the gym and need to move my appointment."],
    ["a school project", "My son did a school project on sucide prevention."],
  ])("%s: no risk-to-life alert", (_why, body) => {
    expect(kinds(body)).not.toContain("risk-to-life");
  });
});

/** A place people die at, with an hour that is a plan; someone at a height about to go over, told by a witness. */
describe("a place and an hour, or someone about to jump", () => {
  it.each([
    ["the railway line after the hearing", "I'm going to the railway line after the hearing."],
    ["found in the canal by morning", "I'll be at the bottom of the canal by morning."],
    ["a stranger on a bridge", "There's a man on the railway bridge about to jump."],
  ])("%s: a risk-to-life alert", (_why, body) => {
    expect(kinds(body)).toContain("risk-to-life");
  });

  it.each([
    ["a bird survey at the cliffs", "I'm heading to the cliffs for the bird survey tonight."],
    ["a canal path meeting place", "I'll be at the bottom of the canal path by the lock if your officer wants to meet."],
    ["a diving board", "My son is about to jump off the diving board at the leisure centre for the first time."],
  ])("%s: no risk-to-life alert", (_why, body) => {
    expect(kinds(body)).not.toContain("risk-to-life");
  });
});

/** A means already at work with nothing named: gas let into a shut room, medicine a life rests on stopped on purpose, a height left without a way back. */
describe("a means at work, said without the act", () => {
  it.each([
    ["gas on and the windows shut", "i've put the gas on and closed all the windows, sorry for all the emails"],
    ["heart tablets stopped to let it come", "I've stopped taking my heart tablets because I can't see the point any more."],
    ["insulin stopped, told by a sister", "My brother has stopped his insulin on purpose and won't let anyone in."],
    ["no way back down", "I've driven up to the top of the pass and I'm not driving back down."],
    ["a passenger about to jump while others laugh", "a girl on the 12 bus keeps telling everyone she's about to jump off the footbridge at her stop and her friends just laugh"],
  ])("%s: a risk-to-life alert", (_why, body) => {
    expect(kinds(body)).toContain("risk-to-life");
  });

  it.each([
    ["the supply back on", "The gas is on again now and the windows are shut against the cold, thank you for chasing it."],
    ["tablets changed for side effects", "I stopped taking my blood pressure tablets because of the side effects and my GP is changing them."],
    ["away until Monday", "I'm at the top of the hill at my sister's and I'm not coming back until Monday."],
  ])("%s: no risk-to-life alert", (_why, body) => {
    expect(kinds(body)).not.toContain("risk-to-life");
  });
});

/** Strangling lately, or until the person nearly passed out: a risk to life now; the same told as dealt with is not. */
describe("hands at the throat", () => {
  it.each([
    ["last night, and he is still at home", "Last night my partner had his hands round my neck until I nearly passed out and he's still here."],
    ["again, an hour ago", "my stepdad grabbed my mum by the throat again an hour ago"],
  ])("%s: a risk-to-life alert", (_why, body) => {
    expect(kinds(body)).toContain("risk-to-life");
  });

  it.each([
    ["told after a conviction, safe now", "Three years ago my ex strangled me; he was convicted and I'm safe now, thank you to the advocate."],
    ["a figure of speech", "I could strangle whoever designed your online form this morning."],
  ])("%s: no risk-to-life alert", (_why, body) => {
    expect(kinds(body)).not.toContain("risk-to-life");
  });
});

/** A person in danger now, told by a witness: a gun or a knife out, someone forced into a van, a fire threatened with people inside. */
describe("someone seen in danger now", () => {
  it.each([
    ["a rifle out all afternoon", "My brother has had his rifle out in the shed all afternoon and won't talk to anyone."],
    ["a girl forced into a van last night", "last night outside the services i saw a girl being shoved into the back of a van by two men, she was crying"],
    ["a knife out on a bus, now", "on the 14 bus rn and a man at the back has a knife out and keeps going up to a young woman"],
  ])("%s: a risk-to-life alert", (_why, body) => {
    expect(kinds(body)).toContain("risk-to-life");
  });

  it.each([
    ["an axe for a fallen tree", "I had to get the axe out this afternoon to clear the fallen tree from the lane, and nobody from the council came."],
    ["knives out, the idiom", "The knives are out for the Commissioner tonight after the panel vote."],
    ["an arrest told as unfair", "My son was thrown into the back of a police van last night for nothing, he's 17."],
  ])("%s: no risk-to-life alert", (_why, body) => {
    expect(kinds(body)).not.toContain("risk-to-life");
  });
});
