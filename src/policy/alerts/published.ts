import { THREATS_TO_STAFF } from "./refs";
import { phrases, type AlertRule, type RuleHit } from "./rule";
import { lawfulNearby } from "./threat-guards";

/**
 * A member of staff's home or family put online (issue #10 threat-to-staff: "their family, home, car or routine"):
 * "I've posted Casey Worker's home address and the names of her kids on Facebook", "your caseworker's address is now on
 * the community page". Doxxing needs no menace said: publishing it invites others to act (Warwickshire 3.1
 * "Harassment, intimidation or threats"; Gwent 4.0 "threats (implicit or explicit)"). Each part is a class: the act of
 * publishing, whose (staff, never the writer's own people), what (home, family, car), and where.
 */

/** Someone's, never the writer's own: your caseworker's, Casey Worker's, her, his. */
const WHOSE = "(?:your (?:[a-z]+ )?(?:caseworker|case worker|manager|boss|officer|chief executive|commissioner|staff)'s|(?!(?:my|our|the|a|an|this|that|me|us|it|mum|mam|dad)\\b)[a-z]+(?: (?!(?:the|a|an)\\b)[a-z]+)?'s|her|his|their)";
/** Their home, family or car. */
const PRIVATE = "(?:home address|address|home|house|home phone|phone number|mobile number|number plate|car reg|reg|kids'? names|children'?s names|kids|children|husband|wife|partner|family|kids'? school|school|photo|photos|picture|pictures|(?:what|which) street (?:she|he|they) lives? (?:on|in)|where (?:she|he|they) lives?)";
/** Where it was put: a social network, a page, a group, online. */
const ONLINE = "(?:facebook|twitter|x|instagram|tiktok|snapchat|whatsapp|telegram|reddit|youtube|my blog|my page|my channel|the (?:[a-z'’]+ ){0,2}?(?:community|facebook|local|village|residents'?|neighbourhood|parents'?) (?:page|group|forum|chat)|the group|the forum|the internet|online|social media|the web|every (?:group|page|forum))";

/** Handed to people rather than put online: whose it is must be staff, as the message says ("after what your office did"). */
const HANDED = /^(?:given|gave|giving|passed|passing|handed|handing|sent|sending)\b/;
const ABOUT_STAFF = (hit: RuleHit) => /\b(?:your (?:office|staff|team|caseworker|colleague)|caseworker|case worker|commissioner|opcc|pcc)\b/.test(hit.text) || hit.staff.forms.some((name) => hit.text.includes(name));

export const PUBLISHED_RULES: readonly AlertRule[] = [
  {
    id: "threat-to-staff/private-life-published",
    kind: "threat-to-staff",
    policyRef: THREATS_TO_STAFF,
    writersOwn: true,
    cues: ["posted", "posting", "post", "put", "shared", "sharing", "share", "published", "publish", "uploaded", "leaked", "plastered", "circulated", "spread", "now", "given", "gave", "giving", "passed", "passing", "handed", "handing", "sent", "sending"],
    pattern: phrases([
      `(?:posted|posting|post|put|putting|put up|shared|sharing|share|published|publishing|publish|uploaded|leaked|plastered|circulated|spread)(?: (?:up|out|around|online))? ${WHOSE}(?: [a-z'’]+){0,2}? ${PRIVATE},?(?: [a-z'’,]+){0,12}? (?:on|onto|all over|to|in|across) ${ONLINE}`,
      `${WHOSE} (?:home )?(?:address|kids'? names|children'?s names|number plate|car reg|phone number)(?: [a-z'’,]+){0,8}? (?:is|are) (?:now |already )?(?:on|all over|up on|in) ${ONLINE}`,
      // Handed to people who may act on it: "given Cuthbert Ingham's address to some of his mates".
      `(?:given|gave|giving|passed|passing|handed|handing|sent|sending)(?: out| on)? ${WHOSE}(?: [a-z'’]+){0,2}? (?:home address|address|phone number|mobile number|car reg|number plate|kids'? names|kids'? school)(?: out| on)? to (?:some of |a few of |all of )?(?:his|her|my|their|the|our) (?:mates|lads|boys|pals|associates|crew|contacts)`,
    ]),
    unless: (hit) => lawfulNearby(hit) || /\b(?:office|work|business|official|public)\b/.test(hit.text.slice(hit.start, hit.end)) || (HANDED.test(hit.text.slice(hit.start, hit.end)) && !ABOUT_STAFF(hit)),
    examples: {
      match: [
        "I've posted Casey Worker's home address and the names of her kids on Facebook so people know who she is.",
        "I've put your caseworker's address, her car reg and where her kids go to school on the community page.",
        "Dana Chief's home address is now on my blog for anyone who wants to pay her a visit.",
        "I've put Sam Carter's photo and what street he lives on up on the Kenilworth residents page. People are very angry.",
        "My son has given Morgan Reid's Leamington address to some of his mates after what your office did.",
      ],
      notMatch: [
        "I've posted your office address on the residents' Facebook group so people can write to you.",
        "I shared my mum's address with the police online form.",
        "I gave Casey Worker's office address to my friends so they can write in support of my complaint.",
        "We've given Grandad's new address to the lads from his old darts team so they can visit him.",
      ],
    },
  },
];
