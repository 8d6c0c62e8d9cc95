import { inLawfulSentence } from "./lawful";
import type { RuleId } from "./rules/index";
import type { Hit } from "./words";
import { matches } from "../text/matches";
import { mayMatch } from "../text/may-match";

/*
 * Menace with no violent word in it, harassment of a member of staff, and a member of staff belittled for who they are
 * (issue 13; rules/veiled.ts gives each rule's identity and examples). Written from how such mail is put, by kind of
 * wording: the writer disowning what they will do, a visit that is not for talking, the reader told to think on before
 * their next letter, harm pictured on the reader, a building's glass or wiring remarked on, a routine or a voice
 * remarked on, calls until someone breaks; and a person called a name, their mind, sexuality or sex made the reason.
 * Bounded alternations, each holding words of its own, so the prefilter (text/may-match.ts) skips most mail.
 */

/** An apostrophe as written or as typed by a phone. */
const A = "['’]";
/** Words that may stand between, within one sentence. */
const GAP = (n: number) => `[^.!?\\n]{0,${n}}`;
/** The writer, about to act or saying what they would do. */
const I_WOULD = `(?:i${A}d|i would|id|i${A}ll|i will|ill)`;
/** Someone the writer can be aiming at: the reader, a member of staff, whoever decided. */
const TARGET = "(?:you|u|her|him|them|whoever)";
/** A group people are demeaned as (Gwent 4.0 "race … religion or belief"), in the plural. */
const GROUP =
  "(?:albanians|romanians|bulgarians|somalis|eritreans|kurds|afghans|syrians|iraqis|pakistanis|nigerians|poles|lithuanians|eastern europeans|immigrants|migrants|refugees|asylum seekers|foreigners|muslims|jews|gypsies|pikeys|travellers|blacks|asians|africans|arabs|ex-cons|ex-prisoners|ex-offenders)";

/** Something private of a member of staff's: their family, home, school or club (never the writer's own: "my"). */
const PRIVATE = `(?:her|his|your|ur|[a-z]+${A}s) (?:wife|husband|partner|daughter|son|kids|children|mum|mother|dad|father|house|home|address|front door|curtains|hanging baskets|street|school|halls|netball|football|club)`;
/** Words that make such knowledge a message: "easy to find", "Google is great", "I'm not saying anything by it". */
const INNUENDO =
  `(?:(?:easy|easy enough|not hard|simple) to find|google is (?:great|wonderful|brilliant|a wonderful thing)|amazing what(?:${A}s| is) (?:public|online|out there)|i get around|(?:not|never) saying anything by it|i${A}ve (?:taken the trouble|done my (?:research|homework))|(?:was|were) (?:easy|simple) to (?:find|track down))`;

const PATTERNS: ReadonlyArray<readonly [RuleId, RegExp]> = [
  // The writer disowning what happens next (Gwent 4.0 "threats (implicit …)"): "won't be responsible for my actions".
  [
    "not-answerable-for-myself",
    new RegExp(
      `\\b(?:i (?:won${A}?t|will not|wont|can${A}?t|cannot|cant|will no|${A}ll no|${A}ll not|could not|couldn${A}?t) be (?:held )?responsible for (?:my actions|myself|what i (?:do|might do|will do)|what happens(?= *(?:[.!\\n]|$| next| when i| if i| to (?:you|her|him|them|whoever))))` +
        `|(?:someone|somebody|one of you|one of your staff)${GAP(10)}(?:is going to|will|is gonna|could) (?:end up )?(?:getting |get )?hurt${GAP(30)}\\b(?:won${A}?t|will not|wont) be me` +
        `|answer to me(?: personally| in person)?,? (?:and )?not (?:with|in) (?:letters|writing|words|emails)` +
        `|(?:my|i have|i${A}ve got) (?:two |three )?(?:brothers|cousins|sons|mates|friends|lads|boys)${GAP(30)}\\b(?:are not|aren${A}?t|not) (?:so |as )?(?:calm|patient|nice|forgiving|reasonable|understanding|polite) (?:as|like) (?:me|i am|i${A}m)\\b` +
        `|(?:people|friends|mates|lads) who (?:aren${A}?t|are not|won${A}?t be) (?:as|so) (?:nice|patient|polite|reasonable|calm) as me` +
        `|there(?:${A}ll| will) be blood${GAP(30)}\\b(?:won${A}?t|will not|wont) be (?:mine|ours)` +
        `|(?:i keep|i${A}ve got|i have|i${A}m keeping|i am keeping) a list\\b${GAP(80)}\\b(?:names|addresses|car regs?|registrations)[^\\n]{0,120}\\b(?:when i${A}?m ready|i${A}ll use it|i will use it|one day soon))`,
      "g",
    ),
  ],
  // A visit that is not for talking (Gwent 4.0; Warwickshire 3.1 "intimidation").
  [
    "visit-with-menace",
    new RegExp(
      `\\b(?:(?:expect|get|getting|be getting|pay (?:them|you|her|him)) a visit (?:they|you|she|he)${A}?(?:ll)? (?:won${A}?t|will not|wont|will never|${A}ll never|never) forget` +
        `|(?:coming|come|be|turn up|turning up|down) (?:down )?(?:to|at) (?:your|the|that) (?:office|building|reception)${GAP(40)}\\b(?:it )?(?:won${A}?t|will not|wont|isn${A}?t|is not) be (?:for|to) (?:a chat|talking|a talk|a cuppa|tea|a natter)` +
        `|(?:won${A}?t|will not|wont) be bringing (?:flowers|chocolates|a card)` +
        `|when i do,? (?:you${A}ll|you will|she${A}ll|he${A}ll|they${A}ll) wish (?:you|she|he|they)(?:${A}d| had)` +
        `|(?:you${A}ll|you will|she${A}ll|she will|he${A}ll|he will) wish (?:you|she|he)(?:${A}d| had) (?:answered|replied|listened|helped|never|not|done|rung|called)` +
        `|(?:i${A}ll|i will|i${A}m going to|im going to|i am going to) find (?:you|u|her|him|whoever)\\b${GAP(30)}\\bwhen i do` +
        `|(?:i${A}ll|i will) be seeing (?:you|u|her|him) (?:very )?(?:soon|before long|sooner than you think)(?= *(?:[.!,\\n]|$))` +
        `|(?:won${A}?t|will not|wont) always have (?:security|a guard|the guards?|a (?:glass )?screen|the police|that desk|cameras) (?:at the door|to protect|around|between)` +
        `|(?:won${A}?t|will not|wont) end well for (?:you|her|him) personally|make sure (?:she|he|you) never forgets? (?:my name|me|my face)` +
        `|(?:i${A}?m|im|i am) (?:outside|downstairs|in (?:your|the) car park)\\b[^\\n]{0,80}\\bcome (?:down|out)\\b${GAP(40)}\\b(?:to my face|face me|explain (?:it|your|ur|this|that) )` +
        `|(?:i${A}?m going to|im going to|i am going to|i${A}ll|i will|gonna) find out where (?:you|u|she|he) (?:live|lives)\\b)`,
      "g",
    ),
  ],
  // The reader told to think on, before their next letter (Gwent 4.0 "threats (implicit …)").
  [
    "think-before-next",
    new RegExp(
      `\\b(?:(?:want|wants|ought|needs|need|should|might want|${A}d (?:better|best)) to think (?:about|on) (?:that|this|it) before (?:he|she|you|they) (?:signs?|sends?|writes?|closes?|refuses?|replies|reply|puts?)` +
        `|(?:(?:he|she|you|they) (?:should|ought to|want to|wants to|need to|needs to|${A}d)|tell (?:her|him|them) to) think (?:very )?(?:carefully|hard|twice) about the tone` +
        `|(?:you${A}ll|you will|she${A}ll|he${A}ll) find out what i${A}?m like` +
        `|(?:parcel|package)[^\\n]{0,40}\\b(?:your|the) office[^\\n]{0,60}\\bthink twice before (?:you )?open)`,
      "g",
    ),
  ],
  // Harm pictured on the reader: "I'd knock you out", "make you feel what I feel" (Gwent 4.0 "threats … against another person").
  [
    "harm-pictured",
    new RegExp(
      `\\b(?:${I_WOULD} (?:knock|lay|deck|lamp|floor|spark) ${TARGET}(?: clean| spark| right)? out` +
        `|${I_WOULD} (?:put|knock|lay) ${TARGET} (?:flat )?on (?:your|his|her|their) (?:backside|back|arse|behind)` +
        `|(?:make|want) ${TARGET} (?:to )?feel exactly what i feel` +
        `|(?:i${A}ll|i will) do to (?:you|her|him|them)(?: exactly)? what (?:was|they|he|she|you) (?:done|did)` +
        `|(?:be )?leaving through the (?:front |back )?window` +
        `|(?:your|ur|her|his) (?:family|kids|children|wife|husband|daughter|son|loved ones) (?:will|are going to|is going to|are gonna) pay\\b` +
        `|(?:hope|wish) (?:someone|somebody) does (?:the same |that |it )?to (?:your|ur|her|his) (?:kids|children|family|daughter|son|wife|husband))`,
      "g",
    ),
  ],
  // A building's glass, wiring or a car's tyres remarked on (Warwickshire 3.1 "Threats or harm to … property").
  [
    "property-menaced",
    new RegExp(
      `\\b(?:(?:put|stick) a bomb under|(?:funny|strange|odd) how windows (?:break|get (?:broken|smashed))|glass (?:is expensive|breaks easily)` +
        `|(?:terrible thing|awful thing|shame)${GAP(4)}office fires|offices (?:catch fire|go up|burn)` +
        `|(?<!\\bmy )(?:tyres|tires) would look better (?:flat|slashed|down)` +
        `|(?:if|when) (?:your|ur|her|his|that) (?:[a-z]+ ){0,3}(?:car|motor)(?: of (?:yours|hers|his))? (?:got|gets|getting|were to get|was to get) (?:scratched|keyed|damaged|torched|burnt|burned|smashed)` +
        `|(?:people|folk) have had accidents for less` +
        `|long (?:dark |lonely )?walk (?:to|from|back to) (?:the|your|her|his) (?:car park|car|station|bus stop)${GAP(30)}(?:in the dark|at night|isn${A}?t it|innit|doesn${A}?t (?:she|he))` +
        `|(?:bought|got|picked up|buying) (?:a )?(?:jerry ?can|can of petrol|petrol can)[^\\n]{0,40}\\bjust saying` +
        `|(?:bring|bringing|carry|carrying) (?:a )?(?:can of petrol|jerry ?can|petrol can|lighter fluid) (?:to|into|down to) (?:the|your|her|his|that) )`,
      "g",
    ),
  ],
  // Prison named as no deterrent (Gwent 4.0 "threats (implicit …)").
  [
    "nothing-to-fear",
    new RegExp(
      `\\b(?:(?:i${A}?m|i am) not (?:afraid|scared|frightened) of (?:the )?police or (?:of )?(?:prison|jail)` +
        `|(?:i${A}ve|i have|ive) (?:been inside|done time|did time)${GAP(20)}\\bnot (?:afraid|scared|frightened) (?:of going back|to (?:go back|do it again)))`,
      "g",
    ),
  ],
  // A staff member's routine, kept and said back to them (Warwickshire 3.1 "Stalking (in person or online)").
  [
    "staff-routine-watched",
    new RegExp(
      `\\b(?:(?:saw|seen|watched|clocked) (?:you|u|her|him) (?:getting|get|catch|catching|take|taking|board|boarding|getting on) (?:on )?the (?:number )?\\d+` +
        `|(?:you|she|he) (?:catches|catch|gets|get|takes|take) the \\d{1,2}[.:]\\d{2}\\b${GAP(40)}(?:doesn${A}?t|don${A}?t|isn${A}?t|yes\\?|right\\?)` +
        `|found (?:your|her|his|[a-z]+${A}s) strava|(?:your|her|his) strava is` +
        `|(?<=(?:^|[.!?\\n]) *)(?:you|she|he) (?:drink|drinks) in the [a-z]+(?: [a-z]+)? on (?:a )?(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?)` +
        `|(?:waited|stood|sat) outside (?:your|the) office${GAP(40)}\\b(?:watched (?:you|her|him) (?:leave|come out)|(?:you|she|he) came out at)` +
        `|(?:walked|drove|went|been) (?:past|by) yours\\b` +
        `|(?:sent|send|sending|added) (?:her|his|your|ur) (?:husband|wife|partner|mum|mother|dad|daughter|son|sister|brother|kids) (?:a )?(?:friend|follow) requests?` +
        `|(?<=(?:^|[.!?\\n]) *)always (?:nearby|close by|watching)(?= *(?:[.!\\n]|$))` +
        `|you looked (?:tired|lovely|nice|pretty|gorgeous|stressed|upset|well) (?:at|in) the (?:panel|meeting|shop|supermarket|gym|pub|park|station|tesco)\\b` +
        `|looked like (?:a )?(?:good|fun|great|lovely) (?:night|party|time|do) from (?:the|my) (?:car park|car|street|road|window)` +
        `|rang (?:[a-z]+ )?(?:[a-z]+${A}s|her|his|your) (?:mobile|personal (?:number|phone)|home (?:number|phone)) \\d+ times)`,
      "g",
    ),
  ],
  // Their family or home named beside a hint that finding them was easy; a pattern of its own, so mail without the hint skips it.
  ["staff-routine-watched", new RegExp(`\\b(?:${PRIVATE}\\b[^]{0,160}\\b${INNUENDO}|${INNUENDO}[^]{0,160}\\b${PRIVATE}\\b)`, "g")],
  // Sexual interest in a member of staff (Warwickshire 3.1 "Harassment"; Gwent 4.0 "harassment").
  [
    "sexual-interest-in-staff",
    new RegExp(
      `\\b(?:(?:you|u|she|he) (?:sound|sounded|sounds|look|looked|looks) (?:really |so |very )?(?:sexy|hot|fit)\\b` +
        `|(?<!\\b(?:me|us|asked|asks|ask|was asked|were asked) )what were (?:you|u) wearing when (?:you|u) (?:rang|called|phoned|wrote)` +
        `|(?:your|ur|her|his) voice${GAP(20)}does things to me|wear something (?:nice|sexy|short|tight|low)\\b${GAP(30)}(?:x\\b|tonight|next time))`,
      "g",
    ),
  ],
  // Calls and mail until someone breaks (Warwickshire 3.1 "Harassment, intimidation"; Gwent 4.0 "harassment").
  [
    "hounding-until-broken",
    new RegExp(
      `\\b(?:(?:email|emailing|message|messaging|ring|ringing|call|calling|text|texting|phone|phoning|send|sending|write|writing)\\b${GAP(40)}\\b(?:every hour|on the hour|day and night|all night)${GAP(60)}\\buntil (?:you|u|one of you|someone|she|he) (?:break|breaks|crack|cracks|give in|gives in)` +
        `|(?:your|ur) phones? (?:won${A}?t|will not|wont|will never) stop (?:ringing |buzzing )?(?:until|till)` +
        `|(?:block me|you can block me)${GAP(20)}\\b(?:i${A}ve|i have|ive)(?: got)? (?:other|more|plenty of) (?:addresses|numbers|accounts|emails)` +
        `|(?<=(?:^|[.!?\\n]) *)(?:\\d+|[a-z]+(?:ty|teen)(?:[- ][a-z]+)?) calls today\\.? *(?:so )?tomorrow (?:i${A}ll|i will) (?:make|do) (?:\\d+|a hundred))`,
      "g",
    ),
  ],
  // A member of staff belittled as a person: a name called, their mind, sexuality or sex made the reason (Gwent 4.0).
  [
    "staff-belittled-as-person",
    new RegExp(
      `\\b(?:(?:tell )?that (?:(?:lazy|useless|fat|stupid|thick|ugly|old|little) )?(?:prick|pr\\*ck|twat|tw\\*t|tw@t|dyke|poof|tosser|wanker|w\\*nker|dickhead)\\b` +
        `|that (?:lazy|useless|fat|stupid|thick|ugly|miserable) (?:cow|lump|pig|cretin|moron|bitch|b\\*tch)\\b(?! (?:in|on) the (?:field|road|lane))` +
        `|(?:have|has) learning difficulties or something|(?:is|are) (?:he|she|they|you|[a-z]+) (?:one of them )?(?:gay|a lesbian|lesbian|queer|bent|a poof)(?: lads?| ones?)? or something` +
        `|(?<=(?:^|[.!?\\n]) *)(?:he${A}?s|she${A}?s|you${A}re|youre|is|[a-z]+ is) (?:as )?thick as (?:two short planks|mince|a brick|pig ?shit)` +
        `|(?:sounds?|sounded|is) like a (?:right |proper )?(?:poof|pansy|girl|woman) on the phone` +
        `|leave (?:the law|policing|the complaints|complaints|it|this) to the men|run along and make (?:the )?tea` +
        `|too emotional${GAP(30)}\\blike women (?:do|are)` +
        `|(?:old dinosaur|past it)${GAP(30)}\\bput out to (?:grass|pasture)` +
        `|the (?:fat|ugly|thick|stupid|dozy|useless) (?:one|cow|lump|pig|bint|tart|git|sod) (?:on|at|behind) (?:reception|the desk|the front desk|the phone|the counter)` +
        `|jumped[- ]up (?:little )?(?:nobody|hitler|jobsworth|clerk|pen[- ]?pusher|civil servant|secretary|tea ?girl|tea ?lady|receptionist)` +
        `|the (?:gay|lesbian|trans|black|asian|muslim|foreign|polish|deaf|disabled|dyslexic) one (?:on|at|in|behind) (?:your|the) (?:phones?|desk|reception|front desk|counter|office)${GAP(40)}\\b(?:not fit|useless|incompetent|can${A}?t|cannot|shouldn${A}?t|should not|no business|no place|again)` +
        `|(?:headscarf|turban|hijab|burka|burqa|niqab)[- ]wearing (?:caseworker|woman|girl|lady|man|officer|one|person)` +
        `|(?<!\\bi )only got (?:that|the|her|his|their) job (?:to tick a box|because of (?:her|his) (?:colour|race|religion|skin))` +
        `|(?:your|her|his) (?:kind|sort) always (?:do|are|will|side)\\b)`,
      "g",
    ),
  ],
  // A group called animals or filth (Gwent 4.0 "insulting or demeaning any … group").
  [
    "group-dehumanised",
    new RegExp(
      `\\b(?:${GROUP}${GAP(40)}\\b(?:animals|vermin|scum|filth|parasites|savages),? the lot of them` +
        `|${GROUP} are (?:animals|vermin|scum|filth|parasites|savages)\\b` +
        `|send them (?:all )?home,? every (?:last )?(?:one|romanian|pole|albanian|somali|foreigner|immigrant)` +
        `|(?:useless|lazy|thick|stupid|dirty|filthy|bent) (?:[a-z]+ )?${GROUP}` +
        `|(?:your|the) (?:office|staff|police|force|department|team)${GAP(10)}\\b(?:full of|run by|overrun (?:with|by)|stuffed with) (?:[a-z]+ and )?${GROUP})`,
      "g",
    ),
  ],
  // Swearing at someone, masked in ways masks.ts does not restore ("a-hole", "c*w", "b-word", "eff off") (Gwent 4.0 "swearing or other offensive language").
  [
    "masked-swearing-at-person",
    new RegExp(
      `\\b(?:(?:useless|stupid|an|you|u|absolute|total|smug|fat|complete|right|utter) a(?:-|\\*+)hole\\b|(?:smug|little|lil|stupid|useless|fat|silly|total|absolute) (?:b|c)-word\\b` +
        `|(?:useless|stupid|fat|ugly|lazy|silly|old|thick) c\\*w\\b|sh\\*te at (?:your|ur|her|his) job|(?:you|u|the lot of you|all of you) (?:can )?eff off\\b|(?<=(?:^|[.!?\\n]) *)eff off\\b)`,
      "g",
    ),
  ],
];

/** Hits of the rules above, each the writer's own words unless they open in a quotation or report (classify.ts). */
export function veiledAbuseHits(folded: string): Hit[] {
  const hits: Hit[] = [];
  for (const [rule, pattern] of PATTERNS) {
    if (!mayMatch(pattern, folded)) continue;
    for (const m of matches(pattern, folded)) {
      // "I'll be down there Friday with my solicitor and it won't be for a chat": a lawful route, not menace (Gwent 3.0).
      if (rule === "visit-with-menace" && inLawfulSentence(folded, m.index, m.index + m[0].length)) continue;
      hits.push({ rule, start: m.index, end: m.index + m[0].length, writersAct: true });
    }
  }
  return hits;
}
