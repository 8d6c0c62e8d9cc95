import type { AlertGuard } from "./guard";
import { RECENT } from "./fragments";
import { HARM_TO_A_PERSON } from "./person-harm";
import { REVIEW_ALL_CONTACT } from "./refs";

/** The writer thanking the police or the office for what they did: the message's purpose. */
const THANKS =
  /\b(?:(?:a |big |huge |special )?thank(?:s| you)(?: so much| very much)? to (?:the |her|him|them|pc|officer|sergeant|the officers?)|please (?:thank|pass on my thanks|pass my thanks)|(?:want|wanted|would like|i'?d like) to (?:say )?(?:a )?(?:big |huge )?thank|(?:were|was) (?:lovely|brilliant|wonderful|fantastic|excellent|so kind|amazing) (?:with|to) (?:him|her|them|me|us)|happy ending)\b/;
/** What came of it: the thing brought back, the offender caught, the loss stopped. */
const PUT_RIGHT =
  /\b(?:brought (?:my|her|his|their|our|it|them|back)|bring back|got (?:it|them|my [a-z]+|everything) back|(?:was|were|been) (?:caught|returned|recovered)|caught (?:him|her|them|the)|(?:bank|they|police) stopped it|stopped (?:the|it) (?:payment|transfer)|nearly (?:handed|paid|gave|sent|lost))\b/;
/** Something still going on or new: the thanks is for the last one, not this. */
const NEWS = new RegExp(`\\b(?:${RECENT}|again|another|(?:is|are) still|still (?:happening|going on|coming|sending|ringing|calling|threatening|missing)|keeps?|every (?:night|day|week)|right now|at the moment)\\b`);

/**
 * A crime told in a thank-you for how it was put right ("When my handbag was stolen on the bus last month the officer
 * call me every week and bring back my documents. I want to say big thank you to her"; "The boys who broke into my car
 * were caught and the officer brought my handbag back. Please thank him"; "my dad nearly handed £6,000 to a courier. The
 * bank stopped it, and the real police … were lovely with him"): issue 10's look-alike "a crime reported and resolved … in
 * a thank-you" — the police have it and it is put right (dev.md "unless it is long resolved"). Crimes against property
 * only (harm to a person may go on: Warwickshire 7.2 safety first), and not when anything new or going on is told.
 */
export const CRIME_THANKED_FOR: AlertGuard = {
  id: "crime/thanked-for-outcome",
  kinds: ["crime"],
  policyRef: REVIEW_ALL_CONTACT,
  drops: (text, from, to) => {
    const sentence = text.slice(from, to);
    return THANKS.test(text) && PUT_RIGHT.test(text) && !NEWS.test(sentence) && !HARM_TO_A_PERSON.test(text);
  },
  examples: {
    drop: [
      "My bike was stolen from outside the library in the summer and the officer brought it back within a week. I want to say a big thank you to her.",
      "Last month I nearly paid £2,000 to a fake courier who said he was from the police. The bank stopped it and the real officers were lovely with me. Happy ending!",
    ],
    keep: [
      ["crime", "The boys who broke into my car were caught and the officer brought my handbag back. Please thank him. But last night they smashed my window again."],
      ["crime", "Thank you to the officer who brought my bag back. The man who stole it punched me in the face and I'm scared he'll come back."],
    ],
  },
};
