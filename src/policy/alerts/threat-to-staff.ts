import { I_WILL } from "./fragments";
import { THREATS_TO_STAFF, VIOLENCE_REPORTED } from "./refs";
import { phrases, type AlertRule, type RuleHit } from "./rule";
import { aboutOwnFamily, HAZARD, lawfulNearby, ORG_PLACE, saidKindly } from "./threat-guards";

/** A member of staff, their people and their things, as a threat names them. */
const STAFF_PERSON =
  "(?:you|u|him|her|them|whoever|every one of you|all of you|each of you|your (?:staff|caseworker|case worker|colleagues?|manager|boss|chief executive|commissioner|family|kids|children|wife|husband|partner)|the (?:caseworker|case worker|chief executive|commissioner|person dealing with (?:this|it|my case)))";
const STAFF_THINGS =
  "(?:office|offices|building|headquarters|house|home|car|cars|family|kids|children|wife|husband|partner)";
/** A person's, as written: your, her, his, their, or a name's ("Casey's", "Morgan Reid's"). */
const WHOSE = "(?:your|ur|her|his|their|[a-z]+(?: [a-z]+)?'s)";
/** A named person's ("Casey's", "Priya Shah's"), never the writer's own people ("my neighbour's") nor a thing's. */
const NAMED_WHOSE = "(?!(?:my|our|the|a|an|this|that|me|us|it)\\b)[a-z]+(?: (?!(?:the|a|an)\\b)[a-z]+)?'s";
/** He, she, they or a name, as the one whose home or routine is known. */
export const WHO = "(?:you|u|he|she|they|[a-z]+(?: [a-z]+)?)";

/** A third party the writer reports — the burglar, the neighbour — not a member of staff: knowing where *they* live is not a threat. */
export const OFFENDER_CONTEXT = /\b(?:stole|stolen|burgl\w*|broke into|broken into|assault\w*|attack\w*|offender|suspect|culprit|thief|dealer|dealers|arrest\w*|neighbour|neighbor|ex\b|police (?:won'?t|will not|haven'?t|have not|did not|didn'?t))/i;

/** The writer telling what they saw or heard done to someone ("I heard his dad beating him"). */
export const WITNESSED = /\b(?:heard|hear|saw|seen|witnessed|watched)\b/i;

export const thirdPartyReport = (hit: RuleHit) => {
  const said = hit.text.slice(hit.start, hit.end);
  const secondPerson = /\b(?:you|u|your|ur)\b/.test(said);
  return !secondPerson && OFFENDER_CONTEXT.test(`${hit.previous} ${hit.sentence}`);
};

/** Someone's private life, as a threat shows knowing it. */
const PRIVATE_LIFE =
  "(?:son|sons|daughter|daughters|kids|children|kid|child|wife|husband|partner|family|house|home|car(?! park)|cars|number plate|registration|reg|facebook|instagram|tiktok|twitter|profile|gym|school|street|route|routine|mum|mother|dad|father|boyfriend|girlfriend|dog|address|home address|home number|mobile number|personal number)";
/** What someone does in their own time, as a threat shows knowing it: "where she parks", "what car you drive". */
const GOES_ABOUT =
  "(?:live|lives|park|parks|drive|drives|walk|walks|shop|shops|leave|leaves|finish|finishes|get home|gets home|go home|goes home|sleep|sleeps|train|trains|drink|drinks|eat|eats|take|takes|pick|picks|drop|drops|go|goes|work out|works out|run|runs|jog|jogs|catch|catches|live now|moved to)";

export const THREAT_TO_STAFF_RULES: readonly AlertRule[] = [
  {
    id: "threat-to-staff/knows-private-life",
    kind: "threat-to-staff",
    policyRef: THREATS_TO_STAFF,
    cues: ["know", "knew", "found", "seen", "saw", "looked", "tracked", "followed", "live", "lives", "parks", "park", "drives", "drive", "address", "facebook", "instagram", "school"],
    writersOwn: true,
    pattern: phrases([
      `(?:i|we)(?:'ve|'d)?(?: [a-z]+){0,2}? (?:know|knew|found out|find out|worked out|work out|have seen|'ve seen|saw|seen|have found|'ve found|found|looked up|tracked down|have got|'ve got|got|have|'ve|know all about)(?: [a-z]+){0,2}? (?:where|what|which|when|what time)(?: [a-z]+){0,2}? ${WHO} ${GOES_ABOUT}`,
      `(?:i|we)(?:'ve|'d)?(?: [a-z]+){0,2}? (?:know|knew|found|have found|'ve found|seen|have seen|'ve seen|saw|looked up|tracked down|know all about|been looking at|looked at|followed)(?: [a-z]+){0,1}? ${WHOSE} ${PRIVATE_LIFE}(?![a-z])`,
    ]),
    unless: (hit) =>
      thirdPartyReport(hit) ||
      /\b(?:office|website|reply|letter|email|response|decision|complaints? (?:form|process))\b/.test(hit.text.slice(hit.start, hit.end)) ||
      // Said kindly: "I know she has kids of her own, so no rush".
      /\b(?:of (?:her|his|their|your) own|no rush|no need|no hurry|appreciate\w*|thank\w*|congratulations|lovely to meet)\b/.test(hit.sentence) ||
      // "I know where Casey lives - in my good books!"; "I finally know where you live in the org chart".
      saidKindly(hit) || ORG_PLACE.test(hit.text.slice(hit.start, hit.end + 40)) ||
      // Asking the way, no one's routine: "I need to know which station to go to".
      /\b(?:which|what|where|when)(?: [a-z]+){0,2}? to (?:go|take|park|drive|get|catch|collect)\b/.test(hit.text.slice(hit.start, hit.end)),
    examples: {
      match: [
        "Tell Casey I know what car she drives and where she parks it.",
        "I found your son on Facebook.",
        "Morgan Reid had better hope I never find out where she lives.",
        "I know what time you finish on a Friday.",
      ],
      notMatch: ["I know where your office is.", "I have seen your reply and I do not accept it.", "I know what time you open, so I will ring then.", "I know she has kids of her own, so there's no rush to ring me back.", "I've been given a date to collect my car and I need to know which depot to go to.", "I know where Casey lives - in my good books! She's been brilliant with my mum's case.", "Morgan - I finally know where you live in the org chart, ha!"],
    },
  },
  {
    id: "threat-to-staff/menace",
    kind: "threat-to-staff",
    policyRef: THREATS_TO_STAFF,
    cues: ["coming", "less", "brave", "smug", "cocky", "safely", "safe", "name", "hope", "happened", "happens", "happen", "visit", "eye", "good", "hospital", "ditch", "dead", "feet", "sorry", "mess", "warned", "mates", "friends", "people", "lads", "boys", "cousins", "brothers", "keep", "kept"],
    writersOwn: true,
    pattern: phrases([
      "(?:get|gets|getting|got) what(?:'s| is) coming(?: to (?:you|u|her|him|them|your [a-z]+))?",
      "(?:hurt|killed|attacked|beaten|stabbed|done in|beaten up|glassed) for less",
      "(?:won't|will not|wouldn't|would not) be (?:so |as |that )?(?:brave|smug|cocky|clever|confident|quick|tough|safe)(?: [a-z]+){0,3}? (?:then|after that|when|once|next time)",
      "with (?:your|her|his|their|[a-z]+'s) name on it",
      "hope (?:your|her|his|their) (?:kids|children|son|daughter|family|wife|husband|partner) (?:gets?|get|make it|makes it|are|is|stay|stays) (?:home )?(?:safe|safely|ok|okay|alright)",
      "(?:had|'d) better hope",
      "(?:shame|pity) if (?:anything|something) (?:bad |nasty )?(?:was to |were to |should |ever )?happen(?:ed|s)? to",
      "(?:pay|paying) (?:you|her|him|them|your [a-z]+) a (?:little )?visit",
      "sleep with one eye open",
      "if (?:you|she|he|they) know(?:s)? what(?:'s| is) good for (?:you|her|him|them)",
      "end up (?:hurt|in hospital|in a ditch|dead|six feet under|in a box|in the canal)",
      "(?:six feet under|in a body bag|in a wooden box)",
      "(?:mess|messing) with the wrong (?:person|man|woman|family|bloke|guy)",
      "(?:mates|friends|people|lads|boys|cousins|brothers) who (?:sort out|deal with|sort|take care of|look after) (?:people|folk|the likes|jobsworths|busybodies)(?: like (?:you|her|him|them))?",
      "(?:will|'ll|is going to|are going to) be sorry (?:he|she|you|they) ever",
      "(?:keep|kept) (?:them|your (?:kids|children|family)|the blinds|your doors?|your curtains) (?:close|closed|shut|locked)(?:,)? if i (?:were|was) you",
    ]),
    unless: (hit) => /\b(?:court|tribunal|ombudsman|mp|solicitor|lawyer|legal|press|papers|media|vote|election)\b/.test(hit.sentence) || lawfulNearby(hit),
    examples: {
      match: [
        "If I see that caseworker in town she'll get what's coming to her.",
        "People have been hurt for less.",
        "I hope your children get home safely from school.",
        "I've got a baseball bat with your name on it.",
        "She won't be so brave then, when I'm waiting outside.",
        "Nice house. Be a shame if anything happened to it.",
        "I've got mates who sort out people like him.",
        "Sam Carter will be sorry he ever opened my file.",
        "Lovely family. I'd keep them close if I was you.",
      ],
      notMatch: [
        "You will get what's coming when the Ombudsman rules.",
        "I hope you are safe and well.",
        "What is coming to the panel next month?",
        "I have friends who deal with people like you at the Ombudsman.",
        "I'd keep the receipts if I were you.",
      ],
    },
  },
  {
    id: "threat-to-staff/knows-home",
    kind: "threat-to-staff",
    policyRef: THREATS_TO_STAFF,
    cues: ["live", "lives", "address", "sleep", "sleeps"],
    writersOwn: true,
    pattern: phrases([
      `(?:i|we)(?:'ve)? (?:know|found out|have found out|'ve found out|have found|'ve found|found|have got|'ve got|got|tracked down) (?:exactly )?(?:where|which (?:house|street|road|village|flat|estate)) ${WHO} (?:live|lives|sleep|sleeps|live now)`,
      `(?:i|we)(?:'ve)? (?:know|found out|have found out|'ve found out|have found|'ve found|found|have got|'ve got|got|tracked down|looked up) ${WHOSE} (?:home )?address`,
    ]),
    unless: (hit) => thirdPartyReport(hit) || saidKindly(hit) || ORG_PLACE.test(hit.text.slice(hit.start, hit.end + 40)),
    examples: {
      match: ["I know where you live, Casey.", "I have found Casey Worker's home address.", "We know which street she lives on."],
      notMatch: ["I know where your office is, so I'll drop the forms in.", "The man who burgled me lives on my road and I know where he lives, so why won't the police arrest him?"],
    },
  },
  {
    id: "threat-to-staff/knows-family-or-routine",
    kind: "threat-to-staff",
    policyRef: THREATS_TO_STAFF,
    cues: ["school", "picks", "pick", "leaves", "parks", "finishes", "routine", "drops", "walks", "names"],
    writersOwn: true,
    pattern: phrases([
      `(?:which|what) school ${WHOSE} (?:kids|children|son|daughter|boy|girl|little ones)s? (?:go|goes|attend|attends|are at|is at)`,
      `(?:i|we) know (?:what time|when|where) ${WHO} (?:picks?|drops?) (?:them|the kids|the children|her kids|his kids|her children|his children|up|off)`,
      `(?:i|we) know ${WHOSE} (?:kids|children|wife|husband|partner|family)(?:'s|')? (?:names|school)`,
      `(?:she|he|you|they) (?:leaves|leave|finishes|finish|parks|park|arrives|arrive|gets home|get home|walks home|walk home)(?: work)? (?:at|on|by|every)(?: [a-z0-9]+){1,8}\\. (?:she|he|you|they) (?:should|had better|'d better|better|wants? to|needs? to) (?:be careful|watch (?:her|his|your|their) back|watch out)`,
    ]),
    unless: thirdPartyReport,
    examples: {
      match: [
        "I know which school her children go to and what time she picks them up.",
        "She leaves at half five and parks on Church Street. She should be careful.",
        "I know your kids' names.",
      ],
      notMatch: ["My children's school would love a visit from the Commissioner.", "Which school does the Commissioner's scheme fund?"],
    },
  },
  {
    id: "threat-to-staff/veiled-warning",
    kind: "threat-to-staff",
    policyRef: THREATS_TO_STAFF,
    cues: ["careful", "back", "shoulder", "safe", "think", "family", "kids", "children"],
    writersOwn: true,
    pattern: phrases([
      "(?:she|he|you|they|whoever (?:is dealing with|deals with|is handling) (?:this|my (?:case|complaint))|your [a-z]+|[a-z]+ [a-z]+) (?:should|had better|'d better|better|wants? to|needs? to|would do well to) (?:be (?:very |really )?careful|watch (?:her|his|your|their) backs?|watch out|look over (?:her|his|your|their) shoulders?|be afraid|be scared)(?= *(?:[.!,\\n]|$| from now| now| when| at night| on (?:her|his|your|their) way| walking| driving| going home| getting home| leaving| in the car park| after work))",
      "(?:think|thinks|thinking) (?:about|of) how safe (?:they|she|he|you|your [a-z]+|her [a-z]+|his [a-z]+|their [a-z]+) (?:are|is|will be|would be)",
      "(?:has|have|got) (?:a family|kids|children) too(?= *(?:[.!,\\n]|$))",
    ]),
    examples: {
      match: ["Whoever is dealing with my complaint had better watch their back.", "Tell her to think about how safe they are.", "Your caseworker has a family too."],
      notMatch: ["You should be careful what you promise in letters.", "Please think about how safe the crossing is for children."],
    },
  },
  {
    id: "threat-to-staff/violence",
    kind: "threat-to-staff",
    policyRef: VIOLENCE_REPORTED,
    cues: ["brick", "rock", "stone", "bottle", "kill", "hurt", "stab", "shoot", "batter", "punch", "strangle", "attack", "smash", "burn", "bomb", "torch", "beat", "glass", "knife", "petrol", "knock", "face", "head", "teeth", "skull", "deck", "floor", "dead", "meat", "die", "dies", "cancer", "hell", "rot", "rots", "misery", "alone", "slap", "thump", "headbutt", "drag", "acid", "run", "smack", "lamp", "windows", "windscreens", "keyed", "done", "cars", "car", "ground", "hospital", "wheelchair", "morgue", "lesson", "injured", "killed", "ambulance", "stitches", "sort", "rip", "wring", "snap", "break", "kicking", "hiding", "beating", "pasting"],
    writersOwn: true,
    pattern: phrases([
      `(?:i|we)(?:'ll| will|'m going to| am going to|'re going to| are going to|'m gonna| am gonna| shall| would| could| want to| wanna|'d| will be able to)(?: [a-z]+){0,6}? (?:kill|hurt|stab|shoot|batter|punch|strangle|attack|glass|knife|beat up|kick the (?:shit|hell|life) out of|break (?:your|his|her|their) (?:legs|neck|jaw|nose|face)|knock|deck|floor|slap|thump|headbutt|drag|throw acid (?:at|on|in)|run over|smack|lamp|do) ${STAFF_PERSON}(?: (?:out|over|in|down|by (?:the|your|her|his) [a-z]+))?`,
      `(?:find|track down|hunt down|get hold of) (?:you|him|her|them|whoever[a-z ]{0,30}?) and (?:hurt|kill|stab|batter|beat|sort|deal with|smash) (?:you|him|her|them)`,
      // Their home or car, or the office: "the house" alone may be the writer's own (a threat they report).
      `(?:burn|blow up|bomb|torch|petrol bomb|firebomb|set fire to|smash up)(?: down)? (?:(?:your|their|her|his|${NAMED_WHOSE}) (?:[a-z*]+ )?(?:${STAFF_THINGS}|place)|the (?:[a-z*]+ )?(?:office|offices|building|headquarters))(?: down)?`,
      `(?:put|putting|send|sending) ${STAFF_PERSON} (?:in|into|six feet) (?:the ground|hospital|a box|a wheelchair|the morgue|intensive care|a&e|under)`,
      `(?:teach|learn) (?:${STAFF_PERSON}|that (?:woman|man|bloke|cow|bitch|idiot|caseworker|manager|jobsworth)(?: [a-z]+){0,3}?) a lesson`,
      `(?:or|until|before|unless|and) (?:somebody|someone|one of you|you|anyone|people) (?:gets?|get) (?:hurt|injured|killed|a slap|a smack)`,
      `(?:she|he|you|they)(?:'ll| will|'d| would| is going to| are going to) (?:need|be needing|end up needing) (?:an ambulance|a doctor|stitches|a hospital bed|a new face|plastic surgery|dental work)`,
      `(?:i(?:'ll| will|'m going to| am going to|'d)|we(?:'ll| will)) (?:sort|do|rip|wring|snap|break) (?:${STAFF_PERSON}|(?:your|her|his) (?:head|neck|arms?|legs?))(?: (?:out|in|off|for (?:good|you)))`,
      `(?:give|giving) ${STAFF_PERSON} (?:a )?(?:good )?(?:slap|smack|kicking|hiding|beating|pasting|thump)`,
      "(?:put|smash|kick) (?:every one of |all of |each of )?(?:your|the|their) (?:office )?(?:windows|windscreens) in",
      // "somebody should put a brick through dana chiefs window and im not saying it wont be me": a named person's window, wished or promised.
      "(?:should|ought to|could|will|'ll|might|going to|gonna) (?:put|throw|chuck|lob) (?:a|some) (?:brick|rock|stone|bottle)s? through (?:your|her|his|(?!(?:my|our|the|a|an|this|that)\\b)[a-z]+ [a-z]+?'?s) (?:front |house |car )?(?:windows?|windscreen)",
      `(?:staff|your|her|his|their|${NAMED_WHOSE}) cars?(?: [a-z]+){0,4}? (?:will|'ll|are going to|is going to|gonna) (?:get |be )?(?:keyed|done|smashed|torched|scratched|burnt|burned)`,
      "(?:can of|with) petrol",
      "(?:smash|kick|punch|bash|cave|batter|knock) (?:your|his|her|their) (?:face|head|teeth|skull|brains?)s? (?:in|out)",
      "(?:you(?:'re| are)|your|ur|she(?:'s| is)|he(?:'s| is)) (?:a )?dead (?:man|woman|meat)",
      "(?:you(?:'re| are)|your|ur) dead(?= *(?:[.!\\n]|$))",
      "(?:i |we )?(?:hope|wish) (?:you|she|he|your [a-z]+|her [a-z]+|his [a-z]+) (?:dies?|gets? (?:hurt|killed|cancer|run over|stabbed|beaten up)|burns?|rots? in hell|drops? dead)",
      "(?:make|making) (?:your|her|his) life (?:a )?(?:hell|misery|a living hell)",
      "(?:don't|dont|never|wouldn't) walk (?:home|to (?:your|her|his) car) (?:alone|on your own|at night)",
      `(?:bring|with|carry|carrying) (?:a|my) (?:knife|gun|machete|axe|hammer|weapon|bat|blade) (?:to|into|in) (?:your|the) (?:office|building|meeting|surgery)`,
    ]),
    // "I could strangle whoever designed your form": an exasperated idiom; "before someone gets killed" on a road: a safety complaint.
    // "I could cheerfully strangle whoever decided …", "I could kill my husband": the writer's own people or no one in particular.
    unless: (hit) => /\bi could (?:[a-z]+ly |quite |just |really )?(?:strangle|kill|murder|throttle) (?:whoever|the (?:person|idiot|genius) who|someone|somebody|my (?:husband|wife|partner|son|daughter|brother|sister|mum|dad|mother|father|kids|mate|friend|boyfriend|girlfriend))\b/.test(hit.sentence) || /\b(?:speeding|speed|road|junction|crossing|bend|traffic|pothole|drivers|cyclists?|pedestrians?|lorries)\b/.test(hit.sentence) ||
      // "If my husband forgets to post this again I'll kill him"; "could the council secure it before someone gets hurt?"
      aboutOwnFamily(hit) || (/\b(?:somebody|someone|anyone|people) (?:gets?|get) /.test(hit.text.slice(hit.start, hit.end)) && HAZARD.test(hit.sentence)),
    examples: {
      match: [
        "somebody should put a brick through dana chiefs window and im not saying it wont be me",
        "I will burn your office down with all of you in it.",
        "I'm going to burn Priya's house down.",
        "Priya Shah's car will get keyed one of these nights.",
        "I will find them and hurt them.",
        "I'm going to kill you.",
        "Next time I'll bring a knife to your office.",
        "Next time I see you I'll knock you out.",
        "If Sam Carter refuses my complaint again I will come down to your office and smash his face in.",
        "You're a dead man, Carter.",
        "I hope your caseworker gets run over.",
        "I'll make your life hell.",
        "I will come to your office and drag you out by your hair.",
        "I'll put you in the ground you useless cow.",
        "Someone needs to teach that woman in your office a lesson she won't forget, and it might as well be me.",
        "I'm not leaving until I get my money back or somebody gets hurt.",
        "If I ever see her in Leamington she'll need an ambulance.",
      ],
      notMatch: [
        "If my husband forgets to post this again I'll kill him. Anyway, here is the signed consent form.",
        "Could the council secure the derelict building before someone gets hurt?",
        "I could cheerfully strangle whoever decided enforcement wasn't a police matter any more.",
        "I could kill my husband - he threw away the letter you sent before I read it!",
        "I will attack your decision in the tribunal.",
        "The lads who burnt my neighbour's car out were never caught.",
        "Whoever keeps scratching my neighbour's car will get caught on my camera.",
        "I'll fight this all the way through every proper channel.",
        "The Commissioner wants to kill off the knife crime unit.",
        "I will knock on your door at the public surgery.",
        "I'd do you a favour and withdraw it.",
        "They said they'd petrol bomb the house if I went to the police.",
        "The court will teach this office a lesson about disclosure.",
        "Please sort out my refund before the end of the month.",
        "I could strangle whoever built your online form, it lost my letter again.",
        "Put a crossing on the Banbury Road before somebody gets killed.",
      ],
    },
  },
  {
    id: "threat-to-staff/waiting-for-them",
    kind: "threat-to-staff",
    policyRef: THREATS_TO_STAFF,
    cues: ["waiting", "wait", "watching", "following", "face"],
    writersOwn: true,
    pattern: phrases([
      `${I_WILL}(?: be)? (?:waiting|wait) for (?:you|u|her|him|them|[a-z]+)(?: [a-z]+){0,3}? (?:outside|at|by|in) (?:the|your|her|his|their) (?:office|building|car park|door|house|home|work)`,
      "(?:i|we)(?:'ve| have)(?: been)? (?:watching|following|followed) (?:you|u|him|her|them|your (?:chief executive|caseworker|case worker|staff|manager|commissioner|colleagues?)|the (?:chief executive|caseworker|case worker|commissioner))(?! (?:on|at) (?:the )?(?:webcast|meeting|panel|tv|television|news))",
      "(?:sort|settle) (?:this|it) (?:out )?(?:face to face|man to man|outside|in person)(?:,)? just (?:you and me|me and you|the two of us)",
    ]),
    unless: (hit) => /\b(?:hand in|deliver|drop (?:off|in)|appointment|surgery|meeting|webcast|online|livestream)\b/.test(hit.sentence),
    examples: {
      match: [
        "I'll be waiting for you outside the office when you finish on Friday.",
        "We can sort this out face to face, just you and me.",
        "I've been watching your Chief Executive.",
      ],
      notMatch: ["I was watching the Police and Crime Panel online.", "I will wait for your reply.", "I will be waiting for you at the surgery to hand in my forms."],
    },
  },
  {
    id: "threat-to-staff/turning-up",
    kind: "threat-to-staff",
    policyRef: THREATS_TO_STAFF,
    cues: ["followed", "following", "home", "house", "doors", "door", "brick", "window", "windows", "yourself", "street"],
    writersOwn: true,
    pattern: phrases([
      `(?:i|we)(?:'ve| have)? (?:followed|tailed|trailed) (?:you|u|her|him|them|${WHO}) (?:home|back home|to (?:her|his|your|their) (?:house|home|car|door|street))`,
      "(?:i|we)(?:'ll| will|'m going to| am going to|'re going to| are going to)(?: be| come| call| turn up| pop| drop| go| head)?(?: (?:round|over|by)(?: to| at)?| (?:at|to)) (?:her|his|your|their|[a-z]+'s) (?:house|home|door|front door|address|place|street)",
      "(?:better|should|want to|need to) lock (?:your|her|his|their) doors",
      "(?:brick|bricks|rock|stone|stones|petrol|paint) (?:through|at|over) (?:your|her|his|their|the) (?:office |house |home |car )?(?:window|windows|windscreen|door|car)",
      "(?:watch|mind) (?:yourself|yourselves|herself|himself)(?= *(?:[.!,\\n]|$| when| after| walking| going))",
      "nice (?:street|road|house|car|front door|garden|kids)(?= *[.!\\n]|$)",
    ]),
    unless: thirdPartyReport,
    examples: {
      match: [
        "I followed Morgan home last night. Nice street.",
        "You lot had better lock your doors at night.",
        "I'm going to put a brick through your office window.",
        "Tell Dana Chief I'll be at her house on Saturday.",
        "Next time Dana puts the phone down on me I'll be round her house to finish the conversation.",
        "Casey, you'd better watch yourself when you leave work.",
      ],
      notMatch: ["I'll be at your office on Saturday for the open day.", "Watch yourself on the icy steps outside your office, they're dangerous!", "Nice to meet you at the surgery."],
    },
  },
];
