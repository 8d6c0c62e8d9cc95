import { THREATS_TO_STAFF } from "./refs";
import { phrases, sentenceAround, withStaff, type AlertRule, type RuleHit } from "./rule";
import { INVITED, ORG_PLACE, saidKindly } from "./threat-guards";
import { thirdPartyReport } from "./threat-to-staff";
import { staffNamedIn, type StaffNames } from "../text/staff-names";

/**
 * A dossier on a member of staff (issue 10 threat-to-staff: "a threat (explicit or veiled) to a member of staff, their
 * family, home, car or routine, including knowing where they live"; Warwickshire 3.1 "Stalking (in person or online)",
 * "Harassment, intimidation or threats"; Gwent 4.0 "threats (implicit or explicit)"): the menace is in the structure, not
 * in any one word — particulars of their private life from two different parts of it, stated about them within a few
 * sentences ("Sam Carter. Drives a grey Qashqai. Wife is a nurse at the Grange."; "Saw you at the gym on Tuesday. You
 * were on the rowing machine about 6.15."). Each part is a class of wordings: their home, their car, their family,
 * their accounts online, their routine by the clock, and the writer watching them. A match is one of the first five;
 * the guard asks for a second class nearby, about the same person: "you" with "your", or "she", "he" and "her", "his"
 * only where a member of staff is named nearby (never the writer's own niece or the neighbour they report).
 */

type Person = "second" | "third";
type Part = "home" | "car" | "family" | "online" | "routine" | "watched";

/** The parts' wordings for one way of naming the person: you and your, or she, he, her, his and the staff's names. */
function partsFor(names: StaffNames, person: Person): Record<Part, string> {
  const second = person === "second";
  const named = names.forms.join("|");
  const whose = second ? "(?:your|ur)" : `(?:her|his${named ? `|(?:${named})'s` : ""})`;
  const who = second ? "you" : `(?:she|he${named ? `|${named}` : ""})`;
  const them = second ? "you" : `(?:her|him${named ? `|${named}` : ""})`;
  return {
    home: [
      `${who} (?:lives?|living) (?:in|off|on|near|at|round|by|just off|up)`,
      `${whose} (?:house|home|flat|street|road|address|front door|garden|driveway|semi|bungalow)`,
      `(?:walked|drove|driven|been|went) (?:past|by|round) ${second ? "(?:yours|your house|your place)" : "(?:hers|his|her house|his house|her place|his place)"}`,
    ].join("|"),
    car: [
      `${who} drives? (?:an? |the )`,
      `${whose} (?:car|van|tyres|number plate|reg|registration)`,
      "(?:silver|black|blue|red|white|grey|green) (?:corsa|polo|qashqai|golf|fiesta|focus|astra|clio|mini|audi|bmw|merc|mercedes|kuga|tesla|kia)",
    ].join("|"),
    family: [
      `${whose} (?:wife|husband|partner|boyfriend|girlfriend|kids?|children|son|daughter|mum|mother|dad|father|twins|little (?:lad|girl|boy|one)|baby|family)`,
      `${who} (?:is )?married to`,
      // "Wife is a nurse at the Grange": a dossier drops the possessive; read only about a member of staff named nearby.
      ...(second ? [] : ["(?:wife|husband|partner|boyfriend|girlfriend) (?:is|works|teaches)", "with (?:the|her|his) kids"]),
    ].join("|"),
    online: [
      `${whose} (?:facebook|instagram|strava|linkedin|tiktok|snapchat|twitter|profile|photos|pics|selfies)`,
      `(?:on|from) ${whose} (?:facebook|instagram|strava|linkedin|tiktok|snapchat|twitter)`,
      "holiday (?:pics|photos|snaps)",
      `tagged ${them}`,
    ].join("|"),
    routine: [
      `${who} (?:leaves?|finish(?:es)?|gets? off|walks?|cycles?|drives?) (?:at|by|about|around) \\d{1,2}[.:]?\\d\\d`,
      "(?:leaves?|left) at \\d{1,2}[.:]\\d\\d",
      "(?:side|back) door at",
      "same route",
      "school run",
    ].join("|"),
    watched: [
      `(?:saw|seen|spotted|followed|watched|filming|filmed|clocked) ${them}`,
      `(?:parked|sat|waited|stood) (?:up )?(?:across|opposite|outside) (?:from )?${whose}`,
      `looked ${second ? "you" : "(?:her|him)"} up`,
      `(?:i|i've) (?:been )?(?:watching|following) ${them}`,
    ].join("|"),
  };
}

/** Each part's pattern (not global: a test per window), per person, built once per distinct list of names. */
const built = new WeakMap<StaffNames, Record<Person, Array<[Part, RegExp]>>>();
function partPatterns(names: StaffNames): Record<Person, Array<[Part, RegExp]>> {
  let parts = built.get(names);
  if (!parts) {
    const of = (person: Person) => Object.entries(partsFor(names, person)).map(([part, source]): [Part, RegExp] => [part as Part, new RegExp(phrases([source]).source)]);
    parts = { second: of("second"), third: of("third") };
    built.set(names, parts);
  }
  return parts;
}

/** What the rule matches: one of the five parts of a private life, about "you" or about a member of staff. */
const MATCHED: readonly Part[] = ["home", "car", "family", "online", "routine"];

/** Staff by role, where no name is given: "your caseworker", "the woman who wrote to me". */
const STAFF_ROLE = /\b(?:your|the) (?:caseworker|case worker|staff member|manager|complaints officer|chief executive)\b/;

/** The two sentences before the hit's and the one after it: how far a dossier's particulars run. */
function around(hit: RuleHit): string {
  const here = sentenceAround(hit.text, hit.start, hit.end);
  let from = here.from;
  for (let k = 0; k < 2 && from > 1; k += 1) from = sentenceAround(hit.text, from - 2, from - 1).from;
  const to = here.to + 2 < hit.text.length ? sentenceAround(hit.text, here.to + 1, here.to + 2).to : here.to;
  return hit.text.slice(from, to);
}

/** Whether a second part of their private life is nearby, about the same person the match is about. */
export function dossier(hit: RuleHit): boolean {
  const said = hit.text.slice(hit.start, hit.end);
  const window = around(hit);
  const parts = partPatterns(hit.staff);
  for (const person of ["second", "third"] as const) {
    const own = parts[person].find(([part, pattern]) => MATCHED.includes(part) && pattern.test(said));
    if (!own) continue;
    if (person === "third" && !(staffNamedIn(hit.staff).test(window) || STAFF_ROLE.test(window))) continue;
    if (parts[person].some(([part, pattern]) => part !== own[0] && pattern.test(window))) return true;
  }
  return false;
}

export const STAFF_DOSSIER_RULES: readonly AlertRule[] = [
  {
    id: "threat-to-staff/staff-dossier",
    kind: "threat-to-staff",
    policyRef: THREATS_TO_STAFF,
    writersOwn: true,
    // The parts' rarer words only: a dossier names two parts, so one of them is nearly always among these, and common words
    // ("home", "car", "family") would wake the rule on most mail (its cost is per woken window).
    cues: [
      "lives", "living", "driveway", "bungalow", "walked", "drove",
      "drives", "tyres", "plate", "reg", "registration", "corsa", "polo", "qashqai", "golf", "fiesta", "focus", "astra", "clio", "audi", "bmw", "merc", "mercedes", "kuga", "tesla", "kia",
      "wife", "husband", "boyfriend", "girlfriend", "twins", "married", "teaches",
      "facebook", "instagram", "strava", "linkedin", "tiktok", "snapchat", "twitter", "selfies", "holiday", "tagged",
      "leaves", "finishes", "cycles", "route",
    ],
    ...withStaff((names) => {
      const both = partsFor(names, "second");
      const third = partsFor(names, "third");
      return phrases(MATCHED.flatMap((part) => [both[part], third[part]]));
    }),
    unless: (hit) => !dossier(hit) || thirdPartyReport(hit) || saidKindly(hit) || INVITED.test(hit.sentence) || ORG_PLACE.test(hit.sentence),
    examples: {
      match: [
        "Sam Carter. Moved from Swansea in 2019. Drives a grey Qashqai. Wife is a nurse at the Grange. See, I can do research too.",
        "Saw you at the gym on Tuesday Priya. You were on the rowing machine. Your husband was waiting in the silver Audi.",
        "Priya Shah leaves at 5.15 and walks to the bus stop. Her kids are at St Mary's.",
      ],
      notMatch: [
        // The writer's own family, and a third party they report: no member of staff's private life.
        "My niece, who is 14 and lives with her dad in Nuneaton, says he keeps her off school. Her mum is worried.",
        "I am writing to you about my neighbour. He drives a white van and his kids kick balls at my car every night.",
        // Staff mentioned kindly.
        "Hi Priya, saw your little boy at the school nativity - he was a brilliant shepherd! Thank you for your help with my case.",
        // One part alone: where someone lives, with nothing else of their life.
        "Your caseworker lives in the county, I gather, so she will know the road I mean.",
      ],
    },
  },
];
