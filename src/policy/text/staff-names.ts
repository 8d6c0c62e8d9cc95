import { fold } from "./normalise";

/**
 * The office's own staff as the rules read them (README "Every corpus names the same four staff"): from names as the
 * office's configuration and the pane give them ("Priya Shah", "Tomasz Nowak"), the forms a message names them by —
 * the full name, the first name, the surname, "Ms Shah" — as alternatives of a pattern over folded text. A rule that
 * names staff appends `alt` to its own alternation ("(?:you|your caseworker" + alt + ")"): with no names known it reads
 * anyone named by title ("Ms Shah", "Mr Carter") as staff.
 *
 * Worked out once per distinct list (a handful of lists in a process: the office's, plus a message's recipients in the
 * pane), never per message; rules cache what they build from it by the object (`namedPattern`).
 */
export interface StaffNames {
  /** The list, folded and sorted, joined: equal lists give the same object. */
  readonly key: string;
  /** Each form a message names staff by, as pattern source: full names, a title and any surname ("Ms Shah", "Mr Carter"), then first names and surnames alone. */
  readonly forms: readonly string[];
  /** First names and surnames standing alone ("priya", "shah"): for rules that read a name before a verb ("Priya lives in"). */
  readonly bare: readonly string[];
  /** `forms` as "|a|b|c", to append inside an alternation; "" when there are none. */
  readonly alt: string;
  /** `bare` as "|a|b", to append inside an alternation; "" when there are none. */
  readonly bareAlt: string;
}

/** How a member of staff is addressed by surname: "Ms Shah", "Mr Nowak", "Dr Okafor". */
export const TITLES = ["miss", "mrs", "ms", "mr", "mx", "dr"] as const;

/**
 * First names and surnames that are everyday words too ("Will", "May", "Hope", "Young", "Worker", "Chief"): alone they
 * are read as the word, so a rule never takes "you will" or "young people" for a member of staff. The full name and
 * "Ms/Mr Surname" still name them. General English, not fitted to any corpus row.
 */
const EVERYDAY = new Set(
  `will may mark hope grace rose joy faith dawn summer april june august jack bill pat sue rob ray art bob chase hunter
  young white black brown green gray grey hill wood woods king baker cook worker chief day long short rich page bell
  lord law bond price rice fox wolf lamb hall field fields ford brook rivers marsh bush lane street north south west
  case best hard good little small love sweet strong wise gay booth mills miller smith fisher carpenter mason porter
  barber butcher hunt house power money gold silver stone steel cross church chapel parks park will's may's frank
  sunny sky storm rain crystal amber ruby pearl jade ivy holly heather daisy lily iris olive poppy violet hazel
  major general bishop dean judge marshall sergeant officer head staff office team manager boss`.split(/\s+/),
);

/** By the folded list's key, and by the list as given (joined): a message's options carry a fresh copy of the same names. */
const cache = new Map<string, StaffNames>();
const asGiven = new Map<string, StaffNames>();

/** Regex special characters escaped; a name's apostrophe matches a curly one or none ("O'Brien", "OBrien"). */
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/['’]/g, "['’]?");

/** A name folded as message text is (lower case, accents read plainly), its letters, apostrophes, hyphens and single spaces only. */
export function foldName(name: string): string {
  return lettersOf(fold(name).text);
}

const lettersOf = (name: string) =>
  name
    .replace(/[^\p{L}'’ -]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();

/**
 * A name as message text folds it ("siobhan", accent read plainly: what the rules read) and, when it differs, as written
 * in lower case ("siobhán"): a guard that reads a sentence as written still finds it.
 */
function namesOf(name: string): string[] {
  const folded = foldName(name);
  const written = lettersOf(name.toLowerCase());
  return written === folded ? [folded] : [folded, written];
}

/** The forms of the names in `list` (any order, duplicates and blanks ignored); the same object for the same list. */
export function staffNames(list: readonly string[] | undefined): StaffNames {
  const given = (list ?? []).join("\n");
  const known = asGiven.get(given);
  if (known) return known;
  const folded = [...new Set((list ?? []).flatMap(namesOf).filter((n) => n.length >= 2))].sort();
  const key = folded.join("\n");
  let names = cache.get(key);
  if (!names) {
    const full = new Set<string>();
    const surnames = new Set<string>();
    const bare = new Set<string>();
    for (const name of folded) {
      const words = name.split(" ");
      full.add(name);
      const first = words[0]!;
      const surname = words.length > 1 ? words[words.length - 1]! : undefined;
      if (surname) surnames.add(surname);
      // Alone, a name must be more than a letter or two and not an everyday word ("Will", "Young").
      for (const word of surname ? [first, surname] : [first]) if (word.length >= 3 && !EVERYDAY.has(word)) bare.add(word);
    }
    const bySize = (a: string, b: string) => b.length - a.length || (a < b ? -1 : 1);
    const sorted = (set: Set<string>) => [...set].sort(bySize).map(escape);
    const bareList = sorted(bare);
    // Longest first: "priya shah" before "priya", so a match takes the whole name.
    // With no names known (none configured, the default), anyone named by title is taken for staff: a message to the
    // office naming "Mrs Okafor" names its staff far more often than a neighbour, and a threat to her must not be missed
    // for want of configuration (issue 10). An office that lists its staff is read by its list ("Ms Lewis" is not staff).
    const titled = folded.length === 0 ? [TITLED] : surnames.size ? [`(?:${TITLES.join("|")}) (?:${sorted(surnames).join("|")})`] : [];
    const forms = [...sorted(full), ...titled, ...bareList];
    names = { key, forms, bare: bareList, alt: forms.map((f) => `|${f}`).join(""), bareAlt: bareList.map((f) => `|${f}`).join("") };
    if (cache.size > 1000) cache.clear();
    cache.set(key, names);
  }
  // Bounded: lists come from configuration and a message's recipients, but a long-running flagger must not grow without end.
  if (asGiven.size > 1000) asGiven.clear();
  asGiven.set(given, names);
  return names;
}

/** A title and a surname: "Ms Shah", "Mr O'Brien", "Dr Okafor-Smith". */
const TITLED = `(?:${TITLES.join("|")}) [a-z][a-z'’-]+`;

/** No names configured: the rules read roles, "you" and the name-blind forms only. */
export const NO_STAFF_NAMES = staffNames([]);

/**
 * A pattern built from the staff's names, once per distinct list: `build` is given the names and returns the rule's
 * pattern. The regex (and its prefilter check, text/may-match.ts) is kept by the names object, so a message never
 * builds one.
 */
export function namedPattern(build: (names: StaffNames) => RegExp): (names: StaffNames) => RegExp {
  const built = new WeakMap<StaffNames, RegExp>();
  return (names) => {
    let pattern = built.get(names);
    if (!pattern) {
      pattern = build(names);
      built.set(names, pattern);
    }
    return pattern;
  };
}

/**
 * Whether a text names one of the staff, as a whole word (any form: "Priya", "Ms Shah"): for a rule's guard, which reads
 * a sentence rather than a match. Matches nothing when no names are configured. Case-insensitive, so it reads original text too.
 */
export const staffNamedIn = namedPattern((names) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.forms.join("|")})(?![\\p{L}\\p{N}])`, "iu"));
