import type { AlertGuard } from "./guard";
import { RISK_TO_LIFE } from "./refs";

/**
 * An attempt on the writer's own life told with its date long gone ("Three years ago I tried to take my own life on the
 * bridge", "I attempted suicide in 2019"): the sentence tells it as past, not as intent.
 */
const PAST_ATTEMPT = new RegExp(
  `\\b(?:${[
    "(?:tried|attempted) to (?:take|end) (?:my|me) (?:own )?life",
    "(?:tried|attempted) to kill myself",
    "attempted suicide",
    "(?:made|had) (?:a|an) (?:suicide )?attempt on my (?:own )?life",
  ].join("|")})\\b`,
);
/** Dated well in the past: years ago, a year named, "last year". Not "last week", not "in March" (a crisis weeks old). */
const LONG_AGO =
  /\b(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+|many|several|some|a few) (?:years?|decades?) (?:ago|back)|years ago|(?:back )?in (?:19|20)\d\d|last year|when i was (?:younger|a teenager|at (?:school|uni|university|college)|\d+))\b/;
/**
 * Well since, in the writer's words: recovered, in recovery, treated, working, "I wouldn't be here without her". Not a bare
 * "ok": "I'm ok I suppose" is no recovery.
 */
const RECOVERED = new RegExp(
  `\\b(?:${[
    "(?:i'?ve|i have) been (?:well|fine|better|doing (?:well|fine|great|ok|okay))(?: for| since| ever since| now)",
    "(?:i'?m|i am) (?:now )?(?:doing (?:really |very |so )?(?:well|great)|in recovery|recovered|well now|in a (?:much )?better place)",
    "(?:i'?m|i am) now (?:well|in recovery|training|working|volunteering)",
    "(?:had|got|have had|'ve had) (?:the )?(?:treatment|help|counselling|therapy|support)(?: i needed)?",
    "(?:she|he|they|you|it|that|the officer|the pc) saved (?:my|two) li(?:fe|ves)",
    "wouldn'?t be here (?:without|if it)",
  ].join("|")})\\b`,
);
/**
 * The crisis back or not over, anywhere in the message: "again", "lately", "I still think about ending it", "not coping".
 * One of these and the past attempt is a risk sign, not a look-alike (Warwickshire 7.1).
 */
const NOT_OVER =
  /\b(?:again|lately|recently|these days|this week|at the moment|right now|tonight|today|anymore|any more|still (?:feel|want|think|have (?:thoughts|days)|get)|(?:starting|started|beginning) to (?:feel|think)|feel(?:ing)? like (?:that|it|doing it)|back (?:there|to (?:that|how))|not (?:coping|ok|okay|well|safe|doing (?:well|ok|okay|great))|can'?t (?:cope|go on|do this)|struggl\w*|relapse\w*|end it|no point|goodbye|last (?:message|email|letter))\b/;

/**
 * A past attempt on the writer's life told in recovery: a thank-you to the officer who talked them down, a nomination,
 * a volunteer's story ("Two years ago I tried to end my life on the Cleddau Bridge. An officer talked to me for an hour
 * … I've had treatment and I'm doing really well now"). Issue 10 look-alikes: a past crisis with recovery stated; the
 * risk-to-life alert is for intent or danger now (Warwickshire 7.1). Dropped only when the attempt's own sentence dates
 * it years back, the message says the writer is well since, and nothing says the crisis is back or goes on.
 */
export const PAST_ATTEMPT_RECOVERED: AlertGuard = {
  id: "risk-to-life/past-attempt-recovered",
  kinds: ["risk-to-life"],
  policyRef: RISK_TO_LIFE,
  drops: (text, from, to) => {
    const sentence = text.slice(from, to);
    return PAST_ATTEMPT.test(sentence) && LONG_AGO.test(sentence) && RECOVERED.test(text) && !NOT_OVER.test(text);
  },
  examples: {
    drop: [
      "Four years ago I tried to take my own life at the quarry. A sergeant sat with me until the ambulance came. I've been well for three years now and I'd like her to know.",
      "I'd like to nominate PC Pryce for the community award. Two years ago I tried to take my own life on the Usk bridge. She talked to me for an hour. I'm now in recovery and volunteering. How do I nominate her?",
      "In 2019 I attempted suicide and an officer found me in time. I had the treatment I needed and I'm doing really well now. I'd like to speak at your mental health event.",
    ],
    keep: [
      ["risk-to-life", "Two years ago I tried to take my own life. I got help then but lately I feel like that again and I can't cope."],
      ["risk-to-life", "Three years ago I tried to end my life. I was doing well, but I have the pills ready and tonight I am going to end it."],
      ["risk-to-life", "Two years ago I tried to take my own life. I'm in recovery, but lately I want to kill myself again."],
      ["risk-to-life", "Last week I tried to take my own life. I'm doing really well now, honestly, thanks to the officer."],
    ],
  },
};
