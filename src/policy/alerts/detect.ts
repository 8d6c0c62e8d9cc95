import type { Folded } from "../text/normalise";
import { mayMatch } from "../text/may-match";
import { staffNamedIn, staffNames, type StaffNames } from "../text/staff-names";
import { quotedRanges, within, type Range } from "../text/reported";
import { shapeOf, squeeze, type Shape, type Tokens } from "../classifier/tokens";
import type { ClassifierOptions, Finding, TextSpan } from "../classifier/types";
import { ABOUT_THE_MATTER, matterWords, sharedWords } from "./closed-matter";
import { COMBINED_RULES } from "./combine";
import { CONCEPT_RULES } from "./concepts";
import { CRIME_RULES } from "./crime";
import { FAREWELL_RULES } from "./farewell";
import { FAREWELL_PASSED_ON_RULES } from "./farewell-passed-on";
import { FORETOLD_RULES } from "./foretold";
import { IN_DANGER_RULES } from "./in-danger";
import { OFFICER_CORRUPTION_RULES } from "./officer-corruption";
import { DRUG_SUPPLY_RULES } from "./drug-supply";
import { IDENTITY_FRAUD_RULES } from "./identity-fraud";
import { VEILED_THREAT_RULES } from "./veiled";
import { MENACE_RULES, MENACE_SIGNS } from "./menace";
import { defaultAlertGuidance } from "./guidance";
import { NEW_MATTER_RULES } from "./new-matter";
import { REVIEW_ALL_CONTACT, THREATS_GWENT } from "./refs";
import { RISK_TO_LIFE_RULES } from "./risk-to-life";
import { RISK_SIGNS } from "./risk-signs";
import { HOPELESS_RULES } from "./hopeless";
import { MEANS_MEANT_RULES } from "./means-meant";
import { DWELT_ON_RULES } from "./dwelt-on";
import { POISON_RULES } from "./poison";
import { LET_IT_HAPPEN_RULES, LET_IT_HAPPEN_SIGNS } from "./let-it-happen";
import { THREAT_SIGNS } from "./threat-signs";
import { sentenceAround, type AlertRule, type RuleHit } from "./rule";
import { crimeBeingDealtWith, pastAndPutRight } from "./dealt-with";
import { carriedLookAlike, lookAlike } from "./look-alike-guards";
import { sentenceOf } from "./guard";
import { ABUSE_CRIME_RULE } from "./abuse-crime";
import { crimeAsTopic, scamWithoutLoss } from "./crime-topics";
import { onlyKnownCrimeNamed } from "./known-crime";
import { crisisOver, farewellOfStaff, groupOnATopic, peopleInGeneral, hypotheticalQuestion, reportAfterMention, storyFramed } from "./framing";
import { TOPIC } from "./fragments";
import { Sentences } from "./windows";
import { compact, compactedOffset, foldedSpan } from "./compact";
import { readSpoken, spokenAs } from "./spoken";
import { SAFEGUARDING_RULES } from "./safeguarding";
import { COERCED_RULES } from "./coerced";
import { SIDEWAYS_RISK_RULES } from "./sideways";
import { WHERE_AND_WHEN_RULES } from "./where-and-when";
import { HARM_FORETOLD_RULES } from "./harm-foretold";
import { ROUTINE_KNOWN_RULES } from "./routine-known";
import { RELAYED_THREAT_RULES } from "./relayed";
import { WARNED_OF_RULES } from "./warned-of";
import { THEIR_PEOPLE_RULES } from "./their-people";
import { HARM_IN_KIND_RULES } from "./harm-in-kind";
import { HOME_DESCRIBED_RULES } from "./home-described";
import { WATCHED_AND_FOUND_RULES } from "./watched-and-found";
import { PUBLISHED_RULES } from "./published";
import { STAFF_TARGETED_RULES } from "./staff-targeted";
import { STAFF_DOSSIER_RULES } from "./staff-dossier";
import { EXPLOITATION_RULES } from "./exploitation";
import { ABUSER_RELEASED_RULES } from "./abuser-released";
import { DANGER_NOW_RULES } from "./danger-now";
import { signpost } from "./signpost";
import { OFFENDER_CONTEXT, THREAT_TO_STAFF_RULES, WITNESSED } from "./threat-to-staff";
import { AMBIGUOUS_TAG, INVITED, LAWFUL_NEARBY, ORG_PLACE, threatLookAlike, WATCHING_A_PROCESS } from "./threat-guards";
import { ALERT_KINDS, type Alert, type AlertEvidence, type AlertKind } from "./types";

/** What the alert rules read: the classifier's own folding and tokens, worked out once. */
export interface AlertText {
  /** Subject, a newline, then body: what the person wrote. */
  original: string;
  subjectLength: number;
  /** Where in the folded text the line break between subject and body is. */
  subjectBreak: number;
  folded: Folded;
  tokens: Tokens;
  /** Maps a folded [start, end) back to the field and offsets the person wrote. */
  span: (start: number, end: number) => TextSpan;
}

/** Evidence shown per alert: enough to see why, not a flood. */
export const MAX_ALERT_EVIDENCE = 3;

export const ALERT_RULES: readonly AlertRule[] = [
  ...RISK_TO_LIFE_RULES,
  ...RISK_SIGNS,
  ...HOPELESS_RULES,
  ...MEANS_MEANT_RULES,
  ...DWELT_ON_RULES,
  ...POISON_RULES,
  ...LET_IT_HAPPEN_RULES,
  ...LET_IT_HAPPEN_SIGNS,
  ...SIDEWAYS_RISK_RULES,
  ...WHERE_AND_WHEN_RULES,
  ...DANGER_NOW_RULES,
  ...THREAT_TO_STAFF_RULES,
  ...THREAT_SIGNS,
  ...ROUTINE_KNOWN_RULES,
  ...HARM_FORETOLD_RULES,
  ...RELAYED_THREAT_RULES,
  ...WARNED_OF_RULES,
  ...THEIR_PEOPLE_RULES,
  ...HARM_IN_KIND_RULES,
  ...HOME_DESCRIBED_RULES,
  ...WATCHED_AND_FOUND_RULES,
  ...PUBLISHED_RULES,
  ...STAFF_TARGETED_RULES,
  ...STAFF_DOSSIER_RULES,
  ...SAFEGUARDING_RULES,
  ...COERCED_RULES,
  ...EXPLOITATION_RULES,
  ...ABUSER_RELEASED_RULES,
  ...CRIME_RULES,
  ...NEW_MATTER_RULES,
  ...CONCEPT_RULES,
  ...FAREWELL_RULES,
  ...FAREWELL_PASSED_ON_RULES,
  ...VEILED_THREAT_RULES,
  ...MENACE_RULES,
  ...MENACE_SIGNS,
  ...FORETOLD_RULES,
  ...IN_DANGER_RULES,
  ...OFFICER_CORRUPTION_RULES,
  ...DRUG_SUPPLY_RULES,
  ...IDENTITY_FRAUD_RULES,
  ...COMBINED_RULES,
];

/** The classifier's own threat findings aimed at the reader or staff (Gwent 4.0): see `threatFindingsAtStaff`. */
export const CLASSIFIER_THREAT_RULE = "threat-to-staff/classifier-threat";
/** Under a read-and-file restriction, a crime or safeguarding concern outside the closed matter is itself new. */
export const NEW_CONCERN_RULE = "new-matter/new-crime-or-concern";
/** "This is a different complaint." followed by the closed matter argued again: the matter reframed, not a new one. */
const SAID_NEW_RULE = "new-matter/said-to-be-new";

/** A safeguarding concern whose words name violence, theft, sexual abuse or exploitation: also a crime (abuse-crime.ts). */
const ABUSE_IS_CRIME =
  /\b(?:hits?|hitting|beat(?:s|en|ing)?|punch\w*|kick\w*|strangl\w*|chok\w*|slap\w*|rap(?:e|ed|es|ing)|sexual\w*|touch(?:es|ed|ing)|groom\w*|exploit\w*|traffick\w*|taking (?:cash|money)|taken (?:thousands|money|her|his)|stealing|stole|conned|scammed|drugs|bruises|kill me|forced|threat\w*|picked up|men in their|bags|knock(?:s|ing|ed)? (?:her|him|me|them) (?:about|around)|black eye|comes? into (?:my|her|his) (?:room|bed|bedroom)|(?:had|taken|took|conned|scammed) (?:[a-z]+ ){0,2}?(?:£\d[\d,]*|thousands)|romance|passports?|throat|neck|(?:take|takes|taking|took|taken) (?:all )?(?:his|her|their) (?:benefits|money|pension|cash|wages|savings)|(?:broke|broken|break) (?:her|his|their) (?:nose|arm|jaw|ribs?|wrist|leg|fingers?|cheekbone)|(?:has|got|took|taken|holds|keeps|uses|using) (?:her|his|their) (?:bank |debit |pension )?card|lost (?:around |about |over |nearly |almost )?£\d|(?:drunk|drinking|been drinking)[^]{0,120}? (?:driving|drove|driven))\b/;

/** Danger from another person now (a threat to kill, a weapon at the door): a crime as well as a risk to life. */
const DANGER_IS_CRIME = new Set(["risk-to-life/danger-now", "risk-to-life/armed-at-the-door", "risk-to-life/violence-now", "risk-to-life/killing-foretold", "risk-to-life/attacked-or-followed-now"]);

/** Kinds whose words a news story or a story being written tells without reporting them (framing.ts). */
const FRAMED_KINDS: ReadonlySet<AlertKind> = new Set(["crime", "risk-to-life", "safeguarding"]);

/**
 * A hit a guard dropped because its sentence names a news story or a topic, where the writer's own report follows a dash or
 * a semicolon ("I saw the story about the stabbing on the news — the same lads threatened my son last night"): read again on
 * the report alone, the story's words blanked, and kept when the rule still matches there and its guard no longer drops it.
 */
function reportAfterStory(rule: AlertRule, pattern: RegExp, hit: RuleHit, from: number, to: number, windowStart: number | undefined): boolean {
  const sentence = hit.text.slice(from, to);
  const cut = reportAfterMention(sentence, TOPIC);
  if (cut < 0 || (rule.scope !== "sentence" && hit.start < from + cut)) return false;
  const text = hit.text.slice(0, from) + " ".repeat(cut) + hit.text.slice(from + cut);
  const start = rule.scope === "sentence" ? from + cut : hit.start;
  if (rule.scope === "sentence") {
    pattern.lastIndex = 0;
    if (!pattern.test(text.slice(from + cut, to))) return false;
  }
  const read = { ...hit, text, start, sentence: sentenceOf(text, windowStart ?? from, to) };
  return !rule.unless!(read);
}

/**
 * A sentence rule's match carried from the sentences before the cued one, judged there: its guard reads those sentences as
 * the hit's own (a topic, a talk, a crisis over, a crime dealt with), as it would have had the words been in the cued
 * sentence. The cued sentence's guard alone let "… the safeguarding awareness session on spotting financial abuse and
 * coercive control of the elderly. Could you tell us whether places remain?" alert: the question names none of it.
 */
function carriedGuarded(rule: AlertRule, hit: RuleHit, carriedFrom: number, cuedFrom: number): boolean {
  let end = cuedFrom;
  while (end > carriedFrom && /[\s.!?]/.test(hit.text[end - 1]!)) end -= 1;
  if (end <= carriedFrom) return false;
  const before = carriedFrom > 1 ? sentenceAround(hit.text, carriedFrom - 2, carriedFrom - 1) : undefined;
  return rule.unless!({ ...hit, start: carriedFrom, end, sentence: hit.text.slice(carriedFrom, Math.min(end + 1, hit.text.length)), previous: before ? hit.text.slice(before.from, before.to) : "" });
}

/** Restrictions under which a message that raises something new must be picked out (Gwent 8.0). */
const FILING = new Set(["readAndFile", "noReopeningClosedCase"]);

/**
 * Cue word (squeezed, as token forms are) → the rules it wakes, by their place in ALERT_RULES: the message's cues are
 * gathered per rule in arrays by that number, not in maps keyed by the rule (a lookup per cue word of every message).
 */
const BY_CUE = new Map<string, number[]>();
ALERT_RULES.forEach((rule, r) => {
  for (const cue of rule.cues) {
    // As token forms are: apostrophes dropped, repeated letters squeezed ("won't" → "wont", "kill" → "kil").
    const key = squeeze(cue.replace(/['’]/g, ""));
    const rules = BY_CUE.get(key) ?? [];
    if (!rules.includes(r)) rules.push(r);
    BY_CUE.set(key, rules);
  }
});
/**
 * Whether a form of a word stands for it as a cue: the word itself, a stem of four letters or
 * more, or a short stem less a verb or plural ending ("ending" is "end"). "copies" is not "cop",
 * nor "letters" "let".
 */
function wakes(word: string, form: string): boolean {
  if (form === word || form.length >= 4) return true;
  const suffix = word.slice(form.length);
  return suffix === "ing" || suffix === "ed" || suffix === "s" || suffix === "es";
}

/** Per distinct word, the rules its forms wake, by number (most words wake none): kept on its shape (tokens.ts). */
function rulesFor(shape: Shape): readonly number[] {
  let rules = shape.cues;
  if (!rules) {
    const found = new Set<number>();
    for (const form of shape.forms) if (wakes(shape.squeezed, form)) for (const rule of BY_CUE.get(form) ?? []) found.add(rule);
    rules = [...found];
    shape.cues = rules;
  }
  return rules;
}

/**
 * The alerts for one message, most urgent first (Warwickshire 7.2: "Irrespective of any
 * contact strategy employed, all contact must be reviewed to identify … criminal matters or
 * safeguarding issues"). The strategy never suppresses an alert; it only enables `new-matter`.
 * `findings` are the classifier's: its threats aimed at the reader are threats to staff.
 */
export function detectAlerts(text: AlertText, options: Pick<ClassifierOptions, "alertGuidance" | "strategy" | "staffNames">, findings: readonly Finding[], heldBack?: Map<AlertKind, AlertEvidence[]>): Alert[] {
  const { tokens } = text;
  // The office's staff by name (worked out once per distinct list): rules that name staff read these, never a fixed four.
  const staff = staffNames(options.staffNames);
  const patternOf = (rule: AlertRule) => (rule.named ? rule.named(staff) : rule.pattern);
  /** Whether a rule's pattern matches in `read` by itself (its lastIndex left at 0 for the next reader). */
  const matchesAlone = (pattern: RegExp, read: string) => {
    pattern.lastIndex = 0;
    const found = pattern.test(read);
    pattern.lastIndex = 0;
    return found;
  };
  // Which rules the message's words wake, and where: the first cue word of each sentence (per rule, by its number), as
  // token numbers until the text the rules read is known. Words written as spoken are found in the same pass (spoken.ts).
  const cuedAt: Array<number[] | undefined> = new Array(ALERT_RULES.length);
  // A plain array: a typed array's own buffer costs more to allocate than this loop costs to run on most mail.
  const lastSentence = new Array<number>(ALERT_RULES.length).fill(-1);
  const spokenTokens: number[] = [];
  let cued = false;
  /** `everyCue`: every cue word, not the first of each sentence (a spoken stop made sentences the tokens do not count). */
  const wake = (everyCue: boolean) => {
    for (let k = 0; k < tokens.length; k += 1) {
      const shape = tokens.shape(k)!;
      if (!everyCue) {
        let as = shape.spoken;
        if (as === undefined) as = shape.spoken = spokenAs(shape.word);
        if (as !== false) spokenTokens.push(k);
      }
      const woken = rulesFor(shape);
      if (woken.length === 0) continue;
      const n = tokens.sentence(k);
      for (const r of woken) {
        if (lastSentence[r] === n && !everyCue) continue;
        lastSentence[r] = n;
        (cuedAt[r] ??= []).push(k);
        cued = true;
      }
    }
  };
  wake(false);
  // Rules read the folded text with its spacing made regular (hard-wrapped lines joined) and words written as spoken
  // read as the standard words (spoken.ts: "am gonna", "masel", "full stop"); offsets map back.
  const compacted = readSpoken(compact(text.folded.text, text.subjectBreak), tokens, text.folded.text, spokenTokens, text.subjectBreak);
  if (compacted.stops) {
    cuedAt.fill(undefined);
    wake(true);
  }
  for (const at of cuedAt) if (at) for (let i = 0; i < at.length; i += 1) at[i] = compactedOffset(compacted, tokens.start(at[i]!));
  const source = compacted.text;
  const span = (start: number, end: number) => {
    const f = foldedSpan(compacted, start, end);
    return text.span(f.start, f.end);
  };
  const filing = options.strategy?.restrictions.some((r) => FILING.has(r)) ?? false;
  const matter = filing && options.strategy?.closedMatter ? matterWords(options.strategy.closedMatter) : undefined;

  // The standard words read for spoken ones wake their rules too ("masel" is "myself"), in text order with the rest.
  if (compacted.cues.length) {
    const woken = new Set<number>();
    for (const { at, words } of compacted.cues) {
      for (const word of words) {
        for (const r of rulesFor(shapeOf(word))) {
          (cuedAt[r] ??= []).push(at);
          woken.add(r);
          cued = true;
        }
      }
    }
    for (const r of woken) cuedAt[r]!.sort((a, b) => a - b);
  }

  const evidence = new Map<AlertKind, AlertEvidence[]>();
  /** Signs of weight 1, per kind: raised only when two different rules agree (see AlertRule.weight). */
  const signs = new Map<AlertKind, Map<string, AlertEvidence>>();
  const rulesFound = new Map<AlertKind, Set<string>>();
  /** Every hit of every sign, per kind and rule: two signs must read different words (`distinctSigns`). */
  const signHits = new Map<AlertKind, Map<string, AlertEvidence[]>>();
  const add = (kind: AlertKind, item: AlertEvidence) => {
    const list = evidence.get(kind) ?? [];
    const rules = rulesFound.get(kind) ?? new Set<string>();
    rules.add(item.rule);
    rulesFound.set(kind, rules);
    // Words already shown (or overlapping them) are not shown twice; the rule is still named.
    const overlaps = list.some((e) => e.span.field === item.span.field && e.span.start < item.span.end && item.span.start < e.span.end);
    if (list.length < MAX_ALERT_EVIDENCE && !overlaps) list.push(item);
    evidence.set(kind, list);
  };
  /** Whether an alert of `kind` names `rule` and shows all the evidence it shows: another hit of the rule adds nothing to it. */
  const full = (kind: AlertKind, rule: string) => (evidence.get(kind)?.length ?? 0) >= MAX_ALERT_EVIDENCE && (rulesFound.get(kind)?.has(rule) ?? false);
  /**
   * Whether a hit of a rule (not a sign) would add nothing, to its own alert nor to those the loop below adds beside it
   * (new-matter under a filing strategy, crime beside safeguarding or danger now): kept in step with those adds.
   */
  const nothingToAdd = (rule: AlertRule) =>
    full(rule.kind, rule.id) &&
    (!filing || (rule.kind !== "crime" && rule.kind !== "safeguarding") || full("new-matter", NEW_CONCERN_RULE)) &&
    ((rule.kind !== "safeguarding" && !DANGER_IS_CRIME.has(rule.id)) || full("crime", ABUSE_CRIME_RULE));
  /** Whether the sentence [from, to) is about the closed matter (and so neither new nor a new crime). */
  const aboutClosedMatter = (from: number, to: number) => {
    if (!matter) return false;
    const f = foldedSpan(compacted, from, to);
    return sharedWords(tokens, firstTokenAt(tokens, f.start), firstTokenAt(tokens, f.end), matter) >= ABOUT_THE_MATTER;
  };

  /** Whether one of the two sentences after `end` is about the closed matter (a subject line is followed by the body's first). */
  const reargued = (end: number) => {
    for (let at = end, k = 0; k < 2 && at + 2 < source.length; k += 1) {
      const next = sentenceAround(source, at + 1, at + 2);
      if (aboutClosedMatter(next.from, next.to)) return true;
      at = next.to;
    }
    return false;
  };

  const sentences = cued ? new Sentences(source) : undefined;
  /** Quoted words, worked out only when a rule that needs them has matched. */
  let quoted: Range[] | undefined;
  /**
   * A rule's matches, [start, end) and, for a sentence rule, where its window began: read window by window as the loop
   * below asks, so that once a hit could add nothing (`nothingToAdd`) the windows after it are not read either. A
   * window's matches are all found before the first is judged: the rule's pattern is never mid-scan while a guard runs.
   */
  function* matchesOf(rule: AlertRule, cueOffsets: readonly number[]): Generator<{ start: number; end: number; window?: number }> {
    // A message without the letters every match needs has none (text/may-match.ts): the windows need not be read.
    const pattern = patternOf(rule);
    if (!mayMatch(pattern, source)) return;
    for (const window of sentences!.windowsFor(cueOffsets, rule.scope ?? "text")) {
      const read = source.slice(window.from, window.to);
      pattern.lastIndex = 0;
      if (rule.scope === "sentence") {
        if (pattern.test(read)) yield { start: window.sentence, end: window.to, window: window.from };
        continue;
      }
      // exec on the rule's own regex, not matchAll: matchAll clones the regex, and cloning a
      // pattern of a few thousand characters each time cost ten times the match itself.
      const found: Array<{ start: number; end: number }> = [];
      for (let m = pattern.exec(read); m; m = pattern.exec(read)) {
        if (m[0].length === 0) pattern.lastIndex += 1;
        found.push({ start: window.from + m.index, end: window.from + m.index + m[0].length });
      }
      yield* found;
    }
  }

  for (let r = 0; r < ALERT_RULES.length; r += 1) {
    const rule = ALERT_RULES[r]!;
    const cueOffsets = cuedAt[r];
    if (!cueOffsets) continue;
    if (rule.kind === "new-matter" && !filing) continue;
    for (const { start, end, window: windowStart } of matchesOf(rule, cueOffsets)) {
      // Not judged when it could add nothing: a long letter tells the same crime in paragraph after paragraph, and each
      // hit's guards read its sentences afresh (at 50 KB the benchmark's crime hits' guards were an eighth of the time).
      if (rule.weight !== 1 && nothingToAdd(rule)) break;
      if (rule.writersOwn && within((quoted ??= quotedRanges(source)), start, start + 1)) continue;
      const { from, to } = sentenceAround(source, start, end);
      const before = from > 1 ? sentenceAround(source, from - 2, from - 1) : undefined;
      // The sentence with its closing mark, so a guard can tell a question ("how do I report fraud?").
      // A sentence rule read its sentence with those before it: its guards read the same window.
      const hit = { text: source, start, end, sentence: source.slice(windowStart ?? from, Math.min(to + 1, source.length)), previous: before ? source.slice(before.from, before.to) : "", staff };
      if (rule.unless?.(hit) && !reportAfterStory(rule, patternOf(rule), hit, from, to, windowStart)) continue;
      // A sentence that carries on a news story or a story being written is the story's (framing.ts), not the writer's report.
      if (FRAMED_KINDS.has(rule.kind) && storyFramed(hit, from, to)) continue;
      // A jest, a safety worry, or a lawful route with no violence or private life named: a look-alike of a threat to staff.
      if (rule.kind === "threat-to-staff" && threatLookAlike(source.slice(from, to), nextSentence(source, to), hit.previous)) continue;
      // "Your boss won't be around much longer": a third person's end foretold is a threat to them (end-foretold), not a farewell.
      if (rule.kind === "risk-to-life" && farewellOfStaff(hit, from)) continue;
      // "Wrote to you in October saying I wanted to end it all. I got help … doing better": a crisis told as over (framing.ts).
      if (rule.kind === "risk-to-life" && crisisOver(hit, from, to)) continue;
      // "Several of the carers said they feel like they're drowning": death words of people in general, no one person (framing.ts).
      if (rule.kind === "risk-to-life" && peopleInGeneral(hit, from, to)) continue;
      // A match a sentence rule carried from the sentences before the cued one ("… the man who burgled my house. I read it
      // out in court. He got two years."): whether it is dealt with or long past is read where the rule read it, not in the
      // cued sentence alone. A cued sentence that matches by itself ("Now someone has slashed my tyres") is judged alone.
      const guardFrom = windowStart !== undefined && windowStart < from && (rule.kind === "crime" || rule.kind === "safeguarding") && !matchesAlone(patternOf(rule), source.slice(from, Math.min(to + 1, source.length))) ? windowStart : from;
      // Carried so, the words came from the sentences before ("… the safeguarding awareness session on spotting financial
      // abuse of the elderly. Could you tell us whether places remain?"): the rule's guard reads them as the hit's own.
      if (guardFrom < from && rule.unless && carriedGuarded(rule, hit, guardFrom, from)) continue;
      // A crime the police or the courts already have, told for grief, a trial or a complaint about how the family was kept informed.
      if (rule.kind === "crime" && crimeBeingDealtWith(hit, guardFrom, to, guardFrom < from)) continue;
      // Guards with identity (look-alike-guards.ts): "My car was stolen on 2 August. Three months on, no update." is the wait.
      if (lookAlike(rule.kind, source, from, to, patternOf(rule))) continue;
      // Carried from the sentences before, a guard that sets the crime's words aside reads them where the rule read them ("I
      // sent the CCTV of the lads who smashed my window in June … Where has it gone?"): the question names no crime of its own.
      if (guardFrom < from && carriedLookAlike(rule.kind, source, guardFrom, to, patternOf(rule))) continue;
      // "My complaint about the burglary investigation", "his assault case": a crime named as one the reader has, not told.
      if (rule.kind === "crime" && onlyKnownCrimeNamed(patternOf(rule), source.slice(guardFrom, Math.min(to + 1, source.length)))) continue;
      // "Ten years ago my ex came at me with a knife. He served his sentence.": long resolved (dev.md), nothing to act on now.
      if ((rule.kind === "crime" || rule.kind === "safeguarding") && pastAndPutRight(hit, guardFrom, to, rule.kind)) continue;
      // Scam calls or texts the writer saw through, nothing lost, or crime as a worry or a talk: nothing reported to act on.
      if (rule.kind === "crime" && (scamWithoutLoss(source.slice(guardFrom, to), source) || crimeAsTopic(source.slice(guardFrom, to)))) continue;
      // A group's letter on a subject ("Second, stalking.", "Our members report a lot of abuse"): harm to people in general.
      if ((rule.kind === "crime" || rule.kind === "safeguarding") && groupOnATopic(hit, guardFrom, to)) continue;
      // "If someone broke into my shed, would that count as burglary?": a question about what has not happened.
      if ((rule.kind === "crime" || rule.kind === "safeguarding") && hypotheticalQuestion(source.slice(from, Math.min(to + 1, source.length)))) continue;
      // Advice to anyone ("if you are in danger, call 999"), as a signature or footer gives it, reports nothing.
      if (rule.kind !== "threat-to-staff" && rule.kind !== "new-matter" && signpost(hit)) continue;
      const closed = (rule.kind === "new-matter" || rule.kind === "crime") && !rule.evenOnClosedMatter && aboutClosedMatter(from, to);
      // A crime the closed matter already covers is not a new criminal matter (Gwent 8.0 "re-open a closed case").
      if (closed) continue;
      if (rule.id === SAID_NEW_RULE && reargued(to)) continue;
      const item = { span: span(start, end), rule: rule.id, policyRef: rule.policyRef };
      if (rule.weight === 1) {
        const seen = signs.get(rule.kind) ?? new Map<string, AlertEvidence>();
        if (!seen.has(rule.id)) seen.set(rule.id, item);
        signs.set(rule.kind, seen);
        const hitsOf = signHits.get(rule.kind) ?? new Map<string, AlertEvidence[]>();
        // Appended, not copied: a megabyte of one sign makes hits by the thousand.
        const ofRule = hitsOf.get(rule.id);
        if (ofRule) ofRule.push(item);
        else hitsOf.set(rule.id, [item]);
        signHits.set(rule.kind, hitsOf);
        continue;
      }
      add(rule.kind, item);
      if (filing && (rule.kind === "crime" || rule.kind === "safeguarding")) add("new-matter", { ...item, rule: NEW_CONCERN_RULE, policyRef: REVIEW_ALL_CONTACT });
      // Abuse that is violence, theft, sexual or exploitation is a crime as well as a safeguarding concern.
      // (Not when the crime is already with the police or the courts: the safeguarding concern stands, the crime is dealt with.)
      if (rule.kind === "safeguarding" && ABUSE_IS_CRIME.test(source.slice(start, end)) && !crimeBeingDealtWith(hit, guardFrom, to, guardFrom < from)) add("crime", { ...item, rule: ABUSE_CRIME_RULE, policyRef: REVIEW_ALL_CONTACT });
      // Someone armed at the door, or threatening to kill now, is a crime under way as well as a risk to life.
      if (DANGER_IS_CRIME.has(rule.id)) add("crime", { ...item, rule: ABUSE_CRIME_RULE, policyRef: REVIEW_ALL_CONTACT });
    }
  }
  // The classifier's own threats (Gwent 4.0): one whose words name the reader or staff ("I'll make
  // you pay", "I know you finish at half five") is a threat to staff, even where a weaker sign read
  // the same words — a sign covering the span never loses the alert. Its stalking findings naming
  // them are too, unless a sign read the same words ("I saw you at …" is stalking to both: one sign).
  // One aimed only at "him" or "her", or named only by its sentence, is a sign.
  const seen = signs.get("threat-to-staff") ?? new Map<string, AlertEvidence>();
  for (const { span, atStaff, threat } of threatFindingsAtStaff(findings, text, staff)) {
    const item = { span, rule: CLASSIFIER_THREAT_RULE, policyRef: THREATS_GWENT };
    const readBefore = [...seen.values()].some((e) => e.span.field === span.field && e.span.start < span.end && span.start < e.span.end);
    // A threat naming them always alerts; stalking naming them alerts unless a sign read the same words (it is that sign).
    if (atStaff && (threat || !readBefore)) add("threat-to-staff", item);
    else if (!readBefore && !seen.has(CLASSIFIER_THREAT_RULE)) {
      signs.set("threat-to-staff", seen.set(CLASSIFIER_THREAT_RULE, item));
      const hitsOf = signHits.get("threat-to-staff") ?? new Map<string, AlertEvidence[]>();
      signHits.set("threat-to-staff", hitsOf.set(CLASSIFIER_THREAT_RULE, [item]));
    }
  }
  for (const [kind, seen] of signs) if (distinctSigns(signHits.get(kind)!) >= 2 || evidence.get(kind)?.length) for (const item of seen.values()) add(kind, item);
  // A lone sign held back for want of a second: `heldBack` (given by the classifier) lets the learned scorer be that second (scorer/join.ts).
  if (heldBack) for (const [kind, seen] of signs) if (!evidence.get(kind)?.length) heldBack.set(kind, [...seen.values()]);

  const guidance = options.alertGuidance ?? defaultAlertGuidance;
  return ALERT_KINDS.flatMap((kind) => {
    const found = evidence.get(kind);
    return found?.length ? [{ kind, rules: [...rulesFound.get(kind)!], evidence: found, guidance: guidance(kind) }] : [];
  });
}

/**
 * How many signs read different words: two rules reading the same words ("I know she has kids",
 * a sentence one rule reads whole) are one sign, not the two an alert needs.
 */
function distinctSigns(byRule: ReadonlyMap<string, readonly AlertEvidence[]>): number {
  const counted: AlertEvidence[] = [];
  const overlaps = (a: AlertEvidence, b: AlertEvidence) => a.span.field === b.span.field && a.span.start < b.span.end && b.span.start < a.span.end;
  // One per rule, each on words no sign counted so far read (greedy: signs are few).
  for (const hits of byRule.values()) {
    const fresh = hits.find((item) => !counted.some((e) => overlaps(e, item)));
    if (fresh) counted.push(fresh);
  }
  return counted.length;
}

/**
 * Words the classifier read as a threat or stalking that are an invitation or a place in the organisation ("I know where
 * you work - I'm coming to the drop-in"), a process watched ("keeping an eye on the website for the minutes"), or a lawful
 * route ("you'll be sorry when the ombudsman sees the paperwork"; a bare "Mark my words." after it): issue 10 look-alikes.
 */
function notAThreatToStaff(original: string, subjectLength: number, from: number, to: number): boolean {
  const sentence = original.slice(from, to).toLowerCase();
  const previous = from >= 2 ? sentenceAround(original, from - 2, from - 1) : undefined;
  if (threatLookAlike(sentence, nextSentence(original, to).toLowerCase(), previous ? original.slice(previous.from, previous.to).toLowerCase() : "")) return true;
  const says = (text: string) => INVITED.test(text) || ORG_PLACE.test(text) || WATCHING_A_PROCESS.test(text);
  if (says(sentence)) return true;
  // A subject line ("I know where you work", "Keeping an eye") is explained by the body's first words.
  const after = original.slice(to, to + 150).toLowerCase().replace(/\n/g, " ");
  if (from < subjectLength && says(after)) return true;
  // An ambiguous tag ("Mark my words.", "You'll be sorry") is a lawful warning beside a lawful route.
  if (!AMBIGUOUS_TAG.test(sentence.trim())) return false;
  const before = from >= 2 ? sentenceAround(original, from - 2, from - 1) : undefined;
  return LAWFUL_NEARBY.test(after) || (before !== undefined && LAWFUL_NEARBY.test(original.slice(before.from, before.to).toLowerCase()));
}

/** The sentence after the one ending at `to`, or its first 60 characters' worth of sentences ("" at the end of the text). */
function nextSentence(text: string, to: number): string {
  if (to + 2 > text.length) return "";
  const next = sentenceAround(text, to + 1, to + 2);
  // Two short sentences read as one ("lol jokes. unless??"): at least 60 characters.
  return text.slice(next.from, Math.max(next.to, Math.min(text.length, next.from + 60)));
}

/** The first token starting at or after `offset` (binary search over token starts). */
function firstTokenAt(tokens: Tokens, offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens.start(mid) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The reader, staff, or what is theirs: "you", "your caseworker", "your office". */
const AT_STAFF = /\b(?:you|u|your|ur|yours|yourself|yourselves|caseworker|case worker|staff|chief executive|commissioner|colleagues?)\b/i;
/** Contact through the office's own channels: calls, emails, letters, posts. */
const CONTACT_ONLY = /\b(?:ring|rings|ringing|rang|rung|call|calls|calling|called|phone|phones|phoned|phoning|email|emails|emailed|emailing|addresses|inbox|write|writes|writing|wrote|written|letters?|post|posting|posted|message|messages|messaged|texts?|texted|numbers?|lines?|times)\b/i;
/** What reaches past those channels to the person: home, family, car, following, waiting. */
const PAST_THE_OFFICE = /\b(?:home|house|address|family|wife|husband|partner|kids|children|daughter|son|mum|dad|car|follow\w*|wait\w*|outside|find (?:you|her|him)|where (?:you|she|he) (?:live|lives)|personal|mobile)\b/i;
/**
 * The classifier's rules that find abuse of staff by how it is aimed (rules/office.ts: a member of staff watched, waited for,
 * tracked, their family or home known, menace left unsaid): whoever they name is staff, whatever their name.
 */
const STAFF_AIMED_RULES: ReadonlySet<string> = new Set(["veiled-threat-to-staff", "knows-private-life", "staff-family-watched", "staff-whereabouts-known", "menace-unsaid", "waiting-for-staff", "staff-tracked-online"]);
/** One person, unnamed: "smash his face in" — staff when the sentence is about the office, not an offender. */
const ONE_PERSON = /\b(?:him|her|his|them|their|whoever)\b/i;

/**
 * The classifier's threats and stalking (Gwent 4.0; Warwickshire 3.1) aimed at the reader or
 * the office's staff: the threat's words, or its sentence, name "you", "your office" or staff (by role, or by
 * the names the office gives: `staffNames`);
 * or they name one person ("his face") in a sentence that is not about an offender the writer
 * reports. Threats at a group ("<people> should be shot") are abusive, and a finding, but not
 * a threat to staff. Reported threats never reach here: the classifier drops reported speech.
 */
function threatFindingsAtStaff(findings: readonly Finding[], text: AlertText, staff: StaffNames): Array<{ span: TextSpan; atStaff: boolean; threat: boolean }> {
  const named = staffNamedIn(staff);
  const found: Array<{ span: TextSpan; atStaff: boolean; threat: boolean }> = [];
  for (const finding of findings) {
    if (finding.category !== "abusive" || (finding.subType !== "threat" && finding.subType !== "harassment")) continue;
    for (const e of finding.evidence) {
      if (e.kind !== "text") continue;
      const at = e.span.field === "subject" ? e.span.start : text.subjectLength + 1 + e.span.start;
      const { from, to } = sentenceAround(text.original, at, at + e.span.text.length);
      const sentence = text.original.slice(from, to);
      if (notAThreatToStaff(text.original, text.subjectLength, from, to)) continue;
      // Its own words name the reader or staff.
      // Found by a rule that only finds abuse of staff: whoever it names is staff.
      const staffRule = finding.rules.some((rule) => STAFF_AIMED_RULES.has(rule));
      const atStaff = staffRule || AT_STAFF.test(e.span.text) || named.test(e.span.text);
      const aimed = atStaff || (ONE_PERSON.test(e.span.text) && !OFFENDER_CONTEXT.test(sentence) && !WITNESSED.test(sentence)) || AT_STAFF.test(sentence) || named.test(sentence);
      // Contacting the office over and over ("I'll ring every number every hour") is persistence and harassment, not a threat to staff:
      // only a stalking finding that reaches past the office's channels is one.
      if (finding.subType === "harassment" && CONTACT_ONLY.test(e.span.text) && !PAST_THE_OFFICE.test(sentence)) continue;
      if (aimed) found.push({ span: e.span, atStaff, threat: finding.subType === "threat" });
    }
  }
  return found;
}
