import { THREATS_TO_STAFF } from "./refs";
import { phrases, type AlertRule, type RuleHit } from "./rule";
import { thirdPartyReport } from "./threat-to-staff";
import { saidKindly } from "./threat-guards";

/**
 * A member of staff's home described back to the office (issue 10 "knowing where they live"; Warwickshire 3.1 "Stalking
 * (in person or online)"), as the training writers of 5 December wrote it: "Nice house on Beech Avenue, Gwendolyn.
 * Number 12 is it, with the blue door", "Nice house Olamide has got off Caerleon Road. The one with the blue door and
 * the trampoline. Shame about that back fence, anyone could get in over it." Signs (weight 1): the street, the door, the
 * way in; any two together are the threat.
 */

/** The writer's own home or a neighbour's in a report ("the house with the red door is dealing"): not staff's. */
const notTheirs = (hit: RuleHit) => thirdPartyReport(hit) || saidKindly(hit) || /\b(?:my|our) (?:house|home|street|road|door|fence)\b|\b(?:police|drugs?|dealing|sold|selling|burgl\w*)\b/.test(hit.sentence);

export const HOME_DESCRIBED_RULES: readonly AlertRule[] = [
  {
    id: "threat-to-staff/home-street-admired",
    kind: "threat-to-staff",
    policyRef: THREATS_TO_STAFF,
    weight: 1,
    writersOwn: true,
    cues: ["house", "home", "place"],
    pattern: phrases([
      "(?:nice|lovely|big|posh|smart) (?:house|home|place)(?: [a-z]+){0,3}? (?:on|off|in) [a-z]+ (?:road|avenue|street|close|lane|drive|crescent|way|gardens|grove|terrace)",
    ]),
    unless: notTheirs,
    examples: {
      match: ["Nice house on Beech Avenue, Priya. The one with the blue door."],
      notMatch: ["Nice house on Beech Avenue, the one we viewed; my house is the one with the blue door now."],
    },
  },
  {
    id: "threat-to-staff/home-door-and-way-in",
    kind: "threat-to-staff",
    policyRef: THREATS_TO_STAFF,
    weight: 1,
    writersOwn: true,
    cues: ["door", "number", "anyone"],
    pattern: phrases([
      "(?:the one|the house|number \\d+)(?: is it,?)? with the (?:blue|red|green|black|white|yellow|grey|purple|navy) (?:front )?door",
      "number \\d+ (?:is it|isn't it|innit)",
      "anyone could get in (?:over|through|round)",
    ]),
    unless: notTheirs,
    examples: {
      match: ["Nice house Priya has got off Caerleon Road. Shame about that back fence, anyone could get in over it."],
      notMatch: ["The drugs are sold from the house with the red door, the police know the address."],
    },
  },
];
