/**
 * MinHash over word 3-shingles: a 64-value signature per message, so "substantially the
 * same" (Gwent 6.0) and "re-framing or re-wording" (Warwickshire 3.2) can be judged
 * without storing message bodies (data minimisation: the ContactLog keeps the signature).
 * The Jaccard similarity of two messages is estimated by the share of equal values.
 *
 * One-permutation hashing with densification (Li, Owen & Zhang 2012; Shrivastava 2017):
 * each shingle is hashed once and kept in one of 64 bins if it is that bin's minimum; bins
 * no shingle reached borrow the value of a bin chosen by a fixed hash of their number, so
 * short messages still compare. The same estimate as 64 separate hash functions at 1/64 of
 * the hashing: it was a third of the classifier's time on a 2 KB message. A fingerprint
 * names its scheme (`SCHEME`), so one made by another scheme (the earlier 64-hash MinHash
 * stored bare hex) is never compared value by value as if it were this one.
 * Hand-written: ~50 lines, no dependency, and the same code runs in the pane and the CLI.
 */
export const SIGNATURE_SIZE = 64;
/** log2(SIGNATURE_SIZE): the top bits of a shingle's hash choose its bin, the rest are its value. */
const BIN_BITS = 6;
const VALUE_MASK = (1 << (32 - BIN_BITS)) - 1;
const EMPTY = 0xffffffff;

function fnv1a(text: string, from: number, to: number): number {
  let hash = 0x811c9dc5;
  for (let i = from; i < to; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** 32-bit finaliser (murmur3 fmix32): spreads a multiply-add hash over all bits. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const isLineEnd = (c: number) => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39;

export function signature(text: string): Uint32Array {
  return signatureOf(bothSignatures(text).words);
}

function signatureOf(w: Uint32Array): Uint32Array {
  const mins = new Uint32Array(SIGNATURE_SIZE).fill(EMPTY);
  return densify(shingleMins(w, mins));
}

function shingleMins(w: Uint32Array, mins: Uint32Array): Uint32Array {
  const count = Math.max(1, w.length - 2);
  for (let i = 0; i < count; i += 1) {
    const shingle = mix(Math.imul(w[i] ?? 0, 31) ^ Math.imul(w[i + 1] ?? 0, 0x27d4eb2d) ^ mix(w[i + 2] ?? 0));
    const bin = shingle >>> (32 - BIN_BITS);
    const value = shingle & VALUE_MASK;
    if (value < mins[bin]!) mins[bin] = value;
  }
  return mins;
}

/**
 * The matter a message is about, as its words regardless of order (Warwickshire 3.2 "Re-framing
 * or re-wording of a complaint"): a re-worded complaint shares few word triples with the first
 * but most of its names, places and nouns. One-permutation hashing of the words of four letters
 * or more, less the commonest English words, into TOPIC_SIZE bins.
 */
export const TOPIC_SIZE = 32;
const TOPIC_BITS = 5;
const TOPIC_MASK = (1 << (32 - TOPIC_BITS)) - 1;
const COMMON = new Set(
  (
    "this that with have from your they them their there were been would could should about which when what will shall into than then also just only some more very much such because while where after before being does doing done here over under again still even other these those each every make made like know want need said says told tell please thank thanks dear regards sincerely yours email letter write writing wrote sent send today week month year time back well take " +
    // What a chaser says whatever it chases ("Still nothing. Answer my email."): it brings no matter of its own (repeats.ts).
    "answer answered answering reply replied replies respond response still nothing waiting waited wait hello anyone anybody heard hear already simple question questions update chase chasing received receive hours minutes ignoring ignored ignore same sending keep"
  )
    .split(" ")
    .map((w) => fnv1a(w, 0, w.length)),
);

export function topicSignature(text: string): Uint32Array {
  return bothSignatures(text).topic;
}

/** A word of four letters or more (its hash) into the topic bins, unless it is one of the commonest. */
function addTopicWord(mins: Uint32Array, word: number): void {
  if (COMMON.has(word)) return;
  const h = mix(word);
  const bin = h >>> (32 - TOPIC_BITS);
  if ((h & TOPIC_MASK) < mins[bin]!) mins[bin] = h & TOPIC_MASK;
}

/**
 * Hashes of the lower-case words ([a-z0-9']+) for the word triples, quoted-reply lines ("> …") ignored, and the topic
 * bins from every word of four letters or more: one hand-written pass over one lower-cased copy (no regex match
 * objects), each word hashed once (the two signatures each lower-cased the text and hashed its words: a twentieth of
 * the classifier's time on a 2 KB message, issue 13), into a typed array sized for the most words the text can hold.
 */
function bothSignatures(text: string): { words: Uint32Array; topic: Uint32Array } {
  const lower = text.toLowerCase();
  const n = lower.length;
  const hashes = new Uint32Array((n >> 1) + 1);
  const topic = new Uint32Array(TOPIC_SIZE).fill(EMPTY);
  let count = 0;
  let quoted = false;
  let i = 0;
  while (i < n) {
    const c = lower.charCodeAt(i);
    if (i === 0 || isLineEnd(lower.charCodeAt(i - 1))) quoted = c === 62;
    if (!isWordChar(c)) {
      i += 1;
      continue;
    }
    const start = i;
    while (i < n && isWordChar(lower.charCodeAt(i))) i += 1;
    const word = fnv1a(lower, start, i);
    if (!quoted) hashes[count++] = word;
    if (i - start >= 4) addTopicWord(topic, word);
  }
  return { words: hashes.subarray(0, count), topic };
}

/**
 * Fills each empty bin from a non-empty one, chosen by probing a fixed hash of (bin, attempt):
 * two messages sharing a shingle in the chosen bin then agree on the borrowed value too, which
 * keeps the estimate unbiased ("optimal densification", Shrivastava 2017).
 */
function densify(mins: Uint32Array): Uint32Array {
  const filled = mins.slice();
  if (!filled.some((v) => v !== EMPTY)) return filled;
  for (let bin = 0; bin < SIGNATURE_SIZE; bin += 1) {
    if (mins[bin] !== EMPTY) continue;
    // Bounded: with one filled bin of 64 a probe hits within 2,000 attempts all but never; then the next filled bin up.
    let probe = -1;
    for (let attempt = 1; attempt <= 2_000 && probe < 0; attempt += 1) {
      const candidate = mix(Math.imul(bin + 1, 0x9e3779b1) ^ Math.imul(attempt, 0x85ebca6b)) >>> (32 - BIN_BITS);
      if (mins[candidate] !== EMPTY) probe = candidate;
    }
    for (let k = 1; probe < 0; k += 1) if (mins[(bin + k) % SIGNATURE_SIZE] !== EMPTY) probe = (bin + k) % SIGNATURE_SIZE;
    filled[bin] = mins[probe]!;
  }
  return filled;
}

/** Prefix naming the scheme: one-permutation hashing, 64 bins. Change it whenever the values would change. */
export const SCHEME = "oph64:";

/**
 * Between the word-triple signature and the topic signature in a stored fingerprint. "~topic32:"
 * was the same signature before chasers' words left it: never compared with this one.
 */
export const TOPIC_SCHEME = "~topic32b:";
/** Two lower-case hex digits per byte value. */
const BYTE_HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, "0"));
/** Eight hex digits per value, by byte from a table: a formatted number and a padded copy per value were a fortieth of the classifier's time. */
function hex(values: Uint32Array): string {
  let out = "";
  for (const v of values) out += BYTE_HEX[v >>> 24]! + BYTE_HEX[(v >>> 16) & 255]! + BYTE_HEX[(v >>> 8) & 255]! + BYTE_HEX[v & 255]!;
  return out;
}

export function fingerprint(text: string): string {
  const { words, topic } = bothSignatures(text);
  return SCHEME + hex(signatureOf(words)) + TOPIC_SCHEME + hex(topic);
}

/** The signature, or undefined for anything not of this scheme (malformed, or made by another). */
export function parseFingerprint(stored: string): Uint32Array | undefined {
  if (!stored.startsWith(SCHEME)) return undefined;
  // Fingerprints stored before the topic signature was added are the triple signature alone; any topic part follows a "~".
  const hex = stored.slice(SCHEME.length).split("~")[0]!;
  if (hex.length !== SIGNATURE_SIZE * 8 || !/^[0-9a-f]+$/.test(hex)) return undefined;
  return Uint32Array.from({ length: SIGNATURE_SIZE }, (_, i) => parseInt(hex.slice(i * 8, i * 8 + 8), 16));
}

/**
 * How much two messages share their matter: the share of equal topic bins among those either
 * filled (an empty bin in both says nothing). Undefined when either fingerprint predates it.
 */
export function estimateTopicSimilarity(a: string, b: string): number | undefined {
  const x = topicOf(a);
  const y = topicOf(b);
  if (!x || !y) return undefined;
  let equal = 0;
  let either = 0;
  for (let i = 0; i < TOPIC_SIZE; i += 1) {
    if (x[i] === EMPTY && y[i] === EMPTY) continue;
    either += 1;
    if (x[i] === y[i]) equal += 1;
  }
  return either === 0 ? 0 : equal / either;
}

/**
 * How many words of matter a message has (the filled topic bins: distinct words of four letters or more, less
 * the commonest and a chaser's own): "???" or "Still nothing. Answer my email." has none. Undefined when the
 * fingerprint predates the topic signature.
 */
export function topicWords(stored: string): number | undefined {
  const x = topicOf(stored);
  if (!x) return undefined;
  let filled = 0;
  for (let i = 0; i < TOPIC_SIZE; i += 1) if (x[i] !== EMPTY) filled += 1;
  return filled;
}

/**
 * How many of a message's words of matter none of the earlier messages has (a bin of this message's topic signature
 * holding a value no earlier one holds in that bin): "How do I get my phone back? Same question as this morning" after
 * a first message about a seized phone brings none. A word an earlier message has but not as its bin's least is
 * counted new: the estimate errs towards "something new", never towards calling a message a repeat. Undefined when
 * this fingerprint predates the topic signature.
 */
export function newTopicWords(stored: string, earlier: readonly string[]): number | undefined {
  const x = topicOf(stored);
  if (!x) return undefined;
  const others = earlier.flatMap((e) => topicOf(e) ?? []);
  let fresh = 0;
  for (let i = 0; i < TOPIC_SIZE; i += 1) if (x[i] !== EMPTY && !others.some((o) => o[i] === x[i])) fresh += 1;
  return fresh;
}

function topicOf(stored: string): Uint32Array | undefined {
  const at = stored.indexOf(TOPIC_SCHEME);
  if (at < 0) return undefined;
  const hex = stored.slice(at + TOPIC_SCHEME.length);
  if (hex.length !== TOPIC_SIZE * 8 || !/^[0-9a-f]+$/.test(hex)) return undefined;
  return Uint32Array.from({ length: TOPIC_SIZE }, (_, i) => parseInt(hex.slice(i * 8, i * 8 + 8), 16));
}

export function estimateSimilarity(a: string, b: string): number {
  const x = parseFingerprint(a);
  const y = parseFingerprint(b);
  if (!x || !y) return 0;
  let equal = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i += 1) if (x[i] === y[i]) equal += 1;
  return equal / SIGNATURE_SIZE;
}
