import { RISK_TO_LIFE } from "./refs";
import { phrases, type AlertRule } from "./rule";

/**
 * Signs that someone may be about to end their life, each of which alone is everyday
 * despair or a sign-off — "I can't do this anymore", "this is goodbye", "from the top of the
 * car park" — and which together are a risk to life (Warwickshire 7.1 "a risk to life").
 * Weight 1: an alert needs signs from two of these rules, or one beside a rule of weight 2.
 */
export const RISK_SIGNS: readonly AlertRule[] = [
  {
    id: "risk-to-life/despair",
    kind: "risk-to-life",
    policyRef: RISK_TO_LIFE,
    weight: 1,
    cues: ["anymore", "more", "longer", "cope", "tired", "everything", "tablets", "medication", "meds", "pills", "antidepressants", "slept", "eaten", "sleep", "dump", "burden", "living", "life", "road", "out", "point", "lost", "miss", "notice"],
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
    ]),
    examples: {
      match: ["I'm writing this from the top of the car park. I can't do this anymore.", "There is no way out. This is goodbye."],
      notMatch: ["I can't do this anymore, your complaints process is a joke.", "I'm tired of waiting for your reply."],
    },
  },
  {
    id: "risk-to-life/farewell-hint",
    kind: "risk-to-life",
    policyRef: RISK_TO_LIFE,
    weight: 1,
    cues: ["goodbye", "hear", "bye", "time", "matter", "kids", "children", "family", "won"],
    pattern: phrases([
      "(?:this is|so this is|saying) goodbye",
      "goodbye (?:to )?(?:everyone|all|everybody|casey|sam|morgan)(?= *[.!\\n]|$)",
      "(?:you )?(?:won't|will not|shan't) (?:ever )?hear from me again",
      "(?:this is|it's) the last (?:time )?you(?:'ll| will) (?:ever )?hear from me",
      "by the time (?:you|anyone|someone) (?:read|reads|see|sees|get|gets|open|opens) this",
      "(?:it )?won't matter (?:anyway|any ?more|soon|by then)",
      "(?:written|wrote|writing|left) (?:my |some |a few )?(?:letters?|notes?|cards?) (?:to|for) (?:my |the )?(?:kids|children|family|son|daughter|wife|husband|partner|mum|dad|sister|brother|parents)",
      "tell (?:the commissioner|him|them|everyone|her|the police) (?:that )?(?:he|she|they|you|they've|he's) (?:won|got (?:his|her|their) way)",
    ]),
    examples: {
      match: ["This is goodbye. I won't be a problem for your office after tonight.", "You won't hear from me again. There is no way out."],
      notMatch: ["You won't hear from me again until the Ombudsman rules.", "Goodbye for now and thank you."],
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
      "(?:won't|will not) (?:have to|need to) (?:deal with|put up with|worry about|read) (?:me|my (?:emails|letters))(?: any ?more| any longer| again| after (?:tonight|today))",
      "after tonight",
    ]),
    examples: {
      match: ["This is goodbye. I won't be a problem for your office after tonight.", "You won't have to deal with me any more. I can't go on."],
      notMatch: ["I won't be a problem for you any more: I'm taking my complaint to the IOPC.", "After tonight's meeting, please send the minutes."],
    },
  },
  {
    id: "risk-to-life/place-or-means",
    kind: "risk-to-life",
    policyRef: RISK_TO_LIFE,
    weight: 1,
    cues: ["top", "edge", "roof", "bridge", "knife", "rope", "pills", "tablets", "paracetamol", "myself", "railway", "tracks", "cliff", "cliffs", "viaduct", "river", "sea", "quarry", "noose", "hosepipe", "hose", "blades", "blade", "charcoal", "painkillers"],
    pattern: phrases([
      "(?:on|at|from) (?:the )?(?:top of|edge of|roof of) (?:the |a )?(?:car park|multi-storey|building|bridge|flats|tower|cliff|block)",
      "(?:on|at|from) the (?:bridge|cliff|railway|tracks|viaduct|roof)",
      "(?:use|using|turn|turning) (?:it|the knife|a knife|the rope) on myself",
      "(?:knife|rope|pills|tablets|paracetamol|razor) (?:in|next to|beside) (?:my hand|me)",
      "(?:a|the) (?:rope|noose) (?:ready|tied|up)",
      "(?:going|heading|walking|driving|off|been|went|gone|go|drove|walked) (?:up |down |out |back )?to the (?:bridge|cliff|cliffs|railway|tracks|viaduct|river|sea|roof|quarry|motorway bridge)(?: tonight| now| today| again| twice| every)?",
      "(?:i(?:'ve| have)(?: got| bought)?|i've got|i got|i bought) (?:a|the|some) (?:rope|noose|hose ?pipe|razor blades?|blades|charcoal)",
      "(?:(?:every|all (?:the|my)|the whole (?:box|packet) of) (?:tablets|pills|painkillers)) (?:in the house|i have|i've got)",
    ]),
    examples: {
      match: ["I'm writing this from the top of the car park. I can't do this anymore.", "I have a knife and I'm going to use it on myself if nobody calls me back today."],
      notMatch: ["The car park at the top of the hill is always full.", "The knife crime report is next to me on the desk."],
    },
  },

  {
    id: "risk-to-life/plan-made",
    kind: "risk-to-life",
    policyRef: RISK_TO_LIFE,
    weight: 1,
    cues: ["know", "mind", "decided", "sorted", "planned", "arranged", "organised", "back", "file", "gone", "next"],
    // A plan or a decision, which alone could be about anything ("I've decided to appeal"): beside a means, a place or despair it is a plan to die.
    pattern: phrases([
      "(?:i )?know (?:exactly )?(?:where|how|when) i(?:'m| am|'ll| will)(?: going to)? (?:do it|go)",
      "(?:i(?:'ve| have)|i) (?:made (?:my|up my) mind(?: up)?|decided)(?= *(?:[.!,\\n]|$| now))",
      "(?:it(?:'s| is)|everything(?:'s| is)) (?:all )?(?:sorted|planned|arranged|organised)(?= *(?:[.!,\\n]|$| now))",
      "(?:won't|will not|wont) (?:be )?com(?:e|ing) (?:back|home)(?: down| again)?",
      "next time i (?:won't|will not|wont)",
      "(?:close|shut) my file for good",
      "(?:once|when) i(?:'m| am) gone",
    ]),
    examples: {
      match: ["I can't take any more of this. I've got a rope and I know where I'm going to do it.", "I've been up to the bridge twice this week and next time I won't come back down."],
      notMatch: ["I've decided. I'm taking it to the Ombudsman.", "Next time I won't bother writing, I'll phone."],
    },
  },
];
