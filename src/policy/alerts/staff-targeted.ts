import { THREATS_GWENT, THREATS_TO_STAFF } from "./refs";
import { phrases, type AlertRule } from "./rule";
import { lawfulNearby, saidKindly } from "./threat-guards";
import { thirdPartyReport } from "./threat-to-staff";

/**
 * Staff made targets without a threat said outright (issue #10 threat-to-staff: "a threat (explicit or veiled) to a member
 * of staff, their family, home, car or routine"; Warwickshire 3.1 "Harassment, intimidation or threats", "Stalking (in
 * person or online)"; Gwent 4.0 "threats (implicit or explicit) against another person"): a file of where staff live and
 * what they drive, being there again after watching them, their names handed to someone dangerous, harm promised with no
 * name for it. Each part is a class of wordings, not one message's words.
 */

/** Staff, as a file or a page about them names them: your staff, your caseworkers, everyone at your office. */
const STAFF_GROUP =
  /\b(?:your (?:staff|caseworkers?|case workers?|team|officers?|people|lot)|staff|caseworkers?|everyone (?:at|in|from) your|each of you|all of you|every one of you|the people (?:at|in) your)\b/;
/** What makes a list of staff a menace: where they live, what they look like, what they drive, their families. */
const PRIVATE_PARTICULARS =
  "(?:photos|photographs|pictures|faces|addresses|home addresses|home towns|where (?:they|you all|each of you|everyone) (?:lives?|park)|what (?:they|you all) drive|cars|car regs|number plates|registrations|kids|children|families|partners)";

/** Being there again, in person ("I'll be there again tomorrow", "I'll say hello next time"). */
const THERE_AGAIN =
  "(?:i(?:'ll| will)|i(?:'m| am) going to) (?:be (?:there|back|outside|around)(?: again| too)?(?: (?:tomorrow|tonight|next (?:time|week)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|every day|at [a-z0-9.:]+))|say hello(?: next time| in person| properly)|(?:wait|be waiting) (?:by|at|outside|near) (?:the|your|her|his) [a-z]+(?: [a-z]+)? (?:tomorrow|tonight|next time|again))";
/** The writer watching someone, in the sentences before: sat, parked, waited, followed, saw. */
const WATCHED =
  /\b(?:(?:saw|seen|spotted|watched|watching|followed|following|noticed) (?!(?:the|a|an|this|that|it|your (?:notice|letter|post|website|reply|email|leaflet|advert))\b)|(?:sat|sitting|parked|waited|waiting|stood|standing)(?: [a-z]+){0,3}? (?:outside|opposite|across|near|by)\b)/;

/** Someone the writer says is dangerous, as the one their names go to: out of prison, not as patient, violent. */
const DANGEROUS_OTHER =
  /\b(?:got out|came out|just out|released|(?:out of|left) (?:prison|jail|the nick)|did (?:time|\d+ years)|not as (?:patient|nice|calm|reasonable|friendly)|(?:aren't|isn't|are not|is not) as (?:patient|nice|calm|reasonable|friendly)|(?:strong|bad) feelings|short fuse|temper|violent|gbh|hard (?:men|man|lads)|(?:doesn't|don't|won't) forget|not (?:very )?forgiving)\b/;

export const STAFF_TARGETED_RULES: readonly AlertRule[] = [
  {
    id: "threat-to-staff/file-on-staff",
    kind: "threat-to-staff",
    policyRef: THREATS_TO_STAFF,
    writersOwn: true,
    cues: ["page", "website", "site", "list", "record", "file", "dossier", "spreadsheet", "document", "database"],
    // A page or list of staff with their faces, homes or cars: intimidation whether or not it is published yet.
    pattern: phrases([
      `(?:making|made|building|built|keeping|kept|keep|putting together|put together|set up|setting up|started|starting|compiling|compiled|got|have) (?:a |an |my own )?(?:web ?page|page|website|site|list|record|file|dossier|spreadsheet|document|database)(?: [a-z,'’]+){0,14}? ${PRIVATE_PARTICULARS}`,
    ]),
    unless: (hit) => !STAFF_GROUP.test(hit.sentence) || lawfulNearby(hit) || saidKindly(hit) || /\b(?:my (?:own )?(?:photos|pictures|addresses|cars|kids|children|family)|leaflet|directory|org(?:anisation)? chart|staff list on your website)\b/.test(hit.sentence),
    examples: {
      match: [
        "I'm putting together a page with your caseworkers' names, photos and the towns they live in.",
        "I keep a list of everyone at your office who has refused me, with their car regs.",
      ],
      notMatch: [
        "I've kept a record of the names of your staff I spoke to and the dates, as you asked.",
        "Could your staff page show photos of the team so residents know who to ask for?",
      ],
    },
  },
  {
    id: "threat-to-staff/there-again",
    kind: "threat-to-staff",
    policyRef: THREATS_TO_STAFF,
    writersOwn: true,
    cues: ["there", "back", "outside", "around", "hello", "wait", "waiting"],
    // Watching someone, then saying they will be there again: stalking in person, alone a threat.
    pattern: phrases([THERE_AGAIN]),
    unless: (hit) =>
      !WATCHED.test(`${hit.previous} ${hit.sentence}`) || thirdPartyReport(hit) || lawfulNearby(hit) || saidKindly(hit) ||
      /\b(?:meeting|surgery|open day|drop-?in|library|appointment|hearing|panel|event|fair|service|match|market|class|session)\b/.test(`${hit.previous} ${hit.sentence}`),
    examples: {
      match: [
        "Watched Priya come out of the side entrance at twenty past five. I'll be there again tomorrow.",
        "I sat across the road from your building all afternoon until I worked out which one Sam is. I'll say hello next time.",
      ],
      notMatch: [
        "I saw the notice about the drop-in at the library. I'll be there again on Tuesday.",
        "The man who burgled me was parked outside again. He'll be back tomorrow, I'm sure.",
      ],
    },
  },
  {
    id: "threat-to-staff/names-handed-on",
    kind: "threat-to-staff",
    policyRef: THREATS_GWENT,
    writersOwn: true,
    cues: ["shown", "showed", "given", "gave", "passed", "told", "sent", "names", "name"],
    // Staff's names or letters handed to someone the writer says is dangerous ("my cousin got out last week … I've shown him
    // your letters"): a threat through a third person.
    pattern: phrases([
      "(?:shown|showed|given|gave|passed|sent|forwarded|told)(?: [a-z]+){0,3}? (?:him|them|my [a-z]+|the lads|the boys|people|some (?:friends|mates|people)) (?:your|the|their|her|his|all the|all your)(?: [a-z'’]+){0,2}? (?:letters?|names?|emails?|address|addresses|photos?|details)",
      "(?:your|the|their|her|his) (?:letters?|emails?) with (?:your|the|their|her|his) names? on",
    ]),
    unless: (hit) => !DANGEROUS_OTHER.test(`${hit.previous} ${hit.sentence} ${hit.text.slice(hit.end, hit.end + 160)}`) || lawfulNearby(hit) || saidKindly(hit),
    examples: {
      match: [
        "My brother got out of prison last month and I've shown him the letters with your names on.",
        "I've given the lads your caseworker's address. They're not as patient as me.",
      ],
      notMatch: [
        "I've shown my MP the letters with your names on, and she will be writing to you.",
        "I have given my daughter your letters so she can help me reply.",
      ],
    },
  },
  {
    id: "threat-to-staff/harm-unnamed",
    kind: "threat-to-staff",
    policyRef: THREATS_GWENT,
    writersOwn: true,
    cues: ["come", "happen", "befall", "coming"],
    // Harm promised without saying what ("something bad will come to you soon, I promise"): a threat by its vagueness.
    pattern: phrases([
      "(?:something|something bad|something nasty|bad things|bad luck|trouble) (?:will|is going to|'s going to|are going to|is|'s) (?:come|coming) (?:to|for) (?:you|u|him|her|them|your (?:staff|caseworker|family|kids|children|colleagues))",
      "(?:something|something bad|something nasty|bad things) (?:will|is going to|'s going to|are going to) (?:happen|befall) (?:to )?(?:you|u|your (?:staff|caseworker|family|kids|children|colleagues))(?= *(?:[.!,\\n]|$| soon| one day| i promise))",
    ]),
    unless: (hit) => thirdPartyReport(hit) || lawfulNearby(hit) || saidKindly(hit) || /\b(?:if (?:you|we) (?:don't|do not|can't)|road|junction|crossing|flood\w*|ice|icy|weather|storm|fire risk)\b/.test(hit.sentence),
    examples: {
      match: ["Mr Carter, you are a bad man to me. Something bad will come to you soon, I promise this.", "Bad things are going to happen to your staff one day."],
      notMatch: ["Something bad is going to happen on that junction if you don't put lights in.", "I worry something bad will happen to my son in that hostel."],
    },
  },
];
