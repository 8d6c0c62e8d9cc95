import { THREATS_TO_STAFF } from "./refs";
import { phrases, withStaff, type AlertRule, type RuleHit } from "./rule";
import { thirdPartyReport } from "./threat-to-staff";
import type { StaffNames } from "../text/staff-names";

/** A day, a part of the day, or a clock time kept to: "every Tuesday at 6am", "most days", "Saturday mornings". */
const DAY = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
const HABIT = `(?:every (?:single )?(?:${DAY}|day|morning|evening|night|week|weekend|lunchtime)|most (?:days|mornings|evenings|nights)|${DAY} (?:mornings|evenings|nights|afternoons|lunchtimes)|at (?:about |around )?\\d{1,2}[.:]\\d\\d (?:most|every)|on (?:a )?${DAY}(?:s| nights?| evenings?| mornings?)?|on ${DAY}s|at half \\d{1,2}(?![.:\\d]))`;
/** What a person does to a timetable: leaves, walks, runs a loop, comes into a shop, stops somewhere. */
const MOVES =
  // Read from the training writers of 5 December too: "gets the 17:52", "take bus number 1", "does yoga at the leisure
  // centre Thursday evenings", "drink in the Red Lion on a Friday", "wears a red coat on Mondays".
  "(?:leaves|walks|runs|jogs|cycles|drives|parks|catches|stops|gets (?:the|his|her|their) (?:bus|train)|(?:gets|catches|takes?) (?:the )?(?:\\d{1,2}[.:]\\d\\d|bus(?: number)? \\d+|number \\d+(?: bus)?)|does (?:yoga|pilates|spin|parkrun|the gym|swimming|boxing|a class)|(?:drinks?|eats?|has (?:her|his|their) (?:lunch|dinner|pint)) (?:in|at)|wears|does (?:the same|a|her|his|their) (?:loop|run|walk|route|lap)|(?:is )?com(?:es|ing) in(?:to)?|goes (?:in(?:to)?|to|down to)|walks down to)";
/** A routine told to arrange a meeting or a call with them, or their work's own timetable: no watching told. */
const ARRANGED = /\b(?:ring|call|phone|email|meet|meeting|appointment|appointments|drop-in|surgery|surgeries|clinic|available|office hours|book|booked|booking|rota|shift|shifts|on duty|duty)\b/;

/** The writer's own people, whose "he" or "she" is not a member of staff ("My son walks to school every morning"). */
const OWN_PEOPLE =
  /\b(?:my|our) (?:[a-z]+ )?(?:son|daughter|husband|wife|partner|dad|father|mum|mam|mother|brother|sister|nan|grandad|grandson|granddaughter|neighbour|friend|child|kids|boy|girl|lad|carer|uncle|aunt|cousin|nephew|niece|ex|dog)\b/;
const ownPeople = (hit: RuleHit) => OWN_PEOPLE.test(`${hit.previous} ${hit.text.slice(hit.start - Math.min(hit.start, 200), hit.end)}`) && /^(?:he|she)\b/.test(hit.text.slice(hit.start, hit.end));

/**
 * A member of staff's routine, told back to the office as kept track of (issue 10 "a threat … to a member of staff,
 * their family, home, car or routine"; Warwickshire 3.1 "Stalking (in person or online)"): "Casey leaves by the side
 * door at 5.35 most days … I've timed it", "found Sam's strava, does the same loop every Tuesday at 6am". Their name (or
 * he / she, not of the writer's own people), a movement and a habit of day or hour: what the office never told the writer, told back. A
 * routine told to arrange a visit or a call ("she comes in every Tuesday morning, ring then") is no alert; nor the
 * routine of someone not on the staff (the writer's son, the burglar: `thirdPartyReport`).
 */
const routine = (names: StaffNames) => phrases([`(?:he|she|you${names.bareAlt}${names.alt})(?: always| usually| normally)? ${MOVES}(?: [a-z0-9'.,:]+){0,10}? ${HABIT}`]);

export const ROUTINE_KNOWN_RULES: readonly AlertRule[] = [
  {
    id: "threat-to-staff/routine-kept-track-of",
    kind: "threat-to-staff",
    policyRef: THREATS_TO_STAFF,
    writersOwn: true,
    cues: ["every", "most", "mornings", "evenings", "nights", "afternoons", "lunchtimes", "half", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays"],
    ...withStaff(routine),
    unless: (hit) => ARRANGED.test(hit.sentence) || thirdPartyReport(hit) || ownPeople(hit),
    examples: {
      match: [
        "Casey leaves by the side door at 5.35 most days and walks down to the Tesco Express before her bus. I've timed it a few weeks now.",
        "I found Sam's running app. He does the same loop round Abbey Fields every Tuesday at 6am.",
        "Priya gets the 17:52 from Leamington most evenings, back carriage, headphones on.",
        "Priya does yoga at the leisure centre Thursday evenings doesn't she. I saw her there last week.",
        "I know you drink in the Red Lion on a Friday, Priya. Back corner table.",
      ],
      notMatch: [
        "Casey comes in every Tuesday morning for the drop-in, so I will ring then.",
        "The man who stole my bike walks past every evening, I've seen him, and the police won't arrest him.",
        "Ms Worker leaves early most Fridays, so please ask her to call me before lunch.",
        "My son walks to school every morning and the same van follows him.",
        "You take the number 7 bus on a Friday to the drop-in, so please call me after.",
      ],
    },
  },
];
