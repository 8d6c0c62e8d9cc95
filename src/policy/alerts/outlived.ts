import type { AlertGuard } from "./guard";
import { RISK_TO_LIFE } from "./refs";

/** The writer's own death, as people say it of a long wait: "dead", "dead and buried", "six feet under", "in my grave". */
const DEAD = "(?:dead|dead and (?:buried|gone)|six (?:feet|foot) under|in (?:my|the|a) (?:grave|box|ground)|pushing up (?:the )?daisies|long gone|no longer (?:here|around|alive))";
/** Who is waited on: the reader, the office, the police, anyone there. */
const WAITED_ON = "(?:you|you lot|your (?:office|lot|staff|department|team|caseworkers?)|the (?:office|commissioner|police|force|council|panel|review|ombudsman|ipoc|iopc)|anyone|somebody|someone|they|this (?:office|force))";
/** What the office would do at last: reply, sort it, decide, investigate, pay. Not "read this" (a note left to be found). */
const ACTS =
  "(?:repl(?:y|ies|ied)|answer(?:s|ed)?|respond(?:s|ed)?|sort(?:s|ed)?|decide(?:s|d)?|investigate(?:s|d)?|deal(?:s|t)? with|get(?:s)? (?:back|round|around|to it|a move on|off)|gets? (?:back|round)|fix(?:es|ed)?|look(?:s|ed)? (?:at|into)|act(?:s|ed)?|do(?:es)? (?:anything|something)|bother(?:s|ed)?|call(?:s|ed)? (?:me )?back|ring(?:s)? (?:me )?back|write(?:s)? back|turn(?:s|ed)? up|pay(?:s)? (?:out|up|me)|compensate(?:s|d)?|finish(?:es|ed)?|conclude(?:s|d)?|reach(?:es)? a decision|make(?:s)? a decision|see(?:s)? sense|listen(?:s)?|lift(?:s)? a finger|hear(?:s)? (?:my|the|this) (?:case|complaint|appeal)|arrest(?:s)? (?:him|her|them|anyone)|catch(?:es)? (?:him|her|them|anyone))";
/** The death set against the office's act: "I'll be dead before you reply", "by the time you investigate I'll be six feet under". */
const OUTLIVED = new RegExp(
  `\\b(?:${DEAD}(?: [a-z']+){0,3}? (?:long )?(?:before|by the time) (?:[a-z']+ ){0,3}?${WAITED_ON}(?: [a-z']+){0,4}? ${ACTS}|by the time ${WAITED_ON}(?: [a-z']+){0,4}? ${ACTS}\\b[^.!?]{0,40}?\\b${DEAD})\\b`,
);
/**
 * What makes it a figure of the wait: the death said as an idiom ("dead and buried", "six feet under"), or the pace, the
 * writer's age or a laugh named ("at this rate", "at my age", "the pace you work at", "ha"). A bare "I'll be dead before
 * you reply." says neither, and is left to alert.
 */
const FIGURE =
  /\b(?:dead and (?:buried|gone)|six (?:feet|foot) under|in (?:my|the|a) (?:grave|box|ground)|pushing up (?:the )?daisies|at (?:this|that|the) rate|at my age|the (?:pace|speed|rate) (?:you|your|they|this|things)|the way (?:you|your|they|this|things) (?:are going|work|go|move)|knowing (?:you|your|this|the)|ha|haha|lol|probably|no doubt|i'?m (?:\d+|eighty|ninety|seventy)|(?:\d+|eighty|ninety|seventy)(?:-| )years?(?:-| )old)\b/;
/** Intent or a means in the same sentence: "I'll be dead before you reply, I've got the pills ready" is no figure of speech. */
const MEANT = /\b(?:kill (?:myself|me)|end (?:it|my life|things)|take my (?:own )?life|pills|tablets|overdose|rope|hang|jump|bridge|note|goodbye|plan|tonight|tomorrow|read this)\b/;

/**
 * The writer's death named as the measure of the office's slowness ("At my age I'll be dead before you lot sort this out";
 * "By the time you investigate I'll be six feet under"): a complaint about the wait, no intent and no danger told
 * (issue 10 look-alikes: idioms and jokes about a situation; Warwickshire 7.1 is for a risk to life). Not when the
 * sentence names a means, a plan, a time or a farewell, and not "before you read this": that is a note left to be found.
 * The death must be said as a figure (an idiom, the pace, the writer's age, a laugh): a bare "I'll be dead before you
 * reply" still alerts.
 */
export const DEATH_OUTLASTING_THE_WAIT: AlertGuard = {
  id: "risk-to-life/death-outlasting-the-wait",
  kinds: ["risk-to-life", "threat-to-staff"],
  policyRef: RISK_TO_LIFE,
  drops: (text, from, to) => {
    const sentence = text.slice(from, to);
    return OUTLIVED.test(sentence) && FIGURE.test(sentence) && !MEANT.test(sentence);
  },
  examples: {
    drop: [
      "At my age I'll be dead before you lot sort this out.",
      "I'll be dead and buried before anyone from your office replies to me.",
      "By the time you investigate I'll be six feet under, the pace you work at.",
      "Ha, at this rate I'll be dead before you answer my letter!",
    ],
    keep: [
      ["risk-to-life", "I'll be dead before you read this. I've taken all my tablets."],
      ["risk-to-life", "By the time you reply I'll be dead, I've got the pills ready for tonight."],
      ["risk-to-life", "I'll be dead before the review, I can't go on."],
      ["risk-to-life", "I'll be dead before you reply."],
    ],
  },
};
