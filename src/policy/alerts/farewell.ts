import { KILL_ME_IDIOM, TOPIC } from "./fragments";
import { DEATH_IDIOM, FICTION, negatedAt, ORDINARY_ARRANGEMENTS, own, pastAndResolved, PROFESSIONAL, recovered } from "./concepts";
import { REVIEW_ALL_CONTACT, RISK_TO_LIFE } from "./refs";
import { MOVING_ON } from "./risk-signs";
import { phrases, together, type AlertRule, type RuleHit } from "./rule";

/**
 * A farewell said once, in passing, and the quieter signs around it (issue #10: long letters
 * that hide a farewell in one sentence among the complaint). Public guidance on warning signs
 * of suicide (Samaritans, NHS, Zero Suicide Alliance) lists them: talking as if one will not be
 * here for what comes next ("I won't be here for the hearing"), needing nothing "where I'm
 * going", giving possessions away, putting affairs in order (a will, a funeral, bills paid,
 * the phone cancelled), a note written, researching a method, a sudden calm, thanking people
 * as a goodbye, and someone who cannot now be reached. Warwickshire 7.1 "a risk to life"; 7.2
 * "irrespective of any contact strategy". The explicit ones (weight 2) alert alone; the rest
 * are signs (weight 1) that alert only beside a sign of another rule, as the guidance says:
 * one alone is everyday life (a will, a calm week, a phone off), several together are a plan.
 */

/** A trip, an appointment, a move: why someone is honestly away, not gone. */
const AWAY = /\b(?:holiday|holidays|away|abroad|on leave|annual leave|leave|travelling|traveling|trip|hospital|operation|surgery|appointment|moving|moved|visiting|work(?:ing)?|shift|conference|wedding|funeral of|out of (?:the )?(?:country|office|area)|in (?:spain|france|portugal|italy|scotland|ireland|wales|london|australia|america|canada|india|pakistan|poland)|staying (?:with|at)|going to (?:my|our|his|her) [a-z]+'?s?)\b/;
/**
 * A reason for the absence given after it ("I won't be here for Christmas because we're in Leeds"): a "because" before
 * it explains something else ("not because I'm taking your advice but because I won't be here to send any more").
 */
const REASON_AFTER = /^[^.!?\n]*?\b(?:because|as i(?:'m| am| will|'ll)?|since i(?:'m| am| will|'ll))\b/;
const awayGiven = (hit: RuleHit) => AWAY.test(own(hit)) || REASON_AFTER.test(hit.text.slice(hit.end));
/** A call to an office or a service line, not to a person in danger. */
const OFFICE_CALL = /\b(?:office|your (?:phones?|staff|line)|switchboard|101|111|helpline|reception|call centre|call handler|on hold|waited \d+ minutes|press \d|automated|nobody in your|no one in your)\b/;
/** A height to fall from: a bare "climbing over the railings" is a child in a park, on a bridge it is not. */
const HEIGHT = /\b(?:bridge|roof|rooftop|multi[- ]?storey|car park|cliffs?|viaduct|tower|balcony|flyover|motorway|railway|tracks|platform|quarry|ledge|edge)\b/;

/** The hit's own sentence with the matched words blanked: a guard reads what surrounds them, not them ("I have a plan" is no "plan" topic). */
const around = (hit: RuleHit) => {
  const said = hit.text.slice(hit.start, hit.end);
  return own(hit).replace(said, " ".repeat(said.length));
};

/**
 * The risk rules' guards that suit words this specific: fiction, a professional's caseload, an
 * idiom of dying, a crisis long past and recovered from, negation just before. Not the broader
 * guards for a bare "end it" (a complaint, a file, an email: "I won't be here to send any more
 * emails" is the point), nor a topic word elsewhere in the sentence (a "policy", a "survey").
 */
const farewellGuard = (hit: RuleHit) => {
  const sentence = around(hit);
  return FICTION.test(sentence) || PROFESSIONAL.test(sentence) || DEATH_IDIOM.test(sentence) || pastAndResolved(hit) || recovered(hit) || negatedAt(hit.text, hit.start);
};

export const FAREWELL_RULES: readonly AlertRule[] = [
  {
    id: "risk-to-life/indirect-farewell",
    kind: "risk-to-life",
    policyRef: RISK_TO_LIFE,
    cues: ["need", "needing", "gone", "dead", "knowing", "goodbye", "looked", "looking", "look", "searched", "searching", "googled", "googling", "researched", "researching", "reading", "rather", "died", "disappeared", "jumped", "killed", "walked", "bridge", "train", "trains", "tracks", "railway", "river", "cliff", "cliffs", "edge", "roof", "canal", "reservoir", "rope", "jump", "taking", "burden", "insulin", "better", "wake", "point", "finish", "finishing", "climbing", "climbed", "climb", "climbs", "railings", "barrier", "parapet", "ledge", "tomorrow", "tomoz", "tmrw", "tomorow", "longer", "morning", "stood", "standing", "stand", "sat", "sitting", "aside", "away", "saving", "saved", "kept", "keeping", "hidden", "stashed", "cord", "belt", "ligature", "methods", "ways", "easy", "beam", "loft", "myself", "read", "reads", "last", "sure", "think", "carry", "christmas", "new", "weekend", "summer", "without", "provided", "alright", "fine", "coming", "roof", "top", "multi", "storey", "story", "park", "tower", "flats", "building", "hear", "here", "alive", "written", "wrote", "finished", "around"],
    pattern: phrases([
      // Needing nothing where one is going; gone before the reply comes.
      "(?:won't|will not|wont|don't|do not|dont|shan't) (?:be )?need(?:ing)? (?:it|them|anything|any of (?:it|them|this|that)|those|these|this|that|my [a-z]+)(?: (?:any ?more|now|again|else))?(?: [a-z]+){0,2}? where i(?:'m| am|m) going",
      "(?:i(?:'ll| will)|ill|i'm going to|i am going to) be (?:gone|dead) (?:by then|by the time|before (?:then|you|anyone|it)|by (?:tomorrow|tonight|the morning|morning|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|christmas))",
      "(?:i )?(?:won't|will not|wont) be (?:here|around|alive) (?:tomorrow|tomoz|tmrw|tomorow|by (?:tomorrow|the morning|morning|tonight)|much longer|for much longer|for long)",
      "(?:i )?(?:don't|do not|dont) think (?:i'll|ill|i will) be (?:here|around|alive) (?:to [a-z]+ (?:it|this|them) )?(?:much longer|for (?:much )?longer|for long|by)",
      "(?:it'?s|it has) been (?:good|nice|great|lovely) knowing (?:you|u|ya)",
      "(?:written|wrote|left|finished) my (?:note|last letter|final letter|goodbye (?:letter|note)s?)(?= *(?:[.!,\\n]|$))",
      // Researching a method: how many tablets it would take.
      "(?:looked|looking|look|searched|searching|googled|googling|researched|researching|reading) (?:up )?(?:on (?:the )?(?:computer|internet|phone|laptop|google) )?how (?:many|much)(?: of)?(?: (?:my|his|her|the|their))?(?: [a-z]+){0,2}? (?:it(?:'d| would| will)? take|(?:would|will|it takes to) (?:kill|be fatal|be enough)|(?:is|are) (?:fatal|enough|a fatal dose)|(?:it )?takes)",
      "(?:looked|looking|searched|searching|googled|googling|researched|researching) (?:up )?how to (?:do it|end it|kill myself|hang myself|overdose|tie a noose)",
      "(?:rather|prefer to|sooner) be with (?:her|him|them|my (?:late )?[a-z]+|[a-z]+) than (?:here|alive|living|be here|be alive)",
      "(?:notice|miss me|care|find me) if i (?:died|was dead|were dead|was gone|were gone|disappeared|wasn't here|was not here|walked (?:in front of|into)|jumped|killed myself|wasn't around)",
      "(?:keep|kept|been|i'm|am|can't stop|cannot stop) thinking about the (?:bridge|train|trains|tracks|railway|river|cliff|cliffs|edge|roof|canal|reservoir|rope|pills|tablets)(?= *(?:[.!,\\n]|$| again| every))",
      "i (?:think|thinking|thought|want|wanted|will|could|might|keep thinking|am going|'m going)(?: [a-z]+){0,2}? (?:to )?jump (?:from|off|out of) (?:the|my|a) (?:window|balcony|roof|bridge)",
      "(?:he|she|they)(?: [a-z]+){0,3}? (?:will|'ll|is going to|'s going to|are going to|wants to|threatening to|threatened to) jump (?:from|off|out of|in front of)",
      "(?:i'll|i will|i'm going to|i am going to|or i'll|or i will)(?: just)? stop taking my (?:insulin|meds|medication|tablets|pills|antidepressants)",
      "better off (?:[a-z]+ ){0,6}?(?:than with me|without me|when i'?m gone|if i (?:was|were|wasn't|was not|weren't) (?:here|around|alive)|with me (?:dead|gone))",
      "if i (?:just )?(?:didn't|did not|never) wake up", "rather (?:not|never) wake up",
      "no point (?:in )?(?:carrying on|going on|seeing another (?:christmas|birthday|year|summer|spring|day))(?! with| this| the| to)",
      "finish(?:ing)? my (?:own )?life",
      "(?:i(?:'m| am) going to|i(?:'ll| will)|time (?:i|to)) stop being a burden",
      "(?:climb|climbing|climbed|climbs) (?:over|onto|up on) the (?:railings?|barrier|parapet|edge|ledge)",
      // A height stood at, a means put by, a method looked up, a death pictured (public guidance: a plan, a means, rehearsal).
      "(?:stood|standing|stand|been|sat|sitting|went|go) (?:on|at|to) the edge of (?:the|a) (?:viaduct|bridge|cliff|cliffs|roof|platform|multi[- ]?storey|quarry|car park|tracks)",
      "(?:i(?:'ve| have)|i) (?:been )?(?:put(?:ting)?|sav(?:e|ing|ed)|stor(?:e|ing|ed)|hid(?:e|ing|den)|kept|keep(?:ing)?|stash(?:ing|ed)?) (?:aside |away |up )?(?:all )?(?:of )?(?:my|her|his) (?:[a-z]+ ){0,2}?(?:tablets|pills|meds|medication|medicine|painkillers|paracetamol|diazepam|quetiapine|sertraline|citalopram|mirtazapine|amitriptyline|zopiclone|tramadol|codeine|co-codamol|morphine|oxycodone|insulin|lithium|propranolol|antidepressants)",
      "(?:had|have|'ve got|got) the (?:cord|rope|belt|ligature|flex|cable|noose|tablets|pills) (?:ready|tied|out)",
      "(?:looking|looked|searching|searched|reading|read|researching|researched) (?:at |up |about |into )?(?:methods|ways to (?:die|do it|end it|kill myself))",
      "(?:thinking|thought|think)(?: [a-z]+){0,3}? about (?:how easy it would be|the beam|the loft|the rope|the noose|the garage beam)",
      "how (?:very |so )?easy it would be(?: just)? (?:to(?: just)? (?:keep driving|drive|walk|step|jump|let go|go under|not come back|swerve|lie down|not get up)|for (?:both of us|us both|the two of us|the (?:baby|pram) and me))",
      "do it myself and save (?:him|her|them|everyone|you) the (?:trouble|bother|job)",
      "(?:said|say|saying) goodbye to (?:my|the|her|his) [a-z]+ in (?:a )?(?:letter|note|card)",
      "by the time (?:you|anyone|someone|somebody) (?:read|reads|see|sees|get|gets|open|opens) (?:this|it|the [a-z ]{1,25}?|my [a-z ]{1,25}?),? (?:i(?:'ll| will)|ill) (?:be )?(?:with (?:her|him|them|my [a-z]+)|gone|dead|not be here)",
      "(?:written|writing|wrote) the last of my (?:letters|emails|notes)",
      "(?:not sure|don't think|do not think|dont think|doubt) (?:i'?ll|i will|ill) (?:still )?be (?:here|around|alive) (?:for|to see|by|when|at)",
      // "Still" there to do the next thing, doubted: "not sure I'll still be around to sit them" (train-30's student).
      "(?:not sure|don't think|do not think|dont think|doubt) (?:i'?ll|i will|ill) still be (?:here|around|alive) to [a-z]+",
      "(?:don't|do not|dont) expect to (?:be (?:here|around|alive)|see (?:christmas|the new year|the spring|the summer|another))",
      // The same in a formal letter: "I do not anticipate being here to read it after the end of the month."
      "(?:don't|do not|dont) (?:anticipate|expect) being (?:here|around|alive) (?:to|for|after|by|beyond|much)",
      "(?:don't|do not|dont) (?:intend|plan) to be (?:here|around|alive) (?:for|to see|when|by|after)",
      // Not here for the office's next step (train-32 on): "not going to be here for your next letter", "won't be around long enough to see your reply".
      "(?:won't|will not|wont|not going to|not gonna) be (?:here|around|alive|about) (?:long enough|for (?:your|any) (?:next|reply|answer))",
      "(?:not|no) going to be (?:here|around|about|alive) (?:much|for much|for) longer",
      "(?:stopped caring|don't care|do not care|dont care|past caring)(?: any ?more)? (?:whether|if) i (?:wake up|live or die|live|die|make it)",
      "(?:go|went|going) to sleep(?: together)? and (?:didn't|did not|never|not|don't) wake up",
      "i (?:don't|do not|dont) think i want to (?:carry on|go on|be here|live|keep going)",
      "(?:after|by|before) (?:the )?(?:christmas|new year|weekend|summer|[a-z]+day)(?:,)? i (?:will not|won't|wont) be (?:here|around|alive)",
      // The next season or feast said as one the writer will not see: "I won't be here for Christmas", "won't be around for my birthday".
      "i (?:will not|won't|wont|shan't) be (?:here|around|alive) (?:for|at|to see) (?:christmas|xmas|the new year|new year|easter|my birthday|(?:my|his|her) [a-z]+'s birthday|next (?:christmas|year|spring|summer))",
      "better (?:off )?without (?:me|a (?:father|mother|dad|mum|husband|wife|partner)(?: (?:like me|who))?)",
      "better (?:off|provided for)(?: [a-z]+){0,3}? if i (?:wasn't|was not|weren't|were not|wasnt) (?:around|here|alive)",
      "(?:better|alright|fine|ok|okay) (?:off )?(?:than|then) (?:they are |they'?d be |they would be )?with me",
      "(?:tell|told) (?:her|him|them) i(?:'m| am) coming",
      "(?:i'?m|im|i am) (?:sat |stood |sitting |standing |up )?(?:on|at) the (?:roof|top|edge) of (?:the |a )?(?:multi[- ]?stor(?:e)?y|car park|bridge|viaduct|flats|tower|cliff|building)",
      "(?:someone|somebody|they|you|the police|my [a-z]+)(?: will|'ll| is going to| are going to) find me (?:in|at|on|hanging|dead|tomorrow|when)",
      "(?:where|so) (?:nobody|no one|no-one) (?:will|would|can|could|'ll) find me",
      "(?:won't|will not|wont) be (?:here|hear|around|alive) to (?:send|write|read|see|hear|chase|reply|answer)",
      "(?:won't|will not|wont) be (?:hear|here) much longer",
      "better if i(?:'m| am| was| were) (?:not|no longer) (?:here|around|alive)",
    ]),
    unless: (hit) => farewellGuard(hit) || (/^(?:i |won|don|do |wont|dont|not)/.test(hit.text.slice(hit.start, hit.end)) && /be(?:ing)? (?:here|around|alive)/.test(hit.text.slice(hit.start, hit.end)) && awayGiven(hit)) || (/^climb/.test(hit.text.slice(hit.start, hit.end)) && !HEIGHT.test(hit.sentence + hit.previous)),
    examples: {
      match: [
        "I've handed my tools to my brother. I won't need them where I'm going.",
        "Don't send anyone, I'll be gone by then.",
        "Anyway I won't be around much longer, so it hardly matters.",
        "It's been good knowing you, Casey.",
        "I HAVE WRITTEN MY NOTE.",
        "Last night I was on my phone looking up how many of my sleeping tablets it would take.",
        "Most days I would rather be with my late wife than here.",
        "I wonder whether anyone would even notice if I died.",
        "I can't sleep and I keep thinking about the bridge.",
        "Some nights I think to jump from the window of my flat.",
        "My son texted that he will jump off the viaduct.",
        "Answer by Friday or I'll stop taking my insulin.",
        "My family would be better off with the life insurance than with me.",
        "Honestly everyone would be fine if I just didn't wake up.",
        "There's no point seeing another Christmas.",
        "A man is climbing over the railings on the bridge.",
        "I won't be here for Christmas, so please pass my papers to my son.",
        // A "because" before the words explains something else; the absence itself is given no reason.
        "Don't write back, and not because the review is over but because I won't be here to read it.",
        "If the appeal fails I'm not sure I'll still be around to hear the next one, and I mean that.",
        "Please send any reply to my daughter; I do not anticipate being here after the end of the month.",
        "Some nights on the towpath I think how very easy it would be to step off.",
        "I wont be around long enough to see your reply so dont rush.",
        "not going to be around long enough for your reply so dont bother sending anything",
        "I don't intend to be around for the outcome, so send it to my brother.",
        "I haven't eaten in days and I've stopped caring whether I wake up.",
        "Some nights I think it would be kinder if we just went to sleep together and didn't wake up.",
      ],
      notMatch: [
        "I won't be around next week as I'm on holiday in Spain.",
        "I won't be here for Christmas because we are going to my sister's in Leeds.",
        "Tell your boss he won't be around much longer.",
        "I don't need the leaflet where I'm going: the new council has its own.",
        "I've written my note to the panel and attached it.",
        "I looked up how many officers work in Rugby.",
        "The kids were climbing over the railings in the park again.",
        "I'm looking up how much the Commissioner's office costs.",
        "I don't think I'll be around much longer today, so please ring tomorrow after the appointment.",
        "I'm not sure I'll still be around to answer the phone after five, as I'm on holiday from Friday.",
        "I do not anticipate being here for the meeting because I am working away that week.",
        "I won't be here for your next letter as I'm in Spain until June.",
      ],
    },
  },
  {
    id: "risk-to-life/giving-away",
    kind: "risk-to-life",
    policyRef: RISK_TO_LIFE,
    weight: 1,
    cues: ["given", "give", "gave", "giving", "password", "passwords", "pin", "passcode", "login", "logins", "handed", "handing", "goodbyes", "sorted", "sorting", "through", "watch", "jewellery", "tools", "savings", "bike", "guitar", "furniture", "books", "records", "ring", "dog", "cat", "stuff", "things", "car", "playstation", "xbox", "laptop", "brother", "sister", "phone", "leaving", "boxes", "pets", "home", "kids", "children", "boys", "girls"],
    // Giving possessions away, settling pets, saying goodbyes (public guidance: "giving away possessions").
    pattern: phrases([
      "(?:given|give|gave|giving|handed|handing) (?:my|his|her|our) (?:little |big |older |younger )?(?:brother|sister|son|daughter|nephew|niece|mate|friend|neighbour|cousin|mum|dad) (?:my|his|her|the rest of my|all my) [a-z]+",
      // Access handed on so family can get at what is left: "my laptop password in my notes app for my sister so she can get my photos".
      "(?:password|passwords|pin|passcode|login|logins)(?: [a-z']+){0,5}? for my (?:sister|brother|mum|mam|dad|son|daughter|wife|husband|partner|family|parents) so (?:she|he|they) can (?:get|have|access|find|keep)",
      "(?:my )?(?:phone|car|dog|cat) is going to (?:him|her|them|my [a-z]+)",
      "(?:the |my )?(?:dog|cat|pets?)(?: is|'s| are) (?:with|going to|staying with) (?:my|a|the|her|his) [a-z]+",
      "(?:find|found) (?:him|her|them) a (?:good |new |loving )?home",
      "(?:kids|children|boys|girls) (?:get|can have|are to have) my",
      "where i(?:'m| am) leaving the (?:dog|cat|kids|keys)",
      "(?:packed|packing|put)(?: [a-z']+){0,3}? (?:into|in) boxes for",
      "(?:given|gave|giving|handed|handing) (?:away )?(?:all )?(?:my|his|her) (?:[a-z]+ ){0,5}?(?:gear|watch|ring|rings|jewellery|car|furniture|clothes|things|stuff|belongings|possessions|tools|books|records|guitar|bike|dog|cat|pets?|savings|medals|collection|keys|playstation|xbox|laptop|games)(?![a-z])",
      "(?:[a-z]+ )?can have my (?:car|house|flat|things|stuff|dog|cat|watch|ring|jewellery|tools|savings|bike|guitar|furniture|books|records)",
      "(?:sorted|sorting) (?:out )?the (?:cat|dog|pets?|budgie|rabbit) with",
      "(?:said|says|saying) (?:her|his|their|my|me) goodbyes",
      "(?:given|gave|giving) (?:the|my) (?:cat|dog|bike|car|telly|tv|guitar|watch|budgie|rabbit) to",
      "(?:sorting|sorted|been going|gone) through (?:her|his|my) things",
    ]),
    unless: (hit) => TOPIC.test(around(hit)),
    examples: {
      match: ["I've given my watch and my tools to my nephew. I won't be needing them now.", "Gave the cat to next door and the bike to my nephew. I won't be needing them now.", "I've left my phone passcode for my brother so he can get my photos off it. There is no way out."],
      notMatch: ["My neighbour gave my car a jump start, so I made the appointment after all."],
    },
  },
  {
    id: "risk-to-life/affairs-in-order",
    kind: "risk-to-life",
    policyRef: RISK_TO_LIFE,
    weight: 1,
    cues: ["cancelled", "paid", "tidy", "clean", "funeral", "arrangements", "keys", "insurance", "counted", "affairs", "sorted", "cleared", "clearing", "tidied", "everything", "signed", "landlord", "neighbours", "neighbour", "partner", "wear", "policy", "clinic", "dignitas", "notice", "advance", "bill", "bills", "written", "wrote", "left"],
    // Putting affairs in order (public guidance): each alone is ordinary; beside another sign, a plan.
    pattern: phrases([
      "cancelled (?:my|the) (?:phone|contract|tenancy|mobile|broadband|own complaint|subscriptions)",
      "paid (?:everything|it all|all my (?:bills|debts)|my (?:bills|debts)|off (?:my|all my|everything)(?: bills| debts)?)(?: off)?",
      "left (?:everything|it all|the (?:house|flat|place)) (?:tidy|clean|in order|sorted)",
      "(?:instructions|arrangements) (?:with|for) (?:the )?[a-z-]+ (?:about|for) (?:the|my) funeral",
      "(?:money|savings) (?:aside )?for my (?:own )?funeral",
      "(?:planned|paid for|arranged|sorted|organised) my (?:own )?funeral",
      "made (?:my|all my|the|final) arrangements",
      "(?:putting|put|posting|posted) (?:the|my) (?:house |flat )?keys through",
      "insurance (?:money|pay ?out|policy|will pay)",
      "counted (?:out )?(?:them|the (?:tablets|pills))",
      "(?:sorted|sorting|settled|settling|got|have|put|putting|getting) (?:out )?(?:all )?my affairs(?: (?:sorted|in order|out))?",
      "(?:sorted|cleared|tidied) (?:out )?(?:the|my) (?:flat|house|room|place)(?: out)?",
      "(?:cleared|clearing) out (?:the|my) (?:flat|house|room|place)",
      "knows? where everything is",
      "given notice on (?:the|my) (?:flat|house|tenancy|room)",
      "(?:paid|settled) (?:the |my )?[a-z']+ bills? in advance",
      "(?:written|wrote|put) (?:it all|everything) down in a letter",
      "signed (?:my|the) (?:house|flat|car|savings) over",
      "(?:left|written|wrote) (?:a |my )?(?:note|letter)s? for (?:the |my )?(?:landlord|neighbours?|neighbour|partner|family|nephew|niece)",
      "(?:written|wrote|put) everything down in a letter",
      "chosen what i(?:'ll| will| am going to|'m going to) wear",
      "(?:second |another )?life (?:insurance|policy|cover)",
      "(?:clinic|dignitas) (?:abroad|in switzerland)",
      "(?:written|wrote|left) (?:a |my )?(?:letters?|notes?) (?:to|for) (?:my|the) (?:two |three |four )?(?:girls|boys|grandchildren|grandkids|friends|son|daughter|children|kids|sister|brother|mum|dad|wife|husband|partner)",
    ]),
    unless: (hit) => TOPIC.test(around(hit)) || ORDINARY_ARRANGEMENTS.test(own(hit)),
    examples: {
      match: ["I've cancelled my phone and paid off all my bills. Thanks for everything."],
      notMatch: ["I've paid my bills and cancelled the broadband because I'm moving house.", "The funeral is arranged for the 9th, and I've made the arrangements for the wake at the Angel."],
    },
  },
  {
    id: "risk-to-life/low-mood",
    kind: "risk-to-life",
    policyRef: RISK_TO_LIFE,
    weight: 1,
    cues: ["good", "low", "depressed", "energy", "eaten", "eating", "eat", "ok", "okay", "alright", "disappear", "trust", "calm", "calmer", "peace", "road", "head", "dark", "reason", "tired", "peace", "waking", "wake"],
    // Hopelessness, exhaustion, not eating, a sudden calm (public guidance): despair in the writer's own words.
    pattern: phrases([
      "(?:not|n't|nt) in a good (?:way|place)(?: (?:at the moment|right now|now|today|either))?",
      "(?:very|really|so|been|feeling|felt) low(?= *(?:[.!,\\n]|$| since| for| lately| recently| and))",
      "(?:been|feeling|felt|i'?m|i am|very|really|so) (?:really |very |so )?depressed",
      "no energy left",
      "(?:not|haven't|have not|hasn't|has not|stopped|stop) (?:eaten|eating)(?: properly)?",
      "(?:can't|cannot|can not) (?:eat|sleep),? (?:i )?(?:can't|cannot|can not) (?:eat|sleep)",
      "still not (?:ok|okay|alright)",
      "(?:want|wanted|wants|wish i could) to disappear",
      "(?:don't|do not|can't|cannot) trust myself",
      "calm(?:er)? than (?:i have|i've) (?:been|felt)? ?in (?:years|ages|months)",
      "(?:i(?:'m| am)|i feel) (?:at peace|calm) (?:with (?:it|everything|my decision|that)|now)",
      "(?:run|ran) out of road", "end of the road for me",
      "(?:can't|cannot) stop my head",
      "in a (?:very )?(?:dark|bad) place",
      "made (?:my )?peace(?: with (?:it|it all|everything))?(?= *(?:[.!,\\n]|$| now))",
      "(?:point|reason) (?:of|in|to) (?:waking|wake|getting|get) up",
      "(?:feel|feeling|felt) (?:quite |very |so )?calm about it",
      "(?:isn't|is not|isnt|not|no|little) (?:much )?reason to stay",
      "(?:can't|cannot|don't|do not|couldn't) see (?:a|any) way out",
      "(?:don't|do not|dont|can't) see the point in getting up",
      "so (?:very )?tired(?= *(?:[.!,\\n]|$| and i))",
    ]),
    unless: (hit) => TOPIC.test(around(hit)) || /\b(?:weather|battery|batteries|signal|water pressure|prices?|turnout|stock|stocks)\b/.test(own(hit)),
    examples: {
      match: ["I'm not in a good way. I've got the rope in the shed."],
      notMatch: ["I'm not in a good way with my back, so please write rather than ring."],
    },
  },
  {
    id: "risk-to-life/parting-words",
    kind: "risk-to-life",
    policyRef: RISK_TO_LIFE,
    weight: 1,
    cues: ["ending", "disappearing", "thinking", "plan", "said", "anyone", "anybody", "ambulance", "send", "999", "everything", "matter", "needing", "last", "end", "read", "bye", "goodbye", "looked", "looking", "decided", "decide", "before", "until", "once", "ready", "set", "chosen", "picked", "exactly", "bought", "fault", "sorry", "sort", "able", "enough", "lot", "wrote", "written", "one", "them", "tonight", "today", "now", "tomorrow", "2nite", "tonite", "same", "stop", "say", "goodbye"],
    // Parting words and thoughts of ending it, each alone a turn of phrase ("thanks for everything").
    pattern: phrases([
      "(?:thinking|think|thought) (?:a lot )?(?:about|of) (?:ending (?:it|things|everything)|not being here|disappearing|being with (?:her|him|them|my [a-z]+|[a-z]+) again)",
      "(?:i have|i've got|i've made|i have made) a plan(?= *(?:[.!,\\n]|$| if| for when| ready))",
      "(?:going to|gonna|will) do what i (?:said|told you) i(?:'d| would| was going to)",
      "(?:don't|do not|dont) (?:send|call) (?:anyone|anybody|the police|an ambulance|for help|999)",
      "thanks for everything(?= *(?:[.!,'\"\\n]|$))",
      "(?:it )?(?:doesn't|does not|doesnt) matter (?:much )?(?:now|any ?more|anyway)",
      "(?:i )?(?:won't|will not|wont) be needing (?:it|them|anything|that|this)(?: (?:now|any ?more|again|else))?",
      "(?:i )?(?:don't|do not|dont) think (?:i'?ll|i will) be needing (?:it|them)",
      "(?:this is|that's|that was) the last (?:one|email|message|letter)(?= *(?:[.!,\\n]|$))",
      "last (?:email|message|letter)(?: [a-z']+){0,2}? (?:you|u) (?:will|'ll|ll) (?:ever )?(?:get|hear|receive|read) from me",
      "(?:that'?ll|that will|it'll|it will) be the end of (?:it|me|everything)",
      "(?:you|u) can read (?:all )?about it",
      "(?:bye|goodbye) (?:everyone|everybody|all)",
      "(?:message|text|post|note|voicemail)s?(?: [a-z]+){0,3}? saying goodbye",
      "(?:looked|looking) up how(?= *(?:[.!,\\n]|$))",
      "(?:i(?:'ve| have)|i) already decided(?= *(?:[.!,\\n]|$))",
      "(?:i )?(?:decide|decided) already",
      "(?:before i go|until i(?:'m| am) gone|once i(?:'m| am) gone)",
      "(?:i(?:'m| am)) ready now(?= *(?:[.!,\\n]|$))",
      "(?:set|chosen|picked|decided on) (?:a|the) (?:date|day|weekend)(?= *(?:[.!,\\n]|$| at the end| for| next))",
      "decided on the (?:weekend|date|day|time|place)",
      "(?:i )?know (?:exactly )?what i(?:'m| am) going to do with (?:them|it)",
      "(?:bought|got) what i need(?:ed)?(?= *(?:[.!,;\\n]|$| and))",
      "(?:don't|do not|dont) (?:think|feel) (?:that )?(?:this|it) (?:is|was) your fault",
      "(?:said|saying) sorry to (?:my|everyone|everybody)",
      "nothing left to sort",
      "(?:none of (?:this|it)|it) (?:was|is) (?:his|her|your|their|anyone'?s) fault",
      "(?:the )?last one from me",
      "(?:i(?:'m| am)|im|i'?ll|i will|gonna|going to) (?:take|taking|swallow|swallowing|use|using|do|doing) (?:them|it|the lot|all of them) (?:tonight|today|now|tomorrow|this weekend|2nite|tonite)",
      "(?:go|going) to be with (?:her|him|them|my [a-z]+|[a-z]+)(?:,)? (?:at|in) the same",
      "(?:they'?d|they would|she'?d|he'?d) (?:only )?(?:stop|try to stop) me",
      "(?:for|to) say goodbye",
      "(?:won't|will not|wont) be able to see it through",
      "(?:more than enough|a lot now)(?= *(?:[.!,\\n]|$))",
      "(?:wrote|written) a note(?= *(?:[.!,\\n]|$))",
    ]),
    unless: (hit) => TOPIC.test(around(hit)) || KILL_ME_IDIOM.test(own(hit)) || MOVING_ON.test(hit.text),
    examples: {
      match: ["Thanks for everything. I'm not in a good way."],
      notMatch: ["It doesn't matter now, I found the form myself."],
    },
  },
  {
    id: "risk-to-life/cannot-reach",
    kind: "risk-to-life",
    policyRef: RISK_TO_LIFE,
    weight: 1,
    cues: ["phone", "mobile", "dead", "answering", "hold", "gas", "room"],
    // Someone who cannot now be reached after a farewell: a phone off, no answer, a locked room (welfare-check guidance).
    pattern: phrases([
      "(?:phone|mobile) (?:is |'s )?(?:now )?(?:off|switched off|dead|going straight to voicemail)",
      "(?:the )?line went dead",
      "(?:not|isn't|isnt|hasn't been|hasnt been|won't be|is not|wasn't|stopped) answering",
      "(?:no one|nobody|no-one) can get hold of (?:him|her|them)",
      "smell of gas",
      "(?:hasn't|has not|not) come out of (?:her|his|their) room",
    ]),
    // A call to an office that dropped ("I rang 101 … and waited 40 minutes. On the last occasion the line went dead"): its sentence or the one before.
    unless: (hit) => TOPIC.test(around(hit)) || OFFICE_CALL.test(own(hit)) || (/\bline went dead\b/.test(own(hit)) && OFFICE_CALL.test(hit.previous)),
    examples: {
      match: ["She sent a message saying goodbye and her phone is now off."],
      notMatch: ["I rang your office five times and nobody is answering the phone.", "I rang 101 on three evenings and waited 40 minutes. On the last occasion the line went dead."],
    },
  },
  {
    id: "risk-to-life/violence-now",
    kind: "risk-to-life",
    policyRef: REVIEW_ALL_CONTACT,
    scope: "sentence",
    cues: ["hitting", "beating", "attacking", "strangling", "stabbing", "choking", "battering", "killing", "kicking", "finish", "kill", "leave", "leaving"],
    // Someone being hurt now, or a person in the house who will not leave (Warwickshire 7.1: "a risk to life"; danger now).
    pattern: together(
      [
        "(?:is|are|'s|keeps|been) (?:hitting|beating|attacking|strangling|stabbing|choking|battering|kicking) (?:her|him|them|someone|somebody|his [a-z]+|her [a-z]+|my [a-z]+)",
        "(?:you'?re|you are|he'?s|he is) killing me",
        "(?:he|she|they)(?:'ll| will| is going to|'s going to|'d| would| are going to) (?:finish|kill) (?:her|him|me|us|them)(?! (?:if|when) (?:he|she|they) (?:finds?|sees?|hears?))",
        "(?:man|men|someone|somebody|stranger|intruder) (?:in|inside) (?:her|his|my|their|the)(?: [a-z]+'s)? (?:house|flat|home|room|bedroom)(?: who| and| that)? (?:won't|will not|wont|refuses to|isn't|is not) (?:leave|leaving|go)",
      ],
      ["right now", "now", "as i (?:write|type)", "(?:can )?hear", "next door", "through the wall", "going on", "tonight", "at the moment", "just", "terrified", "screaming", "crying", "line went dead", "999"],
    ),
    unless: (hit) => KILL_ME_IDIOM.test(own(hit)) || /\b(?:film|drama|soap|series|novel|game)\b/.test(own(hit)),
    examples: {
      match: [
        "My neighbour's partner is hitting her right now, I can hear it through the wall.",
        "Her husband has locked her in and says tonight he will finish her.",
        "There's a man in my gran's house who won't leave and she is terrified.",
      ],
      notMatch: ["My mum says she'll kill me when she sees the bill, ha.", "The soap last night had a man hitting his wife, and I could hear my neighbour crying at it."],
    },
  },
];
