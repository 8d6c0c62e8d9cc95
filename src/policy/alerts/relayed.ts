import { FICTION } from "./concepts";
import { staff } from "./harm-foretold";
import { THREATS_TO_STAFF } from "./refs";
import { phrases, withStaff, type AlertRule, type RuleHit } from "./rule";
import { lawfulNearby, saidKindly } from "./threat-guards";
import type { StaffNames } from "../text/staff-names";

/**
 * A threat to staff passed on by the writer from someone else (issue #10 "a threat (explicit or veiled) to a member of
 * staff"): "my brother says he'll be waiting for that caseworker", "my husband said to tell you that if Morgan shows her
 * face round here again he'll break her legs", "my son reckons he's going to sort Casey out". The threat rules read the
 * writer's own "I'll"; told of a brother, a son or "they", the same threat went unread. Gwent 4.0 and Warwickshire 3.1:
 * threats to staff are reported whoever makes them, and the one who passes them on may be warning or pressing. Each part
 * is a class: who said it, how it was said, what they will do, and to whom.
 */

/** Who the writer says made the threat: someone of theirs, or he, she, they. */
const SPEAKER =
  "(?:(?:my|our|me) (?:[a-z]+ )?(?:husband|wife|partner|boyfriend|girlfriend|ex|son|sons|daughter|dad|father|mum|mam|mother|brother|brothers|sister|uncle|cousin|cousins|nephew|family|mate|mates|pal|friend|friends|lad|lads|boys|fella|bloke|other half|client)|(?:some of )?the (?:lads|boys|men|lot|family|brothers|cousins|travellers)|he|she|they|[a-z]+)";
/** Said, told, reckons, swears, shouted or bragged; or a message passed on ("said to tell you"). */
const SAYS =
  "(?:says|said|said to me(?: and my [a-z]+)?|saying|keeps saying|kept saying|is saying|'s saying|was saying|been saying|has said|'s said|reckons|swears|swore|(?:is |was |'s |been |has been |keeps |kept )?(?:shouting|yelling|screaming|ranting|bragging|boasting)(?: (?:to|at) (?:everyone|anyone|people|the neighbours))?|told me|tells me|told us|has told me|'s told me|(?:has been |'s been |is |was )?telling (?:[a-z]+ ){0,4}?(?:since [a-z]+ )?that|(?:said|asked me|told me|wanted me|wants me) to (?:tell|warn) (?:you|u)|wants (?:you|u) to know)";
/** They will, they are going to. */
const WILL = "(?:'ll| will|'s going to| is going to|'s gonna| is gonna| are going to|'re going to|'re gonna| are gonna|'d| would| wants to| plans to| was going to| were going to| intends to| intended to|'s coming| is coming|'re coming| are coming)";
/** What they will do to someone: wait for them, sort them out, hurt them, come for them. */
const DO_TO = "(?:be waiting (?:outside |out )?(?:(?:your|the|that|ur) (?:office|building) )?for|wait (?:outside |out )?for|kill|hurt|batter|stab|smash|glass|knife|deck|lamp|smack|slap|punch|thump|hit|kick|do|sort out|find|track down|get|come (?:for|after)|go (?:for|after)|go round to|pay a visit to|teach)";
/** What they will do to a part of them or theirs ("break her legs"). */
const DO_TO_WHOSE = "(?:break|smash|knock|kick|punch|cave|rearrange) (?:her|his|your|ur|their|that [a-z]+'s|[a-z]+'s) (?:legs?|arms?|neck|jaw|face|head|teeth|nose|windows?|car|door|block)";

const relayedThreat = (names: StaffNames) => {
  const target = `(?:${staff(names).slice(3, -1)}|her|him|them|whoever(?: is| was|'s)? (?:on|at|behind) the (?:desk|counter|reception|front desk))`;
  // "… going to go down to your office and 'sort out the woman who wrote it'", "… is coming to your office to sort Sunil out":
  // the visit may come before the harm.
  const before = `${SPEAKER}(?: [a-z'’]+){0,5}? ${SAYS}(?: (?:in|at|to) (?:the |my |our )?[a-z]+)?(?: that)?(?:,? if [^.!?\\n]{0,80}?,?)? (?:he|she|they)${WILL}(?: [a-z'’]+){0,2}?(?: and)?(?: (?:(?:go|come) )?(?:down |up |round |over )?to (?:your|the|that|ur) (?:office|building|reception) (?:and|to))? `;
  return phrases([
    `${before}['"“‘]?${DO_TO}['"”’]? ['"“‘]?${target}(?! (?:(?:to )?(?:ring|call|phone|reply|write|get back|come back)|back|'s (?:call|reply|letter)|a|an|the|some|my|your|his|her|their|it|that|this|one)(?![a-z]))`,
    `${before}['"“‘]?sort ${target} out`,
    `${before}${DO_TO_WHOSE}`,
  ]);
};

/** "Her" and "him" name staff only when the message names one: "my brother said he'll kill her" of his ex is not. */
const STAFF_NAMED = /\b(?:you|u|your|ur|caseworker|case worker|officer|manager|commissioner|chief exec\w*|that woman|that man|mr|mrs|ms|miss|pcc|opcc|(?:the|your|that) office|(?:the|front) desk|reception|who wrote it)\b/;
const NAMES_STAFF = (hit: RuleHit, said: string) =>
  STAFF_NAMED.test(said.replace(/\b(?:tell|warn|told|tells) (?:you|u)\b|\bwants (?:you|u) to know\b/g, " ")) || hit.staff.forms.some((name) => said.includes(name));

const notAThreat = (hit: RuleHit) => {
  // Read a few words on: "stab the woman from the PCC office" names the office after the match.
  const said = `${hit.previous} ${hit.text.slice(hit.start, hit.end + 30)}`;
  return !NAMES_STAFF(hit, said) || lawfulNearby(hit) || saidKindly(hit) || FICTION.test(hit.sentence) || /\b(?:joking|jokes?|lol|haha|bless)\b/.test(hit.sentence);
};

export const RELAYED_THREAT_RULES: readonly AlertRule[] = [
  {
    id: "threat-to-staff/passed-on",
    kind: "threat-to-staff",
    policyRef: THREATS_TO_STAFF,
    cues: ["telling", "intends", "says", "said", "saying", "reckons", "swears", "swore", "told", "tells", "tell", "warn", "know", "shouting", "yelling", "screaming", "ranting", "bragging", "boasting"],
    ...withStaff(relayedThreat),
    unless: notAThreat,
    examples: {
      match: [
        "My brother says he'll be waiting for that caseworker when she leaves tonight.",
        "My husband said to tell you that if Morgan shows her face round here again he'll break her legs.",
        "My son reckons he's going to sort Casey out if she doesn't ring him back.",
        "me cousins told me they're gonna find that woman from your office.",
        "My dad wanted me to warn you he'll come after Priya if the decision stands.",
        "some of the lads at the market have said they'll 'sort out' your caseworker after she got our pitch fees sent to the council.",
        "In our session this afternoon Daniel said that if he sees Sam Carter at the drop-in on Thursday he will \"smack him\".",
        "He has been drinking and saying he is going to go down to your office and 'sort out the woman who wrote it'.",
        "One of our residents has been telling staff since Tuesday that he's going to 'stab the woman from the PCC office'.",
        "Today she told me she intends to 'stab whoever is on the desk' when she comes in.",
        "My dad is furious and says he is coming to your office to sort Casey out.",
        "My brother keeps saying he's coming down to sort that caseworker out.",
        "My neighbour was shouting in the street that he'll batter Casey when he sees her.",
        "Her ex has been bragging to everyone that he's going to find that caseworker.",
      ],
      notMatch: [
        "My brother says he'll be waiting for the caseworker to ring him back.",
        "My brother said he'll kill her if she goes near the kids again, she's his ex and the police know.",
        "My husband says he will find you the paperwork by Friday.",
        "My son says he'll get you the forms at the drop-in, he liked Casey.",
        "My dad says he'll take it to the Ombudsman and the caseworker can explain it there.",
        "The man sleeps in the stairwell now. He told me they'd hurt him if he told anyone.",
        "My dad says he is coming to your office to hand in the forms for Casey.",
        "My son says he's coming to the office to sort out his paperwork with the caseworker.",
        "He was shouting at the neighbours that he'll get you the money back by Friday, Casey.",
      ],
    },
  },
];
