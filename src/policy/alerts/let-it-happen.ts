import { DEATH_IDIOM, FICTION, own, pastAndResolved, PROFESSIONAL, recovered } from "./concepts";
import { RISK_TO_LIFE } from "./refs";
import { phrases, type AlertRule, type RuleHit } from "./rule";

/**
 * Dying let happen, pictured, done already or done with others, rather than announced (issue 10, risk-to-life on the training writers of 5 December, who never wrote the
 * word suicide): a driver who "just won't brake" next time, a parent who let the car drift at the barrier and "part of
 * me didn't want to pull back", someone who cut again "deeper than before". Public guidance on warning signs (Samaritans,
 * NHS, Zero Suicide Alliance) names passive wishes to die, reckless acts, self-harm that escalates, an earlier attempt,
 * an overdose already taken and a death meant to take others too. Warwickshire 7.1
 * "a risk to life"; 7.2 "irrespective of any contact strategy, all contact must be reviewed".
 */

/** A film, a professional's caseload, an idiom, a crisis long over and recovered from: not a life at risk now. */
const notNow = (hit: RuleHit) => FICTION.test(own(hit)) || PROFESSIONAL.test(own(hit)) || DEATH_IDIOM.test(own(hit)) || pastAndResolved(hit) || recovered(hit);

/** Driving lessons, a brake fault, a road-safety complaint about other drivers: braking that is about the road. */
const ROAD_TALK = /\b(?:lesson|instructor|test|fault|faulty|failed|mot|garage|mechanic|recall|abs|pads?|discs?|cyclists?|pedestrians?|speed bumps?|humps?)\b/;

export const LET_IT_HAPPEN_RULES: readonly AlertRule[] = [
  {
    id: "risk-to-life/half-wanted",
    kind: "risk-to-life",
    policyRef: RISK_TO_LIFE,
    writersOwn: true,
    // The writer says part of them did not want to survive the moment: alone a risk to life.
    cues: ["part"],
    pattern: phrases([
      "part of me (?:didn't|did not|doesn't|does not|don't|do not) want(?:s|ed)? to (?:pull back|pull out|pull over|brake|swerve|step back|come back|wake up|be found|be saved)",
      "part of me (?:wanted|wants|was hoping|hoped) (?:it|the [a-z]+) (?:would|to) (?:hit|finish|end|take) me",
    ]),
    unless: notNow,
    examples: {
      match: [
        "On the dual carriageway I let the wheel go towards the lorry and part of me didn't want to pull back.",
        "When the ambulance came, part of me did not want to wake up.",
      ],
      notMatch: ["Part of me didn't want to stop reading, the report was that good.", "In the film, part of me didn't want to wake up from the dream."],
    },
  },
  {
    id: "risk-to-life/crash-let-happen",
    kind: "risk-to-life",
    policyRef: RISK_TO_LIFE,
    weight: 1,
    writersOwn: true,
    // A crash the writer would not stop: beside despair or another sign, a wish to die on the road.
    cues: ["brake", "let", "letting"],
    pattern: phrases([
      "i (?:just )?(?:won't|wont|will not|wouldn't|might not|may not|didn't|did not) (?:bother to )?brake",
      "(?:let|letting) (?:the|my) (?:car|lorry|van|truck|cab|wheel) (?:drift|go|roll|veer|run|wander) (?:into|towards|toward|at|across|off)",
    ]),
    unless: (hit) => notNow(hit) || ROAD_TALK.test(own(hit)),
    examples: {
      match: ["Some nights on the M6 I think I just won't brake. I've lost everything."],
      notMatch: ["I didn't brake in time because the brake pads were faulty, the garage says.", "I won't brake sharply for cyclists who jump the lights."],
    },
  },
  {
    id: "risk-to-life/self-harm-again",
    kind: "risk-to-life",
    policyRef: RISK_TO_LIFE,
    writersOwn: true,
    // Self-harm told as happening again, or worse than before: escalating harm is a risk to life now.
    cues: ["cut", "burned", "burnt", "harmed", "deeper"],
    pattern: phrases([
      "i(?:'ve| have)? (?:cut|burned|burnt|harmed myself|self[- ]harmed|hurt myself) again(?= *(?:[.!,\\n]|$| last| tonight| today| this| and| on))",
      "(?:it|they|the cuts?) (?:was|were|are|is|went) (?:a lot |much |even )?deeper than (?:before|last time|ever|the last)",
    ]),
    unless: (hit) => notNow(hit) || /\b(?:hair|grass|hedge|lawn|price|prices|budget|funding|benefits?|power|electric|gas|water|phone|line)\b/.test(own(hit)),
    examples: {
      match: ["i cut again last night and i havent told my mum.", "The cuts were deeper than last time and I'm scared."],
      notMatch: ["I cut the hedge again last night so the officer could see the camera.", "The cuts to the budget were deeper than last time."],
    },
  },
  {
    id: "risk-to-life/letting-go-pictured",
    kind: "risk-to-life",
    policyRef: RISK_TO_LIFE,
    writersOwn: true,
    // The writer pictures ending it, at the stairs or with a washing line (train-32 on): alone a risk to life.
    cues: ["letting", "done", "over"],
    pattern: phrases([
      "(?:think|thinking|thought) (?:about|of) (?:just )?(?:letting go and being done|getting it (?:all )?over with(?= *(?:[.!,;\\n]|$)))",
    ]),
    unless: notNow,
    examples: {
      match: ["Some nights I stand on the landing and think about just letting go and being done with all of it.", "I go out to the garage with the washing line and think about just getting it over with, then I come back in."],
      notMatch: ["I think about just getting it over with and paying the fine.", "I've thought about being done with it all, the complaint I mean, and I will carry on."],
    },
  },
  {
    id: "risk-to-life/overdose-taken",
    kind: "risk-to-life",
    policyRef: RISK_TO_LIFE,
    writersOwn: true,
    // An overdose already taken, told as the writer writes: alone a risk to life now.
    cues: ["taken", "took", "swallowed"],
    pattern: phrases([
      "i(?:'ve| have)? (?:just )?(?:taken|took|swallowed) (?:about |around |nearly |over |at least )?(?:[1-9]\\d|a hundred|all (?:of )?my|the whole (?:box|packet|bottle) of|a (?:whole )?(?:box|packet|bottle) of)(?: of)?(?: my| the)? (?:sleeping |heart )?(?:tablets|pills|paracetamol|painkillers|meds|medication|co-codamol|sertraline|zopiclone)(?! (?:back|to|from|home|with|into|out))",
    ]),
    unless: (hit) => notNow(hit) || /\b(?:a day|daily|each day|per day|every day|a week|prescribed|prescription|dosette|over the (?:year|month)|in total)\b/.test(own(hit)),
    examples: {
      match: ["i took about 30 of my sleeping tablets before i started writing this."],
      notMatch: ["I have taken 12 tablets a day for my heart since the operation.", "I took a box of paracetamol back to the chemist."],
    },
  },
  {
    id: "risk-to-life/taking-them-with-me",
    kind: "risk-to-life",
    policyRef: RISK_TO_LIFE,
    writersOwn: true,
    // Going, and taking someone too (a threat to staff as well, read by their rules): the writer's own death is in it.
    cues: ["taking", "take"],
    pattern: phrases([
      "(?:when|if|before) i go(?: down)?,(?: [a-z',]+){0,6}? (?:i'?m|im|i am|i'?ll|i will) tak(?:e|ing) (?:one of you|some of you|a few of you|you|him|her|them|[a-z]+(?: [a-z]+)?) (?:with me|down with me)",
    ]),
    unless: notNow,
    examples: {
      match: ["When I go, and it'll be soon, I'm taking one of you with me.", "If I go down, I'm taking Priya Shah with me."],
      notMatch: ["When I go to the hearing I'm taking my son with me for support."],
    },
  },
];

/** Signs (weight 1): each alone is a story, a hope or a complaint; beside another sign, a plan to die. */
export const LET_IT_HAPPEN_SIGNS: readonly AlertRule[] = [
  {
    id: "risk-to-life/tried-before",
    kind: "risk-to-life",
    policyRef: RISK_TO_LIFE,
    weight: 1,
    writersOwn: true,
    cues: ["tried", "time", "finding", "before"],
    pattern: phrases([
      "(?:after|since|when) i tried(?= *(?:[.!,;\\n]|$| they| the| last| before))",
      "(?:got to|found|reached|saved|stopped) me in time",
      "(?:only|just) (?:my [a-z]+ )?finding me (?:that )?stopped (?:it|me)",
    ]),
    unless: notNow,
    examples: {
      match: ["After I tried they took me to the suite and left me nine hours. Next time I'll do it properly."],
      notMatch: ["After I tried they took me to the suite, and the nurse there helped me, I'm doing well now."],
    },
  },
  {
    id: "risk-to-life/next-time-for-good",
    kind: "risk-to-life",
    policyRef: RISK_TO_LIFE,
    weight: 1,
    writersOwn: true,
    cues: ["properly", "right", "time"],
    pattern: phrases([
      "next time i(?:'ll| will) (?:do it|get it) (?:properly|right)",
      "(?:they|he|she|you|nobody|no one|no-one)(?: [a-z']+)? (?:won't|wont|will not) this time",
    ]),
    unless: notNow,
    examples: {
      match: ["They got to me in time on the wing. They won't this time."],
      notMatch: ["Next time I'll do it properly and fill in the online form."],
    },
  },
];
