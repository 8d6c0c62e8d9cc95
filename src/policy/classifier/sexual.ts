import type { Hit } from "./words";
import { matches } from "../text/matches";

/**
 * Sexual remarks, questions and propositions aimed at the reader, and sexual wants pressed on them: harassment of staff (Warwickshire
 * 3.1 "Harassment, intimidation"; Gwent 4.0 "harassment"). Only words addressed to "you"
 * count, so a person reporting a sexual offence against them ("he sent me naked photos")
 * is never flagged. Bounded alternations over the folded text: linear.
 */
const SEXUAL_REMARKS = new RegExp(
  // One \b before the alternatives, not one in each: the engine tests it once a position (twice as fast, the same matches).
  `\\b(?:${[
    "(?:are|r) (?:you|u) (?:horny|naked|a virgin|single and horny)\\b",
    "(?:you|u)(?:'re| are| r|re) (?:so |very |really )?(?:sexy|horny|fit as fuck)\\b",
    "(?:sleep|have sex|hook up) with me\\b",
    "(?:show|send) (?:me )?(?:your|ur) (?:tits|boobs|breasts|body|nudes|naked|dick|cock|pussy|arse|ass)\\b",
    "send (?:me )?nudes\\b",
    "(?:your|ur) (?:tits|boobs|arse|ass) (?:are|is|look)\\b",
    "(?:your|ur) sex life\\b",
    "(?:suck|lick) my (?:dick|cock|balls)\\b",
    "sit on my (?:face|dick|cock|lap)\\b",
    // Sexual questions put to the reader: "have you had sex?", "do you like porn?", "are you hot?".
    "(?:are|r) (?:you|u) (?:so |really |very )?(?:hot|sexy|wet|hard|kinky)\\b(?! (?:under|in|outside|enough|to|at|on|about|and bothered|of|behind|up|done|pressed|working))",
    "have (?:you|u) (?:ever )?(?:had sex|been laid|masturbated|wanked|watched porn)\\b",
    "(?:do|would|will|did) (?:you|u) (?:(?:want|like|wanna|fancy|enjoy) (?:to )?)?(?:have sex|fuck|shag|porn|watch porn|masturbate|wank|sleep with me|make love)\\b",
    // Sexual approaches to the reader: "can I kiss you", "let's have sex", "talk dirty to me", "can I be your lover".
    "(?:can|could|may|shall|let) (?:i|me) (?:kiss|touch|fuck|shag|bang|lick|suck|screw|finger|grope|have sex with|sleep with|make love to) (?:you|u)\\b",
    "(?:can|could|may) i be (?:your|ur) (?:lover|boyfriend|girlfriend|sex slave|fuck buddy)\\b",
    "let'?s (?:fuck|have sex|shag|bang|make love)\\b",
    "talk dirty to me\\b",
    // Remarks on the reader's body: "you've got a lovely figure from your picture".
    "(?:you(?:'ve| have)(?: got)?|you(?:'re| are)|what) (?:a )?(?:lovely|nice|great|gorgeous|sexy|fit|hot|tidy) (?:figure|body|legs|bum|arse|ass|chest|lips)\\b",
    // The reader's sexual body, named to them: "your pussy", "I bet you have hairy balls".
    "(?:your|ur) (?:(?:hot|wet|big|little|tight|nice|huge|sexy|hairy|firm|juicy|lovely) )?(?:pussy|cock|dick|penis|tits|boobs|breasts|nipples|vagina|clit|balls)\\b(?! (?:to|in) (?:tell|say|ask|admit|the|my|your|our|their)\\b)",
    // The writer's genitals put to the reader's body: "my cock … your …".
    "my (?:cock|dick|penis|pussy)\\b[^.!?\\n]{0,60}\\b(?:your|ur|you|u)\\b",
    "(?:you|u) (?:have|got|have got|'ve got)(?: \\w+){0,2} (?:pussy|cock|penis|tits|boobs|nipples)\\b",
    // Oral sex ordered or offered: "suck my dick" (above), "suck cock", "lick your pussy".
    "(?:suck|lick|blow|eat) (?:a |some |my |your |ur )?(?:cock|cocks|dick|dicks|pussy|balls|tits|boobs|clit)\\b",
    // The writer's sexual wants pressed on the reader: "I need sex", "I want to fuck", "I love cock".
    // Not "sex" naming an offence, a service or a category ("I need to report a sex offence", "sex education", "sex discrimination").
    "i (?:really |just |so )?(?:want|wanna|need|like|love|would like|'d like|am going|'m going|crave)(?: to)?(?: (?:have|get|see|swallow|suck|lick|touch|rub|watch|taste|feel|eat))? (?:some |more |a |big |(?:my|your|ur) (?:(?:hot|wet|big|little|tight|huge|hairy) )?)?(?:sex(?!ual)(?! (?:offen|abuse|crime|assault|attack|work|trade|traffick|education|discriminat|equality|change|register|life of|of the|of my))|fuck|shag|cock|pussy|semen|cum|porn|orgasm|wank|masturbate)\\b",
  ].join("|")})`,
  "g",
);

export function sexualHits(folded: string): Hit[] {
  const hits: Hit[] = [];
  for (const m of matches(SEXUAL_REMARKS, folded)) hits.push({ rule: "sexual-remark", start: m.index, end: m.index + m[0].length });
  return hits;
}
