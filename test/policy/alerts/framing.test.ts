import { describe, expect, it } from "vitest";
import { alertKinds as kinds } from "./kinds";

/** Issue 10, Warwickshire 7.2: a news story read about is not a crime the writer suffered or saw; the framing governs the paragraph it opens. */
describe("a paragraph introduced as a news story or a story being written", () => {
  it.each([
    ["the news, then the story told on", "Did you see the news last night? A man was stabbed outside the chip shop on Regent Street. He was rushed to hospital and is in a critical condition. What is the Commissioner doing about knife crime in Leamington?"],
    ["the paper, then the story line by line", "I read in the Courier this morning about the stabbing on the estate.\nA teenager was stabbed in the chest and left bleeding in the road.\nWhat are the police doing about knife crime?"],
    ["a novel's scene", "I am writing a crime novel set in Leamington. In one scene a stalker follows a civilian police worker home and leaves a dead bird on her car. How would the police respond?"],
    ["a question about a story in the paper", "Did you see the story in the Telegraph about the man who threatened to burn down a councillor's house? Is there guidance for your staff?"],
    ["a feeling about the story is still the story", "There was a story on the local news about a stabbing. I was shocked. A boy of sixteen was knifed outside a pub and died."],
  ])("%s: no crime, risk-to-life or safeguarding alert", (_why, body) => {
    expect(kinds(body)).toEqual([]);
  });

  it.each([
    ["the writer's own report in the next sentence", "I saw the story about the stabbing. The same lads threatened my son with a knife last night."],
    ["the writer's own report after a dash in the same sentence", "I saw the story about the stabbing on the news — the same lads threatened my son last night."],
    ["someone close, after the news", "There was an article in the Herald about scams. A man rang my mum pretending to be from the bank and took £3,000 from her account."],
    ["the writer's own, later in the paragraph", "Did you see the news about the stabbing? My son was there and he was stabbed too."],
  ])("%s: a crime alert", (_why, body) => {
    expect(kinds(body)).toContain("crime");
  });

  it("a story's introduction frames a few sentences, not pages: a crime told some thousands of words on in the same paragraph alerts", () => {
    const filler = "The bus was late and the shelter on the corner has no roof, which the council says it will mend in spring. ".repeat(60);
    const framed = "Did you see the news last night? A man was stabbed outside the chip shop on Regent Street.";
    expect(kinds(framed)).toEqual([]);
    expect(kinds(`Did you see the news last night? ${filler}A man was stabbed outside the chip shop on Regent Street.`)).toContain("crime");
    // Within reach, the framing still holds.
    expect(kinds(`Did you see the news last night? ${filler.slice(0, 1_000)}A man was stabbed outside the chip shop on Regent Street.`)).toEqual([]);
  });

  it("a danger told as ongoing after the news is still a risk to life", () => {
    expect(kinds("Did you see the news about the lad found in the canal? He had been missing for days. It could be my son next, he keeps saying he wants to die.")).toContain("risk-to-life");
  });
});

/** Gwent 4.0: farewell words about a third person the office employs are a veiled threat to them, not the writer's own farewell. */
describe("farewell words about a member of staff", () => {
  it.each([
    ["your boss", "Your boss won't be around much longer."],
    ["passed on, with a pronoun", "Tell your boss he won't be around much longer."],
    ["a member of staff by name", "Casey won't be around much longer."],
    ["your manager, with a promise", "Your manager won't be here much longer, I promise you that."],
  ])("%s: a threat-to-staff alert and no risk-to-life alert", (_why, body) => {
    const found = kinds(body);
    expect(found).toContain("threat-to-staff");
    expect(found).not.toContain("risk-to-life");
  });

  it.each([
    ["the writer's own, told to the boss", "I told your boss I won't be around much longer."],
    ["the writer's own, passed to a named caseworker", "Tell Casey that I won't be here much longer."],
    ["the writer's own, after staff were named", "Your caseworker Sam said he'll pass it on. I won't be around much longer anyway."],
  ])("%s: still a risk-to-life alert", (_why, body) => {
    expect(kinds(body)).toContain("risk-to-life");
  });

  it.each([
    ["a relative's, relayed", "He said to tell you he won't be around much longer."],
    ["a brother's, after he is named", "My brother rang. He said to tell you he won't be around much longer."],
    ["a son's, with a member of staff named after", "My son keeps saying he won't be around much longer, please tell Casey."],
    ["a mother's, passed on", "My mum asked me to let you know she won't be here much longer."],
  ])("someone of the writer's own, %s: a risk-to-life alert and no threat-to-staff alert", (_why, body) => {
    const found = kinds(body);
    expect(found).toContain("risk-to-life");
    expect(found).not.toContain("threat-to-staff");
  });

  it.each([
    ["a relative passing it to a named member of staff", "My brother says tell Mr Carter he won't be around much longer."],
    ["a relative passing it to the boss", "My brother said to tell your boss his days are numbered."],
  ])("%s: still a threat-to-staff alert", (_why, body) => {
    expect(kinds(body)).toContain("threat-to-staff");
  });

  it("a retirement is neither", () => {
    expect(kinds("Your boss is retiring in the spring, so I hear he won't be around much longer; I hope the new one reads my file.")).toEqual([]);
  });
});

/** Issue 10 look-alikes, dev.md "topics discussed carry none": a sentence rule's words carried from a sentence its guard would drop. */
describe("words carried from a sentence before that names a topic", () => {
  it("a question after a talk on abuse names no one at risk: no alert", () => {
    expect(kinds("Our lunch club volunteers would like to come to the awareness session you advertised on spotting financial abuse and coercive control of older people. Could you tell us whether places remain for next month?")).toEqual([]);
  });

  it("a person at risk told across two sentences still alerts", () => {
    expect(kinds("My neighbour is 88 and has dementia. Her new lodger has taken her bank card and goes to the cashpoint every week. Could you tell me who to ring?")).toContain("safeguarding");
  });
});

/** Issue 10 look-alikes (a past crisis with recovery stated); Warwickshire 7.1: a risk to life now still alerts. */
describe("a crisis the writer tells as over", () => {
  it.each([
    ["earlier words recalled, help got since", "Last month I wrote to you saying I wanted to end my life. I got help from my GP and I'm doing much better now. Thank you for being patient with me."],
    ["an angry message withdrawn, safe with family", "Sorry for the message on Monday. I was in a really low place and I said I would hurt myself. I'm staying with my brother now and I have a GP appointment. Please disregard it."],
    ["a collapse told with its end", "My dad collapsed at home on Friday and the ambulance took him in, but he's home now and doing fine. Could we move our meeting to next week?"],
  ])("%s: no risk-to-life alert", (_why, body) => {
    expect(kinds(body)).not.toContain("risk-to-life");
  });

  it.each([
    ["recalled, and it goes on", "Last month I wrote to you saying I wanted to end my life. I got help for a while but I still feel the same and tonight I'm going to do it."],
    ["recalled, the safety denied", "I said in my last email that I wanted to end my life. I'm not doing any better and nobody has helped."],
  ])("%s: a risk-to-life alert", (_why, body) => {
    expect(kinds(body)).toContain("risk-to-life");
  });
});

/** Issue 10 look-alikes ("an essay question about domestic abuse"): a group's letter on a subject names no victim. */
describe("a group writing about harm in general", () => {
  it("a charity's points on a strategy: no crime or safeguarding alert", () => {
    const found = kinds("I write as secretary of a survivors' charity in Rugby about the draft strategy. Second, stalking. The strategy gives it one paragraph, and women followed to work and tracked by apps deserve more than that.");
    expect(found).not.toContain("crime");
    expect(found).not.toContain("safeguarding");
  });

  it("a group telling of one member's harm lately still alerts", () => {
    const found = kinds("I write as secretary of a survivors' charity in Rugby. One of our members was beaten by her ex-partner last night and she is too scared to go home.");
    expect(found).toContain("crime");
  });
});

/** Issue 10 look-alikes (idioms, topics): death words said of people in general; Warwickshire 7.1: a person's risk still alerts. */
describe("death words said of people in general", () => {
  it.each([
    ["a group's figure of speech", "Thanks for coming to our parents' coffee morning. Several of the parents said they feel like they're drowning, and it helped to hear about the support line. Could you send some leaflets?"],
    ["a research subject", "I'm researching how forces handle calls about people who have said they are going to kill themselves. Could I interview someone in your office?"],
  ])("%s: no risk-to-life alert", (_why, body) => {
    expect(kinds(body)).not.toContain("risk-to-life");
  });

  it.each([
    ["the writer's own, beside a group", "Our members are fed up with you and I am going to kill myself tonight."],
    ["one person among the group", "Several of the lads on the estate told me my son says he is going to kill himself tonight."],
  ])("%s: a risk-to-life alert", (_why, body) => {
    expect(kinds(body)).toContain("risk-to-life");
  });
});

/** Issue 10 look-alikes: a question to the office stays inside a story being written; a crime the police decided on is dealt with. */
describe("a question to the office after a story, and a crime the police decided on", () => {
  it("a novelist asking how an officer would report being followed: no crime alert", () => {
    expect(kinds("I'm writing a detective novel in which an officer is stalked by a man she put away. Could someone tell me, for accuracy, how an officer would report being followed?")).not.toContain("crime");
  });

  it("a crime the police closed for insufficient evidence, complained of: no crime alert", () => {
    expect(kinds("A man smashed my car windscreen and the police looked at the video and said there was insufficient evidence. I am going to my MP about it.")).not.toContain("crime");
  });

  it("the same crime told as news still alerts", () => {
    expect(kinds("A man smashed my car windscreen last night and I have it on video.")).toContain("crime");
  });
});
