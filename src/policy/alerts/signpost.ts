import type { RuleHit } from "./rule";

/**
 * Advice to whoever reads it — a signature, a footer, a leaflet quoted — not the writer's own danger: "If you are
 * feeling suicidal or your life is at risk, call 999", "if you are experiencing domestic abuse and are in immediate
 * danger, call 999" (issue 10 look-alike: a volunteer's signature). The words a rule read sit inside a conditional
 * about anyone ("if you", "if someone", "if a life"), with no word of the writer's own between, in a sentence that
 * sends the reader to 999, the police or a helpline. "If you read this, call 999, I've taken all my tablets" is the
 * writer's own: "I" stands between.
 */
const SENDS_FOR_HELP =
  /\b(?:call|dial|ring|phone|contact|text)(?: [a-z]+){0,2}? (?:999|112|911|101|116 ?123|(?:the )?emergency services|(?:the )?samaritans|(?:the )?police|(?:a|the|our) (?:helpline|crisis line))\b|\bin (?:an|case of(?: an)?|the event of an?) emergency\b/;
const ANYONE_IF = /\b(?:if|should|whenever|where) (?:you|anyone|anybody|someone|somebody|a person|people|a child|a life|life|your life|there(?:'s| is| are))\b/g;
const WRITERS_OWN = /\b(?:i|i'm|im|i've|ive|i'll|me|my|myself|we|we're|our|us)\b/;

export function signpost(hit: RuleHit): boolean {
  const { from, sentence } = sentenceOf(hit);
  if (!SENDS_FOR_HELP.test(sentence)) return false;
  const before = hit.text.slice(from, hit.start);
  ANYONE_IF.lastIndex = 0;
  let last = -1;
  for (let m = ANYONE_IF.exec(before); m; m = ANYONE_IF.exec(before)) last = m.index;
  if (last < 0) return false;
  return !WRITERS_OWN.test(hit.text.slice(from + last, hit.end));
}

/** The sentence holding the hit's start, as the text has it (from its first character to its stop). */
function sentenceOf(hit: RuleHit): { from: number; sentence: string } {
  let from = hit.start;
  while (from > 0 && !/[.!?\n]/.test(hit.text[from - 1]!)) from -= 1;
  let to = hit.end;
  while (to < hit.text.length && !/[.!?\n]/.test(hit.text[to]!)) to += 1;
  return { from, sentence: hit.text.slice(from, to) };
}
