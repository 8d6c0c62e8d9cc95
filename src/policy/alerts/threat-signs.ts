import { THREATS_TO_STAFF } from "./refs";
import { phrases, withStaff, type AlertRule } from "./rule";
import { staffNamedIn } from "../text/staff-names";
import { thirdPartyReport, WHO } from "./threat-to-staff";
import { INVITED, ORG_PLACE, saidKindly } from "./threat-guards";

/**
 * Signs of a veiled threat to staff, each of which alone could be innocent — watching them,
 * knowing their private life, a menacing hint or tag, turning up, lying in wait — and which
 * together are the threat (Warwickshire 3.1 "Harassment, intimidation or threats", "Stalking
 * (in person or online)"; Gwent 4.0 "threats (implicit or explicit)"). Weight 1: an alert
 * needs signs from two of these rules, or one beside a threat of weight 2 — except being there in
 * person, waiting for them or coming to them (`lying-in-wait`, `coming-to-them`), which alerts alone.
 */
/** Something brought to give: thanks, a gift, or papers for the case. */
const GIFT_OR_PAPERS =
  /\b(?:cards?|thank[- ]you|thanks|flowers|bouquet|chocolates?|biscuits|cakes?|gifts?|presents?|hamper|bottle of (?:wine|fizz)|forms?|documents?|paperwork|papers|statement|copies|receipts?|photos?|evidence|letter|file|folder|usb|memory stick)\b/;

export const THREAT_SIGNS: readonly AlertRule[] = [
  {
    id: "threat-to-staff/lying-in-wait",
    kind: "threat-to-staff",
    policyRef: THREATS_TO_STAFF,
    // Being there in person, where they are (Warwickshire 3.1 "invasion of personal space", stalking in person): alone a threat.
    weight: 2,
    cues: ["waiting", "wait", "finishes", "finish", "leave", "leaves", "night", "home", "alone", "soon", "day", "deserve"],
    writersOwn: true,
    ...withStaff((names) =>
      phrases([
        "(?:i(?:'ll| will)|i'm going to|i am going to|i'll be|i will be) (?:be )?(?:waiting|wait) (?:in|outside|at|by|near) (?:the |your |her |his )?(?:car park|office|building|door|entrance|station|house|home|work)",
        // Anyone by one word ("wait for Casey"); a member of staff by full name too ("wait for Priya Shah outside").
        `(?:waiting|wait) for (?:you|her|him${names.alt}|[a-z]+) (?:in|outside|at|by|near|when|after)`,
        "(?:one day|sooner or later|some day)(?: soon)?,? (?:someone|somebody|you|she|he)(?: is going to| will|'ll| are going to)",
      ]),
    ),
    // Waiting for a person on the office's side (the reader, staff by role or by name), not for a train or a reply.
    unless: (hit) =>
      /\b(?:hand in|deliver|drop (?:off|in)|appointment|surgery|meeting|open day|reply|response|answer)\b/.test(hit.sentence) ||
      !(/\b(?:you|u|her|him|them|whoever|whoever's|staff|caseworker|mr|ms|mrs|miss|mx|dr)\b/.test(hit.sentence) || staffNamedIn(hit.staff).test(hit.sentence)),
    examples: {
      match: [
        "I'll be waiting in the car park for Casey when she finishes at five.",
        "One day soon someone is going to hurt you and you'll deserve it.",
        "I'll be waiting for Priya Shah outside the back entrance tonight.",
        "Waiting for Priya at the bus stop tomorrow.",
      ],
      notMatch: [
        "I'll be waiting for your reply when you finish the review.",
        "I will wait at the station for the train.",
        // Not the office's: the writer's own neighbour, waited for to be let in.
        "Waiting for Gareth at the bus stop tomorrow.",
      ],
    },
  },
  {
    id: "threat-to-staff/their-movements",
    kind: "threat-to-staff",
    policyRef: THREATS_TO_STAFF,
    weight: 1,
    cues: ["finishes", "finish", "leave", "leaves", "home", "car", "alone", "own", "deserve"],
    writersOwn: true,
    pattern: phrases([
      "when (?:you|she|he|they) (?:finish|finishes|leave|leaves|come out|comes out|get off|gets off|lock up|locks up)(?: work| the office| tonight| at [a-z0-9]+)?(?= *(?:[.!,\\n]|$| on| tonight| at| and))",
      "(?:on (?:your|her|his|their) way home|walking to (?:your|her|his|their) car|when (?:you're|you are|she's|she is|he's|he is) (?:alone|on (?:your|her|his) own))",
      "(?:and )?(?:you|she|he|they)(?:'ll| will) deserve it",
    ]),
    unless: (hit) => /\b(?:review|report|letter|reply|response|investigation|call)\b/.test(hit.sentence),
    examples: {
      match: ["I'll be waiting in the car park for Casey when she finishes at five.", "One day soon someone is going to hurt you and you'll deserve it."],
      notMatch: ["When you finish the review, please send me a copy.", "Please ring me when you leave the meeting."],
    },
  },
  {
    id: "threat-to-staff/watching-them",
    kind: "threat-to-staff",
    policyRef: THREATS_TO_STAFF,
    weight: 1,
    writersOwn: true,
    cues: ["saw", "seen", "spotted", "noticed", "watched", "watching", "followed", "sat", "parked", "stood", "came", "looked", "printed", "file", "rang", "messaged", "request", "found", "spot", "past", "window", "desk", "yours", "hers"],
    pattern: phrases([
      `(?:^|i |we |i've |i have |)(?:saw|seen|spotted|noticed|watched|followed) (?:you|u|her|him|them|your (?:two|kids|children|partner|wife|husband)|${WHO}) (?:in|at|on|doing|with|round|around|leaving|going|getting|outside|near|walking|driving|shopping|coming)`,
      "(?:looked|look) (?:you|her|him|them) up",
      // Read from the writers of 5 December too: "Stood outside your office for an hour", "parked across the road from your building a few evenings now", "I'm parked outside your building now".
      "(?:been )?(?:sat|sitting|parked|waiting|standing|stood)(?: [a-z]+){0,2}? (?:in|outside|opposite|across from|across the road from|over the road from|near) (?:the |your )?(?:car park|building|office|house|home)(?: opposite| outside| near| across from)?(?: your| the)?(?: office| building)?(?: the last| every| for| (?:two|three|four|five|several|most|a few) (?:nights|days|mornings|evenings|times)| now(?= *(?:[.!,\\n]|$)))",
      "(?:saw|seen|watched) (?:you|her|him|[a-z]+) (?:come|came) out(?: of (?:the|your) (?:office|building))? (?:at|about|around) (?:about |around )?(?:\\d|ten|twenty|quarter|half|four|five|six|seven)",
      "(?:you|she|he) came out(?: of (?:the|your) (?:office|building))? at (?:about |around )?(?:\\d|ten|twenty|quarter|half|four|five|six|seven)(?:[^.!?\\n]{0,40}?) (?:and|then) (?:went|walked|turned|got|headed)",
      "(?:printed|printed off|printed out|saved|downloaded|screenshotted) (?:your|her|his|their) (?:photo|picture|photograph|profile)",
      "keeping a (?:file|list|record|dossier) on (?:each of )?(?:you|them|your staff|her|him)",
      "(?:rang|called|phoned|tried|messaged|texted|emailed|contacted) every (?:number|address|account|one) i could find",
      `(?:messaged|contacted|texted|rang|called|phoned|found|added|sent a (?:friend )?request to|sent you a friend request|followed) (?:your|her|his|their) (?:mum|mother|dad|father|parents|partner|wife|husband|kids|children|family|son|daughter|neighbours?)`,
      "(?:sent|send) (?:you|her|him) a (?:friend )?request",
      "(?:messaged|found|followed|added) (?:you|her|him) on (?:facebook|instagram|linkedin|twitter|tiktok|snapchat|strava|whatsapp)",
      "(?:so )?(?:i|we) can (?:spot|find|recognise|see) (?:you|her|him)",
      "(?:drove|driven|drive|driving|walked|walking|been|went|go|going) (?:past|by|round) (?:your|her|his|their|[a-z]+'s) (?:office|house|home|window|place|flat|car)",
      "(?:(?:first|second|third|fourth|fifth|top|end|corner) (?:window|desk|office)(?: [a-z]+){0,3}?) (?:is|'s) (?:yours|hers|his)",
    ]),
    unless: thirdPartyReport,
    examples: {
      match: ["Saw you in Tesco on Saturday Casey. Followed you round the whole shop, then you went to the black Qashqai.", "I looked you up. What are you wearing tomorrow so I can spot you?"],
      notMatch: ["I saw you at the public meeting and thought you explained it well.", "I looked up the complaints procedure."],
    },
  },
  {
    id: "threat-to-staff/their-private-life",
    kind: "threat-to-staff",
    policyRef: THREATS_TO_STAFF,
    weight: 1,
    writersOwn: true,
    cues: ["lives", "live", "little", "door", "families", "run", "partner", "partners", "wife", "husband", "kids", "children", "daughter", "son", "mum", "dad", "parents", "family", "house", "home", "car", "instagram", "facebook", "linkedin", "strava", "twitter", "tiktok", "school", "gym", "dog", "pool", "holiday", "photo", "photos", "uniform", "landline", "landlines", "mobile", "number", "numbers", "address", "street", "road", "lives", "roll", "two", "corsa", "polo", "qashqai", "mornings", "morning", "nights", "dot", "always", "every", "train", "bus", "platform", "catch", "catches"],
    pattern: phrases([
      `(?!(?:my|our|me|a|the) )(?:your|her|his|their|[a-z]+ [a-z]+'s|[a-z]+'s) (?:partner|partners|wife|husband|kids|children|daughter|son|mum|mother|dad|father|parents|family|house|home|instagram|facebook|linkedin|strava|twitter|tiktok|school|school run|gym|running club|dog|pool|holiday|uniform|landline|mobile number|personal number|home address|street|wife's business|two|little girl|little boy|front door|families|school run)(?! (?:are|is) (?:welcome|invited))`,
      "(?:she|he|you|they|(?:mr|mrs|ms|miss) [a-z]+|the commissioner|(?!(?:my|our|his|her|their|a|the|who|which|that|she|he|it|i|we) )[a-z]+ [a-z]+) (?:lives?|lived) (?:in|on|at|near|round|around) (?:[a-z]+ ){0,2}?(?:street|road|lane|avenue|close|drive|way|[a-z]+)(?= *[.!,\\n]|$| now| with)",
      "(?:electoral roll|companies house|192\\.com|land registry) (?:says|shows|has)",
      "(?:silver|black|blue|red|white|grey|green) (?:corsa|polo|qashqai|golf|fiesta|focus|astra|clio|mini|audi|bmw|merc|mercedes|car|van|suv|jeep|tesla|kia|ford)",
      "(?:always|every day|most days|on the dot|without fail|every (?:morning|evening|night|friday|monday|tuesday|wednesday|thursday|saturday|sunday))(?: [a-z0-9.]+){0,3}? (?:by|at|in|on|from)? ?\\d{1,2}(?:[.:]\\d\\d)?",
      "\\d{1,2}(?:[.:]\\d\\d)? on the dot",
      "(?:you|she|he) (?:run|runs|jog|jogs|walk|walks|cycle|cycles|swim|swims|train|trains|get|gets|catch|catches|take|takes) (?:round|around|along|down|up|the)(?: [a-z0-9.]+){0,4}? (?:most|every|each|on) (?:mornings?|evenings?|nights?|days?|weekends?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
      "(?:you|she|he) (?:get|gets|catch|catches|take|takes) the \\d{1,2}[.:]\\d\\d",
      "(?:you|she|he) (?:finish|finishes|leave|leaves) at (?:half|quarter)? ?[a-z0-9.:]+ and (?:walk|walks|drive|drives|get|gets|go|goes)",
    ]),
    unless: (hit) => thirdPartyReport(hit) || /\b(?:thank|thanks|lovely to meet|congratulations|condolences|sorry to hear)\b/.test(hit.sentence) || saidKindly(hit) || INVITED.test(hit.sentence) || ORG_PLACE.test(hit.sentence),
    examples: {
      match: ["Your daughter looks so proud in her Bedwas High uniform on your Facebook. Imagine how you'd feel if someone ignored you when she was in trouble.", "I know you finish at half five and walk down Priory Road. Be careful."],
      notMatch: ["Your office is always closed at lunchtime.", "I hope your family had a lovely Christmas, thank you for your help."],
    },
  },
  {
    id: "threat-to-staff/menace-hint",
    kind: "threat-to-staff",
    policyRef: THREATS_TO_STAFF,
    weight: 1,
    writersOwn: true,
    cues: ["find", "wearing", "accidents", "anything", "shame", "careful", "dark", "see", "forget", "count", "visit", "ugly", "saying", "think", "imagine", "trouble", "warned", "mean", "patient", "knows", "list", "everyone", "run", "eventually", "around"],
    pattern: phrases([
      "accidents (?:happen|can happen)",
      "anything (?:could|can|might) happen(?: to)?",
      "(?:would|it'd|it would|be a) (?:be a )?shame if",
      "be careful(?= *(?:[.!,\\n]|$| out there| now| going| walking| driving))",
      "dark by then",
      "see you (?:around|soon|on the|at the|in the|outside|there|later|tomorrow)",
      "never forget a face",
      "count on it",
      "(?:might|may|will|'ll|going to) pay (?:you |her |him |them |someone )?a (?:little )?visit",
      "things (?:will|'ll|are going to|might|could) (?:get|turn) (?:ugly|nasty|messy|very bad|out of hand)",

      "see how (?:you|u|she|he|they) (?:like|likes) it",
      "(?:don't|dont) say you (?:weren't|were not|werent) warned",
      "i mean every word",
      "(?:mates|friends|people|lads) who (?:aren't|are not|arent) as (?:patient|nice|calm|reasonable)",
      "where (?:they|people|anyone) can find (?:her|him|you|them)",
      "everyone knows who (?:she|he|you) (?:is|are)",
      "(?:carry on|keep going) down the list",
      "(?:kids|children) can just run out",
      "(?:i know|i've got|i have) (?:people|friends|mates|lads) (?:who|that) (?:can|could|would|will|know)",
      "(?:i know|i've got|i have) (?:people|friends|mates|lads) who(?:'d|'ll) (?:happily |gladly )?(?:pay|visit|sort|deal|have a word|find|love to)",
      "(?:pay|paying) (?:[a-z]+ [a-z]+|[a-z]+) a (?:little |quiet |friendly )?visit",
      "(?:you'll|you will|she'll|he'll) get (?:yours|your comeuppance|what you deserve)",
      "(?:we'll|we will|you and i will) (?:bump into|meet|run into) each other",
      "what (?:are|will) you (?:be )?wearing",
    ]),
    examples: {
      match: ["Blue Polo, parks by the bins, always in by 8.20. Accidents happen in car parks Miss Worker. Just saying.", "I know your wife's name. Might pay a visit."],
      notMatch: ["See you at the public meeting on Tuesday, and thank you.", "Accidents happen, and I know the letter was sent in error."],
    },
  },
  {
    id: "threat-to-staff/coming-to-them",
    kind: "threat-to-staff",
    policyRef: THREATS_TO_STAFF,
    // Being there in person, where they are (Warwickshire 3.1 "invasion of personal space", stalking in person): alone a threat.
    weight: 2,
    writersOwn: true,
    cues: ["round", "outside", "follow", "building", "person", "evening", "night", "come", "coming", "drop"],
    pattern: phrases([
      "(?:i(?:'ll| will)|i'm going to|i am going to|maybe i'll|might|(?:maybe )?i (?:should|could)(?: just)?) (?:drop|bring|pop|come|call) (?:[a-z]+ )?(?:my [a-z]+ )?(?:round|by|over)(?: in person)?(?: (?:one|some|any) (?:evening|night|day|morning|weekend))?",
      "(?:i(?:'ll| will)|i'm going to|i am going to) be (?:outside|at|by) (?:your|the) (?:building|office|house|home|door)(?: every| each| from| at| when)",
      "follow (?:them|you|her|him) (?:to|into|home|back)",
      "(?:i(?:'ll| will)|i'm going to|i am going to) come (?:down|over|round)? ?to (?:[a-z]+ )?(?:myself|in person)",
    ]),
    // A visit with a gift, thanks or papers for the office is kindness or business (issue 10 look-alike: "I'll drop by the office
    // on Monday with a card for him"), unless it goes to their home or after dark.
    unless: (hit) =>
      /\b(?:surgery|open day|appointment|reception|meeting|public)\b/.test(hit.sentence) ||
      (GIFT_OR_PAPERS.test(hit.sentence) && !/\b(?:home|house|evening|night|dark|address|after work)\b/.test(hit.sentence)),
    examples: {
      match: [
        "The electoral roll says there's a C Worker on Tachbrook Street. Maybe I'll drop my evidence round in person one evening.",
        "I know where Priya lives now. I'll pop round with a present for her one night.",
      ],
      notMatch: [
        "I will drop the forms round to reception on Monday for my appointment.",
        "I'll drop by the office on Monday with a card for him.",
        "i might pop by with some flowers for Casey next week, she was so kind to my mum",
        "I'm going to come over to the office with the signed statement and copies of the photos.",
      ],
    },
  },
  {
    id: "threat-to-staff/menace-tag",
    kind: "threat-to-staff",
    policyRef: THREATS_TO_STAFF,
    weight: 1,
    writersOwn: true,
    cues: ["saying", "up", "think", "imagine", "choice", "call", "decision", "decide", "warned", "were", "was", "lovely", "nice", "beautiful", "gorgeous", "don't", "dont", "won't"],
    pattern: phrases([
      "just saying(?= *(?:[.!\\n]|$))",
      "up to you(?= *(?:[.!\\n]|$))",
      "your (?:choice|call|decision)(?= *(?:[.!\\n]|$))",
      "think about (?:that|it) before you",
      "imagine how you(?:'d| would) feel",
      "consider yourself warned",
      "if i (?:were|was) you(?= *(?:[.!\\n]|$))",
      "(?:lovely|nice|beautiful|gorgeous) (?:family|kids|children|little (?:girl|boy|ones?))(?= *(?:[.!\\n]|$))",
      "see if i (?:don't|dont|won't)",
    ]),
    examples: {
      match: ["Might pay a visit. Up to you.", "Accidents happen in car parks Miss Worker. Just saying."],
      notMatch: ["Whether to attend the panel is up to you.", "Just saying thank you for the letter."],
    },
  },

];
