import { inLawfulSentence } from "./lawful";
import type { RuleId } from "./rules/index";
import type { Hit } from "./words";
import { matches } from "../text/matches";
import { mayMatch } from "../text/may-match";

/*
 * More of how abuse of a member of staff is written to an office (issue #13), by kind of wording
 * rather than by row: who they are questioned (their faith, their sexuality, their sex, their age,
 * their mind, where they come from) and someone of another kind demanded in their place; a staff
 * member's family, home and routine named back to them; menace left unsaid ("sleep with one eye
 * open", "shame if the tyres went down"); waiting for them outside; tracking them online; and
 * swearing spelt with one letter ("F you"). Each pattern is one rule (rules/office.ts). Bounded
 * alternations only, each holding a word of its own, so the trigram prefilter (text/may-match.ts)
 * skips a pattern over mail that lacks its words.
 */

/** An apostrophe as written or as typed by a phone. */
const A = "['’]";
/** A member of a household. */
const RELATIVE = "(?:wife|husband|partner|fella|fiance|fiancee|kids|children|daughter|son|boy|girl|lad|little one|little boy|little girl|two|mum|mother|dad|father|sister|brother|family|baby|missus|bloke)";
/** A tag question that makes a fact about someone a message to them: "lives in Usk, doesn't she". */
const TAG = `(?:doesn${A}?t|does not|don${A}?t|isn${A}?t|is not|aren${A}?t|hasn${A}?t|haven${A}?t|didn${A}?t|wasn${A}?t|innit) (?:she|he|they|it|you|u)\\b`;
/** A regular time: "on Saturdays", "every morning", "Sunday mornings", "at 8.40". */
const SCHEDULE =
  "(?:every (?:morning|evening|night|day|week|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunchtime)|on (?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) (?:mornings|evenings|nights|afternoons)|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|\\d{1,2}[.:]\\d{2}(?: on the dot)?)";
/** The writer, about to act: "I'll", "I'm going to", "im gonna". */
const I_WILL = `(?:i${A}ll|i will|ill|i${A}m going to|im going to|i am going to|i${A}m gonna|im gonna|i am gonna|i shall|i${A}ll be|i will be|i${A}m|im)`;

/** Bounded ("[^.!?\n]{0,n}") where words may stand between: one sentence, never the whole message. */
const SAME_SENTENCE = (n: number) => `[^.!?\\n]{0,${n}}`;

/** Someone named ("casey worker", "morgan"), not the writer's own people nor a thing ("my mother", "the station"). */
const NAME = "(?!(?:my|our|the|a|an|his|her|their|your|ur|this|that|some|any|no|every|it|me|us|them|him|you|u)\\b)[a-z]+(?: (?!(?:and|or|to|at|in|on|is|was|when|for|from|with|the)\\b)[a-z]+)?";
/** A tag question about a person: "lives in Usk, doesn't she". */
const TAG_PERSON = `(?:doesn${A}?t|does not|isn${A}?t|is not|hasn${A}?t|didn${A}?t|wasn${A}?t) (?:she|he)\\b`;

/** Whom a one-letter "F" is aimed at: "F you", "F your Commissioner", "go f yourselves". */
const F_WHOM = "(?:you|u|off|your|ur|yourself|yourselves|the lot of you|the (?:opcc|commissioner|office|police|lot))\\b";

const PATTERNS: ReadonlyArray<readonly [RuleId, RegExp]> = [
  // Who they are questioned: their faith, sexuality, ethnicity or nationality put to them as a charge (Gwent 4.0 "anything that targets race … religion or belief, sexual orientation").
  [
    "identity-of-staff-questioned",
    new RegExp(
      `\\b(?:(?:you${A}re|you are|youre|your|ur|he${A}s|she${A}s|hes|shes|is|are) (?:a |an |one of (?:those|the|them|these) )?(?:${A})?(?:jew|jews|muslim|muslims|gay|gays|paki|pakis|polish|pole|scottish|foreigner|foreigners|immigrant|immigrants|lesbian|lesbians|queer|tranny|ethnic|ethnics|catholic|romanian|indian|nigerian|african|asian)(?:${A})?s?\\b${SAME_SENTENCE(20)}\\b(?:aren${A}?t (?:you|u|they)|isn${A}?t (?:he|she)|ain${A}?t (?:you|he|she)|innit|right\\?|explains (?:a lot|everything)|should${A}?ve guessed)` +
        `|(?:polish|muslim|jewish|gay|foreign|scottish|irish|indian|pakistani|romanian|nigerian|asian|african) (?:aren${A}?t|arent) (?:you|u)\\b` +
        `|(?:you${A}re|you are|youre|he${A}s|she${A}s|hes|shes|he is|she is|being) one of (?:those|the|them|these) (?:${A}|")?(?:gays|ethnic|muslims|foreigners|immigrants|lesbians|queers|trannies|diversity|quota)` +
        `|(?:with|has|having) a (?:name|surname) like (?:yours|hers)\\b` +
        `|(?:someone|somebody|a woman|a man|a caseworker) with a (?:muslim|foreign|polish|asian|indian|pakistani|african|jewish|arab|arabic|funny) (?:name|surname)\\b(?!${SAME_SENTENCE(40)}\\b(?:attacked|abused|assaulted|targeted|victim))` +
        `|where (?:is|are) (?:he|she|they|you|u) (?:even|actually|really|originally) from\\b` +
        `|(?:your|her|his|their) religion is (?:backward|primitive|evil|a joke|barbaric|medieval|a disgrace|disgusting)` +
        `|jumped[- ]up (?:little )?(?:asian|black|indian|paki|muslim|polish|foreign|chinese|african) (?:girl|boy|woman|man|lady|bloke|cow)` +
        `|(?:is|he${A}s|she${A}s|because (?:he|she)${A}?s|because (?:he|she) is) (?:an? )?(?:asian|black|muslim|jewish|gay|polish|indian|foreign|pakistani|nigerian|romanian) like (?:you|yourself)\\b|from your (?:photo|photograph|picture|name)${SAME_SENTENCE(40)}\\bone of them\\b` +
        `|typical (?:jew|muslim|paki|pole|polack|catholic|immigrant|foreigner|asian|indian|scot|jock|taff|paddy|gypsy|pikey)\\b|terrorist sympathi[sz]er` +
        `|(?:can|could) (?:a|an|any) (?:catholic|muslim|jew|christian|hindu|sikh|gay|immigrant|foreigner)(?: man| woman)? (?:be trusted|possibly (?:understand|judge))` +
        `|(?:is|are) (?:he|she|they|you) (?:a |an )?(?:muslim|jew|gay|lesbian|catholic|sikh|hindu|foreigner|immigrant)\\?` +
        `|i${A}?m not (?:being )?(?:a )?racist,? but|brown on the outside|(?:mouthful|mouth full) of (?:curry|marbles)` +
        `|take (?:your|that|the) (?:turban|headscarf|hijab|burka|burqa|niqab|veil|thing) off|(?:takes|take) that thing off` +
        `|your religion has no place|in (?:her|his|their) country,? (?:women|they|people) (?:don${A}?t|do not|can${A}?t)` +
        `|towel ?heads?\\b|jew[- ]?lovers?|sheep[- ]?shaggers?|lives? in sin\\b|a religion like (?:yours|hers|his)\\b` +
        `|(?:someone|anyone|a person) of (?:your|her|his|their) (?:background|ethnicity|race|colour|color|origin|extraction)|of (?:indian|african|asian|pakistani|polish|foreign|arab) extraction` +
        `|let (?:your|her|his) (?:sexuality|religion|race|culture|faith) (?:get in the way|affect|cloud)` +
        `|(?:your|her|his) (?:people|lot|kind|sort) (?:should|can) stick to|where (?:her|his|your|their) (?:sort|kind|lot) belongs?` +
        `|bible[- ]?bash(?:ing|er|ers)|(?:ask|pray to) (?:his|her|your|their) imaginary friend` +
        `|(?:diversity|quota) (?:hire|hires|recruit|recruits)|(?:given|got|gave) (?:a|the|her|him|them) job to fill a quota|tick(?:ing)? a diversity box` +
        `|(?:her|his) lot (?:all )?stick together` +
        `|(?:a |that )?(?:bloke|man|guy|fella) in a dress|that thing in a (?:uniform|dress|skirt)|mincing (?:about|around)|gay boy\\b` +
        `|(?:object to|won${A}?t have|not having|refuse to have) (?:a|some|that|an) (?:gay|lesbian|trans|black|asian|muslim|jewish|foreign|disabled|polish|indian|pakistani) (?:man |woman |person |officer |caseworker |bloke |lady |girl )?(?:dealing|handling|looking|on)\\b)`,
      "g",
    ),
  ],
  // Their English or their right to be here, in more of the words people use (the same rules as staff.ts: rules/office.ts).
  [
    "english-questioned",
    new RegExp(
      `\\b(?:is english (?:your|her|his) (?:second|third) language|(?:your|whose) accent (?:was|is|${A}s) (?:so )?(?:thick|strong|heavy)|pidgin english|english (?:isn${A}?t|is not|isnt|wasn${A}?t|was not) (?:your|her|his|their) (?:first|native) language` +
        `|your english is (?:terrible|appalling|awful|shocking|atrocious|embarrassing|rubbish|broken|dreadful|poor)` +
        `|(?:couldn${A}?t|could not|can${A}?t|cannot|cant|couldnt) understand (?:a word|her|him|you|anything)${SAME_SENTENCE(40)}\\b(?:that|your|her|his) (?:thick |strong |heavy |foreign )?accent` +
        `|your accent(?:${A}s| is) (?:so )?(?:thick|strong|heavy|ridiculous|awful)` +
        `|(?:whose|with (?:a )?) first language (?:is|as) english\\b)`,
      "g",
    ),
  ],
  [
    "right-to-be-here-questioned",
    new RegExp(
      `\\b(?:(?<!\\b(?:i|we|to|had|have|will|would|i${A}ll|i${A}d|must|could|can|they|he|she) )go back to (?:india|pakistan|poland|africa|romania|nigeria|bangladesh|jamaica|somalia|syria|iraq|afghanistan|china|albania|lithuania|ukraine|the desert|the jungle|the subcontinent|the kitchen|wherever (?:you|she|he|they)${A}?(?:re| are|s| is) from)` +
        `|(?:better (?:off|employed)|should be|belongs?) (?:back )?(?:in|to) (?:her|his|your|their) own country` +
        `|(?:just )?(?:got|come|came|stepped) off the boat|been here (?:five|5|two|2|ten|10) minutes` +
        `|(?:you|your lot|they|these people|you people|her lot|his lot) (?:come|came) over (?:here )?and (?:take|get|took|got)\\b` +
        `|go back where (?:you|u|she|he|they) (?:came|come) from|employ(?:s|ing)? foreigners|teach (?:them|her|him) to speak english` +
        `|let anyone in (?:these days|now)\\b|take our jobs|(?:gives?|giving) jobs to (?:foreigners|immigrants|migrants)` +
        `|(?:immigrants|foreigners|migrants) (?:in|to (?:sit|work) in|working in|sitting in) (?:your|the) office` +
        `|(?:is|probably|must be|let|employ|hired?) an illegal(?= *(?:[.!?,\\n]|$| immigrant| alien| run| work| answer| deal))|(?:even )?(?:have|has|got) settled status|checked (?:his|her|their|your) (?:visa|papers|passport|immigration status)` +
        `|(?:came|come) over on (?:a|the) (?:boat|dinghy|lorry)|send (?:him|her|them) back(?= *(?:[.!,\\n]|$| and))|give the job to (?:a local|a british|an english|someone british|someone english)` +
        `|mud hut|british people (?:run|for|to run) british|(?:doesn${A}?t|does not|don${A}?t|do not) sound (?:british|english)` +
        `|(?:like|as if) (?:talking to|ringing|calling|phoning) a call cent(?:re|er) in` +
        `|(?:are|is) (?:you|u|she|he|they) (?:even )?(?:on a visa|here legally)` +
        `|(?:how do i know|do you even check|did you check|you even check) (?:you${A}re|you are|they${A}re|they are|she${A}s|he${A}s) (?:here )?legal(?:ly)?` +
        `|(?:see|show me) (?:your|her|his) (?:papers|passport|visa)\\b` +
        `|(?:even )?allowed to (?:work|live) in this country|(?:does|do|did) ${NAME} even have (?:a|the) right to (?:work|be|live) here` +
        `|(?:bet|probably|i bet) (?:she${A}?s|he${A}?s|shes|hes|you${A}re|youre|they${A}re) on a visa` +
        `|(?:should|ought to) go (?:back )?home and (?:sort|fix|do|police|run)` +
        `|(?:^|[.!?\\n] *)go home\\s*(?:[.!]|$)` +
        `|(?:british|english) (?:justice|jobs|law|policing) (?:to|for) (?:british|english) people)`,
      "g",
    ),
  ],
  // Someone of another kind demanded in their place: "I want a British person", "put a real man on it" (Gwent 4.0; Warwickshire 3.1 "discriminatory").
  [
    "staff-of-another-kind-demanded",
    new RegExp(
      `\\b(?:(?:someone|somebody) (?:who was|who is|who${A}s) born here|(?:want|like|expect|get|give me|put|send me|need|prefer|have|speak to|talk to|deal with|dealt with by|looked at by|reviewed by|answered by) (?:a |an |some |a real |an actual )?(?:british|english|white|christian|proper english|real english) (?:person|caseworker|man|woman|officer|member of staff|people|lady|bloke|staff|one)\\b` +
        `|(?:employ|hire|recruit) normal (?:people|staff)|(?:someone|somebody) with a normal name` +
        `|(?:someone|somebody|a person|anyone) (?:who is |who${A}s )?(?:british|english|white)\\b(?!-)(?! (?:sign|law|summer|weather|gas|telecom|airways|legion|citizen|courts?|embassy|consulate|passport|speaking|-speaking))` +
        `|(?:have|employ|hire|hiring|employing|recruit) (?:british|english|white) (?:staff|people|workers|caseworkers)` +
        `|(?:want|get|need|put|give me) (?:a real|an actual|a proper) (?:man|woman|englishman|english person|british person|bloke)\\b` +
        `|(?:put|get|give me|let) a (?:real |proper )?man (?:on (?:it|this|my case|the case)|in charge|to (?:run|handle)|who can think)` +
        `|(?:let|leave) (?:a man|the men|men) (?:run|handle|sort)\\b|leave (?:the law|policing|it|the job|this|the thinking) to (?:the )?men\\b)`,
      "g",
    ),
  ],
  // Their sex, age or mind mocked (Gwent 4.0 "age, sex, gender … disability").
  [
    "sex-age-or-disability-mocked",
    new RegExp(
      `\\b(?:(?:useless|incompetent|emotional|hopeless|thick|stupid|hysterical)${SAME_SENTENCE(20)}\\b(?:because|cos|coz) (?:she${A}s|she is|shes) a (?:woman|girl)\\b` +
        `|(?:women|a woman) (?:should not|shouldn${A}?t|should never|can${A}?t|cannot) (?:be (?:doing|running|making|judging|in charge|allowed to (?:work|judge|run|make|be))|do (?:police|this|a man${A}s))` +
        `|(?:women|a woman) (?:have|has) no (?:business|place) (?:in|being|doing|running|judging|making)\\b` +
        `|(?:a )?woman in a man${A}s (?:job|world|role|position)` +
        `|stick to (?:doing )?(?:your|her|his) (?:nails|hair|make-?up|knitting|cooking|ironing)` +
        `|like all women\\b|probably (?:on|having) (?:her|your) (?:period|time of the month)` +
        `|(?:on the spectrum|autistic|retarded|mental|simple) or something\\b|must be on the spectrum` +
        `|(?:clearly|obviously) (?:got|has) (?:some sort of |some kind of |a )?mental (?:problem|issue|illness|health problem)` +
        `|(?:autistic|disabled|deaf|dyslexic) people (?:shouldn${A}?t|should not) (?:be )?(?:making|doing|work|employed|allowed)` +
        `|employ(?:s|ing)? (?:simpletons|retards|nutters|cripples|spastics)` +
        `|too old (?:for (?:this|the|her|his) job|to be doing)|pension (?:her|him|them) off|put out to pasture` +
        `|(?:someone|somebody) under (?:[2-7]0|fifty|sixty|seventy)\\b(?! (?:years|year|yrs|miles|mph|minutes|pounds|quid|%))` +
        `|(?:clearly|obviously|completely|well) past it\\b|time to retire,? (?:dear|love|grandad|granny)|menopause has (?:obviously |clearly )?got to (?:you|her)|put a grown[- ]?up on` +
        `|(?:day centre|home) for the (?:mentally handicapped|retarded)|section yourself|(?:you${A}re|you are|she${A}s|he${A}s|is) (?:clearly|obviously) (?:mental|a nutter|a psycho)` +
        `|with (?:that|your) (?:stammer|stutter|lisp)\\b|(?:put me through to|don${A}?t let|dont let|do not let) the (?:deaf|blind|disabled|dyslexic|foreign|african|asian|polish) (?:one|girl|boy|woman|lady|man|bloke)` +
        `|let people like (?:that|her|him|them) (?:answer|work|handle|deal)` +
        `|(?:senile|doddery|decrepit|doddering) old (?:bat|cow|fool|woman|man|git|codger|bag|biddy))`,
      "g",
    ),
  ],
  // An insult said of someone named ("Morgan Reid is a lazy useless fat pig", "Reid's a ginger freak"): names the lexicons do not know (Gwent 4.0 "insulting").
  [
    "insult-of-named-person",
    new RegExp(
      `(?<!\\b(?:my|our|the|a|an|his|her|their|this|that|your|what|which|its) )\\b(?!(?:it|this|that|there|here|which|what|who|whoever|anyone|anybody|someone|somebody|everyone|everybody|nobody|noone|he|she|they|you|u|i|we|life|everything|something|nothing|thing|system|process|decision|letter|reply|response|service|office|force|complaint|job|place|case|situation|result|outcome|answer|investigation|report|world|country|town|area|day|week|year|weather|car|house|food|film|game|book|show|policy|law|idea|plan|scheme|man|woman|one|he|him|dog|cat|horse|neighbour|ex|son|daughter|husband|wife|partner|boyfriend|girlfriend|brother|sister|dad|mum|father|mother|landlord|suspect|offender|attacker)\\b)[a-z]+(?:${A}s|,? is|,? was) (?:a|an|just a|nothing but a|such a)(?: [a-z*@-]+,?){0,4}? (?:idiot|moron|imbecile|cretin|halfwit|clown|prat|pillock|muppet|cow|pig|scumbag|loser|numpty|dimwit|dunce|freak|bitch|slut|whore|slag|cunt|bastard|twat|prick|dickhead|wanker|tosser|dumbass|jackass|git|twit|nitwit|plonker|knobhead|bellend|arsehole|asshole|dipstick|wazzock|buffoon|oaf|fucker|shithead|(?:lying|two-faced|twofaced|useless|stupid|thick|ugly|nasty|vile|smug|pathetic),? (?:[a-z-]+ )?(?:woman|girl|boy|bloke|cow|bitch))\\b`,
      "g",
    ),
  ],
  [
    "insult-of-named-person",
    new RegExp(
      `\\b(?:tell that (?:[a-z*@-]+ ){0,3}(?:bitch|b\\*tch|cow|idiot|prat|clown|twat|moron|slag|cunt|c\\*nt|muppet|pig|scumbag|bastard)\\b` +
        `|(?:monkeys|clowns|idiots|morons|muppets|imbeciles|cretins) (?:she|he|you|they) employs?\\b)`,
      "g",
    ),
  ],
  // Swearing spelt with its first letter, at someone: "F you", "F your Commissioner", "go f yourselves" (Gwent 4.0 "swearing or other offensive language").
  [
    "letter-swearing",
    // Three patterns, each holding " f ", "\\nf " or anchored at the start: "f " alone is in every "of ", and the prefilter would let it run over all mail.
    new RegExp(`(?:[.!?,;:]|\\band|\\bgo) f ${F_WHOM}`, "g"),
  ],
  ["letter-swearing", new RegExp(`\\nf ${F_WHOM}`, "g")],
  ["letter-swearing", new RegExp(`^f ${F_WHOM}`, "g")],
  // A staff member's family and its routine named back to them: "your little boy plays for Whitnash Under-9s doesn't he" (Gwent 4.0 "threats (implicit or explicit)").
  [
    "staff-family-watched",
    new RegExp(
      `\\b(?:(?:(?<!\\b(?:my|our|the|a) )(?:your|ur|[a-z]+${A}s)|the (?:commissioner|caseworker|chief exec|chief executive|pcc)${A}s) (?:little )?(?:${RELATIVE}|${RELATIVE}${A}s [a-z]+)(?: [a-z]+)? (?:works?|goes|go|plays?|is at|are at|${A}s at|drives|walks?|lives?|starts?|runs?|rides?|attends?|does|has|outside|parked)\\b[^!?\\n]{0,80}(?:${TAG}|${SCHEDULE})` +
        `|(?:her|his) (?:little )?${RELATIVE}(?: [a-z]+)? (?:works?|goes|plays?|is at|are at|drives|walks?|lives?|starts?|runs?|rides?|attends?)\\b${SAME_SENTENCE(80)}${TAG}` +
        `|tell ${NAME} (?:that )?(?:her|his) (?:little )?${RELATIVE}\\b` +
        `|(?<!\\b(?:my|our|the|a) )(?:your|ur|[a-z]+${A}s) (?:${RELATIVE}) (?:goes|go) to [a-z]+ (?:school|comp|primary|academy|college|nursery)\\b` +
        `|(?:maybe|perhaps) (?:they|her kids|his kids|the kids|her children|his children) should know what` +
        `|(?:lovely|nice|great) view from (?:her|his|your) (?:flat|house|home|window|balcony|garden)` +
        `|(?<!\\b(?:my|our|the|a) )[a-z]+${A}s got (?:a|two|three) (?:daughter|son|kids|children|boys|girls|lad)s? (?:at|in)\\b${SAME_SENTENCE(40)}${TAG}` +
        `|(?<!\\b(?:my|our|the|a) )(?:your|ur|[a-z]+${A}s) (?:${RELATIVE}) (?:is|are|are all) (?:at|in) [a-z]+ (?:school|comp|primary|academy|college|nursery)\\b` +
        `|(?:saw|seen|spotted) (?:you|u|${NAME}) (?:and (?:her|his|your) (?:${RELATIVE})\\b|doing the school run)` +
        `|your (?:${RELATIVE}) (?:looks?|look) (?:just )?like (?:you|u)\\b` +
        `|(?:you${A}ve|you have) got (?:kids|children|a daughter|a son)\\b${SAME_SENTENCE(20)}(?:i${A}ve seen|seen the photos|i know)` +
        `|(?:things|people) (?:she|he|you|they) loves? (?:can|could|will|might) (?:get|be) (?:taken|hurt)` +
        `|how (?:you|she|he)${A}?d? (?:like|likes|feel) (?:it )?(?:when|if) (?:someone|somebody) (?:takes?|took|hurts?) (?:yours|hers)\\b` +
        `|(?:you and yours|you and your family) (?:better|had better|should|want to|need to) (?:watch|be careful|look out)` +
        `|(?:her|his|your) (?:mum|mother|dad|father|nan|gran) (?:can|could|will|might) (?:have|get) a (?:little )?visit)`,
      "g",
    ),
  ],
  // Knowing where a staff member lives or goes, said to them: "lives in Bettws doesn't she", "I know Casey Worker lives in Cwmbran" (Warwickshire 3.1 "Stalking").
  [
    "staff-whereabouts-known",
    new RegExp(
      `\\b(?:(?:lives?|living|works?|parks?|drinks?) (?:in|at|on|out|off|near|round|opposite)\\b${SAME_SENTENCE(40)}\\b${TAG_PERSON}` +
        `|(?:i|we) (?:know|no|knw) (?:(?!(?:my|our|the|a|his|her|their|who|where|that|what)\\b)[a-z]+ [a-z]+) lives? (?:in|on|at|out|off|near)\\b` +
        `|(?:i|we) (?:know|no|knw) (?:ur|your|(?!(?:the|my|our|a|his|her|their)\\b)[a-z]+ [a-z]+${A}s) (?:home |personal )?(?:address|house|street|estate|flat|kids${A}? names|children${A}?s? names|routine|route)\\b` +
        `|(?:i|we) (?:know|no|knw) (?:her|his) (?:kids|children)${A}?s? names` +
        `|(?:i${A}ll|i will|going to|gonna) find (?:her|his|your|ur) (?:house|home|flat)\\b|(?:i${A}ll|i will) find the house\\b` +
        `|(?:drove|driven|walked|went|been) (?:past|by|round) (?:(?!(?:my|our|the|a)\\b)[a-z]+ [a-z]+${A}s|(?!(?:my|our|the|a)\\b)[a-z]+${A}s) (?:house|home|flat|place)` +
        `|(?:seen|found out|worked out|clocked) which one is (?!it\\b)[a-z]+|which door (?:she|he|you|u) (?:uses|use)|which car is (?:hers|his|yours)` +
        `|(?:visiting|call on|pop round to|popping round to|come round to|coming round to) (?:you|u|her|him|${NAME}) at (?:home|(?:her|his|your) (?:home|house|flat))` +
        `|(?:i${A}ll|i will) be (?:round|at) (?:your|ur) (?:house|home|place|door|flat)\\b|or (?:i${A}ll|i will) be at (?:her|his) (?:house|home)` +
        `|(?:i|we) (?:wonder|wondered) if (?:she|he|you|they)(?:${A}d| would) (?:like|want|fancy) (?:a )?(?:visitors?|a visit|company)` +
        `|(?:might|may|could|gonna|i${A}ll|i will|they${A}ll) pay (?:(?:you|her|him|them) )?a (?:little |personal |home )?visit\\b(?! to\\b)` +
        `|(?:pop|drop|swing) (?:round|by) and (?:have a (?:chat|word)|see (?:her|him|you))` +
        `|(?:found|find|looked|look) (?:you|u|her|him|${NAME}) (?:up )?on the electoral roll|electoral roll says` +
        `|(?:found|got|looked up) (?:your|ur|her|his|${NAME}${A}s) (?:home )?address on 192\\.com` +
        `|(?:printed|print|printing) (?:off |out )?(?:your|ur|${NAME}${A}s) (?:staff )?(?:photo|picture|photograph)|(?:printed|print|printing) (?:off |out )?(?:the|a|your|her|his) staff (?:photo|picture)` +
        `|(?:got|have|took|taken) (?:a )?(?:photo|picture|pic)s? of (?!(?:the|him|her|them|my|a|an)\\b)[a-z]+(?: [a-z]+)? (?:coming out of|leaving|going into|walking) (?:the|her|his|your)\\b` +
        `|never forget a face|(?:i${A}ll|i will) remember (?:your|her|his) face)`,
      "g",
    ),
  ],
  // Menace left unsaid: the reader is to picture it (Gwent 4.0 "threats (implicit or explicit)"; Warwickshire 3.1 "Threats or harm to people or property").
  [
    "menace-unsaid",
    new RegExp(
      `\\b(?:shame if (?:(?:something|anything|owt|somethin) (?:bad )?(?:happened|happend|happens|were to happen|was to happen)(?! to (?:delay|stop|prevent|hold up|affect|derail|slow|change|spoil)\\b| to (?:the|my|our|this) (?:hearing|case|complaint|investigation|review|meeting|process|decision|appeal|file)\\b)|(?:all (?:four )?(?:(?:the|your|ur|his|her|their) )?|(?:the|your|ur|his|her|their|them) )(?:[a-z]+ ){0,2}(?:tyres|tires|windows?|paintwork|brakes|windscreen)|(?:your|ur|his|her|their) (?:[a-z]+ ){0,2}(?:car|house|home|kids|children|family|wife|husband|son|daughter|little one|face|smile|mum|dad))` +
        `|(?:^|[.!?\\n] *)(?:would|it${A}d|that${A}d|it would) be a (?:real )?shame(?= *(?:[.!\\n]|$))|be a (?:terrible |real |great )?shame(?= *(?:[.!\\n]|$))|be a shame(?: if [a-z ]{1,40})? wouldn${A}?t it|shame to (?:spoil|ruin|mess up) (?:it|that|them|your)` +
        `|sleep with one eye open|(?:look|looking|start looking|keep looking) over (?:your|ur|her|his) shoulder` +
        `|what goes (?:a)?round comes (?:a)?round` +
        `|(?:people have done|i${A}ve done|i have done|people do|men have done) time for less` +
        `|(?:not|never) (?:scared|afraid|frightened) of (?:going back (?:to prison|to jail|inside)?|prison|jail|doing time)` +
        `|could be (?:her|his|your|their) last (?:one|christmas|birthday|day|week)\\b` +
        `|(?:has|have|got) to (?:leave|come out of) (?:the|that|your) (?:building|office) (?:at some point|eventually|sometime|some time)` +
        `|(?:friends|mates|people|lads|boys) who (?:don${A}?t|do not|aren${A}?t|are not|won${A}?t) (?:write (?:emails|letters)|as patient|so patient|bother with (?:letters|emails)|play (?:nice|fair))` +
        `|(?:hope|hoping) (?:someone|somebody) gives (?:you|u|her|him|them) a (?:kicking|beating|hiding|slap)` +
        `|(?:hope|hoping|wish) (?:ur|your|the) (?:office|building) burns? (?:down|to the ground)` +
        `|with (?:all of (?:you|u|yous)|you all|all (?:you|u) lot|the lot of you) (?:in it|inside)\\b` +
        `|(?:brick|stone|rock|bottle) (?:goes|will go|going) through (?:your|ur|her|his) windows?` +
        `|(?:your|ur) (?:office )?windows? (?:are|is|will be|${A}re) (?:going|coming) (?:through|in)\\b|put (?:every one of |all )?(?:your|ur) windows in` +
        `|${I_WILL}${SAME_SENTENCE(40)}\\bburn (?:the|your|this|that) (?:[a-z*]+ )?(?:place|office|building) down` +
        `|${I_WILL} (?:go |going |come |coming |be going )?(?:round|down|over)(?: there| to [a-z${A}]+(?: [a-z${A}]+)?)? with (?:a|the|my) (?:kitchen |baseball |big )?(?:knife|bat|hammer|machete|crowbar|blade|gun|shotgun|can of petrol)` +
        `|(?:check|mind) (?:your|ur|her|his) (?:tyres|tires|brakes)\\b|locking wheel nuts` +
        `|(?<!\\bmy )(?:tyres|tires) (?:look|looks|looked|are looking|seem) (?:a bit |rather |very )?(?:soft|low|flat)|(?:your|ur|her|his|[a-z]+${A}s) (?:tyres|tires) (?:are|is) (?:ok|okay|alright)\\b` +
        `|lot of (?:nails|glass|screws) (?:about|around)|easy for (?:them|the tyres|tyres|it) to go (?:flat|down)` +
        `|(?:nobody|no one|no-one) (?:notices|sees|would notice|will notice) when (?:a|your|her|his) (?:car|window|tyre)` +
        `|(?:keys|a key) (?:aren${A}?t|are not|isn${A}?t|is not) the only way (?:to get )?into` +
        `|(?:you${A}ll|you will) be the first to know\\b${SAME_SENTENCE(4)}[.!]? *in person` +
        `|(?:you${A}d|you had|she${A}d|he${A}d) better hope (?:i|we)\\b` +
        `|(?:i${A}d|i would) hate for (?:it|this|things) to come to that` +
        `|(?:she|he)${A}?(?:ll| will) (?:have to|need to) (?:talk|speak) to me (?:eventually|sooner or later)` +
        `|(?:get|gets|getting|got) what${A}?s coming to (?:you|u|her|him|them)\\b|make (?:your|ur|her|his) (?:life|lives) (?:a )?(?:hell|misery|a misery)` +
        `|(?:you|u) (?:won${A}?t|wont|will not) know what${A}?s? hit` +
        `|(?:won${A}?t|wont|will not) be sleeping (?:easy|well|soundly)|(?:we${A}ll|we will) bump into each other` +
        `|should think (?:very )?carefully about (?:the|her|his|your) next|think on before|think about who (?:she${A}s|he${A}s|you${A}re|they${A}re|she is|he is|you are) dealing with` +
        `|tell (?:him|her) to be careful\\b|(?:^|[.!?\\n] *)watch me *(?:[.!]|$)` +
        `|(?:prison|jail|inside)${SAME_SENTENCE(40)}\\bnot (?:scared|afraid|frightened) of going back` +
        `|as safe (?:at [a-z]+ )?as (?:you|they|she|he) think|i know people\\.? (?:bad|dangerous|nasty) (?:people|ones)` +
        `|(?:awful|terrible|shame|pity) if (?:she|he|they|you|your [a-z]+) (?:had|got|were to have) (?:visitors?|a visit|an accident|a fall)` +
        `|(?:need|needs|going|will|is going) to learn the hard way|(?:you${A}ll|you will)[.!]? sooner than you think|(?:ever|do you ever) wonder who${A}?s behind you` +
        `|(?:thinks (?:he|she)${A}?s|think you${A}?re|thinks (?:he|she) is) safe behind|bricks are cheap` +
        `|(?:tyres|tires) (?:go|went|going|get|getting) (?:flat|down) in the (?:staff )?car park|should check (?:his|her|your) (?:tyres|car|brakes)? ?before (?:he|she|you) drives?` +
        `|dark these (?:nights|evenings)|hope (?:she|he|you) gets? home (?:safe|ok|okay|alright|in one piece)|can be taken (?:away )?from anyone` +
        `|(?:gave|give|giving) (?:it|the dog|your dog) something to eat|put (?:it|her|him) out of (?:its|her|his) misery` +
        `|does your (?:wife|husband|partner|mum|mother|family|kids|children) know what you` +
        `|(?:walls|doors|locks|restrictions|blocks) (?:don${A}?t|do not|won${A}?t) stop (?:everything|me)|enjoy [a-z ]{0,30}\\. make the most of it` +
        `|not to bother hiding|(?:you|she|he) (?:can${A}?t|cannot) hide (?:forever|for ever|from me)|can${A}?t block me everywhere)`,
      "g",
    ),
  ],
  // Waiting for a member of staff outside, or following them (Warwickshire 3.1 "Stalking (in person …)", "intimidation").
  [
    "waiting-for-staff",
    new RegExp(
      `\\b(?:(?:i${A}ll|i will|ill|i${A}m going to|im going to|i am going to|i${A}m gonna|im gonna) (?:be )?(?:wait|waiting)\\b${SAME_SENTENCE(50)}(?:when (?:she|he|you|u|they) (?:leaves?|comes? out|finish(?:es)?|clocks? off|gets? off)|\\bfor (?:whoever|you|u|her|him)\\b(?! to\\b)(?!${SAME_SENTENCE(40)}\\b(?:reply|response|answer|call|letter|email|decision))|in the (?:staff )?car park)` +
        `|(?:i${A}ll|i will|ill) be (?:outside|sat outside|sitting outside|standing outside|parked outside) (?:your|ur|the) (?:office|offices|building|house|home)\\b${SAME_SENTENCE(60)}\\b(?:until|till|til|every (?:day|morning|evening|night)|when (?:she|he|you|u) (?:leaves?|comes? out))` +
        `|(?:follow|following) (?:whoever|whichever|anyone|everyone|each of you) (?:comes out|leaves|walks out)` +
        `|(?:waited|sat|parked|been sat|been sitting|been waiting|stood|been parked|been standing)(?: [a-z]+)? (?:by|outside|opposite) [a-z ]{0,30}?(?:your|ur|the) (?:office|offices|building|car park)\\b${SAME_SENTENCE(60)}\\b(?:(?:every|each) (?:morning|day|lunchtime|evening|night)|saw [a-z]+ (?:leave|come out)|(?:she|he) walked (?:right )?past me)` +
        `|(?:you|u|she|he) (?:go|goes|went) to [a-z]+ at \\d{1,2}[.:]\\d{2}\\b${SAME_SENTENCE(40)}(?:i${A}ll be there|see you there)` +
        `|(?:you|u) (?:walk|leave|get|catch) (?:to |from )?[a-z ]{0,30}?(?:every (?:night|evening|day|morning)|each (?:night|evening)) at (?:\\d|ten|quarter|half|twenty|five)` +
        `|you looked (?:tired|lovely|nice|pretty|gorgeous|beautiful|sexy|stressed|upset) (?:today|yesterday|this morning|in the window)|(?:you should|you ought to) wear your hair` +
        `|what (?:are|will) you (?:be )?wearing\\b|over a drink,? just the two of us` +
        `|${I_WILL} (?:be )?(?:wait|waiting) outside (?:until|till|til) (?:you|u) (?:come|comes) out` +
        `|(?:i${A}ve|i have) joined(?= *(?:[.!\\n]|$| too| as well))|sat (?:two|three|a few|\\d) (?:tables|rows|seats) (?:behind|from|away)|sat in the front pew` +
        `|(?:followed|following|follow) (?:${NAME}) (?:round|around|into|through) |(?:on|at) the treadmill next to` +
        `|(?:i|we) know more than (?:you${A}?d|you would) think|should have opted out|worth making (?:it )?private|(?:rented|bought|moved into) the (?:flat|house) opposite` +
        `|(?:we${A}ll|we will) be seeing a lot of each other|(?:didn${A}?t|did not) (?:say|do) anything\\.? this time|keeping an eye(?= *(?:[.!\\n]|$))` +
        `|(?:been )?parked (?:across|opposite|outside) (?:from )?(?:${NAME}${A}s|your) (?:house|home|flat)|(?:went|drove|walked) to (?:${NAME}${A}s|your) (?:house|home|flat)` +
        `|(?:saw|seen) (?:you|her|him|${NAME}) in the window|seen you at (?:pick ?up|drop ?off|the school gates)|(?:i${A}ll|i will) (?:come|be) [a-z ]{0,40}at the (?:school )?gates|which street was it again|hard for a man to concentrate` +
        `|found out that${A}?s where (?:you|she|he) go` +
        `|(?:leaves|finishes|walks out of) (?:the office|work) at (?:half|quarter|\\d)${SAME_SENTENCE(40)}\\b(?:most days|every|each))`,
      "g",
    ),
  ],
  // Tracking a member of staff online, on their own accounts or their family's (Warwickshire 3.1 "Stalking (… online)").
  [
    "staff-tracked-online",
    new RegExp(
      `\\b(?:(?:sent|send|sending) (?:you|u|her|him|${NAME}) (?:a )?(?:friend|follow) requests?` +
        `|(?:sent|send|sending) (?:you|u|her|him) (?:a (?:few |couple of )?|some )?(?:messages?|dms?|whatsapps?|texts?) on (?:her|his|your personal|your own|whatsapp|snapchat)` +
        `|(?:her|his|your|ur) (?:sister|brother|wife|husband|partner|friend|mum|mother|cousin|daughter|son)${A}s (?:facebook|instagram|insta|twitter|tiktok|page|profile|account|isn${A}?t|is not|is public)` +
        `|(?:make|set|lock down|lock) (?:your|ur|her|his) (?:facebook|instagram|insta|strava|twitter|tiktok) (?:private|account private|profile private)|lock down (?:your|ur|her|his) (?:facebook|instagram|insta|strava|twitter|tiktok)` +
        `|(?:your|ur|her|his) (?:facebook|instagram|insta|strava|twitter|tiktok) is (?:public|open|not private)` +
        `|funny what (?:people|you|some people) (?:leave|put|post|share|can find) (?:public|online|on facebook|on (?:the )?internet)` +
        `|(?:emailed|email|emailing|texted|texting|messaged|messaging) (?:you |her |him )?(?:on |at |to )?(?:your|ur|her|his) (?:gmail|hotmail|yahoo|personal (?:email|mobile|phone|number|account)|private (?:email|mobile|number))` +
        `|(?:messaging|message|add|adding) (?:all of you|each of you|every one of you|you all) on (?:linkedin|facebook|instagram|twitter)` +
        `|(?:got|found|have) (?:your|ur|her|his|${NAME}${A}s) (?:personal|private|home) (?:number|mobile|phone|email) (?:off|from) (?:a mate|a friend|someone|an old)` +
        `|(?:connected with|followed|added) (?:you|u) on (?:linkedin|facebook|instagram|twitter|tiktok)` +
        `|(?:messaged|contacted|written to|wrote to|writing to) (?:your|her|his|${NAME}${A}s) (?:former colleagues|old colleagues|mother|mum|dad|father|wife|husband|partner|church|landlord|professional body|old university|old school|neighbours)` +
        `|made a (?:tiktok|video|youtube video|facebook post|blog) about (?:you|u|her|him|${NAME})|started a (?:blog|page|facebook group|website) (?:called|about|on)` +
        `|review of ${NAME} on|posters with (?:${NAME}${A}s|her|his|your) (?:photo|picture|face|name)|(?:every time|whenever) (?:he|she|you) googles? (?:himself|herself|yourself)` +
        `|want to know where (?:you|she|he) (?:lives?|works?)|daily reminder #?\\d+|(?:i${A}ll|i will) send (?:one|another)(?: one)? every (?:day|hour|morning)` +
        `|(?:found|got) (?:[a-z]+${A}s|her|his|your) personal (?:gmail|email|number|mobile)|personal ones i found|been reading all of (?:[a-z]+ )?[a-z]+${A}s (?:tweets|posts)` +
        `|(?:your|her|his) (?:mate|friend) [a-z]+${A}s (?:isn${A}?t|is not|is public|page|account)|(?:i${A}ve|i have) saved (?:all )?(?:the|your|her|his) (?:photos|pictures|pics)` +
        `|(?:liked|like|saw|seen) the (?:photo|picture|pic)s? of (?:you|her|him) in (?:the|that|your|her|his) |i${A}ll be watching(?= *(?:[.!\\n]|$| for them))` +
        `|(?:every|each) business (?:her|his|[a-z]+${A}s) (?:husband|wife|partner|family) owns` +
        `|(?:nice|lovely) holiday in [a-z]+ was it|(?:see,? )i do my homework` +
        `|(?:put|posted|shared|putting|posting|sharing) (?:your|ur|her|his|${NAME}${A}s) (?:full )?name and (?:photo|picture|address|face)` +
        `|(?:post|posting|put|putting|write|writing) about (?:all of you|each of you|every one of you|you all|you lot) (?:on|in|all over)\\b` +
        `|(?:i${A}ve|i have|ive) got (?:your|ur) (?:home|personal|private) (?:number|mobile|phone|address|email)` +
        `|saw the (?:pics|photos|pictures)\\b${SAME_SENTENCE(30)}\\b(?:your|ur|her|his) (?:little|kids|children|boy|girl|son|daughter)` +
        `|[a-z]+${A}s been to (?:her|his|your) [a-z]+${A}?s? (?:wedding|party|hen do|stag do)` +
        `|(?:wasn${A}?t|was not|it${A}s not|isn${A}?t) hard to find(?= *(?:[.!\\n]|$))|found you easily)`,
      "g",
    ),
  ],
];

/** Hits of the rules above, each the writer's own words unless they open in a quotation or report. */
/**
 * "I'll send another every hour until I get it", "… until someone rings me": mail to the office until it answers is
 * inundating it (Gwent 6.0) and persistence (Warwickshire 3.2), not tracking a member of staff; "I'll send one every day
 * until he resigns" still is.
 */
const UNTIL_ANSWERED = /^(?:i['’]ll|i will) send (?:one|another)[^.!?\n]{0,40}\b(?:until|till|til) (?:i (?:get|hear|have)|(?:someone|somebody|anyone|you|one of you) (?:replies|reply|answers|answer|rings|ring|calls|call|responds|respond|gets back|picks up))\b/;

export function officeAbuseHits(folded: string): Hit[] {
  const hits: Hit[] = [];
  for (const [rule, pattern] of PATTERNS) {
    // Asked here as well as in matches(): most mail holds none of these words, and a generator per pattern is not free.
    if (!mayMatch(pattern, folded)) continue;
    for (const m of matches(pattern, folded)) {
      // "I'd hate for it to come to that, but I will go to court": a lawful route, not menace (Gwent 3.0).
      if (rule === "menace-unsaid" && inLawfulSentence(folded, m.index, m.index + m[0].length)) continue;
      if (rule === "staff-tracked-online" && UNTIL_ANSWERED.test(folded.slice(m.index, m.index + 120))) continue;
      hits.push({ rule, start: m.index, end: m.index + m[0].length, writersAct: true });
    }
  }
  return hits;
}
