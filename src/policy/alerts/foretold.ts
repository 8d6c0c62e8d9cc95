import { RELATION } from "./fragments";
import { THREATS_GWENT } from "./refs";
import { together, withStaff, type AlertRule, type RuleHit } from "./rule";
import { saidKindly } from "./threat-guards";
import { namedPattern, type StaffNames } from "../text/staff-names";

/**
 * A veiled death threat: someone's end foretold ("his days are numbered", "living on borrowed time", "won't see
 * Christmas") and aimed at a person the office can reach — the reader ("your days are numbered"), a member of staff by
 * name, role or title and surname ("Mr Okafor"), or anyone the writer asks the office to pass it to ("Tell … that",
 * "Let … know", "Pass this on to …"). Gwent 4.0 "threats (implicit or explicit) against another person"; Warwickshire
 * 3.1 "Harassment, intimidation or threats". Said of a job, a post, a thing, an illness or in kindness it is none.
 */

/** The end foretold, as people put it. */
const FORETOLD = [
  "(?:his|her|their|your|ur|[a-z]+'s|[a-z]+s) days (?:are|were|r|is|'re) numbered",
  "(?:he|she|they|you|[a-z]+)(?:'s|'re| is| are| was| were)? (?:living |now )?on borrowed time",
  "(?:won't|will not|wont|wouldn't|would not|wouldnt|isn't going to|is not going to|aren't going to|not going to|never going to|never) (?:live to )?see (?:christmas|the new year|new year|next year|another (?:christmas|birthday|year|summer)|(?:his|her|their|your) (?:retirement|pension|next birthday|kids grow up)|the (?:weekend|summer|spring|end of the (?:year|month|week)))",
  "(?:won't|will not|wont|wouldn't|would not|wouldnt) live (?:long|to see|much longer)",
  "(?:won't|will not|wont|wouldn't|would not|wouldnt|isn't going to be|not going to be) (?:be )?(?:around|here|breathing|alive|walking|standing) (?:much longer|for (?:much )?longer|for long|by (?:christmas|the weekend|next (?:week|month|year)))",
  "(?:enjoy|make the most of) (?:his|her|their|your) (?:[a-z]+ )?(?:life|days|time|weekends?|evenings?|family|kids|holidays?) while (?:he|she|they|you) (?:still )?can",
  "(?:not|hasn't|has not|haven't|have not) (?:got )?long (?:left )?to live",
  "(?:time|clock) is (?:running|ticking) (?:out )?(?:for|on) (?:him|her|them|you)",
];

/** Whom it is aimed at: the reader, a person named by title, or staff by name or role (the office's names append). */
const aimedAt = (alt: string) => [
  "you", "your", "ur", "u", "(?:mr|mrs|ms|miss|mx|dr) [a-z]+", `(?:the|your|that) (?:caseworker|case worker|manager|boss|chief executive|commissioner|officer|colleague)${alt}`,
];
/** Or relayed: the writer asks that it be passed on. */
const RELAY = [
  "tell", "telling", "told", "let (?:him|her|them|[a-z]+(?: [a-z]+)?) know", "pass (?:this|it|that|the message) on", "passed on", "pass on", "make sure (?:he|she|they|[a-z]+(?: [a-z]+)?) (?:gets|knows|hears|reads)",
  "inform", "remind", "warn", "give (?:him|her|them|[a-z]+) (?:this|the|my) message", "from me",
];

/**
 * A job, a post, a thing, an era; an illness told; kindness; the writer's own end (a risk to life, read by its own rules);
 * a lawful or political route ("his days as Commissioner are numbered at the next election").
 */
const NOT_A_THREAT =
  /\b(?:job|jobs|post|role|career|contract|tenure|reign|regime|term|seat|election|vote|votes|ballot|voters|ombudsman|court|tribunal|days as |in (?:that|the|this|his|her|their|your) (?:job|post|role|office|position)|retir\w*|new job|moving on to|(?:handed|handing|hands) in (?:his|her|their) notice|resign\w*|maternity leave|secondment|promot\w*|redundan\w*|(?:paper|fax|forms?|old|good|bad) (?:days|times)|the days of|trainee|probation|cancer|terminal|diagnos\w*|hospice|doctors?|gp|consultant|nurse|hospital|illness|ill|poorly|condolences|get well|sorry to hear|bless (?:him|her|them)|thoughts are with)\b/;
const WRITERS_OWN = /\b(?:my|our) days (?:are|were) numbered|\bi(?:'m| am|'ve| have)? (?:living )?on borrowed time|\bi(?:'m|m| am)?(?: not going to| never going to| won'?t| will not| wont| shan'?t)(?: be| see| live)\b/;

/** Each end foretold in a window, with the words just before it, where its subject sits when it does not open the match. */
const FORETOLD_AT = new RegExp(`(?<![a-z0-9])(?:${FORETOLD.join("|")})(?![a-z0-9])`, "g");
/** A pronoun as the subject of the end foretold: "he won't be around", "his days are numbered", "she's on borrowed time". */
const PRONOUN_SUBJECT = /(?:^|[^a-z])(he|she|they|his|her|their)(?:'s|'re| is| are| was| were)?(?: [a-z']+)? ?$/;
const PRONOUN_OPENS = /^(he|she|they|his|her|their)(?![a-z])/;
const PERSON = { he: "he", his: "he", she: "she", her: "she", they: "they", their: "they" } as const;
/**
 * Who a pronoun is, read from the nearest person named before it: someone of the writer's own ("my brother", "our son"),
 * the pronoun itself speaking ("he said to tell you", "she keeps saying"), or a member of staff (the reader's boss, a title
 * and surname, a role, an office name). `relative` and `speaker` are not staff.
 */
const antecedents = namedPattern(
  (names: StaffNames) =>
    new RegExp(
      `(?<![a-z0-9])(?:(?<relative>(?:my|our)(?: [a-z]+)? ${RELATION}s?)|(?<speaker>he|she|they)(?: (?:has|had|have|just|also|then))?(?: (?:said|says|say|asked|asks|wants|wanted|told (?:me|us)|rang|phoned|called|messaged|texted|keeps saying|kept saying|is saying|was saying|asked me|begged me|made me promise))|(?<staff>(?:mr|mrs|ms|miss|mx|dr) [a-z]+|(?:the|your|that|ur) (?:caseworker|case worker|manager|boss|chief executive|commissioner|officer|colleague|staff|receptionist)${names.alt}))(?![a-z0-9])`,
      "g",
    ),
);

/**
 * "My brother rang. He said to tell you he won't be around much longer": the end foretold is of someone the writer tells
 * of, passed on to the office, not of a member of staff (a farewell: risk-to-life reads it). Every end foretold in the
 * window has a pronoun subject whose nearest person named before it is the writer's own or the pronoun speaking.
 */
function endOfSomeoneNotStaff(hit: RuleHit): boolean {
  const window = hit.sentence.toLowerCase().replace(/[’‘]/g, "'");
  const refs = [...window.matchAll(antecedents(hit.staff))];
  let any = false;
  for (const m of window.matchAll(FORETOLD_AT)) {
    any = true;
    const opens = PRONOUN_OPENS.exec(m[0]);
    const before = window.slice(Math.max(0, m.index - 40), m.index);
    const subject = opens ? undefined : PRONOUN_SUBJECT.exec(before);
    const pronoun = opens?.[1] ?? subject?.[1];
    if (!pronoun) return false;
    const at = subject ? m.index - before.length + subject.index + subject[0].indexOf(pronoun) : m.index;
    const person = PERSON[pronoun as keyof typeof PERSON];
    // The nearest reference before the pronoun, skipping the pronoun's own occurrence.
    const prior = refs.filter((r) => r.index < at && !(r.groups?.speaker && r.index === at));
    const last = prior[prior.length - 1];
    if (!last) return false;
    if (last.groups?.staff) return false;
    if (last.groups?.speaker && last.groups.speaker !== person) return false;
  }
  return any;
}

/** Read over the window the rule matched in (the cued sentence and the two before it), where the foretelling may sit. */
const notAThreat = (hit: RuleHit) => NOT_A_THREAT.test(hit.sentence) || WRITERS_OWN.test(hit.sentence) || saidKindly(hit) || endOfSomeoneNotStaff(hit);

export const FORETOLD_RULES: readonly AlertRule[] = [
  {
    id: "threat-to-staff/end-foretold",
    kind: "threat-to-staff",
    policyRef: THREATS_GWENT,
    scope: "sentence",
    writersOwn: true,
    cues: ["numbered", "borrowed", "christmas", "year", "birthday", "summer", "retirement", "pension", "weekend", "spring", "live", "around", "breathing", "alive", "can", "long", "running", "ticking"],
    ...withStaff((names) => together(FORETOLD, [...aimedAt(names.alt), ...RELAY])),
    unless: notAThreat,
    examples: {
      match: [
        "Tell Mr Okafor that his days are numbered.",
        "You can let Priya know she's living on borrowed time.",
        "Pass this on to your manager: his days are numbered.",
        "tell mr carter his days r numbered",
        "I told the girl on reception to tell Sam he wouldn't see Christmas. I meant every word.",
        "Your days are numbered.",
        "Inform Dr Hughes that he won't be around much longer.",
        "Ms Shah should enjoy her weekends while she still can.",
        "Your boss won't be around much longer.",
      ],
      notMatch: [
        "My days are numbered at this job, they're making cuts.",
        "The days of paper forms are numbered, thank goodness.",
        "Sam's days as a trainee are numbered, he'll be qualified soon! Congratulations to him.",
        "Tell Mr Okafor his days as Commissioner are numbered come the election.",
        "My dad has cancer and the doctors say he hasn't got long left, so please tell Casey I'll be slow to reply.",
        "Tell Casey I said thanks, her help has been a lifesaver.",
        "I'm living on borrowed time since the heart attack, so please hurry the review.",
        "YOU HAVE RUINED MY LIFE. I WONT BE ALIVE BY CHRISTMAS SO YOU CAN ALL HAVE A GOOD ONE.",
        "Your boss is retiring in the spring, so I hear he won't be around much longer; I hope the new one reads my file.",
      ],
    },
  },
];
