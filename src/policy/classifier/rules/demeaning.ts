import type { Rule } from "./rule";

const DEMEANING = 'Gwent 4.0 "insulting or demeaning any person or group, including anything that targets race, age, sex, gender, religion or belief, sexual orientation, or disability"; Warwickshire 3.1 "Abuse, derogatory, discriminatory or defamatory remarks"';
const demeaning = { category: "abusive", subType: "demeaning", policy: DEMEANING } as const;

/** Insults and demeaning remarks about a person or a group (Gwent 4.0; Warwickshire 3.1). */
export const DEMEANING_RULES = [
  { ...demeaning, id: "slur", strength: 0.9, matches: ["The caseworker is a retard."], notMatches: ["He called me a retard in the street and I want it recorded as a hate crime.", "Nobody cares about pensioners who have been conned out of their savings.", "What is the plan to reduce knife crime among young people?"] },
  {
    ...demeaning,
    id: "insult-to-someone",
    strength: 0.85,
    matches: ["You idiot, read my letter properly.", "You fat ugly cow."],
    // The office as a body criticised (collective.ts; dev.md "Criticism of an organisation is not abuse"): swearing at it is offensive language, by its own rule.
    notMatches: ["I felt like an idiot for not reporting it sooner.", "Bunch of clowns running a circus. 999 took 25 minutes to answer last night.", "You bunch of clowns."],
  },
  {
    ...demeaning,
    id: "insult-said-of",
    strength: 0.8,
    matches: ["Immigrants are vermin and your staff are no better.", "You are lazy and dishonest, Casey.", "You lot are scum."],
    notMatches: [
      "The officer was violent and dishonest and I want a complaint recorded.",
      "The young officer was rather rough getting me up and my wrist was bruised.",
      "The lorries speed past my gate. They are an absolute disgrace and your police do nothing about it.",
      "Your caseworker is a disgrace: she ended the call when I raised my voice.",
      "She is a vulnerable old lady and she was treated like an idiot.",
      // Despair about what the police did is not abuse of them (issue 13 fairness): how the writer was treated, a judgement on what was done.
      "I don't want to be alive any more … after what the police did. They treated me like an animal, like a piece of dirt.",
      "The way the police treated me was disgusting and cruel and I am broken.",
      "Dear Commissioner,\nYou are out of touch, arrogant and more interested in social media than in the people you serve.",
      "You must be the worst public body in Wales. Arrogant, secretive, slow and rude.",
      // The office as a body (collective.ts; dev.md "Criticism of an organisation is not abuse").
      "You are a bunch of useless, lazy, bent pen-pushers and the whole system is rotten.",
      "You are lazy and dishonest, the lot of you.",
      "u lot r a bunch of muppets. how long does a subject access request take",
      // Ill, not what someone is.
      "Last week she was sick in the street and one of them laughed.",
      "Many people in the shared house are sick with a cough and the heating is broken.",
    ],
  },
  { ...demeaning, id: "contempt-for-people", strength: 0.8, matches: ["I hate Muslims and so should you.", "Honestly, foreignersdisgust me.", "I hate Muslims for what they did."], notMatches: ["I am disgusted by the way the police handled my case.", "Hate crime at my daughter's school bus stop: boys call her names.", "I don't want to be alive any more. I hate the police for what they did to me.", "You people make me sick. Nobody answers the phone."] },
  { ...demeaning, id: "belittled-by-age-or-sex", strength: 0.8, matches: ["You stupid old woman, read my letter properly.", "Your caseworker is a senile old fool."], notMatches: ["The woman at the counter was very helpful.", "I'm an old fool for trusting them."] },
  { ...demeaning, id: "denied-existence", strength: 0.8, matches: ["Foreigners have no right to exist."], notMatches: ["I have no right to appeal, I am told."] },
  { ...demeaning, id: "denied-belonging", strength: 0.8, matches: ["Muslims do not belong in this country."], notMatches: ["These papers do not belong in my file."] },
  { ...demeaning, id: "vermin-imagery", strength: 0.75, matches: ["Immigrants are infesting our town."], notMatches: ["Rats are infesting the alley behind my house."] },
  { ...demeaning, id: "waste-of-space", strength: 0.8, matches: ["That caseworker is a waste of space."], notMatches: ["The empty unit is a waste of space.", "You're all a waste of space and money. I'm off to my MP."] },
  { ...demeaning, id: "identity-with-insult", strength: 0.85, matches: ["Go away, you immigrant scum."], notMatches: ["The black rubbish bags were left out again."] },
  {
    ...demeaning,
    id: "denied-worth",
    strength: 0.7,
    matches: ["Women are not our equals.", "Immigrants have no place in this country.", "Muslims should not exist.", "Disabled people do not really matter."],
    notMatches: [
      "Women do not deserve to be treated like this.",
      "Whatever you decide next will not matter to me.",
      "By the time you read this it will not matter any more.",
      "My wife she is not good, she take many tablets.",
      "The interpreter was not speaking good Polish.",
      // Nouns and where people live (worth.ts NOUN_TOO, LIVING): nobody's worth denied.
      "My son, who doesn't live with me, was not there.",
      "He has not left his room for a week.",
      "Officers brought him in because there was no place of safety.",
      "You cannot look at operational matters, I know.",
    ],
  },
  { ...demeaning, id: "animal-comparison", strength: 0.75, matches: ["People like you belong in a zoo.", "My dog is smarter than any of you people."], notMatches: ["My dog belongs in the garden, not the road."] },
  { ...demeaning, id: "worth-nothing", strength: 0.75, matches: ["People like you are worth nothing."], notMatches: ["My car is worth nothing now."] },
  {
    ...demeaning,
    id: "insult-as-address",
    strength: 0.8,
    matches: ["Idiot, read my letter.", "Read it again, moron.", "Absolute clown."],
    notMatches: ["Idiots speeding past my house every night need stopping.", "Absolute disgrace. Your decision on the speed cameras ignores every resident."],
  },
  { ...demeaning, id: "insult-you-are", strength: 0.8, matches: ["What a disgrace you are."], notMatches: ["What a disgrace it is that nobody came."] },
  { ...demeaning, id: "remark-to-your-face", strength: 0.7, matches: ["You are so annoying."], notMatches: ["My neighbours are annoying."] },
  { ...demeaning, id: "family-insult", strength: 0.75, matches: ["Your mum is a slag."], notMatches: ["Your mum called to say she is well."] },
  { ...demeaning, id: "hostile-dismissal", strength: 0.75, matches: ["Shut up.", "Drop dead."], notMatches: ["The shop had to shut up early.", "The new mural on the underpass is drop dead gorgeous, well done.", "What's the drop-dead deadline for the community fund?"] },
  { ...demeaning, id: "insult-for-whoever-handles", strength: 0.75, matches: ["Who is the idiot in charge?", "Whichever moron is dealing with my complaint should be ashamed."], notMatches: ["The idiot who crashed into my car drove off."] },
  { ...demeaning, id: "you-adjective-noun", strength: 0.8, matches: ["You useless lot."], notMatches: ["Did you see the dirty needles in the park?"] },
  { ...demeaning, id: "you-suck", strength: 0.75, matches: ["You suck."], notMatches: ["You sucked the life out of that meeting, said my friend, joking."] },
] as const satisfies readonly Rule[];
