import type { Rule } from "./rule";

const HARASSMENT = 'Warwickshire 3.1 "Harassment, intimidation or threats", "Stalking (in person or online)"; Gwent 4.0 "harassment"';
const harassment = { category: "abusive", subType: "harassment", policy: HARASSMENT } as const;
const LANGUAGE = 'Gwent 4.0 "swearing or other offensive language"; Warwickshire 3.1 "Abuse"';
const language = { category: "abusive", subType: "offensiveLanguage", policy: LANGUAGE } as const;

/** Harassment and stalking of staff (Warwickshire 3.1), and swearing (Gwent 4.0). */
export const HARASSMENT_RULES = [
  { ...harassment, id: "stalking", strength: 0.8, matches: ["I found your Facebook and I've been watching you."], notMatches: ["My ex has been watching my house and I want it investigated.", "We will be protesting outside your office on 14 March.", "I saw you at the police and crime panel last week and you answered well."] },
  {
    ...harassment,
    id: "publishing-details",
    strength: 0.8,
    matches: ["I've posted your caseworker's home address on Twitter so people can pay her a visit.", "We will share her phone number online."],
    notMatches: ["My neighbour posted my address online and I want the police to act."],
  },
  { ...harassment, id: "sexual-remark", strength: 0.75, matches: ["Never mind my case, are you horny?", "Send me nudes."], notMatches: ["I need to report a sex offence against my daughter."] },
  {
    ...language,
    id: "swearing-aimed",
    strength: 0.85,
    matches: ["You f***ing useless lot, sort it out.", "sh1t service from you people", "Just fuck off."],
    notMatches: ["I was so pissed off with the delay, but thank you for sorting it.", "Your colleague says Mr Nwankwo is away. Put him on the phone when he is back."],
  },
  { ...language, id: "swearing-strongest", strength: 0.7, matches: ["What a cunt of a day I have had."], notMatches: ["I live in Scunthorpe."] },
  { ...language, id: "swearing-repeated", strength: 0.6, matches: ["This shit is a fucking joke."], notMatches: ["Oh shit, I forgot to attach the letter. Here it is."] },
  { ...language, id: "abbreviated-dismissal", strength: 0.8, matches: ["stfu and read my letter"], notMatches: ["Please read my letter again."] },
] as const satisfies readonly Rule[];
