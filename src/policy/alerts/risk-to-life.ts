import { I_WILL, KILL_ME_IDIOM, RELATION, THEY_WILL, TOPIC } from "./fragments";
import { REVIEW_ALL_CONTACT, RISK_TO_LIFE } from "./refs";
import { own, recovered, retracted } from "./concepts";
import { phrases, together, type AlertRule, type RuleHit } from "./rule";

/** Ending one's own life, in the words people use. */
const OWN_ACT =
  "(?:kill(?:ing)? myself|end(?:ing)? (?:it all|my (?:own )?life|everything|things for good|it once and for all|it for good)|tak(?:e|ing) my (?:own )?life|top(?:ping)? myself|hang(?:ing)? myself|do(?:ing)? myself in|do(?:ing)? away with myself|step(?:ping)? (?:out )?in front of (?:a |the )?(?:(?:next|first|last|fast|express|night|morning|early|late) )?(?:train|trains|bus|lorry|truck|car|van|traffic|express|tube|tram|\\d\\d?[:.]\\d\\d)|go(?:ing)? off (?:the|a) (?:harbour wall|sea wall|pier|bridge|cliffs?|roof|edge|top of)|not continue (?:with )?my life|set(?:ting)? (?:myself )?(?:on fire|alight)|set(?:ting)? fire to myself|(?:put|pour|douse)(?:ing)? petrol (?:on|over) myself|overdos(?:e|ing)|tak(?:e|ing) an overdose|(?:tak(?:e|ing)|swallow(?:ing)?) (?:all|the lot) (?:of )?(?:my |the |these |those )?(?:pills|tablets|medication|meds|painkillers|paracetamol)|jump(?:ing)? (?:off|from|in front of)|throw(?:ing)? myself (?:off|under|in front of)|walk(?:ing)? into the (?:sea|river|canal|traffic|path of)|us(?:e|ing) (?:it|this|that|the knife|a knife|the rope|them|the pills) on myself|drown(?:ing)? myself|gas(?:sing)? myself|harm(?:ing)? myself|hurt(?:ing)? myself|cut(?:ting)? (?:myself|my wrists)|slit(?:ting)? my wrists|not be (?:alive|around|here)(?: much longer| to see| by| tomorrow| for long| next week)?|be dead (?:by|before|soon|tomorrow|this time)|end it(?= *(?:[.!,\\n]|$| tonight| today| now| for good| this (?:week|weekend)))|jump(?= *(?:[.!,\\n]|$| tonight| today| now))|take it all(?= *(?:[.!,\\n]|$| tonight| today| now)))";
/** Someone else ending their life. */
const THEIR_ACT =
  "(?:kill (?:himself|herself|themselves|themself)|do away with (?:himself|herself|themselves)|set (?:himself|herself|themselves) (?:on fire|alight)|set fire to (?:himself|herself|themselves)|(?:put|pour|douse) petrol (?:on|over) (?:himself|herself|themselves)|take (?:his|her|their) (?:own )?life|end (?:his|her|their) (?:own )?life|end it all|hang (?:himself|herself|themselves)|jump (?:off|from|in front of)|harm (?:himself|herself|themselves)|overdose)";

/**
 * Hyperbole and idiom: "I'd rather kill myself than phone you again", "killed myself laughing", and a football result as the
 * condition ("I'll top myself if Town get relegated": issue 10's look-alikes) — a league, a derby, a cup tie, not a hearing.
 */
const HYPERBOLE = /\b(?:relegat\w*|get promoted|play-?offs?|the derby|cup (?:final|tie)|fantasy football|sweepstake|(?:the )?(?:match|game) (?:on|this) (?:saturday|sunday|weekend)|rather|laugh(?:ing|ed)?|in the foot|for a (?:coffee|cup|drink|pint)|trying to (?:get|reach|explain)|if i have to|(?:would|will) never|not going to|am not|'m not|wouldn'?t|won'?t ever)\b/;
/**
 * The writer insisting they mean it ("I'll end it, I mean that, I'm not saying it for effect"): its own "not" is no denial,
 * so these words are taken out before the sentence is read for hyperbole; "rather … than" beside them stays an idiom.
 */
const INSISTED = /\b(?:i (?:really |truly )?mean (?:it|that|this|every word)|(?:i'?m |i am )?not (?:saying (?:it|this|that) )?(?:for effect|to get attention|for attention)|(?:i'?m |i am )?not (?:joking|kidding|exaggerating|being dramatic)|(?:i'?m|i am) (?:deadly |dead )?serious)\b/g;
const hyperbole = (sentence: string) => HYPERBOLE.test(sentence.replace(INSISTED, " "));
/** Tablets and the like, without which "take it all" is not an overdose. */
const MEDICATION = /\b(?:pills|tablets|medication|meds|painkillers|paracetamol|prescription)\b/;
/** A bare "jump" is a fall only where there is a height to fall from. */
const HEIGHT = /\b(?:bridge|roof|rooftop|edge|cliff|window|balcony|tower|multi-storey|car park|motorway|railway|train|platform|viaduct)\b/;
/** "End it" reads as ending a life only beside words of dying or its means, or a time: not "I will end it here". */
const DYING_WORDS = /\b(?:pills|tablets|overdose|rope|bridge|goodbye|can'?t go on|cannot go on|no point|suicid\w*|die|dead|gone|last (?:email|message|letter)|won'?t have to)\b/;

/** A threat of fire that a court has dealt with, or a past told as over. */
const FIRE_DEALT_WITH = /\b(?:pleaded guilty|convicted|sentenced|sentencing|restraining order|jailed|used to tell|is finished now|happier now)\b/;

/** The writer saying they will not: "I would never kill myself", "I'm not going to end my life over this". */
const NEGATED = /\b(?:never|not|won'?t|wouldn'?t|don'?t|do not|no intention of|isn'?t|am not|'m not) (?:(?:going|planning|trying|about) to |ever |want to |thinking of |that i'?d )?(?:kill|end|take|top|hang|cut|slit|commit|do something)/;

/** A life lost or a crisis survived long ago: grief or recovery, not danger now. */
const PAST_RESOLVED = /\b(?:late (?:husband|wife|father|mother|son|daughter|brother|sister|partner|dad|mum|friend)|in (?:19|20)\d\d|years ago|decades ago|when i was (?:young|younger|a teenager|at school)|(?:am|'m|is|are) (?:well|better|fine|doing well) now)\b/;

/** Told as the past ("I thought about ending it all last year") … */
const TOLD_AS_PAST = /\b(?:thought (?:about|of)|considered|tried|attempted|was (?:in a )?(?:very |really )?(?:bad|dark|low)|last year|back then|at the time|used to|at my lowest)\b/;
/** … by someone who says they came through it: recovery, often in a thank-you. */
const RECOVERED = /\b(?:(?:i'?m|i am) (?:now )?(?:doing )?(?:well|better|fine|ok|okay|much better|in a (?:good|better) place)|turned (?:things|it|my life) around|got me through|helped me through|came through|saved my life|i'?m still here)\b/;
const pastAndRecovered = (hit: RuleHit) => TOLD_AS_PAST.test(hit.sentence) && RECOVERED.test(hit.text);

function ownIntentIsIdiom(hit: RuleHit): boolean {
  const said = hit.text.slice(hit.start, hit.end);
  if (/end it$/.test(said) && !/end it(?= *(?:tonight|today|now|for good|this))/.test(hit.text.slice(hit.start, hit.end + 12))) {
    // A bare "I'm going to end it": dying only when the message speaks of dying.
    if (!DYING_WORDS.test(hit.text)) return true;
  }
  if (/jump$/.test(said) && !HEIGHT.test(hit.text)) return true;
  if (/take it all$/.test(said) && !MEDICATION.test(hit.text)) return true;
  return hyperbole(hit.sentence);
}

export const RISK_TO_LIFE_RULES: readonly AlertRule[] = [
  {
    id: "risk-to-life/own-intent",
    kind: "risk-to-life",
    policyRef: RISK_TO_LIFE,
    cues: ["myself", "end", "ending", "life", "overdose", "jump", "step", "off", "fire", "alight", "alive", "dead", "pills", "tablets", "medication", "meds", "painkillers", "paracetamol", "sea", "river", "canal", "traffic", "wrists", "things", "everything"],
    pattern: phrases([`${I_WILL} (?:just |finally |really |probably |simply )?${OWN_ACT}`, `(?:tonight|today|this weekend|tomorrow) (?:is|will be) (?:the night|the day|when) (?:i|that i) (?:end (?:my life|it|it all|things|everything)|die|kill myself)`, `i (?:plan|intend|mean|am going|'m going|want|need) to end (?:things|everything|it all|my life)(?: (?:tonight|today|this weekend|for good|soon))?`, `made up my mind(?:,| and| -)? (?:i(?:'m| am) going to|i will|i'll) ${OWN_ACT}`, `(?:tonight|today|this weekend) (?:is|will be) (?:the night|the day|when) i ${OWN_ACT}`, "(?:i'?m|im|i am) going off (?:the|a) (?:harbour wall|sea wall|pier|bridge|cliffs?|roof|edge|top of)"]),
    unless: ownIntentIsIdiom,
    examples: {
      match: [
        "I have the pills ready and tonight I am going to end it.",
        "I've decided I'm going to kill myself this weekend.",
        "I am standing on the bridge and I am going to jump off.",
        "I am on the roof of the multi-storey and I am going to jump.",
        "I just want to end my life.",
        "I'm thinking about ending it all, I'm going to end it all tonight.",
        "I'm going to take all my tablets tonight.",
        "Nobody listens. I've decided tonight is the night I end my life.",
        "I plan to end things this weekend.",
        "I have been thinking about ending my life every day since the hearing.",
        "If nothing changes by Friday I will not be alive to see it.",
        "I've stockpiled my medication and I'm going to take it all.",
        "I have a knife and I'm going to use it on myself if nobody calls me back today.",
        // An older idiom for the same act (train-30 on: a son writing for a father who cannot write).
        "The bailiffs come Friday and I am going to do away with myself before they do.",
        "For clarity: I intend to step in front of the 07:42 tomorrow.",
        "If the police knock again I will step in front of the next train, I mean it.",
        "If they put me out on Friday I'm going off the harbour wall.",
        "If this answer also is negative, I will not continue my life.",
        // Insisting is not denying: "I'm not saying it for effect" holds a "not" that "I'm not going to" also holds.
        "If this isn't sorted by the new year I'll end it, I mean that, I'm not saying it for effect. I can't go on.",
        "I'm not joking, I'm going to kill myself if the bailiffs come.",
      ],
      notMatch: [
        "I am happy with the outcome so I will end it here.",
        "I'd rather kill myself than phone your office again.",
        "I won't shoot myself in the foot by not responding.",
        "I nearly killed myself laughing at the newsletter.",
        "I would never kill myself, but I am very low.",
        "I am going to take it all the way to the Ombudsman.",
        "I'm going to step in front of the Commissioner at the public meeting and ask him myself.",
        "If you don't answer I will end it by going to the Ombudsman.",
        "I am going to jump at the chance to meet the Commissioner.",
        "Let me know the date and I will jump.",
        "I'll top myself if Town get relegated.",
        "I'm not joking, I'd rather kill myself than sit through another of your webinars.",
      ],
    },
  },
  {
    id: "risk-to-life/own-act-named",
    kind: "risk-to-life",
    policyRef: RISK_TO_LIFE,
    cues: ["myself", "life", "suicide", "suicidal", "wrists", "dead", "end", "pain", "suffering", "stupid", "drastic", "silly"],
    pattern: phrases([
      // Named outright, in any sentence of the writer's own: the guards below drop "I would never kill myself" and "killed myself laughing".
      "kill(?:ing)? myself|end(?:ing)? my (?:own )?life|tak(?:e|ing) my (?:own )?life|top(?:ping)? myself|hang(?:ing)? myself|(?:cut|slit)(?:ting)? my wrists|commit(?:ting)? suicide|better off dead|end(?:ing)? it all",
      "(?:put|putting) an end to (?:it all|everything|my life|my suffering|the pain|myself)",
      "end(?:ing)? (?:the|my) (?:pain|suffering) (?:for good|once and for all|tonight|today|forever)",
      "(?:i(?:'m| am|'ll| will| might| may)|i'm going to|i am going to) (?:going to )?do something (?:stupid|drastic|silly|final)",
      "(?:kill(?:ing)? myself|end(?:ing)? my (?:own )?life|tak(?:e|ing) my (?:own )?life|(?:cut|slit)(?:ting)? my wrists) (?:is|seems|feels|would be|will be) (?:like )?(?:the only|my only|the best|the easiest|the last)",
      "(?:only|last|one) way out (?:is|left|for me)",
      "(?:my|a|the) (?:suicide|goodbye) (?:note|letter)s?(?! (?:for|about) (?:a|the) (?:film|play|book|novel|course|character))",
      "(?:i(?:'ve| have)|i) (?:tried|attempted) to (?:kill myself|take my (?:own )?life|end my life|hang myself)(?: (?:again|last (?:night|week)|yesterday|this (?:week|morning)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)))",
    ]),
    unless: (hit) => hyperbole(hit.sentence) || PAST_RESOLVED.test(hit.sentence) || NEGATED.test(hit.sentence) || TOPIC.test(hit.sentence) || pastAndRecovered(hit),
    examples: {
      match: [
        "Killing myself is the only way out.",
        "I have written my suicide note.",
        "I tried to take my own life again last night.",
        "Honestly the thought of ending it all is the only thing that helps now.",
        "If this carries on I'll do something stupid.",
        "I'd be better off dead.",
      ],
      notMatch: [
        "Years ago I tried to take my own life, and I am well now.",
        "I was in a very bad way last year and thought about ending it all, but the service you fund turned things around. I'm doing well now.",
        "She wrote a suicide note for a character in the play.",
        "I would never kill myself, whatever you do.",
        "How much does the Commissioner spend on suicide prevention?",
        "Honestly if Villa lose the derby again I'm topping myself.",
      ],
    },
  },
  {
    id: "risk-to-life/means-ready",
    kind: "risk-to-life",
    policyRef: RISK_TO_LIFE,
    cues: ["pills", "tablets", "painkillers", "paracetamol", "rope", "blades", "razor", "medication", "meds"],
    pattern: phrases([
      "(?:i(?:'ve| have)(?: been)?|i) (?:stockpiled|stockpiling|hoarded|hoarding|saved up|saving up|collected|collecting|been saving) (?:my |all my |enough |all of my )?(?:pills|tablets|medication|meds|painkillers|paracetamol|sleeping pills)",
      "(?:i(?:'ve| have)(?: got)?|i've got|got) (?:the|my|enough|all (?:the|my)|some|a)(?: of (?:my|the|his|her))?(?: [a-z]+'s)? (?:pills|tablets|painkillers|paracetamol|sleeping pills|rope|razor blades|blades)(?: [a-z]+){0,4}? (?:ready|saved up|saved|lined up|in front of me|stockpiled|counted out|and i(?:'m| am) going to (?:use|take) (?:it|them))",
      "(?:pills|tablets|paracetamol) (?:are |is )?(?:ready|lined up|counted out|in front of me)",
    ]),
    unless: (hit) => /\b(?:prescription|pharmacy|chemist|appointment|doctor|gp|hospital)\b/.test(hit.sentence),
    examples: {
      match: ["I have the pills ready and tonight I am going to end it.", "I've got the rope in the garage and I'm going to use it.", "The tablets are lined up on the table."],
      notMatch: ["I have my tablets ready for the hospital appointment.", "I've got the forms ready to send."],
    },
  },
  {
    id: "risk-to-life/means-in-use",
    kind: "risk-to-life",
    policyRef: RISK_TO_LIFE,
    scope: "sentence",
    cues: ["hosepipe", "hose", "exhaust", "engine", "running", "charcoal", "barbecue", "noose", "ledge"],
    // An attempt under way, told in the first person: a car's exhaust piped in, charcoal in a closed room, a noose, a ledge.
    pattern: together(
      ["hose ?pipe", "exhaust pipe", "engine running", "car running", "charcoal", "barbecue (?:in|inside)", "noose", "on (?:the|a) ledge"],
      ["i", "i'm", "i've", "i am", "me", "my"],
      ["car", "garage", "window", "room", "bedroom", "tied", "ready", "neck", "jump", "edge", "here", "now", "sat", "sitting", "standing"],
    ),
    // Its own sentence: the two read before it may hold "I'm not in a good way", which is no hyperbole.
    // Someone else's car reported ("I telephoned 101 to report that a car had been abandoned, engine running") is no attempt.
    unless: (hit) => HYPERBOLE.test(own(hit)) || PAST_RESOLVED.test(hit.sentence) || TOPIC.test(own(hit)) || /\b(?:abandoned|(?:a|the|his|her|their|someone'?s) (?:car|vehicle|van) (?:had|has|was) been)\b/.test(own(hit)),
    examples: {
      match: ["I'm sat in the car in the garage with the engine running and a hosepipe through the window.", "I'm standing on the ledge of the multi-storey now."],
      notMatch: ["I left the engine running outside your office while I handed in my form.", "The hosepipe ban is a disgrace and I have a garden to water.", "I telephoned 101 to report that a car had been abandoned, engine running, and I sat in my car waiting."],
    },
  },
  {
    id: "risk-to-life/farewell",
    kind: "risk-to-life",
    policyRef: RISK_TO_LIFE,
    cues: ["gone", "dead", "last", "final", "goodbye", "sorry", "alive", "around", "here"],
    pattern: phrases([
      "by the time (?:you|anyone|someone|somebody) (?:read|reads|see|sees|get|gets|open|opens) this,? (?:i|i'll|i will)(?: will|'ll)? (?:be )?(?:gone|dead|no longer here|not be here)",
      "(?:this|it) (?:is|will be) (?:my|the) (?:last|final) (?:email|message|letter|thing i write|words?) (?:to (?:anyone|anybody|everyone|anyone ever)|ever|i (?:will ever|'ll ever) (?:send|write))",
      "(?:my|this is my) (?:last|final) (?:night|day) (?:alive|on (?:this )?earth)",
      "goodbye (?:forever|everyone|cruel world)",
      "tell my (?:sister|brother|mum|mother|dad|father|kids|children|son|daughter|family|wife|husband|partner) (?:that )?i(?:'m| am| was) sorry",
      "i won't be (?:here|around|alive) (?:tomorrow|much longer|by (?:the morning|tomorrow|monday|the weekend))",
      "i(?:'m| am) not going to be (?:here|around|alive)(?: (?:much|for much) longer| for long| by| tomorrow| next week| to see)",
      "(?:i will not|i won't) be (?:here|around|alive) (?:much longer|for long|by|tomorrow|to see)",
    ]),
    examples: {
      match: ["By the time you read this I will be gone.", "This will be my last email to anyone.", "Please tell my sister I'm sorry.", "Goodbye forever.", "I'm not going to be around much longer."],
      notMatch: ["This is my last email on this subject until you reply.", "I'm sorry to tell my sister the news.", "Goodbye for now, and thank you."],
    },
  },
  {
    id: "risk-to-life/wish-to-die",
    kind: "risk-to-life",
    policyRef: RISK_TO_LIFE,
    cues: ["die", "dead", "gone", "live", "living", "life", "alive", "suicidal", "suicide", "point", "here", "exist", "reason", "better", "without", "keeping", "kept", "matter"],
    pattern: phrases([
      "i (?:just |really )?(?:want|wish|wanted) (?:to die|i (?:was|were) dead|to be dead|i (?:was|were) never born|i could die)",
      "i (?:don't|do not|no longer) want to (?:live|be alive|be here|exist|wake up|carry on living)(?: any ?more| any longer)?(?= *(?:[.!,\\n]|$))",
      "(?:no|nothing (?:left )?to) (?:reason to live|live for)",
      "nothing (?:left )?to live for",
      "(?:everyone|everybody|they|my family|the world|you all|you|things|life|my kids|my children) (?:would be|'d be|will be|are|is) better(?: off)? (?:if i (?:was|were) dead|with me dead|without me|when i'm gone|when i am gone|if i (?:wasn't|was not|weren't) (?:here|around|alive))",
      "i(?:'m| am| feel| have been|'ve been)(?: feeling)? (?:really |very |so )?suicidal",
      "i(?:'m| am| have been|'ve been) having (?:suicidal thoughts|thoughts (?:of|about) (?:suicide|killing myself|ending (?:it|my life)))",
      "(?:there(?:'s| is) )?no point (?:in )?(?:carrying on|going on|living|being alive|me being here|me being alive)(?= *(?:[.!,\\n]|$| any ?more))",
      "(?:had|have had|'ve had) enough of (?:life|living|being alive|this life)",
      "(?:can't|cannot|don't|do not) (?:see|find) (?:a |any |the )?(?:reason|point) (?:to|in|of) (?:live|living|carry on|carrying on|go on|going on|being here|being alive|me being here|anything any ?more)",
      "(?:when|after|once) i(?:'m| am) (?:dead|gone)(?! (?:on|to|away|out|home|abroad|back|for))",
      // What kept them alive, told as gone: "the only thing keeping me here was the case and now that's gone too".
      "(?:the )?only (?:thing|reason|one) (?:keeping|that kept|that was keeping|that's kept|that has kept) me (?:here|alive|going) was",
      "(?:won't|will not|wont) matter to me (?:any ?more|any longer)[^.!?\\n]{0,40}?i(?:'ve| have) (?:seen to|made sure of|taken care of) (?:that|it)",
    ]),
    examples: {
      match: [
        "I want to die.",
        "I don't want to be here anymore.",
        "Everyone would be better off if I was dead.",
        "There is no point carrying on.",
        "I have been feeling suicidal since the hearing.",
        "I've had enough of life.",
        "You'll read about me in the papers when I'm dead.",
        "Honestly the only thing keeping me here was the case and now that's gone too.",
        "I expect it won't matter to me any more what you decide, I've seen to that.",
        "I keep thinking the world would be better without me in it.",
      ],
      notMatch: [
        "I'm dying to know what the consultation found.",
        "There is no point carrying on with this complaint.",
        "I don't want to live in Warwickshire any more if this is how it's policed.",
        "How much goes to suicide prevention charities?",
        "I wish I was dead. Not literally! I mean the parking ticket outside the station.",
      ],
    },
    unless: retracted,
  },
  {
    id: "risk-to-life/self-harm",
    kind: "risk-to-life",
    policyRef: RISK_TO_LIFE,
    cues: ["myself", "overdose", "pills", "tablets", "paracetamol", "cutting", "harming"],
    pattern: phrases([
      "i(?:'ve| have)(?: been)? (?:cutting|harming|hurting|burning|starving) myself",
      "(?:i(?:'ve| have)|i) (?:started|been|am|'m|keep|gone back to) (?:cutting|self[- ]harming|harming myself)(?: again| myself)?",
      "i (?:cut|hurt|harmed|burnt|burned) myself (?:again|last night|today|this morning|yesterday)",
      "i (?:took|have taken|'ve taken|swallowed) (?:an overdose|(?:all (?:of )?(?:my|the)|a load of|loads of|more|a handful of|a bottle of|a packet of|too many|extra) (?:pills|tablets|paracetamol|painkillers)(?: than i should)?)",
    ]),
    examples: {
      match: ["I have been cutting myself again.", "Last night I took more tablets than I should.", "I took an overdose on Sunday.", "Just so you know I've started cutting again since they dropped it."],
      notMatch: ["I took my tablets as the doctor said.", "I hurt myself falling on the broken pavement outside the station.", "The last time I felt this low was in 2018 when I took an overdose; I've had good support since and I'm doing fine now."],
    },
    // Told as the past by someone who says they are well now: recovery, not danger (issue 10 look-alike).
    unless: (hit) => recovered(hit) || pastAndRecovered(hit),
  },
  {
    id: "risk-to-life/someone-else",
    kind: "risk-to-life",
    policyRef: RISK_TO_LIFE,
    cues: ["petrol", "himself", "herself", "themselves", "life", "overdose", "suicidal", "jump", "wrists", "paracetamol", "suicide", "talking", "threatening", "collapsed", "unconscious", "breathing", "blue", "job", "killed", "pills", "tablets", "painkillers", "medication", "meds", "die", "dead", "cutting", "harming", "arms"],
    pattern: phrases([
      `(?:he|she|they|someone|somebody|(?:my|our|her|his) ${RELATION}|[a-z]+) ${THEY_WILL} ${THEIR_ACT}`,
      "(?:has|have|had|'s) (?:just )?(?:taken|swallowed|took) (?:a whole|the whole|an entire|a full|two|three|four|several) (?:box|boxes|packet|packets|bottle|bottles|strip|strips) of (?:paracetamol|pills|tablets|painkillers|sleeping pills|medication)",
      "(?:shoot|kill|stab) (?:me|her|him|us|the kids|the children) (?:and|then) (?:then )?(?:himself|herself|themselves)",
      "(?:he|she|they|(?:my|our|her|his) [a-z]+)(?: [a-z]+)? (?:is|are|'s|has been|have been|seems) (?:really |very |so )?suicidal",
      "(?:he|she|they|(?:my|our|her|his) [a-z]+|someone|somebody)(?: [a-z]+)? (?:has|have|'s) (?:just )?(?:taken|took) (?:an overdose|all (?:his|her|their|the) (?:pills|tablets))",
      "(?:cut|slit|slashed) (?:his|her|their) (?:wrists|arms|throat)",
      "(?:put|pour|douse|poured|doused|putting|pouring) petrol (?:on|over) (?:himself|herself|themselves)",
      "(?:says|said|threatening|threatens|threatened) (?:she|he|they)(?:'ll| will| would|'d| is going to) do it again",
      "(?:tried|attempted|has tried|has attempted) to (?:kill|hang|drown) (?:himself|herself|themselves)",
      "(?:he|she|they|(?:my|our|her|his) [a-z]+)(?: [a-z]+){0,3}? (?:is|are|'s|has been|have been|keeps|kept) (?:talking about|threatening|mentioning|writing about) (?:suicide|killing (?:himself|herself|themselves)|ending (?:it|his life|her life|their lives))",
      "(?:he|she|they|(?:my|our|her|his) [a-z]+)(?: [a-z]+){0,2}? (?:is|are|'s|has|have|was) (?:collapsed|unconscious|not breathing|stopped breathing|turning blue)",
      "(?:finish|end) the job",
      "someone (?:is going to|will|'s going to|is gonna) (?:get|end up) (?:killed|dead|seriously hurt)",
      "(?:has|have|'s|had) (?:just )?(?:swallowed|taken|took) (?:a load of|loads of|a lot of|lots of|a handful of|all (?:of )?|too many|a bottle of|a packet of|a box of|a strip of|a pile of)(?: (?:her|his|their|the|my|mum's|dad's))? (?:sleeping |heart |blood pressure )?(?:pills|tablets|paracetamol|painkillers|medication|meds)",
      "(?:she|he|they|(?:my|our|her|his) [a-z]+(?: [a-z]+)?|my \\d+[- ]year[- ]old)(?: [a-z]+){0,3}? (?:says (?:she|he|they) |said (?:she|he|they) |told me (?:she|he|they) |keeps saying (?:she|he|they) )?(?:wants?|wanted|want) to (?:die|be dead|end it all|end (?:her|his|their) life)",
      "(?:she|he|they|(?:my|our|her|his) [a-z]+(?: [a-z]+)?|my \\d+[- ]year[- ]old)(?: [a-z]+){0,3}? (?:has been|have been|is|are|'s been|keeps|kept|started|has started|is still) (?:cutting|self[- ]harming|burning|scratching|hurting) (?:herself|himself|themselves|(?:her|his|their) (?:arms|wrists|legs|thighs))",
    ]),
    // A road or a crossing where "someone will get killed one day" is a safety complaint, not a life at risk now.
    unless: (hit) => PAST_RESOLVED.test(hit.sentence) || /\b(?:one day|road|junction|crossing|bend|speed|speeding|traffic|pothole|lorries|cyclists?|pedestrians?)\b/.test(hit.sentence),
    examples: {
      match: [
        "My son has told me he is going to take his own life.",
        "My uncle keeps saying he'll do away with himself if the farm is sold.",
        "He says he will set himself on fire outside the Home Office, he has bought the petrol.",
        "My flatmate has taken an overdose and is not waking up.",
        "She says she will kill herself if they take the children.",
        "My brother is suicidal and the crisis team won't come.",
        "My daughter cut her wrists last night and says she'll do it again.",
        "My mum has just told me she has taken a whole box of paracetamol.",
        "He has a gun and says he will shoot me and then himself.",
        "My neighbour has just texted me saying she's swallowed a load of her sleeping pills.",
        "My 15 year old told me last night she wants to die.",
        "My son has been cutting his arms again and won't talk to anyone.",
      ],
      notMatch: [
        "The officer in the film killed himself in the last scene, as a review.",
        "He is going to take his car to the garage.",
        "My late father took his own life in 2010; I'd like to support your mental health work.",
        "The bridge on Myton Road is dangerous. Someone is going to get killed there one day.",
        "My son wants to be a police officer when he leaves school.",
      ],
    },
  },
  {
    id: "risk-to-life/immediate-danger",
    kind: "risk-to-life",
    policyRef: REVIEW_ALL_CONTACT,
    cues: ["kill", "knife", "gun", "weapon", "machete", "axe", "life", "danger", "safety", "outside", "hammer", "bat", "crowbar", "burn", "petrol", "letterbox", "letter"],
    pattern: phrases([
      `(?:he|she|they|someone|somebody|(?:my|our|the) ${RELATION}|a man|a woman|a gang)(?: [a-z]+)? (?:is|are|'s|says (?:he|she|they)(?:'ll| will| is going to| are going to)|said (?:he|she|they)(?:'d| would| is going to| was going to| will|'ll)|has threatened to|threatened to|keeps threatening to|is threatening to|will|'ll|'s going to|is going to|are going to) (?:going to )?kill (?:me|us|my (?:kids|children|son|daughter|wife|husband|partner|family|mum|dad|baby))`,
      "(?:with|has got|has|holding|waving) (?:a|his|her|their) (?:knife|gun|machete|axe|hammer|weapon|bat|crossbow)(?: [a-z]+){0,6}? (?:outside|at|in|through) (?:my|our|the) (?:door|house|home|flat|window|garden|front door)",
      "(?:outside|at) (?:my|our) (?:house|door|front door|home|flat|window)(?: [a-z]+){0,3}? (?:right now|now)(?: [a-z]+){0,3}? (?:with (?:a|his|her) (?:knife|gun|machete|axe|weapon|bat)|banging|trying to get in|kicking)",
      "i(?:'m| am) (?:really |so |genuinely )?(?:scared|afraid|frightened|terrified|in fear) for my (?:life|safety|children'?s (?:lives|safety)|kids'? (?:lives|safety))",
      "(?:i )?fear for my (?:life|safety)",
      "(?:in|at) (?:immediate|real|serious) (?:danger|risk of (?:death|harm))",
      "(?:is|are|'s) outside (?:right now|now|my (?:house|door|flat|window))(?: [a-z]+){0,4}? (?:banging|kicking|shouting|trying to get in|screaming|threatening)",
      "(?:shouting|screaming|saying|texting) (?:that )?(?:he|she|they)(?:'ll| will| is going to| are going to|'s going to) kill (?:me|us|the kids|my)",
      // Someone else threatened with death as it happens, heard through the wall or seen in the street (train-31's witness).
      "(?:shouting|screaming|yelling|shoutin|screamin) (?:that )?(?:he|she|they)(?:'ll| will| is going to| are going to|'s going to|'re going to) (?:kill|stab|shoot) (?:her|him|them|the (?:lad|man|woman|girl|boy|kid|neighbour))",
      // Fire set, or promised, at a home with people in it: a threat to their lives, not to property.
      "burn (?:the|my|this|her|his|our|their) (?:[a-z]+ )?(?:house|home|flat|place) down with (?:me|us|her|him|them|the kids|my kids|my family|the family)(?: and (?:the|my|her|his|our) (?:kids|children|baby))? (?:in it|inside|in there|in)",
      "(?:poured|pour|pouring|put|pushed|posted|squirted) (?:petrol|lighter fluid|accelerant|a lit rag|burning rags?|a lit firework|fireworks?) (?:through|in|into) (?:my|the|her|his|our|their) (?:letterbox|letter box|front door)",
      "(?:going|coming|go) (?:round|over|down) (?:there |to (?:his|her|their) (?:house|flat|place) )?with (?:the|a|my) (?:kitchen )?(?:knife|hammer|bat|baseball bat|gun|machete|axe|crowbar)",
    ]),
    // A fire threatened once and since dealt with by a court ("he pleaded guilty", "he used to tell me"): told, not happening.
    unless: (hit) => KILL_ME_IDIOM.test(hit.sentence) || (/\b(?:burn|petrol)/.test(hit.text.slice(hit.start, hit.end)) && FIRE_DEALT_WITH.test(hit.text)),
    examples: {
      match: [
        "There is a man outside my house right now with a knife and he is banging on the door.",
        "My ex said he is going to kill me.",
        "I am scared for my life.",
        "He has threatened to kill my children.",
        "My ex is outside RIGHT NOW banging on the door and shouting he'll kill me.",
        "Tonight I'm going round there with the kitchen knife and that'll be the end of the problem.",
        "He's at her door now with a bat, screaming he's going to kill her.",
        "Her ex keeps texting that he'll burn the flat down with her in it.",
        "Someone poured petrol through our letterbox at 2am and the smoke alarm went off.",
      ],
      notMatch: [
        "My mum is going to kill me when she sees the phone bill.",
        "The knife crime plan is in danger of being cut.",
        "The bonfire nearly burned the shed down with the tools in it.",
        "The man who threatened to burn my house down with me in it pleaded guilty last month, and I'm happier now.",
        // Advice in a signature or footer (signpost.ts): nobody is in danger.
        "Best, Ann. Refuge volunteer: if you are experiencing domestic abuse and are in immediate danger, call 999.",
        "If you are in immediate danger please call 999. This mailbox is not monitored.",
      ],
    },
  },
];
