import type { Rule } from "./rule";

const THREATS = 'Gwent 4.0 "threats (implicit or explicit) against another person"; Warwickshire 3.1 "Threats or harm to people or property"';
const threat = { category: "abusive", subType: "threat", policy: THREATS } as const;

/** Threats (Gwent 4.0; Warwickshire 3.1): violence announced, wished, veiled, or aimed at property. */
export const THREAT_RULES = [
  {
    ...threat,
    id: "violent-intent",
    strength: 0.85,
    matches: ["If this isn't sorted I'm going to hurt you and your colleagues.", "Ignore me again and I will klil you.", "Carry on like this and I will kill the lot of you.", "Ignore me again and I will kill the morning staff at your office.", "Somebody is going to hurt you one day.", "I will find them and hurt them."],
    notMatches: [
      "The man who attacked me said he would kill me.",
      "I have been killing time reading the police and crime plan while I wait for your reply.",
      "I killed an hour in reception waiting for the officer.",
      "I will burn the letters you sent me.",
      "Nobody should hurt a child.",
      "Lol I'm going to kill my brother - he filled in the survey for me!",
      "I could kill my husband - he threw away your letter before I read it.",
      "I could cheerfully strangle whoever decided enforcement wasn't a police matter.",
      "I am victim of racist attack in my shop, man break my window.",
      // Not the writer's own threat: another's intent, what was seen done, what happened, harm to oneself, an idiom.
      "My roommate says tomorrow he will kill the man who stole his money.",
      "Last night I heard his dad beating him through the wall.",
      "I saw one of them slap him on the stairs.",
      "We battered them 4-0 and the stewards were spot on.",
      "If the police come for my dog I will hang myself before they get through the door.",
      "I would kill for a copy of the leaflet in large print.",
    ],
  },
  {
    ...threat,
    id: "violence-wished",
    strength: 0.8,
    matches: ["People like you should be shot.", "Immigrants should be hanged.", "I'd love to see that caseworker stabbed."],
    notMatches: [
      "The officers responsible should be prosecuted.",
      "You must remove the accounts from my credit file.",
      "Two lads I work with were stabbed in the last six months.",
      "You never see an officer in Tredegar unless someone's been stabbed.",
      "The officer only came after my son had been stabbed.",
      "My son's caution must be wiped off the police computer.",
    ],
  },
  { ...threat, id: "death-to", strength: 0.85, matches: ["Death to all immigrants."], notMatches: ["He was sentenced to death in absentia abroad."] },
  { ...threat, id: "better-off-without", strength: 0.7, matches: ["The world would be better off without people like you."], notMatches: ["I would be better off without this stress."] },
  { ...threat, id: "bodily-harm", strength: 0.85, matches: ["Carry on ignoring me and I'll snap your neck.", "Keep this up and I'll break your legs."], notMatches: ["He broke his leg when the officer pushed him.", "The Commissioner should hang his head in shame."] },
  {
    ...threat,
    id: "property-damage",
    strength: 0.85,
    matches: ["Ignore me again and I'll burn your house down.", "I will smash your nice new car to pieces.", "Someone should torch the office and everyone in it."],
    notMatches: ["They smashed my windows last night.", "I want to smash the record for fundraising this year."],
  },
  { ...threat, id: "missile-through-window", strength: 0.85, matches: ["One more letter like that and I'll put a brick through your window."], notMatches: ["Someone threw a brick through my window on Tuesday."] },
  { ...threat, id: "at-my-hands", strength: 0.85, matches: ["He will suffer at my hands."], notMatches: ["The matter is now in my hands and my solicitor's."] },
  {
    ...threat,
    id: "implicit-threat",
    strength: 0.75,
    matches: [
      "I know where you live. You'll regret ignoring me.",
      "It would be a shame if something happened to your car in the car park.",
      "Carry on ignoring me and see what happens.",
      "I know which train you get home. See you soon.",
      "I'll be reporting you and then I'll be coming for you.",
    ],
    notMatches: ["You'll regret this when it's in the papers.", "Let's see what happens at the hearing.", "You have been warned about this fault before, according to the council."],
  },
  { ...threat, id: "death-ordered", strength: 0.8, matches: ["Die in a fire.", "Kill yourself."], notMatches: ["My father may die before this is resolved."] },
  { ...threat, id: "death-wished", strength: 0.8, matches: ["I hope you die.", "I hope you rot."], notMatches: ["I hope you have a good weekend."] },
] as const satisfies readonly Rule[];
