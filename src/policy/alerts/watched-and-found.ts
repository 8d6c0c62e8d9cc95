import { THREATS_TO_STAFF } from "./refs";
import { phrases, type AlertRule, type RuleHit } from "./rule";
import { thirdPartyReport } from "./threat-to-staff";
import { saidKindly } from "./threat-guards";

/**
 * A member of staff watched unawares, or found out online, told back to the office (issue 10 "a threat (explicit or
 * veiled) to a member of staff … including knowing where they live"; Warwickshire 3.1 "Stalking (in person or online)",
 * Appendix A on how what staff post "can be put together to locate staff"). Read from the training writers of
 * 5 December (train-30…35), who said it without a word of threat: "You came out at ten past five … You didn't see me",
 * "She looked tired. … Otherwise I'll just keep watching", "Found your Twitter, Bryony. And your sister's. … anyone
 * could put it all together", "Only two on the electoral roll … Took me ten minutes". Each rule is a sign (weight 1):
 * the watching or the finding (threat-signs.ts `watching-them`, `their-private-life`, and `found-them-online` here) and
 * what the writer makes of it (`seen-unawares`, `how-they-looked`, `easily-found`) together are the threat.
 */

/** A meeting, a call, thanks or sympathy: how someone looked said there is concern, not watching. */
const MET_OR_KIND = /\b(?:meeting|hearing|panel|surgery|appointment|interview|event|session|call|phone|video|zoom|teams|thank|thanks|hope|sorry|worried about (?:you|her|him)|look after yourself|take care|get some rest)\b/;
/** The office's own accounts, found to write to. */
const OFFICE_ACCOUNT = /\b(?:page|pages|website|site|post|posts|posted|complaints?|enquir\w+|messaged?|dm|dms|inbox|office's|commissioner's|force's)\b/;
const notWatching = (hit: RuleHit) => thirdPartyReport(hit) || saidKindly(hit);

export const WATCHED_AND_FOUND_RULES: readonly AlertRule[] = [
  {
    id: "threat-to-staff/seen-unawares",
    kind: "threat-to-staff",
    policyRef: THREATS_TO_STAFF,
    weight: 1,
    writersOwn: true,
    cues: ["see", "notice", "spot", "watching", "sometime", "eventually", "later"],
    // Telling them they were watched without knowing it, or will be until they come out.
    pattern: phrases([
      "(?:you|u|she|he|they) (?:didn't|did not|never|don't|do not) (?:see|notice|spot) me",
      "(?:now )?(?:you|she|he) knows? (?:that )?i (?:notice|noticed|see|saw|watch)(?= *(?:[.!,\\n]|$))",
      "(?:i'll|i will|i'm going to|i am going to) (?:just )?(?:keep|carry on|go on) watching",
      "(?:she|he|you|they) (?:has|have|'s got|'ve got) to come out (?:sometime|some time|eventually|at some point|sooner or later)",
    ]),
    unless: notWatching,
    examples: {
      match: ["Stood outside your office for an hour this afternoon, Priya. You came out at ten past five and went left towards the station. You didn't see me."],
      notMatch: ["I waved at the drop-in but you didn't see me, so I left the forms with reception."],
    },
  },
  {
    id: "threat-to-staff/how-they-looked",
    kind: "threat-to-staff",
    policyRef: THREATS_TO_STAFF,
    weight: 1,
    writersOwn: true,
    cues: ["tired", "stressed", "worried", "nervous", "scared", "pale", "lonely", "rough"],
    // How they looked when the writer saw them, said without a meeting, a call or kindness to account for it.
    pattern: phrases(["(?:you|u|she|he|they) (?:looked|looks|look|were looking|was looking) (?:so |very |really |a bit )?(?:tired|stressed|worried|nervous|scared|pale|lonely|rough)"]),
    unless: (hit) => notWatching(hit) || MET_OR_KIND.test(`${hit.previous} ${hit.sentence}`),
    examples: {
      match: ["Saw you getting the 11 bus last night Priya. You looked tired. Maybe if you answered my emails you'd sleep better."],
      notMatch: ["Saw you at the panel meeting last night Priya. You looked tired, thank you for staying so late."],
    },
  },
  {
    id: "threat-to-staff/found-them-online",
    kind: "threat-to-staff",
    policyRef: THREATS_TO_STAFF,
    weight: 1,
    writersOwn: true,
    cues: ["found", "insta", "instagram", "facebook", "tiktok", "snapchat", "linkedin", "strava", "connected", "roll", "number", "address"],
    // Their accounts, their family's, the register or their number, found by the writer.
    pattern: phrases([
      "found (?:your|her|his|[a-z]+'s) (?:twitter|insta|instagram|facebook|strava|linkedin|tiktok|snapchat|accounts|profiles?)(?! (?:page|group|post|site|form|account for))",
      "(?:she's|he's|shes|hes|you're|youre) on (?:insta|instagram|facebook|tiktok|snapchat|linkedin|strava)(?: btw)?(?= *(?:[.!,\\n]|$| btw| and| too))",
      "connected with (?:your|her|his) (?:wife|husband|partner|son|daughter|mum|mother|dad|father|sister|brother|kids) on (?:linkedin|facebook|instagram|twitter|tiktok)",
      "(?:only|just) (?:one|two|three|a few|\\d) (?:[a-z]+ )?(?:on|in) the electoral roll",
      "(?:got|found|have|know) your (?:home|personal|private|mobile) (?:number|address)(?: now)?",
    ]),
    // "Your" Facebook or Twitter may be the office's own, found to write to: a page, a post, a complaint sent there.
    unless: (hit) => notWatching(hit) || OFFICE_ACCOUNT.test(`${hit.previous} ${hit.sentence}`),
    examples: {
      match: ["Found your Twitter, Priya. And your sister's. You should lock your accounts, anyone could put it all together."],
      notMatch: ["I found your Facebook page and sent a message there about my complaint. I found your Twitter too."],
    },
  },
  {
    id: "threat-to-staff/easily-found",
    kind: "threat-to-staff",
    policyRef: THREATS_TO_STAFF,
    weight: 1,
    writersOwn: true,
    cues: ["took", "found", "lock", "together", "neighbours", "listed", "online", "know"],
    // What the writer makes of finding them: how quick it was, how exposed they are, who else will be told.
    pattern: phrases([
      "took me (?:ten|two|five|twenty|a few|\\d+) min(?:ute)?s(?= *(?:[.!,\\n]|$))",
      "found (?:her|him|you|them) in (?:like |about |under )?(?:\\d+|two|ten|five|a few) min(?:ute)?s",
      "(?:you|she|he) (?:should|want to|wanna|might want to) (?:lock|make private|hide) (?:your|her|his) (?:accounts|account|profile|profiles|socials)",
      "anyone could put it (?:all )?together",
      "(?:we're|we are|we're now) (?:practically|basically|nearly|almost) neighbours",
      "(?:you're|your|youre|you are|she's|she is|he's|he is) listed (?:with|on|in) (?:the )?(?:old )?(?:phone ?book|192|directory|directories)",
      "(?:i can|i could) see when (?:you're|you are|youre|she's|she is|he's|he is) online",
      "(?:i'll|i will) let (?:your|her|his) (?:church|wife|husband|partner|boss|employer|neighbours|family|mum|dad|mosque|football club|kids'? school) know",
    ]),
    unless: notWatching,
    examples: {
      match: ["Only two on the electoral roll in the whole of Newport. Took me ten minutes. I'm sure Priya will reconsider now that we're practically neighbours."],
      notMatch: ["Found the complaints form on your website, it took me ten minutes. We're practically neighbours, I live round the corner from the office."],
    },
  },
];
