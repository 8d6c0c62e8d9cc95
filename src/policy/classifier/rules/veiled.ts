import type { Rule } from "./rule";

const THREATS = 'Gwent 4.0 "threats (implicit or explicit) against another person"; Warwickshire 3.1 "Threats or harm to people or property"';
const threat = { category: "abusive", subType: "threat", policy: THREATS } as const;
const STALKING = 'Warwickshire 3.1 "Stalking (in person or online)", "Harassment, intimidation or threats"; Gwent 4.0 "harassment"';
const harassment = { category: "abusive", subType: "harassment", policy: STALKING } as const;
const DEMEANING = 'Gwent 4.0 "insulting or demeaning any person or group, including anything that targets race, age, sex, gender, religion or belief, sexual orientation, or disability"; Warwickshire 3.1 "derogatory, discriminatory"';
const demeaning = { category: "abusive", subType: "demeaning", policy: DEMEANING } as const;

/**
 * Menace and harassment written to an office without a violent word (issue 13: veiled threats 3/16, harassment 0/6),
 * and a member of staff belittled for who they are (veiled-abuse.ts holds the patterns).
 */
export const VEILED_RULES = [
  {
    ...threat,
    id: "not-answerable-for-myself",
    strength: 0.75,
    matches: [
      "Send me one more refusal and I will not be responsible for my actions.",
      "If I have to come to the counter again I can't be held responsible for what happens.",
      "Somebody is going to end up getting hurt over this and it won't be me.",
      "If my mother comes to harm, the officer who closed her file will answer to me, and not in writing.",
    ],
    notMatches: [
      "The removal firm say they will not be responsible for what happens to items left outside.",
      "I can't be held responsible for my son's debts, he is an adult.",
      "Someone is going to get hurt on that junction, please put a crossing in.",
      "I will answer to the court for what I did, and I have pleaded guilty.",
    ],
  },
  {
    ...threat,
    id: "visit-with-menace",
    strength: 0.8,
    matches: [
      "Whoever signed this can expect a visit they will never forget.",
      "I'm coming to your office on Monday and it won't be for a chat.",
      "I'll be down there Friday, and I won't be bringing chocolates.",
      "I will find out who you are, and when I do you'll wish you had replied.",
      "I'll be seeing you soon, Morgan.",
      "You won't always have a guard at the door.",
      "This will not end well for you personally.",
    ],
    notMatches: [
      "The school trip was a visit they will never forget, thank you to the officers.",
      "I'm coming to your office on Monday to drop off the forms.",
      "You'll wish you had seen the fireworks, they were wonderful.",
      "I'll be seeing you soon at the panel meeting.",
      "It didn't end well for him personally, the officer said.",
    ],
  },
  {
    ...threat,
    id: "think-before-next",
    strength: 0.7,
    matches: [
      "He wants to think about that before he signs another letter like it.",
      "Tell her to think very carefully about the tone of her next reply.",
      "Carry on like this and you'll find out what I'm like when I'm angry.",
      "A package may be arriving at your office. Think twice before you open it.",
    ],
    notMatches: [
      "Please think carefully about the next steps for my case and let me know.",
      "I need to think about that before I sign anything.",
      "Think twice before you open emails from strangers, the officer told my mum.",
    ],
  },
  {
    ...threat,
    id: "harm-pictured",
    strength: 0.8,
    matches: [
      "If she were standing here I'd knock her clean out.",
      "If he ever comes to my street I'll put him flat on his back.",
      "I want him to feel exactly what I feel every day.",
      "I will do to you what they did to my son.",
      "Your kids will pay for what you did to mine.",
      "I hope somebody does the same to your daughter.",
    ],
    notMatches: [
      "The officer said he'd knock me out if I moved.",
      "The boxer was knocked clean out in the second round.",
      "I want you to understand exactly what I feel every day since the burglary.",
      "My family will pay for this in stress for years.",
      "I hope somebody does something for the kids on our estate.",
    ],
  },
  {
    ...threat,
    id: "property-menaced",
    strength: 0.8,
    matches: [
      "Someone should put a bomb under your building.",
      "Funny how windows get broken round here. Your office has plenty.",
      "Offices catch fire all the time, old wiring, all that paper. Just saying.",
      "Her tyres would look better slashed.",
      "Picked up a can of petrol on the way home today. Just saying.",
      "Be a pity if that shiny car of hers got keyed.",
      "Folk have had accidents for less.",
      "It's a long walk back to the station at night, isn't it.",
    ],
    notMatches: [
      "My windows get broken round here every summer and nobody comes.",
      "The fire at the office in 2019 destroyed my file, I am told.",
      "My tyres were slashed again last night.",
      "I ran out of petrol on the bypass and an officer helped me.",
      "When my car got scratched in your car park nobody helped.",
      "It is a long walk from the bus stop to your office for someone with a stick.",
    ],
  },
  {
    ...threat,
    id: "nothing-to-fear",
    strength: 0.7,
    matches: ["I've been inside before and I'm not frightened of going back, so sort my case.", "I am not afraid of the police or of prison."],
    notMatches: ["I am not afraid of the police, I just want them to listen.", "My brother has been inside before and is doing well now."],
  },
  {
    ...harassment,
    id: "staff-routine-watched",
    strength: 0.8,
    matches: [
      "Saw you getting on the number 9 bus last night.",
      "She catches the 7.10 train from Leamington, doesn't she.",
      "Found his Strava. Same loop round the park every Tuesday.",
      "You drink in the Crown on Fridays, I know.",
      "Waited outside your office this evening and watched you leave.",
    ],
    notMatches: [
      "I saw the officers getting on the bus and they ignored the fight.",
      "I catch the 7.10 train from Leamington and it is always late.",
      "I waited outside your office for an hour because reception was shut.",
      "My son drinks in the Crown on Fridays and was assaulted there.",
    ],
  },
  {
    ...harassment,
    id: "sexual-interest-in-staff",
    strength: 0.8,
    matches: ["You sound very sexy on the phone.", "What were you wearing when you rang me?", "Her voice does things to me.", "Wear something short next time we meet x"],
    notMatches: ["The officer asked me what I was wearing that night.", "What were you wearing in the photo, the witness was asked."],
  },
  {
    ...harassment,
    id: "hounding-until-broken",
    strength: 0.75,
    matches: [
      "I'll message you every hour, day and night, until you crack.",
      "Your phone won't stop ringing until I get an answer.",
      "Block me if you like, I have other addresses.",
      "Fifty calls today. Tomorrow I'll make a hundred.",
    ],
    notMatches: ["My phone won't stop ringing with scam calls.", "Block them if you like, the officer said, but they have other accounts.", "I made fifty calls today to the council and a hundred tomorrow won't help."],
  },
  {
    ...demeaning,
    id: "staff-belittled-as-person",
    strength: 0.8,
    matches: [
      "Tell that prick at the front desk to ring me.",
      "That lazy cow still hasn't phoned me.",
      "Does your caseworker have learning difficulties or something?",
      "Is he gay or something? Explains a lot.",
      "He's as thick as two short planks.",
      "She sounds like a right poof on the phone.",
      "Leave the law to the men, love, and go and make the tea.",
      "She gets far too emotional about it, like women do.",
      "Old dinosaur should have been put out to grass.",
      "The dozy cow at the front desk hung up on me.",
      "Jumped-up little jobsworth, that caseworker.",
    ],
    notMatches: [
      "My son has learning difficulties and needs an appropriate adult.",
      "Is he gay? I am asking because the attack on him may be a hate crime.",
      "The cow in the field by the road is loose again.",
      "The planks on the footbridge are thick as anything but rotten.",
      "Women do a lot of caring, like my mum did.",
      "The old dinosaur at the museum has been vandalised.",
      "The lady at the front desk was kind to me.",
    ],
  },
  {
    ...demeaning,
    id: "group-dehumanised",
    strength: 0.8,
    matches: ["Those Albanians are animals, the lot of them.", "Ex-prisoners are scum and always will be.", "Send them all home, every last Romanian."],
    notMatches: ["The men who attacked me were animals, the lot of them.", "My dogs are animals, the lot of them, and they bark.", "I want to send them a card to say thanks."],
  },
] as const satisfies readonly Rule[];
