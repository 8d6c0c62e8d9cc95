import type { AlertGuard } from "./guard";
import { REVIEW_ALL_CONTACT } from "./refs";

/**
 * A trifle as what a spouse or parent "will kill me" over: a ticket, a fine, a bill, points, a dent, being late, money
 * spent. The hyperbole of everyday family life, not a threat told (issue 10 look-alikes "my husband will kill me" jokes).
 */
const TRIFLE =
  "(?:(?:another |a |the |this |that |my )?(?:parking |speeding |bus lane )?(?:tickets?|fines?|penalty(?: notice)?|pcn)|(?:the |this |that |another )?(?:bill|bills|points|dent|scratch|mess|receipt|price|cost|overdraft)|(?:i'?m|i am|i was|we'?re|we are) late|(?:i )?(?:spent|spend|bought|lost (?:my|the) (?:keys|phone|ticket)))";
const KILL_ME_OVER_A_TRIFLE = new RegExp(
  `\\b(?:will|would|'ll|'d|is going to|are going to|gonna|going to) (?:actually |literally |absolutely )?kill me[”"'’]? (?:if|when|for|over|once|after) (?:(?:i|he|she|they|we) )?(?:[a-z'’]+ ){0,4}?${TRIFLE}\\b`,
);
/** Said plainly as fear, with harm told or what he did "last time", or with money kept from her (economic abuse, a sign of domestic abuse): then it is the threat itself, however it is put. */
const FEAR = /\b(?:scared|afraid|frightened|terrified|fear|hits?|hurt|beats?|bruis\w*|strangl\w*|chok\w*|pushed|threaten\w*|not joking|means? it|serious(?:ly)?|last time|(?:locked|lock|shut|threw|throws?|kicked) me|kick\w*|slap\w*|punch\w*|grabb\w*|smash\w*|shout\w*|scream\w*|controls?|controlling|won'?t let me|not allowed|allowance|checks? (?:my|the) (?:phone|bank|account|receipts?|spending))\b/;

/**
 * "My husband will kill me if I get another parking ticket": a spouse's or parent's fury at a trifle, in the words of
 * everyday hyperbole (issue 10: idioms carry no alert; dev.md "Idioms … carry none"). Read in the hit's sentence and the
 * one after it; any fear or harm named there keeps the alert ("he will kill me if he sees the bill, and I'm scared he
 * means it"). Only a trifle: "he'll kill me if I leave", "if he finds out I wrote to you" are never dropped. Risk to life
 * too: the same words raised it, and no alert of any kind on the development, training or validation files was lost.
 */
export const KILL_ME_OVER_A_TRIFLE_GUARD: AlertGuard = {
  id: "safeguarding/kill-me-over-a-trifle",
  kinds: ["safeguarding", "crime", "risk-to-life"],
  policyRef: REVIEW_ALL_CONTACT,
  drops: (text, from, to) => {
    if (!text.includes("kill me")) return false;
    const sentence = text.slice(from, to);
    return KILL_ME_OVER_A_TRIFLE.test(sentence) && !FEAR.test(text.slice(from, Math.min(text.length, to + 160)));
  },
  examples: {
    drop: [
      "My husband will kill me if I get another parking ticket outside the hospital. Who do I write to about the charges?",
      "My wife is going to kill me when she sees the fine. Can I appeal a speed camera ticket through you?",
    ],
    keep: [
      ["safeguarding", "My husband will kill me if I leave him. He has said it many times and I believe him."],
      ["safeguarding", "My husband will kill me if he sees the bill. Last time he hit me and I'm scared."],
      ["safeguarding", "My husband will kill me if he sees the bill, he won't let me have any money of my own."],
      ["safeguarding", "My husband will kill me if I'm late again, last time I was late he locked me out all night."],
    ],
  },
};
