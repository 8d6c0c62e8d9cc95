import type { AlertGuard } from "./guard";
import { RECENT } from "./fragments";
import { CRIME_NOUN } from "./known-crime";
import { HARM_TO_A_PERSON } from "./person-harm";
import { POLICE_COMPLAINTS } from "./refs";

/** What was done to the writer's things, as a victim names it in passing ("my car window smashed", "the stolen bike"). */
const DONE = "(?:stolen|burgled|vandali[sz]ed|damaged|smashed|broken into|keyed|nicked|taken)";
/** How long: "71 minutes", "forty-five minutes", "19 hours", "a week". */
const SPAN =
  "(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|forty-five|fifty|ninety|several|a few|many)(?: [a-z-]+)? (?:minutes?|mins?|hours?|hrs?|days?|weeks?)";
/** Who was to come: the police, an officer, anyone. */
const WHO_CAME = "(?:an officer|officers|the officers?|the police|police|them|someone|somebody|anyone|anybody|a pc|a pcso|a patrol|a car)";

/**
 * The service a property crime was the occasion of, as a complaint or a thank-you names it: the wait on 101 to report it
 * ("I waited 71 minutes on 101 to report my car window smashed"), how long an officer took to get there ("Forty-five
 * minutes for an officer to get to a man having his tractor stolen"), who came or helped about it ("the officer who came
 * about the stolen bike was very kind", "the worker who helped me after the burglary was fantastic"), or the report as a
 * thing in hand ("thank you for help with my stolen bike report").
 */
const SERVICE = new RegExp(
  `\\b(?:${[
    // The wait to report it.
    `(?:wait(?:ed|ing)?|hung on|hanging on|on hold|queued?|queuing)(?: [a-z0-9-]+){0,6}? to (?:report|tell (?:them|you|the police) about)`,
    // How long they took to come.
    `${SPAN} (?:for ${WHO_CAME} )?to (?:attend|get (?:to|there|out)|come(?: out| round)?|arrive|respond|turn up|show up)`,
    `(?:took|taken|takes|take) ${WHO_CAME} ${SPAN}`,
    // Who came, called or helped about it.
    `(?:came|come|attended|visited|called|rang|phoned|helped(?: me| us)?|looked after (?:me|us)|dealt with (?:me|us|it))(?: out| round| back)? (?:about|after|with|over|regarding) (?:the|my|our|his|her|their) (?:(?:${DONE}) [a-z]+|${CRIME_NOUN})`,
    // The report, claim or case as a thing in hand.
    `(?:help|helping|helped|thanks?|thank you) (?:me )?(?:with|for) (?:my|our|the) (?:[a-z]+ )?(?:${DONE} )?[a-z]+ (?:report|claim|case)`,
    `(?:my|our|the) ${DONE} [a-z]+(?: [a-z]+)? (?:report|claim|case|crime number|reference)`,
  ].join("|")})\\b`,
);
/** Told as news: lately, again, going on. Then it is the writer's report, whatever the service. */
const NEWS = new RegExp(`\\b(?:${RECENT}|new|another|again|still (?:happening|going on|coming)|right now|at the moment|keeps?|every (?:night|day|week)|ongoing)\\b`);

/** What an officer said or did in the same sentence ("the officer who came about my stolen bicycle was rude and told me …"): misconduct of its own. */
const CONDUCT = /\b(?:said|says|told (?:me|us|her|him)|called (?:me|us|her|him)|swore|shouted|laughed|rude|racist|sexist|homophobic|pushed|grabbed)\b/;

/**
 * A property crime named only as the occasion of a service the writer complains of or thanks for — the wait on 101 to
 * report it, how long officers took to come, the officer or worker who came or helped about it, the report in hand: the
 * police have it, and what the writer raises is the service (dev.md "only the background of a decided matter";
 * Warwickshire 1: the force's handling is the Chief Constable's; issue 10 look-alikes "waiting on 101"). Read in the
 * crime's own sentence. Never for harm to a person (violence, threats, sexual offences, a child: HARM_TO_A_PERSON), which
 * may go on while the writer waits (Warwickshire 7.2: safety first), nor when the sentence tells it as news.
 */
export const CRIME_SERVICE_COMPLAINED_OF: AlertGuard = {
  id: "crime/service-complained-of",
  kinds: ["crime"],
  policyRef: POLICE_COMPLAINTS,
  drops: (text, from, to) => {
    const sentence = text.slice(from, to);
    // The service first: few crime sentences name one, and each test after it reads the whole sentence again.
    return SERVICE.test(sentence) && !NEWS.test(sentence) && !HARM_TO_A_PERSON.test(sentence) && !CONDUCT.test(sentence);
  },
  examples: {
    drop: [
      "I waited 71 minutes on 101 to report my car window smashed. That's not a service.",
      "Forty-five minutes for an officer to get to a man having his van stolen in front of him. Not good enough.",
      "The officer who came about the stolen bike was very kind and I want to say thank you.",
      "Thank you for your help with my stolen bike report. Can I have the crime number again?",
      "The victims' worker who helped me after the burglary was fantastic. Please pass on my thanks.",
    ],
    keep: [
      ["crime", "I waited 40 minutes on 101 to report that my neighbour punched me."],
      ["crime", "My van was stolen last night and it took the police six hours to come out."],
      ["crime", "I waited an hour on 101 to report my shed broken into again, the third time this year."],
      ["crime", "Someone has smashed my car window. It took officers three hours to attend."],
      ["crime", "The officer who came about my stolen bicycle was rude to me and told me people like me shouldn't expect much."],
    ],
  },
};
