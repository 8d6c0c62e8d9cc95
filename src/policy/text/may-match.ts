/**
 * A quick "can this pattern match anywhere in this text?" (issue #13): every match of a pattern
 * holds some of the letters it spells out ("i know where" in "i know where (?:you|u) live"), so
 * a text lacking them cannot match, and the pattern need not run. The classifier runs some sixty
 * patterns of a few thousand characters over each message; most mail holds none of their words.
 *
 * What a pattern needs is read from its source (`needs`): a tree of "all of" and "any of" over
 * literal strings, where anything the reading does not follow (a character class, an optional
 * part, a negative look-around) needs nothing. The text's side is which runs of three
 * characters, two and one it holds (`TextGrams`); a string is possible when all of its runs are.
 * Both sides only ever over-approximate, so `mayMatch` false means the pattern has no match: the
 * classifier's output is the same with the check as without it (bench/identity.ts compares).
 * Hand-written: no library reads a pattern's required strings for a prefilter in a few lines.
 */

/** What a match needs the text to hold: true (nothing known), a string, or all / any of these. */
type Need = true | string | { all: Need[] } | { any: Need[] };

/** Characters folded to 7 bits: any other character counts as 127 (sound: it only merges runs). */
const code = (c: number) => (c < 127 ? c : 127);
/** Runs numbered in one space: one character at 0, two from TWO, three from THREE. */
const TWO = 128;
const THREE = TWO + 128 * 128;

/** The runs of one, two and three characters a text holds, as bits. */
class TextGrams {
  private readonly bits = new Uint8Array((THREE + 128 * 128 * 128) >> 3);
  /** The bytes set for the text last read, to clear for the next. */
  private touched: number[] = [];

  read(text: string): void {
    const bits = this.bits;
    for (const i of this.touched) bits[i] = 0;
    const touched: number[] = [];
    const set = (gram: number) => {
      const byte = gram >> 3;
      if (bits[byte] === 0) touched.push(byte);
      bits[byte]! |= 1 << (gram & 7);
    };
    let a = -1;
    let b = -1;
    for (let i = 0; i < text.length; i += 1) {
      const c = code(text.charCodeAt(i));
      set(c);
      if (b >= 0) set(TWO + ((b << 7) | c));
      if (a >= 0) set(THREE + ((a << 14) | (b << 7) | c));
      a = b;
      b = c;
    }
    this.touched = touched;
  }

  /** Whether the text passes the check's node at `at` (see `Check`). */
  satisfies(check: Check, at = 0): boolean {
    const end = at + 2 + check[at + 1]!;
    const op = check[at]!;
    if (op === RUNS) return this.holds(check, at + 2, end);
    // ALL: every part holds; ANY: one does. A part that is runs is read here, not by a call of its own: most parts are.
    const every = op === ALL;
    for (let c = at + 2; c < end; ) {
      const next = c + 2 + check[c + 1]!;
      if ((check[c] === RUNS ? this.holds(check, c + 2, next) : this.satisfies(check, c)) !== every) return !every;
      c = next;
    }
    return every;
  }

  /** Whether the text holds every run in check[from, to). */
  private holds(check: Check, from: number, to: number): boolean {
    const bits = this.bits;
    for (let j = from; j < to; j += 1) {
      const gram = check[j]!;
      if ((bits[gram >> 3]! & (1 << (gram & 7))) === 0) return false;
    }
    return true;
  }
}

/**
 * A need laid out for a quick test, as a tree in one array: each node is its kind (RUNS, ALL,
 * ANY), the length of what follows, then its runs (RUNS: the text must hold them all) or its
 * parts (ALL: all must hold; ANY: one must).
 */
type Check = Int32Array;
const RUNS = 0;
const ALL = 1;
const ANY = 2;

/** The run of three characters of `s` at `i`. */
const threeAt = (s: string, i: number) => THREE + ((code(s.charCodeAt(i)) << 14) | (code(s.charCodeAt(i + 1)) << 7) | code(s.charCodeAt(i + 2)));

/**
 * The runs a string holds: its runs of three, or its one run of two, or its one character. Runs of three are put
 * rarest-looking first (`rarity3`): a text lacking the string most often lacks one of those, and the test stops at the
 * first run the text lacks ("i know where" is tried by "kno" before "i k"). Checking every message's ~80 patterns
 * took a tenth less time over the dev and training messages than in the string's order (decision 0010, E82).
 */
function runsOf(s: string): number[] {
  if (s.length === 1) return [code(s.charCodeAt(0))];
  if (s.length === 2) return [TWO + ((code(s.charCodeAt(0)) << 7) | code(s.charCodeAt(1)))];
  const runs = new Set<number>();
  for (let i = 0; i + 3 <= s.length; i += 1) runs.add(threeAt(s, i));
  return [...runs].sort((x, y) => rarity3(y) - rarity3(x));
}

/** Letters from the commonest in English to the rarest. */
const BY_FREQUENCY = " etaoinshrdlcumwfgypbvkjxqz";
/** English's commonest words and endings: their runs ("you", "ing", "the") are in most mail, whatever their letters. */
const COMMON_WORDS =
  "the be to of and a in that have i it for not on with he as you do at this but his by from they we say her she or an " +
  "will my one all would there their what so up out if about who get which go me when make can like time no just him " +
  "know take people into year your good some could them see other than then now look only come its over think also " +
  "back after use two how our work first well way even new want because any these give day most us is was are been " +
  "has had were said did having may should am being ing ed ly tion ment ness able ful less er est";
let commonRuns: Set<number> | undefined;

/** How rare a run of three looks in mail: one from a common word least, then by its letters' ranks. Used for order only. */
function rarity3(run: number): number {
  if (!commonRuns) {
    commonRuns = new Set();
    for (const word of COMMON_WORDS.split(" ")) for (let i = 0; i + 3 <= word.length + 2; i += 1) commonRuns.add(threeAt(` ${word} `, i));
  }
  const r = run - THREE;
  let rarity = commonRuns.has(run) ? 0 : 100;
  for (const c of [r >> 14, (r >> 7) & 127, r & 127]) {
    const rank = BY_FREQUENCY.indexOf(String.fromCharCode(c));
    rarity += rank >= 0 ? rank : BY_FREQUENCY.length;
  }
  return rarity;
}

/** How rare a need looks: its longest word ("report" in " to report "); of "any of", its commonest choice. */
function rarity(need: Exclude<Need, true>): number {
  if (typeof need === "string") {
    let longest = 0;
    for (const word of need.split(" ")) longest = Math.max(longest, word.length);
    return longest;
  }
  let known = rarities.get(need);
  if (known === undefined) {
    const parts = ("all" in need ? need.all : need.any) as Array<Exclude<Need, true>>;
    known = "all" in need ? 0 : Infinity;
    for (const part of parts) known = "all" in need ? Math.max(known, rarity(part)) : Math.min(known, rarity(part));
    rarities.set(need, known);
  }
  return known;
}
/** Each part's rarity is asked at every level above it: remembered while a pattern is laid out. */
const rarities = new WeakMap<object, number>();

/**
 * Lays a need out as a check, the parts of an "all of" rarest-looking first (a text most often
 * lacks those, and the test stops there). None is left out: a part that looks common by its
 * shortest choice ("n\*{2,4}r" among the slurs) may still be the one the text lacks, and a common
 * one costs a lookup or two only when every rarer part has held.
 */
function compile(need: Exclude<Need, true>, out: number[] = []): number[] {
  const at = out.length;
  if (typeof need === "string") {
    const runs = runsOf(need);
    out.push(RUNS, runs.length, ...runs);
    return out;
  }
  const isAll = "all" in need;
  let parts = (isAll ? need.all : need.any) as Array<Exclude<Need, true>>;
  if (isAll) {
    const rated = parts.map((n) => ({ n, r: rarity(n) }));
    parts = rated.sort((x, y) => y.r - x.r).map((p) => p.n);
  }
  out.push(isAll ? ALL : ANY, 0);
  for (const part of parts) compile(part, out);
  out[at + 1] = out.length - at - 2;
  return out;
}

const grams = new TextGrams();
/** The text `grams` last read: the classifier asks about one text many times in a row. */
let gramsOf: string | undefined;
/** Per pattern, its check; null when nothing is known of what its matches need. */
const checks = new WeakMap<RegExp, Check | null>();

/** A pattern's check, worked out on first use; null when nothing is known of what its matches need. */
export function checkOf(pattern: RegExp): Check | null {
  let check = checks.get(pattern);
  if (check === undefined) {
    // Case-insensitive patterns match letters the text's runs do not record; `v` patterns nest classes the reading does not follow.
    const need = pattern.ignoreCase || pattern.flags.includes("v") ? true : needs(pattern.source);
    checks.set(pattern, (check = need === true ? null : Int32Array.from(compile(need))));
  }
  return check;
}

/** False only when `pattern` has no match in `text` (nor in any part of it). */
export function mayMatch(pattern: RegExp, text: string): boolean {
  const check = checkOf(pattern);
  if (check === null) return true;
  if (text !== gramsOf) {
    grams.read(text);
    gramsOf = text;
  }
  return grams.satisfies(check);
}

/**
 * A class's characters are read one by one while it allows at most this many; a run's spellings are kept to this many.
 * More spellings tell a little more but make every check longer, and every message asks some sixty (measured over the
 * dev and training texts: 16 let 7.8 of the 84 alert patterns through per text, 4 let 8.5, at nine tenths of the cost).
 */
const MOST_SPELLINGS = 4;

/**
 * The characters a class (its source between the brackets) allows, when it lists a few plainly ("*@", "'’", "a-c"):
 * undefined for a negated or empty class, one naming a set (\d, \p{L}), or one of more than MOST_SPELLINGS.
 */
function classChars(body: string): string[] | undefined {
  if (body === "" || body[0] === "^") return undefined;
  const out = new Set<string>();
  const at = (k: number): { char: string; next: number } | undefined => {
    if (body[k] !== "\\") return { char: body[k]!, next: k + 1 };
    const e = body[k + 1] ?? "";
    if (e in ESCAPED_CHARACTERS && e !== "0") return { char: ESCAPED_CHARACTERS[e]!, next: k + 2 };
    // An escaped mark stands for itself; a letter or digit names a set or a code (\d, \w, \u0041, \b): not read.
    return /[^\p{L}\p{N}]/u.test(e) ? { char: e, next: k + 2 } : undefined;
  };
  for (let k = 0; k < body.length; ) {
    const first = at(k);
    if (!first) return undefined;
    k = first.next;
    if (body[k] === "-" && k + 1 < body.length) {
      const last = at(k + 1);
      if (!last) return undefined;
      k = last.next;
      const from = first.char.charCodeAt(0);
      const to = last.char.charCodeAt(0);
      if (to < from || to - from >= MOST_SPELLINGS || to >= 0xd800) return undefined;
      for (let c = from; c <= to; c += 1) out.add(String.fromCharCode(c));
    } else if (first.char.charCodeAt(0) >= 0xd800) return undefined;
    else out.add(first.char);
    if (out.size > MOST_SPELLINGS) return undefined;
  }
  return [...out];
}

const all = (parts: Need[]): Need => {
  const known = parts.filter((p) => p !== true);
  return known.length === 0 ? true : known.length === 1 ? known[0]! : { all: known };
};
const any = (parts: Need[]): Need => (parts.some((p) => p === true) ? true : parts.length === 1 ? parts[0]! : { any: parts });

/** "{2}", "{0,30}", "{3,}": read where it stands (sticky), not from a copy of the rest of the pattern. */
const QUANTIFIER = /\{(\d+)(?:,\d*)?\}/y;
const ESCAPED_CHARACTERS: Record<string, string> = { n: "\n", t: "\t", r: "\r", f: "\f", v: "\v", "0": "\0" };

/**
 * What any match of the pattern `source` needs the text to hold. A reading that meets what it
 * does not know gives up on that part (true), never guesses.
 */
export function needs(source: string): Need {
  let i = 0;

  /**
   * A disjunction, up to ")" or the end; with `exact`, the strings it spells when every alternative is nothing but
   * characters and small classes, and they are at most MOST_SPELLINGS ("people|friends", not "i['’]?m|i am").
   */
  const disjunction = (): { need: Need; exact?: string[] } => {
    const first = alternative();
    const alternatives = [first.need];
    let exact = first.exact;
    while (source[i] === "|") {
      i += 1;
      const next = alternative();
      alternatives.push(next.need);
      // Past MOST_SPELLINGS the strings are not wanted: not gathered (a list of 500 words would copy them 500 times).
      exact = exact && next.exact && exact.length + next.exact.length <= MOST_SPELLINGS ? [...exact, ...next.exact] : undefined;
    }
    return { need: any(alternatives), ...(exact ? { exact } : {}) };
  };

  /**
   * A sequence of atoms: consecutive plain characters make one string, and a small class or group among them one
   * string per choice ("p[ae*]k" is "pak", "pek" or "p*k"; "(?:people|friends) who" two), while there are at most
   * MOST_SPELLINGS of them.
   */
  const alternative = (): { need: Need; exact?: string[] } => {
    const parts: Need[] = [];
    // The run so far: each of `heads` followed by `tail` (plain characters are added to the one tail, not to each head).
    let heads = [""];
    let tail = "";
    let broken = false;
    const spelt = () => (tail ? heads.map((h) => h + tail) : heads);
    const endRun = () => {
      const run = spelt();
      if (run.length > 1) parts.push(any(run));
      else if (run[0]) parts.push(run[0]);
      heads = [""];
      tail = "";
    };
    while (i < source.length && source[i] !== "|" && source[i] !== ")") {
      const atom = nextAtom();
      const q = quantifier();
      if (atom.char !== undefined && q === 1) {
        tail += atom.char;
        continue;
      }
      const spellings = atom.char !== undefined ? [atom.char] : atom.chars;
      if (spellings && q === 1) {
        if (heads.length * spellings.length > MOST_SPELLINGS) {
          endRun();
          broken = true;
        }
        const run = spelt();
        heads = run.flatMap((r) => spellings.map((c) => r + c));
        tail = "";
        continue;
      }
      endRun();
      broken = true;
      // An optional atom needs nothing; one that must appear at least once needs what it needs.
      parts.push(q === 0 ? true : spellings ? any(spellings) : atom.need);
    }
    const exact = broken ? undefined : spelt();
    endRun();
    return { need: all(parts), ...(exact ? { exact } : {}) };
  };

  /** The smallest number of times the atom just read must appear: 1 when unquantified. */
  const quantifier = (): number => {
    const c = source[i];
    let min = 1;
    if (c === "?" || c === "*") {
      min = 0;
      i += 1;
    } else if (c === "+") i += 1;
    else if (c === "{") {
      QUANTIFIER.lastIndex = i;
      const m = QUANTIFIER.exec(source);
      if (!m) return 1;
      min = Number(m[1]);
      i += m[0].length;
    } else return 1;
    if (source[i] === "?") i += 1; // lazy
    // A quantified run of characters is no longer one string: "backs?" is "back" then an optional "s".
    return min === 0 ? 0 : 2;
  };

  /** One atom: a plain character (`char`), the characters a small class allows (`chars`), or what a group, class or escape needs. */
  const nextAtom = (): { char?: string; chars?: string[]; need: Need } => {
    const c = source[i]!;
    if (c === "(") {
      i += 1;
      let kind = "group";
      if (source.startsWith("?:", i)) i += 2;
      else if (source.startsWith("?=", i) || source.startsWith("?<=", i)) {
        i += source[i + 1] === "=" ? 2 : 3;
        kind = "look";
      }
      else if (source.startsWith("?!", i) || source.startsWith("?<!", i)) {
        i += source[i + 1] === "!" ? 2 : 3;
        kind = "negative";
      } else if (source.startsWith("?<", i)) {
        const close = source.indexOf(">", i);
        if (close < 0) throw new SyntaxError("unclosed group name");
        i = close + 1;
      }
      else if (source[i] === "?") kind = "unknown";
      const { need: inner, exact } = disjunction();
      if (source[i] !== ")") throw new SyntaxError("unclosed group");
      i += 1;
      // A group of a few plain choices ("(?:people|friends) who") is read as one string per choice, as a class is.
      if (kind === "group" && exact) return { chars: exact, need: inner };
      // A look-ahead or look-behind reads the text beside the match: the text must still hold it (but not as part of
      // the string around it: it reads the same place).
      return { need: kind === "group" || kind === "look" ? inner : true };
    }
    if (c === "[") {
      const start = i + 1;
      i += 1;
      while (i < source.length && source[i] !== "]") i += source[i] === "\\" ? 2 : 1;
      i += 1;
      const chars = classChars(source.slice(start, i - 1));
      return chars ? { chars, need: true } : { need: true };
    }
    if (c === "\\") {
      const e = source[i + 1] ?? "";
      i += 2;
      if (e in ESCAPED_CHARACTERS && !(e === "0" && /\d/.test(source[i] ?? ""))) return { char: ESCAPED_CHARACTERS[e]!, need: true };
      if (/[\^$\\.*+?()[\]{}|/\-'"’ ]/.test(e)) return { char: e, need: true };
      if (e === "x" && /^[0-9a-fA-F]{2}/.test(source.slice(i, i + 2))) {
        i += 2;
        return { char: String.fromCharCode(parseInt(source.slice(i - 2, i), 16)), need: true };
      }
      if (e === "u" && /^[0-9a-fA-F]{4}/.test(source.slice(i, i + 4))) {
        i += 4;
        return { char: String.fromCharCode(parseInt(source.slice(i - 4, i), 16)), need: true };
      }
      // \p{…}, \u{…} and \k<…> name what they match: skip the name, so it is not read as characters.
      if ((e === "p" || e === "P" || e === "k" || e === "u") && (source[i] === "{" || source[i] === "<")) {
        const close = source.indexOf(source[i] === "{" ? "}" : ">", i);
        if (close < 0) throw new SyntaxError("unclosed escape");
        i = close + 1;
      }
      if (e === "c") i += 1; // \cJ: a control character
      // \b \B \d \w \s, back-references and anything else: nothing known.
      return { need: true };
    }
    i += 1;
    // ^ $ and . match no one character of the pattern's own.
    if (c === "^" || c === "$" || c === ".") return { need: true };
    return { char: c, need: true };
  };

  try {
    const { need } = disjunction();
    return i === source.length ? need : true;
  } catch {
    return true;
  }
}
