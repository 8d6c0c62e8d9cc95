/**
 * What a message tells us about the writer's needs, and the adjustments it asks for, read from its text. Warwickshire 5:
 * "if we are informed of specific health concerns or disabilities, then this should be taken at face value … Where it
 * is identified that additional support is required, appropriate steps will be taken to address these in a way that
 * satisfies the requirements of the Equality Act"; Gwent 7.0: "any specific access requirements and appropriate
 * solutions have been considered". A prompt to consider them, never a judgement of the person: what is found is quoted
 * as they wrote it.
 */
export type AdjustmentAskKind = "need" | "largePrint" | "otherFormat" | "someoneToSpeak" | "interpreter";

export interface AdjustmentAsk {
  kind: AdjustmentAskKind;
  /** The writer's own words that raised it. */
  words: string;
}

const NEED_WORDS =
  "partially sighted|visually impaired|sight loss|registered blind|blind|deaf|hard of hearing|hearing loss|learning disabilit(?:y|ies)|learning difficult(?:y|ies)|dyslexi[ac]|autis(?:m|tic)|on the autism spectrum|adhd|dementia|brain injury|a stroke|ptsd|a mental health condition|mental health (?:problems|difficulties|issues)|a disability|disabilities";

/** Each kind: the patterns that raise it (whole words, case folded). A disclosed need needs the writer as its subject. */
const ASKS: ReadonlyArray<{ kind: AdjustmentAskKind; pattern: RegExp }> = [
  { kind: "need", pattern: new RegExp(`\\b(?:i am|i'm|i’m|im)\\s+(?:registered\\s+)?disabled\\b(?!\\s+(?:my|the|it|this|that|your|our|his|her)\\b)|\\b(?:i am|i'm|i’m|im|i have|i've|i’ve|i have got|i've got|i live with|i suffer from|i was diagnosed with|as someone with|as a person with)\\s+(?:also\\s+|now\\s+|quite\\s+|severely\\s+|very\\s+)?(?:${NEED_WORDS})\\b`, "i") },
  { kind: "largePrint", pattern: /\b(?:large|larger|bigger|big)[\s-](?:print|font|type|text|writing)\b/i },
  { kind: "otherFormat", pattern: /\b(?:braille|easy[\s-]read|audio (?:version|format|recording)|screen[\s-]reader|plain english version)\b/i },
  {
    kind: "someoneToSpeak",
    pattern:
      /\b(?:(?:allow|let|permit)\s+(?:my\s+)?[\p{L}'’ ]{2,30}?\s+to\s+(?:speak|talk|act|deal with you|write|correspond)\s+(?:to you\s+|with you\s+)?(?:for|on behalf of)\s+me|(?:speak|talk|act)\s+on my behalf|my (?:advocate|representative|appointee|carer will (?:speak|talk|contact you)))\b/iu,
  },
  { kind: "interpreter", pattern: /\b(?:an interpreter|interpreter|british sign language|bsl|a translator|translation into)\b/i },
];

/** At most one ask of each kind, in the order above, each with the words that raised it. */
export function adjustmentsAsked(text: string): AdjustmentAsk[] {
  const found: AdjustmentAsk[] = [];
  for (const { kind, pattern } of ASKS) {
    const match = pattern.exec(text);
    if (match) found.push({ kind, words: match[0] });
  }
  return found;
}

/**
 * Whether letters to them start in large print: the message asks for it or says their sight is impaired. (A strategy's
 * note that large print was "offered" is not an ask: Pat's letters stay as they were chosen.)
 */
export function largePrintAsked(asks: readonly AdjustmentAsk[]): boolean {
  return asks.some((a) => a.kind === "largePrint" || (a.kind === "need" && /sight|blind|visual/i.test(a.words)));
}
