import { describe, expect, it } from "vitest";
import { run, subTypes } from "./fixtures";

/*
 * Abuse aimed at the reader — the member of staff or the office written to (Gwent 4.0
 * "insulting or demeaning any person", "harassment", "swearing or other offensive language";
 * Warwickshire 3.1 "Abuse, derogatory … remarks", "Harassment, intimidation or threats").
 * Each pattern has flagged examples and near misses that must stay clean (Gwent 3.0: anger,
 * force and determination are not abuse). Written for this file, not taken from any corpus.
 */
describe("abuse aimed at the reader", () => {
  it.each([
    ["an insult as the whole message", "Imbecile.", "abusive/demeaning"],
    ["an insult addressing the reader at the start", "Idiot, I told you my address twice already.", "abusive/demeaning"],
    ["an insult addressing the reader at the end", "Look at the file again, moron.", "abusive/demeaning"],
    ["an insult after an opening word", "Oh, clown.", "abusive/demeaning"],
    ["an insult closed by 'you are'", "What an utter disgrace you are.", "abusive/demeaning"],
    ["an insult with 'that is what you are'", "A parasite, that is what you are.", "abusive/demeaning"],
    ["'you' with an insulting adjective and a noun", "You pathetic lot could not organise a raffle.", "abusive/demeaning"],
    ["'your' misspelt for 'you're'", "Your a disgrace to the uniform.", "abusive/demeaning"],
    ["'you suck'", "Honestly, you lot really do suck.", "abusive/demeaning"],
    ["a personal remark to the reader's face", "You are so annoying.", "abusive/demeaning"],
    ["insulting the reader's mother", "Your mum is an ugly cow.", "abusive/demeaning"],
    ["telling the reader to shut up", "Shut up and answer my question.", "abusive/demeaning"],
    ["telling the reader to shut their mouth", "Just shut your mouth for once.", "abusive/demeaning"],
    ["a dismissal: drop dead", "Drop dead.", "abusive/demeaning"],
    ["a dismissal: get lost", "Get lost, the lot of you.", "abusive/demeaning"],
    ["telling the reader to die", "Die in a ditch.", "abusive/threat"],
    ["wishing the reader dead", "I hope you die before my case is closed.", "abusive/threat"],
    ["telling the reader to kill themselves", "Go and kill yourself.", "abusive/threat"],
    ["swearing that sends the reader away", "Fuck off.", "abusive/offensiveLanguage"],
    ["swearing that orders the reader to be quiet", "Why don't you shut the fuck up.", "abusive/offensiveLanguage"],
    ["an abbreviated order", "stfu and do your job", "abusive/offensiveLanguage"],
    ["swearing at what is the reader's", "I don't want any more of your fucking excuses.", "abusive/offensiveLanguage"],
    ["an insult for whoever is in charge", "Who is the idiot in charge of this?", "abusive/demeaning"],
    ["an insult for whoever has the case", "Whichever moron is dealing with my complaint should be sacked.", "abusive/demeaning"],
    ["an insult for whoever wrote the reply", "The idiot who wrote this letter cannot spell.", "abusive/demeaning"],
    ["an insult for whoever decided", "The useless idiot responsible for this decision should resign.", "abusive/demeaning"],
  ])("finds %s", (_label, body, expected) => {
    expect(subTypes(run({ body }))).toContain(expected);
  });

  it.each([
    ["furious and determined", "I am furious, this is a disgrace, I will go to my MP."],
    ["calling the service a disgrace", "The way my complaint was handled is a disgrace."],
    ["a plural insult opening a complaint about drivers", "Idiots racing up and down my road every night, and nobody comes."],
    ["an insult inside a sentence, not addressing anyone", "It was an idiot move to park there, I admit."],
    ["'you' before a verb and a thing", "Did you see the dirty needles left in the park?"],
    ["'suck' with an object", "Did you suck the venom out, as the leaflet says?"],
    ["a hope about the offender", "I hope he rots in prison for what he did to my family."],
    ["how the writer feels", "I am pissed off with your lack of response."],
    ["feeling sent away, not an order", "It is time to fuck off home, I suppose, and wait another month."],
    ["'shut up' not as an order", "The shop next door shut up early, so I could not get the CCTV."],
    ["'lost' not as an order", "The letter I sent got lost in the post."],
    ["'die' not as an order", "My father may die before this is resolved."],
    ["'kill' not said to the reader", "He said he would kill himself if they took the children."],
    ["neighbours called annoying", "My neighbours are annoying and play music until three."],
    ["'you are annoyed'", "I know you are annoyed with me, but please reply."],
    ["'your' as a possessive", "Your a-level results are not my concern, my case is."],
    ["a mother mentioned kindly", "Your mother would be ashamed of how I have been treated."],
    ["reported abuse", 'He told me to "shut up" and called me an idiot.'],
    ["an insult for someone outside the office", "The idiot who crashed into my car drove off without stopping."],
    ["denying being the one in charge", "I am not the idiot in charge here, you are the professionals."],
    ["quoting a dismissal to condemn it", 'Being told "drop dead" by a neighbour is not acceptable.'],
  ])("does not flag %s", (_label, body) => {
    expect(run({ body }).categories).not.toContain("abusive");
  });
});

describe("sexual harassment of the reader", () => {
  it.each([
    ["a sexual question to the reader", "Are you hot?"],
    ["asking about the reader's sex life", "Have you ever had sex at work?"],
    ["asking if the reader likes porn", "Do you like porn?"],
    ["a sexual proposition", "Do you want to have sex with me?"],
    ["asking to kiss the reader", "Can I kiss you when I come to the office?"],
    ["asking to be the reader's lover", "Can I be your boyfriend?"],
    ["'let's' with sex", "Let's have sex."],
    ["remarks on the reader's body", "I bet you have really big tits."],
    ["an oral sex order", "Suck cock."],
    ["the writer's sexual wants pressed on the reader", "I need sex, not another form."],
    ["the writer's sexual wants, with the reader's body", "I want your wet pussy."],
    ["talk dirty", "Talk dirty to me."],
  ])("finds %s", (_label, body) => {
    expect(subTypes(run({ body }))).toContain("abusive/harassment");
  });

  it.each([
    ["'hot' under the collar", "Are you hot under the collar yet about my case?"],
    ["'hard of hearing'", "Are you hard of hearing? I have asked four times."],
    ["touching base", "Can I touch base with you next week?"],
    ["reporting a sex offence", "I need to report a sex offence against my daughter."],
    ["sex education", "I want sex education in schools to cover consent."],
    ["a name that is also slang", "I would like Dick from your office to call me back."],
    ["reported proposition", "He asked me if I wanted to have sex with him."],
    ["an exposure reported", "He exposed his penis to my daughter and you have done nothing."],
    ["an assault reported", "The man grabbed my breasts on the bus."],
    ["refusing sex", "I don't want sex, I want an answer."],
    ["a gender mentioned", "As a trans woman I need you to use the right name on my file."],
  ])("does not flag %s", (_label, body) => {
    expect(run({ body }).categories).not.toContain("abusive");
  });
});
