import { FICTION } from "./concepts";
import { THREATS_TO_STAFF } from "./refs";
import { together, withStaff, type AlertRule, type RuleHit } from "./rule";
import { lawfulNearby } from "./threat-guards";
import type { StaffNames } from "../text/staff-names";

/**
 * A threat to staff someone else made, passed on as a warning (issue 10, threat-to-staff recall: a sister, a son, a stranger
 * at the front desk writes that a brother "said he's going to wait outside your building for that Pybus woman and sort her
 * out", that a man "said, loud, he was going to 'do' the caseworker", and asks not to be named). The writer is not the
 * one threatening; the threat is real and aimed at staff. Gwent 4.0 and Warwickshire 3.1: a threat to staff is reported
 * to the police whoever makes it; Warwickshire §6 staff welfare. What marks the class is the two together: someone's words
 * of harm to a member of staff, and the writer's own stance of warning ("so you can be careful", "please don't say it came
 * from me", "I hope she's alright") somewhere in the message. `passed-on` (relayed.ts) reads the tighter wordings alone.
 */

/** Someone else said it. */
const SAID = ["said", "saying", "says", "reckons", "swore", "swears", "told (?:me|us|my [a-z]+|his [a-z]+|her [a-z]+|everyone)", "telling", "shouting", "ranting", "going on about", "threatening"];
/** Harm done to a person, not a job sorted out: sort her out, "do" the caseworker, wait outside for him, a hammer to the office. */
const HARM = [
  "sort (?:him|her|them|you|that [a-z]+(?: [a-z]+)?|the [a-z]+ (?:woman|man|lass|bloke|fella|lady))['\"”’]? out(?! (?:a|an|with|some|for|the)\\b)",
  "sort out['\"”’]? (?:whoever|the [a-z]+ (?:woman|man|lass|bloke|fella|lady)|that [a-z]+(?: (?:woman|man|lass|bloke|fella|lady))?|him|her|them)",
  "['\"“‘]do['\"”’] (?:the|that|her|him|them|you)", "do (?:her|him|them|you) in",
  "(?:wait|waiting) (?:outside|out(?:side)? of|by|at) (?:your|the|ur) (?:office|building|door|car park|reception)(?: [a-z']+){0,3}? for",
  "(?:to|into|down to|round to|at) (?:your|the|ur) (?:office|building|reception)(?: [a-z']+){0,2}? with (?:a|his|her|the) (?:hammer|knife|bat|blade|machete|crowbar|gun|axe|petrol)",
  "(?:hurt|kill|batter|stab|smash|glass|deck|hit|punch|get|go for|come for|go after|come after|pay a visit to) (?:her|him|them|you|that [a-z]+|the [a-z]+ (?:woman|man|lass|bloke|lady)|whoever)(?! (?:the|a|an|some|your|his|her|their|back|to|in|on|off|up|out|through|there|anything|something)\\b)",
  "knew (?:which|what) car (?:was|is) (?:hers|his|theirs)", "find out (?:names|where (?:she|he|they|you) (?:lives?|live))",
];
/** A member of staff, by role, by the office, or by the names the office gives. */
const STAFF = (names: StaffNames) => [`(?:your|ur|the|that) (?:office|building|caseworker|case worker|staff|colleague|manager|reception|front desk)${names.alt}`, "caseworker", "whoever (?:at|in|from) your", "(?:that|the) [a-z]+ (?:woman|man|lass|bloke|lady)", "(?:mr|mrs|ms|miss) [a-z'-]+"];

/** The writer's stance: warning the office, not threatening it (also read by scorer/threat-passed-on.ts). */
export const WARNING =
  /\b(?:(?:so|so that) (?:you|u|she|he|they) can be careful|be careful|(?:thought|think) (?:you|u) (?:should|ought to|need to) know|(?:wanted|want) (?:you|u) to know|rather (?:you|u) knew|couldn'?t live with myself|(?:don'?t|do not|not) (?:tell|say to) (?:him|her|them|anyone)(?: that)? (?:it|this) (?:was|came from) me|(?:don'?t|do not) say (?:it|this) came from me|(?:not|no) (?:a )?threat from me|(?:i'?m|i am) not threatening|(?:i'?m|i am) (?:scared|worried|frightened|afraid) (?:he|she|they) (?:means?|will|might|would)|hope (?:she|he|they)(?:'s| is| are) (?:alright|all right|ok|okay|safe)|(?:don'?t|do not) want (?:anyone|anybody) (?:getting |to get )?hurt|(?:i'?m|i am) (?:telling|warning) you (?:so|because|in case))\b/;

/** A warning is what makes the words someone else's threat passed on; without it, a story, a joke, a lawful route. */
const notAWarning = (hit: RuleHit) => !WARNING.test(hit.text) || FICTION.test(hit.sentence) || lawfulNearby(hit) || /\b(?:joking|jokes?|lol|haha)\b/.test(hit.sentence);

export const WARNED_OF_RULES: readonly AlertRule[] = [
  {
    id: "threat-to-staff/warned-of-someone",
    kind: "threat-to-staff",
    policyRef: THREATS_TO_STAFF,
    scope: "sentence",
    writersOwn: false,
    cues: ["said", "saying", "says", "reckons", "swore", "swears", "told", "telling", "shouting", "ranting", "going", "threatening"],
    ...withStaff((names) => together(SAID, HARM, STAFF(names))),
    unless: notAWarning,
    examples: {
      match: [
        "My brother said he'll be waiting outside your building for that Pybus woman on Thursday and he'll sort her out. I'm telling you so you can be careful. Please don't tell him it was me.",
        "A man at the front desk said, loud, that he was going to \"do\" the caseworker, Ms Ogunleye, and that he knew which car was hers. I hope she's alright.",
        "My dad's been saying he's going to go down to your office with a hammer. I'm scared he means it.",
        // Paraphrases no row says.
        "My ex keeps ranting that he'll get that Morgan woman when she leaves work. I thought you should know.",
        "My son has been telling his mates he's going to sort out whoever at your office turned him down. Please don't say it came from me.",
      ],
      notMatch: [
        "My brother said he'll sort out the paperwork your caseworker asked for. I wanted you to know he's dealing with it.",
        "My dad says he'll be waiting outside your office for his appointment on Thursday at ten.",
        "My son said he'll get you the forms at the drop-in. I hope she's alright after her operation.",
        "My brother said he's going to sort her out, meaning his ex, but the police have been told.",
        "In the play the brother says he'll sort the caseworker out. I thought you should know the drama group used your office's name.",
      ],
    },
  },
];
