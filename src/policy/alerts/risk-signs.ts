import { NOT_A_NAME } from "./fragments";
import { RISK_TO_LIFE } from "./refs";
import { phrases, withStaff, type AlertRule } from "./rule";
import { NAMED_MEDICINES, ORDINARY_ARRANGEMENTS, own, SAFETY_CAMPAIGN } from "./concepts";

/**
 * Signs that someone may be about to end their life, each of which alone is everyday
 * despair or a sign-off — "I can't do this anymore", "this is goodbye", "from the top of the
 * car park" — and which together are a risk to life (Warwickshire 7.1 "a risk to life").
 * Weight 1: an alert needs signs from two of these rules, or one beside a rule of weight 2 — except a
 * means got, kept or chosen (`means-to-hand`), which alerts alone.
 */
/**
 * A farewell to a job, a post or a town, not to life: "I'm moving to Aberdeen, so this is goodbye",
 * a special constable resigning with "nothing left to give". The signs below read as a move.
 */
export const MOVING_ON =
  /\b(?:moving (?:to|up to|down to|away|abroad|house)|(?:we|i)(?:'re| are|'m| am|'ve| have) moved to|relocat\w*|emigrat\w*|new job|start(?:ing)? (?:a new|my new) (?:job|role|post)|retir(?:e|ing|ement)|resign(?:ing|ation|ed)?|hand(?:ed|ing)? in my (?:notice|warrant card|resignation)|my last day|leaving (?:the (?:force|area|country|office|service|specials)|my (?:job|post|role))|(?:hand|handing|handed) (?:over|on) (?:my|the) (?:files|case|caseload|work)|(?:move|moving) (?:in|into) (?:sheltered|a care home|a home|a flat|a bungalow|with)|sell(?:ing)? (?:the|our|my) (?:house|home|flat))\b/;

export const RISK_SIGNS: readonly AlertRule[] = [
  {
    id: "risk-to-life/despair",
    kind: "risk-to-life",
    policyRef: RISK_TO_LIFE,
    weight: 1,
    cues: ["force", "strength", "power", "tank", "way", "easier", "simpler", "everybody", "everyone", "anymore", "more", "longer", "cope", "tired", "everything", "tablets", "medication", "meds", "pills", "antidepressants", "slept", "eaten", "sleep", "dump", "burden", "living", "life", "road", "out", "point", "lost", "miss", "notice", "enough", "stop", "end", "pain", "fighting", "live", "worthless", "hopeless", "useless", "empty", "care", "left", "give", "without"],
    pattern: phrases([
      "(?:i )?(?:can't|cannot|can not) (?:do|take|cope with|go on with|carry on with|handle|bear) (?:this|it|any of this|life)(?: any ?more| any longer)?",
      "(?:i )?(?:can't|cannot) (?:go on|carry on|cope)(?: any ?more| any longer| like this)?",
      "(?:there(?:'s| is) )?no way out",
      "(?:i(?:'ve| have)|i) lost everything",
      "(?:i(?:'ve| have)|i) (?:stopped|stop|quit) taking my (?:tablets|medication|meds|pills|antidepressants)",
      "(?:haven't|have not|can't|cannot) (?:slept|eaten|sleep|eat) (?:or|and|nor) (?:slept|eaten|sleep|eat)",
      "(?:i(?:'m| am) )?sorry to (?:dump|put|burden) (?:this|all this|you)",
      "(?:i have|i've got|there is) nothing left(?: to (?:live|give|lose))?",
      "(?:given|give) up on (?:life|everything|living)",
      "(?:so )?tired of (?:living|life|being alive|everything)",
      "at the end of (?:the|my) road",
      "(?:i )?(?:can't|cannot|can not) take (?:any|much) more(?: of (?:this|it))?",
      "(?:i )?(?:don't|do not|can't|cannot) see (?:the |any )?point (?:in|of) (?:anything|it all|going on|carrying on|living|any of it)",
      "what(?:'s| is) the point(?: (?:any ?more|of (?:anything|going on|carrying on|living|it all)))?(?= *(?:[.!?,\\n]|$))",
      "(?:i(?:'ve| have)|i) lost (?:my job|my home|my house|my kids|my children|my wife|my husband|my partner)(?:,| and)(?: [a-z']+){0,3}? (?:now|my|and)",
      "nobody (?:will|would|'ll|is going to) (?:miss|notice) me",
      // Broader words for the same despair (public guidance on warning signs: hopelessness, being a burden, unbearable pain).
      "(?:i(?:'ve| have)|i've just|i have just) had enough(?: of (?:everything|it all|life|living|all of it|this life))?(?= *(?:[.!,\\n]|$| of (?:everything|it all|life|living|all of it)))",
      "(?:want|need|just want) (?:the|this|it|the pain|everything) to (?:stop|end)(?= *(?:[.!,\\n]|$| now| for good| and))",
      "make (?:it|the pain|everything) stop",
      "tired of (?:fighting|living|life|everything|it all|being here|being alive)",
      "(?:can't|cannot) live like this",
      "no point (?:to|in) me",
      "(?:i(?:'m| am)|i feel) (?:such )?(?:a )?(?:burden|worthless|hopeless|useless to everyone|empty inside)",
      "(?:no one|nobody|no-one)(?: would| will|'d|'ll)? (?:even )?(?:notice|care|miss me)(?: if i (?:was|were|went|'m) gone)?",
      "nothing left for me",
      // Machine-translated and dialect despair (train-32 on): "I not have more force to live", "nowt left in the tank".
      "(?:no|not have|have no|haven't) more (?:force|strength|power) (?:to|for) (?:live|living|fight|go on|continue)",
      "nothing left in the tank",
      "(?:exhausted|tried) every (?:avenue|option|route|door)", "no point (?:to|in) (?:any of )?(?:it|this|anything)(?: any ?more)?", "(?:i(?:'m| am)|im) done(?: mate| pal)?(?= *(?:[.!,\\n]|$| with (?:everything|it all|life)))",
      "(?:stopped|stop|quit) taking my (?:insulin|meds|medication|tablets|pills|antidepressants)",
      // A medicine stopped on purpose, by its name ("Stopped the lithium a week ago on purpose"): a sign beside a farewell.
      `(?:stopped|quit|came off|come off)(?: taking)? (?:the|my|all my|all the) (?:${NAMED_MEDICINES}|meds|medication|tablets|pills|antidepressants)(?: [a-z]+){0,4}? (?:on purpose|deliberately)`,
      "i give up(?= *(?:[.!,\\n]|$| on (?:everything|life|living)))",
      "(?:world|everyone|everybody|they|my family|my kids) (?:would be|'d be|will be) better (?:off )?without me",
      "(?:it'?s|it is|it would be|it'?ll be|it will be) (?:easier|better|simpler) (?:this way )?for (?:everybody|everyone|all of you|my family|the family)",
      // Not caring whether one lives: "Dont think I care anymore which way it goes" (a driver thinking of not braking).
      "(?:don't|do not|dont) (?:think i )?care any ?more which way it goes",
    ]),
    unless: (hit) => MOVING_ON.test(hit.text),
    examples: {
      match: ["I'm writing this from the top of the car park. I can't do this anymore.", "There is no way out. This is goodbye.", "Stopped the lithium a week ago on purpose. I've written letters for my sister.", "My neighbour says I should talk to someone but I've already decided and honestly it's easier this way for everybody."],
      notMatch: ["I can't do this anymore, your complaints process is a joke.", "I'm tired of waiting for your reply.", "I came off the sertraline on purpose with my GP's help, and I've written letters for my sister's wedding."],
    },
  },
  {
    id: "risk-to-life/farewell-hint",
    kind: "risk-to-life",
    policyRef: RISK_TO_LIFE,
    weight: 1,
    cues: ["accept", "take", "treat", "final", "correspondence", "communication", "reaches", "last", "peace", "goodbye", "hear", "bye", "time", "matter", "kids", "children", "family", "won", "sorry", "letters", "letter", "notes", "note", "cards", "look", "know", "ready", "less", "coming", "bother", "love"],
    ...withStaff((names) => phrases([
      "(?:this is|so this is|saying) goodbye",
      `goodbye (?:to )?(?:everyone|all|everybody${names.alt})(?= *[.!\\n]|$)`,
      "(?:you )?(?:won't|will not|shan't) (?:ever )?(?:be )?hear(?:ing)? from me again",
      "(?:this is|it's) the last (?:time )?you(?:'ll| will) (?:ever )?hear from me",
      "by the time (?:you|anyone|someone) (?:read|reads|see|sees|get|gets|open|opens) this",
      "by the time (?:this|my (?:letter|email|message)) (?:reaches|gets to|arrives|is read)",
      "(?:treat )?this (?:as|is) my (?:final|last) (?:correspondence|communication)",
      "(?:it )?won't matter (?:anyway|any ?more|soon|by then)",
      "(?:written|wrote|writing|left) (?:my |some |a few )?(?:letters?|notes?|cards?) (?:to|for) (?:my |the )?(?:kids|children|family|son|daughter|wife|husband|partner|mum|dad|sister|brother|parents)",
      "tell (?:the commissioner|him|them|everyone|her|the police) (?:that )?(?:he|she|they|you|they've|he's) (?:won|got (?:his|her|their) way)",
      "(?:to )?say(?:ing)? goodbye", "goodbye(?= *(?:[.!\\n]|$))",
      "(?:i(?:'m| am)) ready to go(?= *(?:[.!,\\n]|$| now))",
      "one less (?:complaint|problem|person|thing|nuisance) to (?:deal with|worry about)",
      "(?:won't|will not|wont|isn't|is not|not) (?:be )?coming (?:home|back)(?= *(?:[.!,\\n]|$| again| ever))",
      "(?:don't|do not) bother (?:replying|answering|writing back|to reply|sending (?:it|anything|the [a-z]+))",
      "(?:this is|this will be|it's|it is) (?:the|my) last (?:email|message|letter|time)(?: [a-z']+){0,4}? (?:from me|you(?:'ll| will) (?:get|hear|receive|read))",
      "(?:can|will) have (?:their|your|some) peace and quiet",
      "(?:accept|take|treat) this (?:as|like) my (?:last|final) (?:letter|email|message)",
    ])),
    unless: (hit) => MOVING_ON.test(hit.text),
    examples: {
      match: ["This is goodbye. I won't be a problem for your office after tonight.", "You won't hear from me again. There is no way out.", "Goodbye Priya. There is no way out.", "By the time this reaches the top of your pile it won't matter. There is no way out."],
      // "Goodbye" to someone the office does not employ is no farewell to it.
      notMatch: ["You won't hear from me again until the Ombudsman rules.", "Goodbye for now and thank you.", "Goodbye Gareth. There is no way out.", "I'm moving to Aberdeen for a new job, so this is goodbye. I just wanted you to know how much your help meant."],
    },
  },
  {
    id: "risk-to-life/last-words",
    kind: "risk-to-life",
    policyRef: RISK_TO_LIFE,
    weight: 1,
    cues: ["instructions", "everyone", "sorry", "written", "wrote", "each", "letters", "letter", "notes", "note", "cards", "look", "know", "love", "loved", "will", "affairs", "dog", "cat", "find", "finds", "found", "fault", "given", "gave", "giving", "cancelled", "order", "sorted", "sorting", "writing", "understand"],
    // Putting affairs in order and last words to family (public guidance: giving things away, saying goodbye, apologising for everything).
    pattern: phrases([
      "sorry for (?:everything|all the trouble|all the (?:emails|letters|calls|bother|fuss)|being a burden|what i(?:'m| am) about to do|the trouble i(?:'ve| have) caused)",
      "(?:letters?|notes?|cards?) (?:to|for) (?:my|the|her|his|their) (?:children|kids|family|son|daughter|wife|husband|partner|mum|dad|parents|sister|brother)",
      // Written to each of them, papers left where they will be found (train-30 on: last letters in a formal complaint).
      "(?:written|wrote|writing) to (?:each|all|every one|both) of my (?:children|kids|sons|daughters|family|grandchildren)(?= *(?:[.!,;\\n]|$| and| to say))",
      "(?:where|so) (?:they|it|everything)(?:'ll| will) be found",
      "look after (?:my|the) (?:kids|children|dog|cat|mum|dad|family)(?= *(?:[.!,\\n]|$| for me| when))",
      "(?:just )?wanted (?:someone|somebody|you|one person) to know",
      "tell (?:my )?[a-z]+ (?:that )?i love (?:them|him|her)",
      "(?:gets? )?told i (?:loved|love) (?:her|him|them)", "(?:when|once|after|before) (?:they|you|someone|somebody|the police) (?:find|finds|found) me",
      "(?:it )?(?:wasn'?t|was not|isn'?t|is not) (?:her|his|your|their|anyone'?s|my family'?s|the kids'?) fault",
      "(?:saying|said|says|say) sorry to (?:everyone|everybody|us all|all of us|the family)",
      "(?:given|gave|giving) (?:the|my) (?:dog|cat|pets?|budgie|rabbit) to", "cancelled (?:all )?(?:the |my )?(?:direct debits|standing orders|subscriptions)", "(?:getting|got|put|putting|sorting|sorted) (?:things|everything|my affairs|my things) (?:in order|out)",
      "(?:wanted|want) (?:someone|somebody)(?: [a-z]+){0,3}? to (?:know|have it in writing|understand) why",
      "(?:my|made a|written a|wrote a|updated my) will(?= *(?:[.!,\\n]|$| is| and))",
      "(?:put|putting|got|getting) my affairs in order",
      "(?:given|giving) away (?:my|all my) (?:things|stuff|belongings|possessions)",
      "(?:i(?:'ve| have)|i) left instructions (?:that|for)",
      "(?:written|wrote|said goodbye|spoken|talked) to everyone i (?:need|needed|have|had|wanted) to",
    ]),
    unless: (hit) => MOVING_ON.test(hit.text) || ORDINARY_ARRANGEMENTS.test(own(hit)),
    examples: {
      // (Christmas cards "to each of my children", a lost parcel "where it will be found" are ordinary: notMatch below.)
      match: ["I've written letters to my children and I'm ready to go. I'm sorry for all the trouble.", "I have written to each of my children and there is no way out.", "She has written letters to her parents and says there is no way out.", "Please treat this as my final correspondence. I've left instructions that nobody should chase any of this after the 30th.", "I've made my peace and written to everyone I need to."],
      notMatch: ["I have written to each of my children about the hearing date.", "Sorry for all the trouble with the forms, and thank you.", "I'm putting my affairs in order ahead of my hip operation next month. I just wanted someone to know why I'm slow to reply."],
    },
  },
  {
    id: "risk-to-life/no-longer-a-burden",
    kind: "risk-to-life",
    policyRef: RISK_TO_LIFE,
    weight: 1,
    cues: ["problem", "bother", "burden", "nuisance", "trouble", "tonight", "deal", "worry", "read", "put"],
    pattern: phrases([
      "(?:won't|will not|shan't) (?:be a (?:problem|bother|burden|nuisance)|trouble|bother) (?:for|to) (?:you|your office|anyone|anybody|my family)(?: any ?more| any longer| again| after (?:tonight|today|this))?",
      "(?:won't|will not) (?:have to|need to) (?:deal with|put up with|worry about|worry bout|read) (?:me|my (?:emails|letters))(?: any ?more| any longer| again| after (?:tonight|today|this (?:week|weekend|month)|the weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day))",
      "after tonight",
    ]),
    examples: {
      match: ["This is goodbye. I won't be a problem for your office after tonight.", "You won't have to deal with me any more. I can't go on.", "You will not need to deal with me after this week. There is no way out."],
      notMatch: ["I won't be a problem for you any more: I'm taking my complaint to the IOPC.", "After tonight's meeting, please send the minutes."],
    },
  },
  {
    id: "risk-to-life/place",
    kind: "risk-to-life",
    policyRef: RISK_TO_LIFE,
    weight: 1,
    cues: ["pier", "harbour", "jetty", "end", "beachy", "top", "edge", "roof", "blade", "story", "multi", "bridge", "knife", "rope", "pills", "tablets", "paracetamol", "myself", "railway", "tracks", "cliff", "cliffs", "viaduct", "river", "sea", "quarry", "noose", "hosepipe", "hose", "blades", "blade", "charcoal", "painkillers", "canal", "lake", "reservoir", "motorway", "crossing", "station", "platform", "vodka", "razor", "gun", "shotgun", "rifle", "meds", "medication", "chosen", "lot"],
    pattern: phrases([
      `(?:on|at|from) (?:the )?(?:top of|edge of|roof of) (?:the |a )?(?:car park|multi[- ]?stor(?:e)?y|building|bridge|flats|tower|cliff|block)${NOT_A_NAME}`,
      `(?:on|at|from) the (?:bridge|cliff|railway|tracks|viaduct|roof)${NOT_A_NAME}`,
      `(?:going|heading|walking|driving|off|been|went|gone|go|drove|walked) (?:up |down |out |back )?to the (?:bridge|cliff|cliffs|railway|tracks|viaduct|river|sea|roof|quarry|motorway bridge|reservoir|woods|lake|canal|multi[- ]?storey)${NOT_A_NAME}(?: tonight| now| today| again| twice| every)?`,
      `(?:sitting|standing|sat|stood|waiting|parked|here) (?:by|on|at|near|beside|under) the (?:canal|river|railway|tracks|bridge|cliff|cliffs|sea|edge|lake|reservoir|motorway|level crossing|station|platform)${NOT_A_NAME}`,
      "(?:railway|motorway|rail) bridge",
      `parked (?:up )?(?:at|by|on|near) the (?:[a-z]+ ){0,2}?(?:bridge|cliffs?|viaduct|reservoir|quarry|edge)${NOT_A_NAME}`,
      "(?:his|her|their|a|the) (?:shotgun|rifle)",
      "beachy head",
      "(?:end|edge) of the (?:pier|harbour wall|sea wall|jetty)",
      "(?:top|roof) (?:deck |floor )?of the (?:multi[- ]?stor(?:e)?y|car park)",
      `(?:he|she|they)(?:'s| is| are|'re|s)? (?:on|at|by|near|standing on|sitting on) the (?:old )?(?:bridge|cliff|cliffs|railway|tracks|edge|roof|viaduct|river|canal|motorway bridge|multi-storey)${NOT_A_NAME}`,
    ]),
    examples: {
      match: ["I'm writing this from the top of the car park. I can't do this anymore."],
      notMatch: ["I'm at the Cliff Hotel for the awards, so please reply on Monday.", "The car park at the top of the hill is always full.", "The knife crime report is next to me on the desk.", "Safety barriers on the bridge. Three people have died jumping from the bridge in five years and the Samaritans signs are not enough."],
    },
    unless: (hit) => SAFETY_CAMPAIGN.test(hit.sentence) || SAFETY_CAMPAIGN.test(hit.previous),
  },
  {
    id: "risk-to-life/means-to-hand",
    kind: "risk-to-life",
    policyRef: RISK_TO_LIFE,
    // A means got, kept or chosen (guidance: a plan with the means to hand is the highest risk): alone an alert, unlike a place.
    cues: ["checked", "tested", "myself", "rope", "noose", "ready", "tied", "blade", "blades", "razor", "charcoal", "hose", "hosepipe", "tablets", "pills", "paracetamol", "painkillers", "meds", "medication", "vodka", "gun", "shotgun", "chosen", "lot", "knife"],
    pattern: phrases([
      "(?:use|using|turn|turning) (?:it|the knife|a knife|the rope) on myself",
      "(?:knife|rope|pills|tablets|paracetamol|razor|blade) (?:in|next to|beside) (?:my hand|me)",
      "(?:a|the) (?:rope|noose) (?:ready|tied|up)",
      "(?:i(?:'ve| have)(?: got| bought)?|i've got|i got|i bought) (?:a|the|some) (?:rope|noose|hose ?pipe|razor blades?|blades|charcoal)",
      "(?:(?:every|all (?:the|my)|the whole (?:box|packet) of) (?:tablets|pills|painkillers)) (?:in the house|i have|i've got)",
      "(?:i(?:'ve| have)|i've got|i have got|i got|i bought|i've bought|bought|got) (?:the |a |some |my )?(?:rope|pills|tablets|vodka and (?:the )?pills|sleeping (?:pills|tablets)|paracetamol|blades?|razor|charcoal|gun|shotgun|hose)",
      "(?:hoarding|hoarded|stockpiling|stockpiled|saving up|saved up|saving|collecting|collected|kept|keeping)(?: [a-z]+){0,2}? (?:pills|tablets|meds|medication|painkillers|sleeping tablets|sleeping pills|antidepressants)",
      "chosen (?:the|a) (?:tree|place|spot|bridge|day|date|time)",
      "(?:all )?(?:my |the )?(?:tablets|pills|painkillers|paracetamol|meds|medication) (?:on the (?:table|desk|bed|side) )?(?:in front of me|next to me|beside me)",
      "stopped taking my (?:medication|meds|tablets|pills)(?: [a-z]+){0,4}? (?:saving|saved|keeping|kept|stockpiling|storing) (?:it|them)",
      "(?:take|taking|took|swallow) the lot",
      // The means made ready: "I've checked the beam will hold".
      "(?:checked|tested|made sure)(?: that)? the (?:beam|rail|banister|hook|bar|loft hatch) (?:will|would|can|could) (?:hold|take)",
    ]),
    unless: (hit) => /\b(?:chemist|pharmac\w*|prescri\w*|gp|doctor|nurse|vet|shotgun licence|club|farm)\b/.test(hit.sentence),
    examples: {
      match: ["I have a knife and I'm going to use it on myself if nobody calls me back today.", "I've been stockpiling my tablets for a month now.", "theres a bottle of vodka and all my tablets on the table in front of me while i type this", "I have stopped taking my medication and I have been saving it up instead."],
      notMatch: ["I've got the tablets from the chemist, thank you for the advice.", "The knife crime report is next to me on the desk."],
    },
  },

  {
    id: "risk-to-life/plan-made",
    kind: "risk-to-life",
    policyRef: RISK_TO_LIFE,
    weight: 1,
    cues: ["around", "here", "worked", "need", "know", "mind", "decided", "sorted", "planned", "arranged", "organised", "back", "file", "gone", "next", "made", "decision", "choice", "doing", "night", "day", "dead", "end", "go", "do", "tonight", "tomorrow", "weekend", "2nite", "tonite", "gonna", "permanently"],
    // A plan or a decision, which alone could be about anything ("I've decided to appeal"): beside a means, a place or despair it is a plan to die.
    pattern: phrases([
      "(?:i )?know (?:exactly )?(?:where|how|when) i(?:'m| am|'ll| will)(?: going to)? (?:do it|go)",
      "(?:i(?:'ve| have)|i) (?:made (?:my|up my) mind(?: up)?|decided)(?= *(?:[.!,\\n]|$| now))",
      "(?:couldn't|could not|can't|cannot|don't|do not) see the point(?: (?:any ?more|of (?:living|going on|anything)))?(?= *(?:[.!,\\n]|$))",
      "(?:it(?:'s| is)|everything(?:'s| is)) (?:all )?(?:sorted|planned|arranged|organised)(?= *(?:[.!,\\n]|$| now))",
      "(?:won't|will not|wont) (?:be )?com(?:e|ing) (?:back|home)(?: down| again)?",
      "next time i (?:won't|will not|wont)",
      "(?:close|shut) my file(?:,)? (?:for good|permanently|for ever|forever)",
      "(?:once|when|if) i(?:'m| am) (?:gone|not around|no longer around|not here|no longer here)",
      "i know how i(?:'m| am) (?:going out|going to go)",
      "(?:i(?:'ve| have)|i) worked out how(?= *(?:[.!,\\n]|$))",
      "(?:i have|i've got|i've|got) (?:what|everything) i need to do it",
      // The writer's own decision: "the person who made the decision on my review" is someone else's (issue 10 look-alike).
      "made (?:my|up my) (?:decision|choice|mind up)",
      "(?:i(?:'ve| have)?(?: now| finally| just| already)?) made the (?:decision|choice)",
      "(?:it's|it is|got it|have it|i've got it|i have it|everything's|everything is) all (?:planned|sorted|arranged|worked out)(?: out)?",
      "(?:i(?:'m| am)|im|i'm gonna|gonna) (?:doing|going to do|do) it (?:tonight|today|tomorrow|this weekend|now|2nite|tonite)",
      "(?:tonight|today|tomorrow)(?:'s| is| will be)? the (?:night|day)(?= *(?:[.!,\\n]|$))",
      "(?:this weekend|tonight|tomorrow|friday|saturday|sunday|monday) (?:will be|is) the end",
      "by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|christmas|the weekend|the morning|tomorrow) i(?:'ll| will) be (?:gone|dead)",
      "this is (?:it|the end)(?= *(?:[.!,\\n]|$))",
      "(?:going to|gonna|will|'ll) let go(?= *(?:[.!,\\n]|$))",
      "i know how i(?:'m| am|'ll| will)(?: going to)? do it",
      "(?:i(?:'ll| will)|i am going to|i'm going to) do it (?:tonight|today|tomorrow|this weekend|when)",
      "(?:tonight|tomorrow|this weekend),? i(?:'ll| will| am going to|'m going to) (?:take|do|end|finish|go)",
    ]),
    examples: {
      match: ["I can't take any more of this. I've got a rope and I know where I'm going to do it.", "I've been up to the bridge twice this week and next time I won't come back down."],
      notMatch: ["I've decided. I'm taking it to the Ombudsman.", "Next time I won't bother writing, I'll phone.", "I am asking again for the name of the person who made the decision on my review. I rang 101 and the line went dead."],
    },
  },
];
