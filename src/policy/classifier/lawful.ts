/**
 * Lawful routes a person may threaten to take: a complaint, the courts, a solicitor, an
 * MP, the press, the Ombudsman or the IOPC. Gwent 3.0: the OPCC "does not view behaviour
 * unacceptable simply because a customer is forceful or determined"; issue #5 lists
 * threats of lawful action among what must not be flagged.
 */
const LAWFUL =
  /\b(?:court|courts|solicitors?|lawyers?|barristers?|legal action|legal advice|sue|suing|judicial review|tribunal|ombudsman|iopc|mp|mps|councillor|press|papers|newspapers?|media|bbc|itv|journalists?|formal complaint|complain|complaint|appeal|ico|information commissioner|home office|home secretary)\b/;
const REACH = 200;

/**
 * Whether the sentence around [start, end) names a lawful route (looked at no further than 200
 * characters each way). With `sentenceBefore`, the sentence before it counts too: "I will go to
 * the Ombudsman. You have been warned." warns of the Ombudsman. Not past a line break: the
 * subject line, or the paragraph before, is not what the warning points at.
 */
export function inLawfulSentence(text: string, start: number, end: number, sentenceBefore = false): boolean {
  let from = start;
  while (from > 0 && start - from < REACH && !isStop(text.charCodeAt(from - 1))) from -= 1;
  // The sentence before, in the same paragraph (a subject line, or a paragraph before, says something else).
  if (sentenceBefore && from > 0 && text.charCodeAt(from - 1) !== NEWLINE) {
    // Past the stop (and any run of stops: "!!") that ends the sentence before.
    while (from > 0 && start - from < REACH && isStop(text.charCodeAt(from - 1)) && text.charCodeAt(from - 1) !== NEWLINE) from -= 1;
    while (from > 0 && start - from < 2 * REACH && !isStop(text.charCodeAt(from - 1))) from -= 1;
  }
  let to = end;
  while (to < text.length && to - end < REACH && !isStop(text.charCodeAt(to))) to += 1;
  return LAWFUL.test(text.slice(from, to));
}

const NEWLINE = 10;
const isStop = (c: number) => c === 46 || c === 33 || c === 63 || c === 10; // . ! ? newline
