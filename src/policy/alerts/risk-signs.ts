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
    cues: ["anymore", "more", "longer", "cope", "tired", "everything", "tablets", "medication", "meds", "pills", "antidepressants", "slept", "eaten", "sleep", "dump", "burden", "living", "life", "road", "out"],
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
    cues: ["top", "edge", "roof", "bridge", "knife", "rope", "pills", "tablets", "paracetamol", "myself", "railway", "tracks", "cliff", "cliffs", "viaduct", "river", "sea", "quarry"],
    pattern: phrases([
      "(?:on|at|from) (?:the )?(?:top of|edge of|roof of) (?:the |a )?(?:car park|multi-storey|building|bridge|flats|tower|cliff|block)",
      "(?:on|at|from) the (?:bridge|cliff|railway|tracks|viaduct|roof)",
      "(?:use|using|turn|turning) (?:it|the knife|a knife|the rope) on myself",
      "(?:knife|rope|pills|tablets|paracetamol|razor) (?:in|next to|beside) (?:my hand|me)",
      "(?:a|the) (?:rope|noose) (?:ready|tied|up)",
      "(?:going|heading|walking|driving|off) (?:up |down |out )?to the (?:bridge|cliff|cliffs|railway|tracks|viaduct|river|sea|roof|quarry|motorway bridge)(?: tonight| now| today)?",
    ]),
    examples: {
      match: ["I'm writing this from the top of the car park. I can't do this anymore.", "I have a knife and I'm going to use it on myself if nobody calls me back today."],
      notMatch: ["The car park at the top of the hill is always full.", "The knife crime report is next to me on the desk."],
    },
  },

];
