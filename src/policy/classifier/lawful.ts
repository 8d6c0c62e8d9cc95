/**
 * Lawful routes a person may threaten to take: a complaint, the courts, a solicitor, an
 * MP, the press, the Ombudsman or the IOPC. Gwent 3.0: the OPCC "does not view behaviour
 * unacceptable simply because a customer is forceful or determined"; issue #5 lists
 * threats of lawful action among what must not be flagged.
 */
const LAWFUL =
  /\b(?:court|courts|solicitors?|lawyers?|barristers?|legal action|legal advice|sue|suing|judicial review|tribunal|ombudsman|iopc|mp|mps|councillor|press|papers|newspapers?|media|bbc|itv|journalists?|formal complaint|complain|complaint|appeal|ico|information commissioner|home office|home secretary)\b/;
const REACH = 200;

/** Whether the sentence around [start, end) names a lawful route (looked at no further than 200 characters each way). */
export function inLawfulSentence(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && start - from < REACH && !isStop(text.charCodeAt(from - 1))) from -= 1;
  let to = end;
  while (to < text.length && to - end < REACH && !isStop(text.charCodeAt(to))) to += 1;
  return LAWFUL.test(text.slice(from, to));
}

const isStop = (c: number) => c === 46 || c === 33 || c === 63 || c === 10; // . ! ? newline
