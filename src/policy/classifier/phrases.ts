import { inLawfulSentence } from "./lawful";
import type { Hit } from "./words";
import { matches } from "../text/matches";

/** Someone, or what is theirs, that harm is hinted at: "you", "her", "your car", "his family". */
const AT_RISK = "(?:you|u|him|her|them|(?:your|ur|his|her|their) (?:car|cars|house|home|family|kids|children|wife|husband|partner|staff|colleagues?|caseworker|windows?|tyres|dog|cat|pets?))\\b";

/**
 * Threats and harassment that are carried by a phrase rather than a violent verb:
 * Gwent 4.0 "threats (implicit or explicit)"; Warwickshire 3.1 "Stalking (in person or
 * online)", "Harassment, intimidation or threats". Bounded alternations: linear in the text.
 */
const IMPLICIT_THREATS = new RegExp(
  `\\b(?:${[
    "i know where (?:you|u|your family|your kids|your children|he|she) (?:live|lives|work|works|go|goes)",
    "watch your back",
    "(?:you|u)(?:'ll| will| are going to|'re going to| gonna) (?:regret|be sorry|pay for|pay)",
    "i(?:'ll| will| am going to|'m going to| am gonna|'m gonna) make (?:you|u|them|him|her) (?:pay|suffer|regret|sorry)",
    "your days are numbered",
    "something (?:bad|nasty|terrible) (?:will|might|could|is going to) happen",
    "you won'?t know what hit",
    // "I'll be waiting." or "… for you outside", not "I'll be waiting for your reply".
    "(?:i|we)(?:'ll| will) (?:be waiting(?: for (?:you|u)\\b(?! to)| outside (?:your|ur) |(?= *(?:[.!\\n]|$)))|find you|get you|get even)",
    "see (?:you|u) outside",
    "(?:keep|better keep) looking over your shoulder",
    "(?:your|ur) (?:family|kids|children|wife|husband|house|car|home) (?:won'?t|will not|might not|isn'?t|aren'?t) (?:be )?safe",
    "accidents happen",
    // Veiled: harm named as a pity, or left to the reader to picture (Gwent 4.0 "threats (implicit or explicit)").
    `be a (?:real |great |terrible )?(?:shame|pity) if (?:something|anything) (?:bad |nasty )?(?:was to |were to |should |ever )?happen(?:ed|s)? to ${AT_RISK}`,
    "be a (?:real |great |terrible )?(?:shame|pity) if (?:you|u|your [a-z]+|he|she) (?:got|were|was|ended up) (?:hurt|injured|harmed)",
    `something (?:might|could|may|will) happen to ${AT_RISK}`,
    // "Carry on ignoring me and see what happens": the reader's conduct, then what follows left unsaid. Not "let's see what happens at the hearing".
    "(?:carry on|keep (?:on|ignoring|it up|this up|that up|fobbing|stonewalling)|go on|ignore me|ignoring me|fob me off|try me|try it|do (?:that|it|this) again)\\b[^.!?\\n]{0,60}?\\band (?:just )?see what happens",
    // "You'll see what happens." or "… if you ignore me", not "you will see what happens at the hearing".
    "(?:you|u)(?:'ll|’ll| will| are going to|'re going to|’re going to) (?:soon )?see what happens(?= *(?:[.!\\n]|$)| (?:if|when|next time) (?:you|u)\\b)",
    "see what happens (?:if|when) (?:you|u) (?:don'?t|do not|ignore|keep|carry on|refuse|try)",
    // "You have been warned." closing its sentence; "you have been warned about this fault before" reports a warning.
    "(?:(?:you|u) (?:have|'ve|’ve) been|consider (?:yourself|yourselves|this)|you(?:'re|’re| are)) warned(?= *(?:[.!\\n]|$))",
    "this is (?:your|ur) (?:last|final|only) warning",
    // Knowing someone's routine or route: "I know which train you get home", "I know where you park".
    "(?:i|we) know (?:which|what) (?:train|bus|tram|route|way|car|time|school|gym|station|road|street|days?|shifts?)s? (?:you|u|your [a-z]+) (?:get|gets|take|takes|catch|catches|drive|drives|use|uses|leave|leaves|finish|finishes|start|starts|go|goes|come|comes|park|parks|walk|walks|ride|rides)\\b",
    "(?:i|we) know (?:when|where) (?:you|u|your [a-z]+) (?:park|parks|leave|leaves|finish|finishes|get home|gets home|go home|goes home|arrive|arrives|shop|shops|drink|drinks|walk|walks|train|trains|are alone|is alone)\\b",
    "(?:i|we) know (?:your|ur) (?:route|routine|daily routine|movements|shift pattern|shifts|way home|car|number plate|registration|home (?:number|address|phone)|personal (?:number|mobile)|mobile number)\\b",
    "(?:i|we) know which (?:car|house|one|bike) is (?:yours|hers|his|theirs)\\b",
    // Coming for someone, in any tense: "I'll be coming for you", "I'm coming round." — not "coming round to your view".
    "(?:i|we)(?:'m| am|'re| are|'ll be| will be|'m going to| am going to|'re going to| are going to|'m gonna| am gonna|'ll| will) com(?:e|ing) (?:for (?:you|u)\\b|after (?:you|u)\\b|round(?= *(?:[.!,\\n]|$| and | to (?:your|ur)\\b))|(?:down|over) there(?= *(?:[.!,\\n]|$| and ))|to (?:your|ur) (?:house|home|door|doorstep)\\b)",
    "(?:i|we)(?:'ll| will|'m going to| am going to) come (?:round |over |down )?and (?:get|sort|deal with|find|sort out) (?:you|u|him|her|them)\\b",
    "(?:turn|show) up at (?:your|ur) (?:door|doorstep|front door|house|home)\\b",
    // Violence named outright, to a person: "smash your face in".
    "(?:smash|kick|punch|bash|cave) (?:your|ur|his|her|their) (?:face|head|teeth|skull)s? in\\b",
    "make sure (?:you|u|she|he|they|your [a-z]+) (?:are|is|get|gets|end up) (?:hurt|harmed|injured|beaten)",
    "(?:deal with|sort out|sort) (?:him|her|them|you|u)(?: out)? (?:myself|personally|my own way|the old-fashioned way)",
    "consequences for (?:you|u) (?:personally|and your (?:family|job|kids|children))",
    "(?:i|we) hope (?:someone|somebody|something) (?:does|happens) (?:to (?:you|u)|the same to (?:you|u))\\b",
    "(?:make sure |let )?(?:everyone|everybody|the whole world|the world) knows? where (?:you|u|she|he|they|your [a-z]+) (?:live|lives)\\b",
  ].join("|")})`,
  "g",
);

/**
 * Seen where staff are seen in their work, in public: "I saw you at the public meeting and thought you explained it well"
 * is no stalking (Warwickshire 3.1 names stalking in person; a public meeting is the office's own work).
 */
export const NOT_AT_A_PUBLIC_EVENT = "(?![^.!?\\n]{0,40}\\b(?:meeting|surgery|hearing|forum|event|conference|panel|consultation|court|tribunal|launch|talk|presentation|webinar|assembly|question time|debate|briefing|open day|roadshow|on (?:the )?(?:news|tv|telly|radio))\\b)";
const STALKING = new RegExp(
  `\\b(?:${[
    "(?:found|find|seen|saw|looked at|looked up|tracked down) (?:your|ur) (?:facebook|instagram|twitter|tiktok|linkedin|profile|address|home|house|kids|children|family|car|number)",
    "(?:found|tracked) (?:you|u) (?:on|online|through) ",
    "(?:i|we)(?:'ve| have)? (?:been )?(?:watching|following|followed) (?:you|u|your)",
    `i (?:saw|seen) (?:you|u) (?:at|in|leaving|outside|with|walking|going)${NOT_AT_A_PUBLIC_EVENT}`,
    // Private places only: "protesting outside your office" is at the office's public door (Gwent 2.0; lawful protest).
    "outside (?:your|ur) (?:house|home|work|kids'? school)",
    "(?:post|publish|share|put) (?:your|ur) (?:address|addresses|details|photos?|pictures?|number|home address(?:es)?)(?: and (?:your |ur )?(?:address|addresses|details|photos?|pictures?|number|home address(?:es)?))? (?:online|on facebook|on social media|everywhere|on (?:every|all the) (?:forum|site|website|group|page)s?)",
    "where (?:your|ur) (?:kids|children) go to school",
    // Finding or publishing a member of staff's home or personal details (Warwickshire 3.1 "Stalking (in person or online)").
    "(?:found|find|tracked down|looked up|found out) where (?:you|u|your [a-z]+) (?:live|lives|park|parks)\\b",
  ].join("|")})`,
  "g",
);

/**
 * The writer publishing someone's home or personal details (Warwickshire 3.1 "Stalking (in
 * person or online)"; issue #5 "finding staff's social media or homes"): "I've posted your
 * caseworker's home address on Twitter", "we will share her phone number online". The writer's
 * own act: "my neighbour posted my address online" reports what was done to them.
 */
const PUBLISHING = new RegExp(
  "\\b(?:i|we)(?:['’](?:ve|ll|d|m going to|re going to)| (?:have|had|will|shall|would|am going to|are going to|am gonna|just|already|now|then|also))* " +
    "(?:post|posted|posting|publish|published|publishing|share|shared|sharing|put|leak|leaked|spread|circulate|circulated|tweet|tweeted|upload|uploaded|plaster|plastered) " +
    "(?:(?:your|ur|his|her|their)(?: [a-z]+['’]s)?|(?:the )?[a-z]+['’]s) " +
    "(?:home address|address|personal details|private details|phone number|mobile number|number plate|car registration|photos?|pictures?) " +
    "(?:online|on (?:facebook|twitter|x|instagram|tiktok|youtube|reddit|whatsapp|telegram|social media|the internet|the web|line)|everywhere|all over|for (?:everyone|everybody|the world) to see)",
  "g",
);

/**
 * Implicit threats that a lawful route can explain ("you will pay", "you'll regret", "you'll be sorry",
 * "you have been warned", "see what happens"); "I know where you live" never is.
 */
const LAWFUL_ANSWERABLE = /regret|sorry|pay|warn|see what happens|myself|personally/;
/** Warnings that point back at what was said before them: "I'll go to my MP. You have been warned." */
const WARNINGS = /warn|see what happens/;

/**
 * A subject line that heads what the body says ("You'll regret it" over "If you close my case you'll regret it: I'll be
 * going to the papers"): the body's own sentence, which names the lawful route, decides.
 */
function headlineOfLawful(folded: string, at: number, words: string): boolean {
  const subjectEnd = folded.indexOf("\n");
  if (subjectEnd < 0 || at > subjectEnd) return false;
  for (let i = folded.indexOf(words, subjectEnd); i >= 0; i = folded.indexOf(words, i + words.length)) {
    if (inLawfulSentence(folded, i, i + words.length, WARNINGS.test(words))) return true;
  }
  return false;
}

export function phraseHits(folded: string): Hit[] {
  const hits: Hit[] = [];
  for (const m of matches(IMPLICIT_THREATS, folded)) {
    // "You'll regret this when it's in the papers", "you will pay for this in court": a lawful route, not a threat.
    if (!LAWFUL_ANSWERABLE.test(m[0]) || !(inLawfulSentence(folded, m.index, m.index + m[0].length, WARNINGS.test(m[0])) || headlineOfLawful(folded, m.index, m[0]))) {
      hits.push({ rule: "implicit-threat", start: m.index, end: m.index + m[0].length });
    }
  }
  for (const m of matches(STALKING, folded)) hits.push({ rule: "stalking", start: m.index, end: m.index + m[0].length });
  for (const m of matches(PUBLISHING, folded)) hits.push({ rule: "publishing-details", start: m.index, end: m.index + m[0].length, writersAct: true });
  return hits;
}
