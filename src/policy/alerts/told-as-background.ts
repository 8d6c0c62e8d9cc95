import type { AlertGuard } from "./guard";
import { HARM_TO_A_PERSON } from "./person-harm";
import { POLICE_COMPLAINTS } from "./refs";

/**
 * The writer saying that what follows is background, or a recap of what the reader was told before: "by way of
 * background", "for background", "for context", "to recap", "as I explained in my last letter".
 */
const BACKGROUND =
  /\b(?:(?:by way of|for|as|some|a bit of|a little) (?:background|context)|to (?:recap|summari[sz]e|remind you)|as (?:i|we) (?:said|explained|told you|mentioned|set out) (?:before|previously|earlier|in my (?:last |previous |first )?(?:letter|email|complaint|message))|as (?:set out|explained) in my (?:last |previous |first )?(?:letter|email|complaint))\b/;
/** The complaint the background is for: the handling, a review, a decision, a wait on the police or the office. */
const ABOUT_HANDLING =
  /\b(?:complain\w*|review|handl\w+|outcome|decision|victims'? code|case|investigat\w+|officer in charge|suspect|charging|update|reply|response)\b/;
/** Going on or new now, told in the crime's sentence or the one after: then it is more than background. */
const GOES_ON =
  /\b(?:again|another|still (?:happening|going on|doing|coming|sending|texting|ringing|calling|threatening|following|turning up)|right now|at the moment|since then (?:he|she|they)|keeps?|every (?:night|day|week)|(?:last|yesterday|this (?:morning|week))|now (?:he|she|they)|won'?t stop|(?:is|are) (?:outside|watching|following))\b/;
/** Harm to a person is background only when the police have it: a suspect, a charge awaited, an open case. */
const WITH_THE_POLICE = /\b(?:suspect|charging decision|officer in (?:charge|the case)|the case is (?:ongoing|open|closed|with)|crime (?:number|reference)|(?:was|were|been) (?:arrested|charged|interviewed))\b/;

/**
 * A crime the writer marks as background to a complaint about its handling ("By way of background, on 14 June my handbag
 * was snatched from my mobility scooter … I reported it the same afternoon"; "For background: the suspect is my former
 * landlord, who … pushed me against the door frame"): told so the reader can follow the complaint, a matter the police
 * already have (Warwickshire 1: the force's handling is the Chief Constable's; issue 10 look-alikes "crimes already
 * reported … mentioned as background in complaints about service"). Read in the crime's sentence and the one after it;
 * never when either says it goes on, and harm to a person only when the text says the police have it (a suspect, a charge
 * awaited, the case open): Warwickshire 7.2, safety first.
 */
export const CRIME_TOLD_AS_BACKGROUND: AlertGuard = {
  id: "crime/told-as-background",
  kinds: ["crime"],
  policyRef: POLICE_COMPLAINTS,
  drops: (text, from, to) => {
    // The marker is said in the crime's sentence or the one before it ("For background: …" may stand alone).
    const before = text.slice(Math.max(0, from - 60), to);
    if (!BACKGROUND.test(before) || !ABOUT_HANDLING.test(text)) return false;
    let end = to + 1;
    while (end < text.length && !/[.!?\n]/.test(text[end]!)) end += 1;
    const read = text.slice(from, end);
    if (GOES_ON.test(read)) return false;
    return !HARM_TO_A_PERSON.test(read) || WITH_THE_POLICE.test(text);
  },
  examples: {
    drop: [
      "I wish to complain about the handling of my complaint. By way of background, on 14 June my handbag was snatched outside the Co-op.",
      "For background, my landlord assaulted me in August and he was arrested. I want to complain that nobody updates me.",
    ],
    keep: [
      ["crime", "I want to complain about the handling of my case. By way of background, my ex punched me in June, and last night he was outside my flat again."],
      ["crime", "For background, my neighbour has threatened to kill me. I want to complain that nobody has replied."],
    ],
  },
};
