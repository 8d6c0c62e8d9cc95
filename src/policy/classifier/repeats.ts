import type { SenderHistory } from "../contact";
import type { IsoInstant } from "../strategy";
import { estimateSimilarity, estimateTopicSimilarity, newTopicWords, topicWords } from "./fingerprint";

/**
 * Which of a sender's messages add nothing new (Warwickshire 3.2: contact is unreasonably
 * persistent when they write "excessively (and without providing new information)"): a message
 * is a repeat when it is substantially the same as, or a re-wording of, one sent before it. A
 * burst where each message brings something new — documents sent in parts, an emergency
 * unfolding — has no repeats, however many messages it has. Judged on fingerprints alone: the
 * ContactLog keeps no bodies.
 */
export const REPEAT = 0.35;
/**
 * Topic similarity (fingerprint.ts) at or above which a message says nothing its predecessor did
 * not: a chaser ("Any update on complaint 2025/0933?") shares few word triples with the last one
 * but nearly all its names and numbers. An unfolding emergency or the next part of a bundle of
 * documents brings words of its own.
 */
export const SAME_WORDS = 0.5;

export interface Sent {
  at: IsoInstant;
  fingerprint?: string;
}

/**
 * The earlier contacts, oldest first, each with whether it repeats one before it. A contact already found persistent added
 * nothing new either (Warwickshire 3.2 "without providing new information"), whatever its words: "reply to me. this is the 20th
 * tonight" after "not good enough. reply to me." names words of its own, and the "21" sent a minute later is the second of the night.
 */
export function repeatsIn(contacts: SenderHistory["contacts"]): Array<Sent & { repeat: boolean }> {
  const sorted = [...contacts].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return sorted.map((c, i) => ({
    at: c.at,
    ...(c.fingerprint ? { fingerprint: c.fingerprint } : {}),
    repeat: Boolean(c.categories?.includes("persistent")) || repeatsAny(c.fingerprint, sorted.slice(Math.max(0, i - MAX_LOOKBACK), i)),
  }));
}

/** Bounded: a sender with hundreds of messages in 90 days is compared with the 50 before each. */
const MAX_LOOKBACK = 50;

/**
 * A message with at most BARE_CHASER words of matter (fingerprint.ts topicWords), or bringing at most NOTHING_NEW that
 * the sender's earlier messages did not have (newTopicWords), only chases what came before it: "???", "Hello? Did you
 * get my email?", "How do I get my phone back? Same question as this morning." Part of a bundle ("Part 3: the two
 * witness statements") or a new development ("Police here now. They've arrested him. I'm shaking.") names more.
 */
export const BARE_CHASER = 2;
export const NOTHING_NEW = 1;

export function repeatsAny(fingerprint: string | undefined, earlier: readonly Sent[]): boolean {
  if (!fingerprint || earlier.length === 0) return false;
  const prints = earlier.flatMap((e) => (e.fingerprint ? [e.fingerprint] : []));
  if ((topicWords(fingerprint) ?? Infinity) <= BARE_CHASER || (newTopicWords(fingerprint, prints) ?? Infinity) <= NOTHING_NEW) return true;
  return earlier.some((e) => e.fingerprint !== undefined && (estimateSimilarity(e.fingerprint, fingerprint) >= REPEAT || (estimateTopicSimilarity(e.fingerprint, fingerprint) ?? 0) >= SAME_WORDS));
}
