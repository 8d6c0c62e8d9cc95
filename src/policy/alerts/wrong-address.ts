import type { AlertGuard } from "./guard";
import { POLICE_COMPLAINTS } from "./refs";
import { previousSentenceStart, sentenceAround } from "./rule";

/** The police entering the wrong home: a warrant, a raid or a forced entry at the wrong address. */
const WRONG_ADDRESS = /\bwrong (?:address|house|flat|door|property|home|number|street)\b/;
const POLICE_ENTRY = /\b(?:police|officers?|raid(?:ed|ing)?|warrant|forced (?:entry|their way|the door)|battering ram|broke (?:the|my|our|her|his) (?:front )?door)\b/;
/**
 * Harm to a body, or force beyond the door: an injury, a blow, restraint. Then it is alleged misconduct, whatever address
 * they meant (Warwickshire 1; safety first). A fall ("my mum is 74 and fell over in the hall") is harm. Fear ("terrified my children", "scared her half to death") is not in it: it is
 * what every wrong-address entry does, and the complaint names it as such.
 */
const INJURY =
  /\b(?:hurt|injur\w*|fell|fallen|falling|knocked (?:me|him|her|them|us) (?:over|down)|collaps\w*|heart attack|bleed\w*|blood|hospital|a&e|broken (?:arm|nose|wrist|leg|ribs?|jaw)|broke (?:his|her|my|their) (?:arm|nose|wrist|leg|ribs?|jaw)|punch\w*|kick(?:ed|ing) (?:me|him|her|them|us|my)|hits? (?:me|him|her|them|us|my)|assault\w*|taser\w*|pepper|cs spray|cuff\w*|handcuff\w*|pushed|shoved|grabbed|dragged|threw (?:me|him|her|them)|slammed (?:me|him|her|them)|knelt|kneeling on|stamp\w*|bruis\w*|sexual\w*|strip[- ]search\w*|dog bit|bitten|stole|took (?:money|cash|£))\b/;

/** Someone other than the police as the doer in the hit's sentence: a crime or a concern of its own, whatever the raid. */
const OTHER_DOER =
  /\b(?:someone|somebody|a (?:man|woman|lad|boy|girl)|(?:two|three|some) (?:men|lads)|neighbou?rs?|(?:my|her|his|their|our|the) (?:ex|dad|father|mum|mother|stepdad|stepfather|husband|wife|partner|boyfriend|girlfriend|brother|uncle|carer|landlord|lodger))\b/;

/**
 * A wrong-address entry by the police, complained of as a service and a civil claim ("police raided my mum's house last
 * Thursday at 6am, wrong address … smashed the front door and scared her half to death"; "OFFICERS FORCED ENTRY TO MY FLAT
 * AT THE WRONG ADDRESS … THEY BROKE MY DOOR, TERRIFIED MY CHILDREN"): the damage and the fright are the police's own
 * admitted error, a conduct complaint and a claim for the door, not a crime to report nor a child at risk from anyone
 * (Warwickshire 1: the force's handling is the Chief Constable's; issue 10 look-alikes "wrong-address raids complained of as
 * service"). Read in the hit's sentence with the two before it and the two after (writers tell the wrong address first, or a
 * subject line names the damage and the body the address). An injury or
 * force used on a person in the hit's sentence keeps the alert: that is alleged misconduct; and so does another doer
 * named there ("someone smashed my car window", "her dad hits her").
 */
export const WRONG_ADDRESS_ENTRY: AlertGuard = {
  id: "crime/wrong-address-entry",
  kinds: ["crime", "safeguarding"],
  policyRef: POLICE_COMPLAINTS,
  drops: (text, from, to) => {
    // Most messages never say "wrong": the sentences around need not be found.
    if (!text.includes("wrong ")) return false;
    const start = previousSentenceStart(text, previousSentenceStart(text, from));
    // And the two after: a subject line ("POLICE DAMAGED MY DOOR") is told by the body's first sentences.
    let end = to;
    for (let k = 0; k < 2 && end + 2 < text.length; k += 1) end = sentenceAround(text, end + 1, end + 2).to;
    const read = text.slice(start, end);
    const sentence = text.slice(from, to);
    return WRONG_ADDRESS.test(read) && POLICE_ENTRY.test(read) && !INJURY.test(sentence) && !OTHER_DOER.test(sentence);
  },
  examples: {
    drop: [
      "police raided my mums house last Thursday 6am, wrong address, they wanted number 52 not 25. smashed the front door and scared her half to death, shes 71 with a bad heart. who pays for this?",
      "FORMAL COMPLAINT - POLICE DAMAGED MY DOOR\nOn 14 October officers forced entry to my flat at the wrong address. I want the door fixed.",
      "On 14 October officers forced entry to my flat at the wrong address. They broke my door, terrified my children and left without an apology. I want compensation.",
    ],
    keep: [
      ["crime", "Officers raided my flat at the wrong address last night. One of them punched my son in the face and he needed stitches at A&E."],
      ["safeguarding", "Officers came to the wrong address last week. While they were here my neighbour's little girl told them her dad hits her every night."],
      ["crime", "Two officers came to my mum's at 6am, kicked the door in, wrong house number, and my mum is 74 and fell over in the hall."],
      ["crime", "The police came to the wrong address on Monday. The same night someone smashed my car window and stole my bag."],
    ],
  },
};
