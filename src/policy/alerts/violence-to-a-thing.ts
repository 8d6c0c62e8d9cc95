import { type AlertGuard, sentenceOf } from "./guard";
import { restsOnlyOn } from "./known-crime";
import { VIOLENCE_REPORTED } from "./refs";

/**
 * Things that fail the writer and take the blame for it: forms, machines, systems, a company. Not what is staff's own (their
 * car, house, office, windows): violence to those is a threat to staff (Warwickshire 3.1 "threats or harm to people or
 * property").
 */
const THING =
  "(?:(?:online |complaint |complaints |contact |web |application |grant |feedback )?forms?|printers?|computers?|laptops?|websites?|web ?site|portal|system|app|apps|software|sat ?navs?|sat ?nav company|satnav company|machines?|kettle|phone system|switchboard|hold music|spreadsheets?|password|inbox|captcha|button|link|wi-?fi|router|scanner|photocopier|self-?checkout)";
/** Violence done to such a thing: "strangle your online form", "I'll strangle that sat nav company", "murder the printer". */
const VIOLENCE_TO_A_THING = new RegExp(
  `\\b(?:strangle|throttle|kill|murder|strangling|throttling|killing|murdering|punch|smash|lamp|batter|burn) (?:your|that|this|the|my|their|whoever's)? ?(?:[a-z-]+ ){0,2}?${THING}\\b`,
  "g",
);

/**
 * Violence a writer vents on a thing that failed them ("I'm going to strangle your online form, it's eaten my complaint
 * twice"; "I'll strangle that sat nav company one of these days"): a figure of speech, no person threatened (issue 10
 * look-alikes: idioms carry none; Warwickshire 6 reports violence used or threatened against a person). Dropped only when
 * the rule matched on those words alone: a threat to a person beside it ("… and then I'll strangle you") still alerts.
 */
export const VIOLENCE_TO_A_THING_GUARD: AlertGuard = {
  id: "threat-to-staff/violence-to-a-thing",
  kinds: ["threat-to-staff"],
  policyRef: VIOLENCE_REPORTED,
  drops: (text, from, to, pattern) => {
    if (!pattern) return false;
    return restsOnlyOn(pattern, sentenceOf(text, from, to), VIOLENCE_TO_A_THING);
  },
  examples: {
    drop: [
      "I'm going to strangle your complaints form, it has logged me out three times. Can I post it instead?",
      "I'll strangle that sat nav company one of these days. Another lorry stuck on our lane this week.",
    ],
    keep: [
      ["threat-to-staff", "I'm going to strangle your caseworker when I see her."],
      ["threat-to-staff", "Your online form ate my complaint again, so I'll strangle you when I see you at the office."],
    ],
  },
};
