import { FICTION, pastAndResolved, recovered } from "./concepts";
import { RISK_TO_LIFE } from "./refs";
import { MOVING_ON } from "./risk-signs";
import { phrases, together, type AlertRule, type RuleHit } from "./rule";

/**
 * A farewell that reaches the office second-hand (issue #10 risk-to-life, "a person in immediate danger"): someone's
 * goodbye sent to their family and then silence ("he sent the family WhatsApp 'look after your mum, I'm sorry for
 * everything' and his phone's off now"), a goodbye the writer is asked to pass on ("he told me to tell you this is the
 * last you'll hear from him"), or the writer's own sent through the reader ("tell my mam I'm sorry"). Samaritans and NHS
 * guidance list saying goodbye and putting affairs in order among the signs; the farewell rules read the writer's own
 * words, so told of someone else, or handed on, the same goodbye went unread. Warwickshire 7.1 "a risk to life".
 */

/**
 * A goodbye in the words the one leaving uses to those left (read from the training writers of 5 December: a note "tell
 * the boys I'm sorry", a text "tell mum I love her, I'm sorry", a post "I'm sorry I wasn't stronger, look after Milo for
 * me"): an apology or love sent through someone, an apology for not being stronger, someone left in another's care.
 */
const LAST_WORDS =
  "(?:tell (?:the |my |our )?[a-z]+ (?:i'?m sorry|i am sorry|i love (?:her|him|them|you))(?! (?:i|i'll|i will|for (?:the|being|missing|not)|about|if|but|that)(?![a-z]))|i'?m sorry i (?:wasn'?t|was not|couldn'?t|could not) (?:stronger|strong enough|better|a better [a-z]+)|look after [a-z]+ for me(?! (?:while|when|until|till|this|next|on|at|for|tomorrow|tonight)(?![a-z])))";
/** A goodbye sent or said: bye, sorry for everything, love you all, look after mum, forgive me. */
const GOODBYE_SENT = [
  `(?:sent|texted|messaged|message|messages|posted|wrote|left|rang|called|phoned|said|saying)(?: [a-z'’:,"“”]+){0,8}? ["“'‘]?(?:goodbye|good bye|bye(?: for ever| forever)?|(?:i'?m )?sorry for everything(?! (?:he|she|they|i|you|we|that|at|in|on|about)(?![a-z]))|love you all|love you,? sorry|look after (?:your mum|your mam|your dad|mum|mam|the kids|my kids|the children|yourself|each other|the dog)|take care of (?:mum|mam|the kids|each other)|forgive me|${LAST_WORDS})`,
];
/** Then nobody can reach them. */
const SILENCE = [
  "phone(?:'s| is|s| has been| had been| has gone| went)? (?:off|dead|switched off|going (?:straight )?to voicemail|straight to voicemail)", "(?:his|her|their) car(?:'s| has| is)? (?:gone|missing|not there)", "(?:no|not) answer(?:ing)?", "isn'?t answering", "won'?t answer", "not picking up", "no reply", "not replying", "(?:no|not) read", "unread",
  "(?:can'?t|cannot|can not) (?:reach|get hold of|get through to|find|contact) (?:him|her|them)", "nobody knows where (?:he|she|they) (?:is|are)", "(?:hasn'?t|has not|didn'?t) come home", "no one can find (?:him|her|them)",
];
/** A journey or a dead battery explains the silence. */
const EXPLAINED = /\b(?:flight|flying|plane|airport|boarding|holiday|abroad|cruise|festival|no signal|battery|charger)\b/;

/** Saying it, or having said it: "keeps saying", "told us", "posted", "reckons". */
const SAYS =
  "(?:(?:always |still |just |now )?(?:keeps? saying|kept saying|keeps? telling (?:me|us|everyone|people)|(?:is|was|'s|has been|had been) saying|says|said|told (?:me|us|everyone|the family)|posted|texted|wrote|messaged|thinks|thought|reckons|believes))";
/** Who says it, and the word they would use of themselves: a man or boy "him", a woman or girl "her". */
const HE = "(?:he|(?:my|our) (?:[a-z]+ )?(?:son|brother|dad|father|husband|boyfriend|grandson|nephew|uncle|grandad|grandfather|stepdad|stepson|lad|boy))";
const SHE = "(?:she|(?:my|our) (?:[a-z]+ )?(?:daughter|sister|mum|mam|mom|mother|wife|girlfriend|granddaughter|niece|aunt|nan|gran|grandmother|stepmum|stepdaughter|girl))";
const THEY = "(?:they|(?:my|our) (?:[a-z]+ )?(?:partner|child|kid|friend|flatmate|teenager))";
const betterOffWithout = (who: string, self: string) =>
  // The match starts at the saying, so possessions given away earlier in the sentence stay a sign of their own.
  `(?<=(?<![a-z])${who}(?:(?: [a-z'’]+){1,8}? (?:and|but|,))? )${SAYS}(?: that)?(?: [a-z',]+){0,6}? (?:better off without ${self}|better off if ${who === THEY ? "they" : who === HE ? "he" : "she"} (?:wasn't|was not|weren't|were not|wasnt) (?:here|around|alive))`;

/** A group someone belongs to by work or choice, who would be "better off without him": a job or a hobby, not a family. */
const LEFT_A_GROUP = /\b(?:team|firm|company|club|band|office|business|department|committee|board|choir|squad|shop|job|work|works|staff|crew|group|church|union|party|charity|school|college|class)\b/;

/** Said, told or written of oneself: the ways of saying above, and a bare "told" ("told the nurse he …"). */
const SAID_OF_SELF = `(?:${SAYS}|told|tells|telling)`;

const notALifeNow = (hit: RuleHit) => FICTION.test(hit.sentence) || pastAndResolved(hit) || recovered(hit) || MOVING_ON.test(hit.text) || EXPLAINED.test(`${hit.previous} ${hit.sentence}`);

export const FAREWELL_PASSED_ON_RULES: readonly AlertRule[] = [
  {
    // Someone the writer tells of saying others would be better off without them (guidance: talk of being a burden). Said
    // of an ex it is relief ("my sister says we're better off without him"), so only the one who would be gone says it,
    // and it is a sign (weight 1): beside another — possessions given away, a goodbye — it alerts.
    id: "risk-to-life/better-off-without-them",
    kind: "risk-to-life",
    policyRef: RISK_TO_LIFE,
    weight: 1,
    cues: ["better"],
    pattern: phrases([betterOffWithout(HE, "him"), betterOffWithout(SHE, "her"), betterOffWithout(THEY, "them")]),
    // Better off without them at work, in a team or a band they left: a job, not a life.
    unless: (hit) => notALifeNow(hit) || LEFT_A_GROUP.test(hit.text.slice(hit.start, hit.end)) || /\b(?:retired|resigned|quit|sacked|redundant)\b/.test(hit.sentence),
    examples: {
      match: ["He has given away his guitar and keeps saying we'll be better off without him."],
      notMatch: ["My sister says we're all better off without him since he moved out.", "He said the team would be better off without him and handed in his resignation."],
    },
  },
  {
    id: "risk-to-life/goodbye-then-silence",
    kind: "risk-to-life",
    policyRef: RISK_TO_LIFE,
    scope: "sentence",
    cues: ["off", "dead", "voicemail", "answer", "answering", "picking", "reply", "replying", "read", "unread", "reach", "hold", "contact", "find", "knows", "home", "gone", "missing"],
    pattern: together(GOODBYE_SENT, SILENCE),
    unless: notALifeNow,
    examples: {
      match: [
        "My husband has not been right since March. His phone was on the kitchen table with a note under it saying \"tell the boys I'm sorry, none of this is on you\". His car has gone.",
        "Last night she texted me 'tell mum I love her, I'm sorry'. Her phone has been off since.",
        "At 5pm he sent the family WhatsApp \"look after your mum, I'm sorry for everything\" and his phone's off now.",
        "Today 3pm brother message me: \"goodbye, love you, sorry\". Now me message, no answer, no read.",
        "My sister posted goodbye on Facebook last night and nobody knows where she is.",
      ],
      notMatch: [
        "Mum rang to say goodbye before her flight and her phone's off now, so please write to me instead.",
        "He sent a message saying sorry for everything he said at the meeting, and I've had no reply to mine since.",
      ],
    },
  },
  {
    // Their last words alone, however they reached the writer (a note, a post, a text): a sign, because "tell the boys I'm
    // sorry" is also an apology for a missed match. Beside another — they cannot be reached, things given away — it alerts.
    id: "risk-to-life/last-words-sent",
    kind: "risk-to-life",
    policyRef: RISK_TO_LIFE,
    weight: 1,
    cues: ["tell", "sorry", "look"],
    pattern: phrases([LAST_WORDS]),
    unless: notALifeNow,
    examples: {
      match: ["My friend posted an hour ago 'thank you everyone, I'm sorry I wasn't stronger, look after Milo for me'. She has been in a bad way since the court case. She isn't answering."],
      notMatch: [
        "Tell my mum I'm sorry I missed her call, I'll ring her on Sunday. Nobody is answering at the office.",
        "Could you look after Milo for me while I'm at the hearing? My phone is off in court.",
      ],
    },
  },
  {
    id: "risk-to-life/farewell-passed-on",
    kind: "risk-to-life",
    policyRef: RISK_TO_LIFE,
    cues: ["tell", "say", "pass", "sorry"],
    pattern: phrases([
      // A goodbye handed to the writer to pass on.
      "(?:told|asked|wanted|wants|asks|said) (?:me )?to (?:tell|say to|pass on to|let) (?:you|u|everyone|you all|the family|mum|mam)(?: know)?(?: [a-z'’,]+){0,6}? (?:goodbye|bye|(?:he|she)(?:'s| is) sorry for everything|(?:this|that) (?:is|was) the last (?:you'll|you will|anyone will|we'll|we will) (?:hear|see) (?:from|of) (?:him|her|them)|(?:he|she) (?:won't|will not|wont) be (?:around|here) (?:much longer|for much longer|for long|any ?more)|(?:he|she) loves? (?:you|us|them|everyone) all)",
      // The writer's own goodbye sent through the reader.
      "tell my (?:mam|mum|mom|mother|dad|father|kids|children|son|daughter|sister|brother|wife|husband|partner|family|nan|girls|boys) (?:i'?m|i am|that i'?m|that i am) sorry(?: for everything)?(?= *(?:[.!,\\n]|$| for everything| and))",
    ]),
    unless: notALifeNow,
    examples: {
      match: [
        "He told me to tell you thanks for everything, and that this is the last you'll hear from him.",
        "Don't bother with GW-3391. Written my letters. Got the car keys. Tell my mam I'm sorry.",
        "My brother asked me to tell you he's sorry for everything and that he won't be around much longer.",
      ],
      notMatch: [
        "Tell my mum I'm sorry I missed her call, I'll ring her on Sunday.",
        "He asked me to tell you he won't be here for the meeting because he's flying to Spain.",
      ],
    },
  },
  {
    // Despair passed on (issue 10: third-person reports were read only for the act named): what someone said of
    // themselves, in the words the despair and farewell rules read in the first person — not wanting to be here, wanting
    // it all to end, a plan and how, others better off without them. Samaritans and NHS guidance: talk of not wanting to
    // live, of being a burden, of a plan.
    id: "risk-to-life/despair-passed-on",
    kind: "risk-to-life",
    policyRef: RISK_TO_LIFE,
    cues: ["want", "wants", "wanted", "end", "stop", "better", "plan", "how", "talking", "talks", "talked", "live", "alive"],
    pattern: phrases([
      `${SAID_OF_SELF}(?: [a-z',]+){0,8}? (?:he|she|they)(?:'s| is| has|'d| had| would| will|'ll| are|'re)? (?:just |really |honestly )?(?:doesn'?t|does not|don'?t|do not|didn'?t|did not|no longer) want(?:s)? to (?:be here|be alive|live|carry on|go on|wake up|exist)(?: any ?more| any longer| now|(?= *(?:[.!,\\n]|$| and)))`,
      `${SAID_OF_SELF}(?: [a-z',]+){0,8}? (?:he|she|they)(?:'s| is| has|'d| had| would| will|'ll| are|'re)?(?: [a-z]+){0,3}? wants? (?:it all|everything|the pain|it|all of it|life) to (?:end|stop)(?= *(?:[.!,\\n]|$| now| for good| and))`,
      `${SAID_OF_SELF}(?: [a-z',]+){0,8}? (?:he|she|they)(?:'s| has|'d| had| have|'ve)? (?:got )?(?:a plan|it planned|worked out how)(?: and| ,)?(?: [a-z]+){0,3}? (?:how|where|when) (?:he|she|they)(?:'d| would| will|'ll| is going to| are going to)? (?:do it|end it|go)`,
      `(?:been |keeps |kept |is |was |he's |she's |started )?talking about (?:not being (?:here|around|alive)|ending (?:it|it all|his life|her life|their life|things)|killing (?:himself|herself|themselves)|taking (?:his|her|their) (?:own )?life|wanting to die)`,
      `${SAID_OF_SELF}(?: [a-z',]+){0,8}? (?:would|'d|will|'ll) (?:all )?be better off (?:without (?:him|her|them)(?! (?:in|at|on) (?:the|our|their|his|her) (?:team|firm|club|band|office|house|flat|family business))|if (?:he|she|they) (?:wasn't|was not|weren't|were not) (?:here|around|alive))`,
    ]),
    unless: (hit) => notALifeNow(hit) || LEFT_A_GROUP.test(hit.sentence) && /better off/.test(hit.text.slice(hit.start, hit.end)),
    examples: {
      match: [
        "My dad told me last night he doesn't want to be here any more.",
        "My son said he has had enough and that he wants it all to end.",
        "My grandson told the nurse he has a plan and knows how he would do it.",
        "He has been talking about not being here and giving his things away.",
        "My sister keeps saying everyone would be better off without her.",
      ],
      notMatch: [
        "My dad says he doesn't want to live in the town any more since the station closed.",
        "My son said he doesn't want to be here for the panel, so please send him the minutes.",
        "The manager said the team would be better off without him after he left the club.",
        "My brother keeps talking about ending his membership of the golf club.",
      ],
    },
  },
];
