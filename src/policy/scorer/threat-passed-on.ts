import { OUTSIDER } from "../alerts/outsider";
import { phrases, sentenceAround } from "../alerts/rule";
import type { Alert } from "../alerts/types";
import { WARNING } from "../alerts/warned-of";
import type { Range } from "../text/reported";

/**
 * A guard with identity (STYLE.md "Rules with identity"): a threat to staff someone else made, passed on by a writer who
 * distances themself from it or warns the office, is no abuse by the writer. The alert stands (Warwickshire 6: a threat
 * is reported whoever makes it); what the guard stops is the learned scorer calling the warning abusive on the threat's
 * words — threat-as-abuse.ts on the alert, or the scorer's own abusive suggestion (join.ts) resting on those sentences.
 * A writer threatening by proxy ("my lads will sort you out", "people like me know where you live") reports nobody's
 * words and keeps the finding; so does one who presses with the threat or adds their own menace. `examples` are run
 * through classify with the committed scorer by test/policy/scorer/threat-passed-on.test.ts.
 */
export const THREAT_PASSED_ON = {
  id: "abusive/threat-passed-on",
  /** The behaviour the policies judge is the writer's own; a warning serves the staff the policy protects. */
  policy:
    'Warwickshire 3.1 "Unacceptable behaviour is considered to be any behaviour that has the potential to cause harm, injury or negatively impact on the health and safety of OPCC staff", "The safety and wellbeing of staff should always be protected"; Gwent 4.0 "threats (implicit or explicit) against another person"',
  examples: {
    /** Someone else's threat passed on as a warning: a threat-to-staff alert, no abusive finding. */
    drop: [
      "A man at the bus stop was telling everyone he knows what car Priya drives and that she should watch herself. I thought you ought to know. I don't know him and I want nothing to do with it.",
      "My brother keeps saying he is going to wait for Priya outside the office after the hearing. I don't agree with him at all and I wanted to warn you so she can be careful.",
      "Somebody in the residents' WhatsApp group shared a picture of Priya Shah's house and said someone should go round and have a word. I have reported the message to the group admin.",
      "Someone posted on the village page that your caseworker Priya lives on Mill Lane and that people should pay her a visit. It's nothing to do with me, I just thought you should know.",
    ],
    /** A threat by proxy, pressed, endorsed or joined by the writer's own abuse: still abusive. */
    keep: [
      "My lads will sort Priya out if she doesn't change the decision by Friday. You have been warned.",
      "People like me know where Priya lives. Think about that before you close my case again.",
      "My brother and I will be waiting for Priya when she leaves work tonight. Reverse the decision.",
      "My cousin says he will smash Priya's car up and to be honest I don't blame him. She deserves it after what she did.",
      "My brother says he'll be waiting for Priya after work. I can't stop him, so you'd better change the decision.",
      "My cousin says he will smash Priya's car up, I thought you should know. Priya is a lying useless cow and I hope she gets what's coming.",
      "My cousin keeps saying he'll smash Priya's car. I wanted to warn you. Sort my complaint out and he'll calm down.",
      "My brother says he'll be waiting for Priya after work, I thought you should know. He'll back off once I get my compensation.",
    ],
  },
} as const;

/** One pattern, not global, from a list of alternatives as whole words; an apostrophe may be dropped ("dont agree"). */
const anyOf = (alternatives: readonly string[]) => new RegExp(phrases(alternatives).source);

/** Someone of the writer's or near them: the one who made the threat. */
const THEIRS =
  "(?:my|our|me|his|her|their) (?:[a-z'-]+ ){0,2}?(?:husband|wife|partner|boyfriend|girlfriend|ex|son|sons|daughter|dad|father|mum|mam|mother|brother|brothers|sister|uncle|cousin|cousins|nephew|family|mate|mates|pal|friend|friends|lad|lads|neighbour|neighbours|flatmate|colleague|landlord|tenant)";
/** Said, posted, shouted, showed: the other's act of making the threat known. */
const MADE_KNOWN = [
  "said|says|say|saying|told|tells|telling|reckons|reckoned|claimed|claiming",
  "posted|posting|posts|wrote|writes|writing|put|putting|shared|sharing|messaged|commented",
  "shouted|shouting|yelled|yelling|threatened|threatening|threatens|swore|swears|swearing|ranting|ranted|mouthing off",
  "boasted|boasting|bragged|bragging|showed|showing|going round|going on",
].join("|");
/** Someone else making a threat known in the sentence. */
const SOMEONE_ELSE_SAID = new RegExp(
  `\\b(?:${OUTSIDER}|${THEIRS}|he|she|they|people|everyone|one of (?:them|the [a-z]+)|(?:a|the) (?:post|comment|message))(?:'s|'d|'ve)?(?:[ ,]+[a-z'-]+){0,10}? (?:${MADE_KNOWN})\\b`,
);
/** What the writer only perceived or was told: no part in the threat. */
const PERCEIVED = new RegExp(
  [
    "\\bi (?:heard|overheard|saw|noticed|read|spotted|came across|found out|was told|have heard|'ve heard|have seen|'ve seen)\\b",
    "\\b(?:told|telling|tells|showed|showing|asked|warned) (?:me|us)\\b",
  ].join("|"),
  "g",
);
/**
 * The writer in the sentence, as one who acts or belongs with those who do ("people like me", "my brother and I"); not
 * "me" told or spoken to ("he said to me and my mum"). Apostrophes kept: "we'll" is not "well".
 */
const WRITER = /\b(?:i|i'm|i've|i'll|i'd|we|we're|we've|we'll|we'd|(?<!\b(?:to|told|tell|tells|telling|at|with|showed|asked|warned) )me and|and me|like me|like us|us lot)\b/;

/**
 * The writer's own stance against the threat: warning the office (warned-of.ts), or distancing themself — reported it,
 * told the police, nothing to do with it, does not agree with the one who made it, told them not to.
 */
const DISTANCING = [
  "(?:just )?so (?:you|u) (?:know|are aware|'re aware)",
  "(?:thought|think) (?:you|u)(?:'d| would)? (?:ought to|should|need to|needed to|want to|wanted to|like to) (?:know|be told|be aware)",
  "heads up",
  "(?:wanted|want|had) to (?:warn (?:you|u)|let (?:you|u) know)",
  "i (?:have |'ve )?(?:reported|flagged) (?:it|him|her|them|this|that|the [a-z]+)",
  "(?:has|have) been reported",
  "(?:told|rang|rung|called|phoned|informed|contacted) (?:the )?(?:police|101)",
  "nothing to do with (?:me|him|her|them|it|this)",
  "(?:want|wanted) (?:nothing|no part) to do",
  "(?:don't|do not|never) (?:really )?(?:agree|go along) with",
  "(?:i'm|i am) not (?:involved|part of it|with (?:him|her|them))",
  "please (?:pass (?:this|it) on|let (?:her|him|them) know|warn (?:her|him|them))",
  "(?:told|begged|asked|warned|tried to tell) (?:him|her|them) (?:not to|to stop|to leave it|to calm down|to drop it)",
  "look out for (?:her|him|them|yourself|yourselves)",
  "worried (?:for|about) (?:her|him|them|your)",
];
const DISTANCED = anyOf(DISTANCING);
const STANCE = (text: string) => WARNING.test(text) || DISTANCED.test(text);
/** The stance's words set aside, with the writer saying them: "I'm scared he means it and I wanted to warn you". */
const SAYER = "(?:(?<![a-z0-9])(?:i|we)(?:'m|'ve| am| have| just| only| really| also| do| did)* )?";
const STANCES = [new RegExp(`${SAYER}(?:${WARNING.source})`, "g"), new RegExp(`${SAYER}${phrases(DISTANCING).source}`, "g")];
const withoutStance = (sentence: string) => STANCES.reduce((s, stance) => s.replace(stance, " "), sentence.replace(PERCEIVED, " "));

/** The writer pressing with the threat or siding with it, anywhere in the message: then it is theirs as well. */
const PRESSING = anyOf([
  "unless (?:you|u|she|he|they|the decision|my)",
  "if (?:you|u|she|he|they) (?:don't|do not|doesn't|does not|won't|will not|refuse|keep|carry on|ignore)",
  "(?:you'd|you had|u'd|you'll have) (?:better|to)",
  "better (?:watch|change|reverse|sort|think)",
  "(?:can't|cannot|won't|will not|wouldn't|couldn't) (?:stop|hold back|control) (?:him|her|them)",
  "so (?:will|would) i",
  "i'll (?:join|help|be with) (?:him|her|them)",
  "(?:he's|she's|they're|he is|she is|they are) (?:right|not wrong)",
  "deserves? (?:it|what|everything)",
  "serves? (?:you|her|him|them) right",
  "i (?:totally |fully |completely )?agree with (?:him|her|them)",
  "i (?:don't|do not) blame (?:him|her|them)",
  "i hope (?:he|she|they) (?:does|do|gets?|finds?|goes)",
  "(?:you've|you have|consider yourself|consider yourselves) been warned",
  "watch (?:your|ur) backs?",
  "your (?:funeral|problem|lookout)",
  "not responsible for what",
  "what's coming",
  "(?:change|reverse|overturn) (?:the|your|my|that) decision",
  // The threat as leverage: "sort my complaint out and he'll calm down", "he'll leave her alone once I get my money".
  "(?:sort|fix|reopen|settle|deal with|pay)(?: out)? (?:my|our|the|this|his|her) (?:[a-z]+ )?(?:complaint|case|claim|money|compensation|appeal)(?: out)?,? (?:and|then) (?:he|she|they)(?:'ll| will)",
  "(?:he|she|they)(?:'ll| will) (?:calm down|back off|leave (?:it|her|him|them|you)(?: alone)?|stop|let it go|drop it) (?:if|once|when|as soon as)",
]);
/** The writer's own menace, in their own sentences. Apostrophes kept: "we'll" is not "well". */
const OWN_MENACE = new RegExp(
  [
    "\\b(?:i|we|me and (?:my )?[a-z]+|[a-z]+ and i)(?:'ll| will|'m going to| am going to|'re going to| are going to|'m gonna| are gonna)(?: [a-z']+){0,2}? (?:sort|hurt|get|find|visit|deal with|wait for|be waiting|come (?:for|after|round)|smash|kill|batter|teach|make (?:her|him|you|them) (?:pay|regret|sorry)|pay (?:her|him|you|them) a visit|go (?:for|after|round))\\b",
    "\\bi know where (?:you|u|she|he|they) (?:live|lives|park|parks)\\b",
    "\\bpeople like (?:me|us)\\b",
  ].join("|"),
);

/** ASCII lower case and straight apostrophes: offsets stay those of the text. */
const normalised = (text: string) => text.replace(/[A-Z\u2019\u2018]/g, (c) => (c === "\u2019" || c === "\u2018" ? "'" : c.toLowerCase()));

/**
 * The sentences of `text` (the rules' subject, newline, body) holding a threat to staff someone else made, when the
 * writer passes it on distancing themself or warning: every rule's evidence of a threat-to-staff alert lies in a sentence
 * where someone else makes the threat known and the writer takes no part, or in the writer's words of warning; the writer
 * presses with it or menaces nowhere. Otherwise undefined: the threat may be the writer's.
 */
export function threatPassedOn(text: string, subjectLength: number, alerts: readonly Alert[]): Range[] | undefined {
  const alert = alerts.find((a) => a.kind === "threat-to-staff");
  const evidence = alert?.evidence.filter((e) => !e.rule.startsWith("learned."));
  if (!evidence?.length) return undefined;
  const lower = normalised(text);
  if (!STANCE(lower) || PRESSING.test(lower)) return undefined;
  const passedOn: Array<[number, number]> = [];
  for (const { span } of evidence) {
    const start = span.field === "subject" ? span.start : subjectLength + 1 + span.start;
    const end = start + (span.end - span.start);
    const { from, to } = sentenceAround(lower, start, end);
    const sentence = lower.slice(from, to);
    // Someone else makes the threat known in its sentence, before its words end ("a lad … was saying he knew where he parks").
    const said = SOMEONE_ELSE_SAID.exec(sentence);
    if (said && said.index < end - from && !WRITER.test(withoutStance(sentence))) passedOn.push([from, to]);
    else if (!STANCE(sentence)) return undefined;
  }
  if (!passedOn.length) return undefined;
  // The writer's own sentences: no menace of their own beside the threat passed on.
  return OWN_MENACE.test(withoutRanges(lower, passedOn)) ? undefined : passedOn;
}

/** `text` with the ranges blanked, offsets kept: what the writer says in their own sentences. */
export const withoutRanges = (text: string, ranges: readonly Range[]) => ranges.reduce((t, [from, to]) => t.slice(0, from) + " ".repeat(to - from) + t.slice(to), text);
