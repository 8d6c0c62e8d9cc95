import { THREATS_TO_STAFF } from "./refs";
import { phrases, type AlertRule } from "./rule";
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
const PRIVATE = "(?:home address|address|home|house|home phone|phone number|mobile number|number plate|car reg|reg|kids'? names|children'?s names|kids|children|husband|wife|partner|family|kids'? school|school)";
/** Where it was put: a social network, a page, a group, online. */
const ONLINE = "(?:facebook|twitter|x|instagram|tiktok|snapchat|whatsapp|telegram|reddit|youtube|my blog|my page|my channel|the (?:community|facebook|local|village|residents'?) (?:page|group|forum)|the group|the forum|the internet|online|social media|the web|every (?:group|page|forum))";

export const PUBLISHED_RULES: readonly AlertRule[] = [
  {
    id: "threat-to-staff/private-life-published",
    kind: "threat-to-staff",
    policyRef: THREATS_TO_STAFF,
    writersOwn: true,
    cues: ["posted", "posting", "post", "put", "shared", "sharing", "share", "published", "publish", "uploaded", "leaked", "plastered", "circulated", "spread", "now"],
    pattern: phrases([
      `(?:posted|posting|post|put|putting|put up|shared|sharing|share|published|publishing|publish|uploaded|leaked|plastered|circulated|spread)(?: (?:up|out|around|online))? ${WHOSE}(?: [a-z'’]+){0,2}? ${PRIVATE},?(?: [a-z'’,]+){0,12}? (?:on|onto|all over|to|in|across) ${ONLINE}`,
      `${WHOSE} (?:home )?(?:address|kids'? names|children'?s names|number plate|car reg|phone number)(?: [a-z'’,]+){0,8}? (?:is|are) (?:now |already )?(?:on|all over|up on|in) ${ONLINE}`,
    ]),
    unless: (hit) => lawfulNearby(hit) || /\b(?:office|work|business|official|public)\b/.test(hit.text.slice(hit.start, hit.end)),
    examples: {
      match: [
        "I've posted Casey Worker's home address and the names of her kids on Facebook so people know who she is.",
        "I've put your caseworker's address, her car reg and where her kids go to school on the community page.",
        "Dana Chief's home address is now on my blog for anyone who wants to pay her a visit.",
      ],
      notMatch: [
        "I've posted your office address on the residents' Facebook group so people can write to you.",
        "I shared my mum's address with the police online form.",
      ],
    },
  },
];
