import { quotedRanges, within } from "../text/reported";
import { matches } from "../text/matches";

/**
 * What a message says about a decided matter, in the writer's own words (quoted reply lines and
 * quotation marks, where the office's own letter often sits, are not the writer's): the
 * persistence rules (persistence.ts) read these beside the history. Gwent 5.0: "they continue to
 * contact us to challenge the decision"; Warwickshire 3.2: "Refusing to accept reasonable
 * explanations, including following the conclusion of a complaint", "Re-framing or re-wording
 * of a complaint", "Contacting different people in the same organisation". Each pattern is a
 * bounded alternation: linear in the text.
 */
export interface DecisionTalk {
  /** The decision is challenged: "reopen it", "I do not accept", "overturn", "look at it again". */
  challenge?: Cue;
  /** The writer says they are repeating themselves: "again", "same complaint", "sixth time", "re-sending". */
  repetition?: Cue;
  /** The writer names the decision or its closure: "you closed this", "the decision", "turned down". */
  decided?: Cue;
  /** The writer says this message re-sends what they sent before: "sending my original complaint again", "re-sending". */
  resending?: Cue;
  /** The decided matter offered as a new one: "this is a NEW complaint", "a separate complaint", "the decision does not apply". */
  reframing?: Cue;
  /** Another member of staff asked to decide differently: "I'm writing to you instead", "one of you", "a fresh pair of eyes". */
  anotherPerson?: Cue;
  /** The writer's own count of their messages or calls: "14th email today", "I've written 30 times". */
  volume?: Cue;
  /** A restriction disputed (Warwickshire 7.3: to the Chief Executive) is a right the policy gives, never persistence. */
  restriction?: Cue;
  /** An information right is used (Warwickshire 9: subject access, freedom of information): a new request, never persistence. */
  informationRight?: Cue;
}

export interface Cue {
  start: number;
  end: number;
}

const ORDINAL = "(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th))";

const PATTERNS: Record<Exclude<keyof DecisionTalk, never>, RegExp> = {
  challenge: new RegExp(
    `\\b(?:${[
      "re-?open(?:ed|ing)?",
      "reconsider(?:ed|ing)?",
      "overturn(?:ed|ing)?",
      "overrule(?:d)?",
      `reverse (?:the |your |this |that |it)`,
      `change (?:the |your |this |that |her |his )?(?:decision|outcome|answer|finding)`,
      `(?:decision|outcome|answer|finding) (?:to be |be )?changed`,
      `(?:look(?:ed)? at|review(?:ed)?|investigate(?:d)?|consider(?:ed)?) (?:it |this |that |the complaint |my complaint )?(?:again|properly this time)`,
      "(?:do not|don'?t|will not|won'?t|never) accept (?:it|this)(?= *[.!,\\n:;]| *$)",
      "(?:do not|don'?t|will not|won'?t|never) accept (?:the|your|her|his|this|that) (?:decision|outcome|explanation|answer|finding|conclusion)",
      `(?:the |your |her |his |this |that )(?:decision|outcome|answer|finding) (?:is|was) wrong`,
      "(?:got it|you'?re|you are|she'?s|she is|he'?s|he is) wrong",
      // "You've explained it and it's still wrong. Change it.": the explanation heard and refused.
      "(?:it'?s|it is|that'?s|that is) still (?:wrong|unfair|not right|not good enough)",
      "change it(?= *(?:[.!\\n]|$))",
      "(?:is|it'?s) not closed",
      "not (?:letting|going to let) (?:this|it) go",
      "see it (?:differently|my way)",
      "(?:a )?fresh (?:pair of eyes|look)",
      "(?:have|take) a look (?:at it )?instead",
    ].join("|")})\\b`,
    "g",
  ),
  repetition: new RegExp(
    `\\b(?:${[
      "again",
      "same (?:complaint|reasons?|question|request|thing|as before|answer from me)",
      "same (?:ones|documents?|photos?|evidence|files?|points?) (?:as )?(?:that )?i (?:sent|gave|made|raised)",
      "as before",
      `(?:for )?the ${ORDINAL} time`,
      `${ORDINAL} (?:time|request|challenge|email|letter|message|attempt)`,
      "re-?send(?:ing)?",
      "sending (?:it |this )?again",
      "(?:said|told you|written|asked|explained) (?:this|that|it)? ?(?:before|all along|already|twice|(?:three|four|five|many) times)",
      "all along",
      "(?:i|i'?ve|i have) (?:written|emailed|rung|called|asked|complained) (?:\\d+|[a-z]+-odd|dozens of|many|countless) times",
      "time of asking",
      "still (?:say|want|waiting|think|believe)",
    ].join("|")})\\b`,
    "g",
  ),
  // Not a copy sent "in case you didn't get it": that checks delivery, it does not challenge.
  resending: /\b(?:re-?send(?:ing)?|sending (?:it |this |(?:my|the) (?:[a-z]+ ){0,2}(?:complaint|letter|email|request) )?(?:again|once more))\b(?![^.!?\n]{0,20}\bin case\b)/g,
  decided: new RegExp(
    `\\b(?:${[
      `(?:the|your|her|his|this|that|my) (?:decision|outcome|conclusion|finding)`,
      "decided",
      "(?:closed|concluded) (?:my|this|the|it)",
      "(?:is|was|has been|it'?s|its) (?:closed|concluded|final)",
      "turned (?:me |it )?down",
      "said no",
      "told no",
      "(?:refused|declined) to change",
    ].join("|")})\\b`,
    "g",
  ),
  reframing: new RegExp(
    `\\b(?:${[
      "(?:a |this is a )?(?:new|different|separate|fresh|second) (?:complaint|allegation|grievance)",
      "(?:a |an )?(?:new|different|separate|fresh) (?:matter|issue) (?:entirely|altogether|from|not)",
      "not the same (?:complaint|matter|issue)",
      "(?:this|it) is not a complaint",
      "(?:decision|outcome) (?:does not|doesn'?t) apply",
      "(?:now|also) (?:wish|want) to complain",
      "on (?:this|that|a different|a new) basis",
    ].join("|")})\\b`,
    "g",
  ),
  anotherPerson: new RegExp(
    `\\b(?:${[
      "(?:writing|coming|going|asking|turning) to you instead",
      "instead of (?:her|him|them)",
      "one of you",
      "all of you",
      "(?:already )?tried (?:[a-z]+ )?(?:and [a-z]+ )?(?:separately|already|too|as well)",
      "over (?:her|his|their) heads?",
      "(?:someone|somebody) else (?:to )?(?:look|decide|review)",
      "fresh pair of eyes",
      "you'?re in charge",
      "(?:pass|forward) (?:this|it) to the commissioner personally",
    ].join("|")})\\b`,
    "g",
  ),
  volume: new RegExp(
    `\\b(?:${[
      `${ORDINAL} (?:email|message|letter|call) (?:today|this (?:morning|week))`,
      "(?:i'?ll|i will|i'?m going to) keep (?:sending|writing|emailing) (?:these|them|this|until|all day|every day)",
    ].join("|")})\\b`,
    "g",
  ),
  restriction: /\b(?:restriction|restrictions|restricted|contact strategy)\b/g,
  informationRight: new RegExp(
    `\\b(?:${["subject access request", "freedom of information", "data protection act 2018 i request", "under the data protection act", "request a copy of (?:all )?(?:the )?personal data"].join("|")})`,
    "g",
  ),
};

/** The first cue of each kind in the writer's own words. */
export function decisionTalk(folded: string): DecisionTalk {
  const quoted = quotedRanges(folded);
  const out: DecisionTalk = {};
  for (const [kind, pattern] of Object.entries(PATTERNS) as Array<[keyof DecisionTalk, RegExp]>) {
    for (const m of matches(pattern, folded)) {
      if (within(quoted, m.index, m.index + 1)) continue;
      // "look at it again" is one challenge, not a challenge and a repetition.
      if (kind === "repetition" && out.challenge && m.index < out.challenge.end && m.index + m[0].length > out.challenge.start) continue;
      out[kind] = { start: m.index, end: m.index + m[0].length };
      break;
    }
  }
  return out;
}
