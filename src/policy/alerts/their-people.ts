import { FICTION, own } from "./concepts";
import { THREATS_GWENT, THREATS_TO_STAFF } from "./refs";
import { phrases, withStaff, type AlertRule, type RuleHit } from "./rule";
import { lawfulNearby, saidKindly } from "./threat-guards";

/**
 * A threat to staff carried by the writer's people rather than the writer (issue 10 "a threat (explicit or veiled) to a
 * member of staff"), as the training writers of 5 December put it without a word of saying (relayed.ts reads "my
 * brother says he'll …"): "me brothers will come up to that office and sort yous out", "my two brothers are not so calm
 * like me … I cannot say what they will do if they see him", "my cousins say we should find him ourselves and sort it
 * out like men … I am starting to agree with them". Gwent 4.0 "threats (implicit or explicit) against another person";
 * Warwickshire 3.1 "Harassment, intimidation or threats" and 6 (threats of violence reported to the police).
 */

/** The writer's people: family or friends, in the plural or as a group ("the boys"). */
const PEOPLE =
  "(?:(?:my|me|our|wor) (?:[a-z]+ )?(?:brothers|cousins|sons|boys|lads|mates|uncles|nephews|family|husband|boyfriend|fella|friends|pals|relatives|people)|the (?:boys|lads|family|brothers|cousins))";

/** A lawful route or a kind word, a story: not a threat (threat-guards.ts). */
const notAThreat = (hit: RuleHit) => lawfulNearby(hit) || saidKindly(hit) || FICTION.test(own(hit)) || /\b(?:joking|jokes?|lol|haha)\b/.test(own(hit));

export const THEIR_PEOPLE_RULES: readonly AlertRule[] = [
  {
    id: "threat-to-staff/their-people-will-act",
    kind: "threat-to-staff",
    policyRef: THREATS_TO_STAFF,
    writersOwn: true,
    cues: ["sort", "sorts", "know", "knows", "no"],
    // Their people will come and "sort out" staff: alone a threat, as "I'll sort you out" is from the writer (harm-to-them).
    ...withStaff((names) =>
      phrases([
        `${PEOPLE}(?: [a-z']+){0,2}? (?:will|'ll|are going to|are gonna|is going to|want to|wanna|would|'d|will be round to)(?: come (?:up |down |round |over )?(?:to )?(?:that|your|the|ur) (?:office|building|house|place)(?: and)?)? sort (?:you|u|you lot|him|her|them|that [a-z]+|your [a-z]+${names.alt}) out(?! with| for| a| the| some| an)`,
        // Their people know where staff are: "ive got mates who no where u all park".
        "(?:mates|friends|people|lads|boys|cousins|brothers) who (?:know|no|knows) where (?:you|u|he|she|they|your [a-z]+)(?: all)? (?:park|parks|live|lives|drink|drinks|go|goes|stop|stops)",
      ]),
    ),
    unless: notAThreat,
    examples: {
      match: ["me brothers will come up to that office and sort yous out if yous dont give back the horse.", "My sons will sort Priya out if she closes the case again.", "ive got mates who no where u all park. dont say u wernt told"],
      notMatch: ["My sons will sort you out with the paperwork on Monday.", "My family will come to the office and sort out the forms."],
    },
  },
  {
    id: "threat-to-staff/their-people-rougher",
    kind: "threat-to-staff",
    policyRef: THREATS_GWENT,
    weight: 1,
    writersOwn: true,
    // Others of theirs said to be rougher than the writer: beside another sign, the threat is theirs to carry out.
    cues: ["calm", "nice", "nicely", "polite", "patient", "reasonable", "peaceful", "men"],
    pattern: phrases([
      "(?:are|is|aren't|isn't|are not|is not) not (?:so|as) (?:calm|nice|polite|patient|reasonable|friendly|understanding) (?:as|like) me(?! about| over| regarding| on)",
      "(?:not|aren't|isn't|are not|is not) (?:so|as) (?:calm|nice|polite|patient|reasonable|friendly|understanding) (?:as|like) me(?! about| over| regarding| on)",
      "(?:don't|dont|do not|doesn't|does not) (?:talk|speak|ask) (?:as|so) (?:nice|nicely|polite|politely|kindly) as me",
      "sort (?:it|this|him|her|you|them) out like (?:men|a man)",
      // "Lucky for you I'm a calm man. My brother isn't"; "friends who aren't as peaceful as I am".
      "lucky for you (?:i'?m|i am) (?:a )?calm(?: man| woman| person)?",
      "(?:friends|mates|people|brothers|cousins|sons) who (?:aren't|are not|isn't|is not) (?:as|so) (?:peaceful|calm|nice|patient|polite|reasonable) as (?:i am|me)",
    ]),
    unless: notAThreat,
    examples: {
      match: ["My two brothers are not so calm like me. I cannot say what they will do if they see Priya in town."],
      notMatch: ["My husband is not as calm as me about the delay, so he may phone you."],
    },
  },
  {
    id: "threat-to-staff/not-answerable-for-them",
    kind: "threat-to-staff",
    policyRef: THREATS_GWENT,
    weight: 1,
    writersOwn: true,
    // The writer disowns what others may do to staff (a veiled threat: "I am not responsible for them").
    cues: ["say", "answer", "vouch", "promise", "control", "responsible", "agree", "gave", "given", "give", "passed", "up"],
    pattern: phrases([
      "(?:can't|cannot|can not|couldn't|could not) (?:say|answer for|vouch for|promise|control|be responsible for|speak for) what (?:they|he|she|my [a-z]+|the [a-z]+)(?:'ll| will| might| would| may| could| are going to| is going to) do",
      "(?:i am|i'm|im) not responsible for (?:them|what (?:they|he|she) (?:do|does|might do|will do|did))",
      "(?:starting|beginning|begin|start) to agree with (?:them|him|my [a-z]+)",
      // Staff handed to them: "I gave them your name. What they do with it is up to them."
      "(?:gave|given|give|passed) (?:them|him|my [a-z]+) (?:your|her|his) (?:name|address|details|number)",
      "what (?:they|he|she) (?:do|does|decide to do) with it is up to (?:them|him|her)",
    ]),
    unless: notAThreat,
    examples: {
      match: ["My cousins say we should sort it out like men. I am starting to agree with them.", "I've friends who aren't as peaceful as I am. I gave them your name."],
      notMatch: ["I cannot say what the panel will do, but I hope they read my letter."],
    },
  },
];
