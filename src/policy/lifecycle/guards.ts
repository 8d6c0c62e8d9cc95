import { CATEGORY_IDS, SUB_TYPES, type CategoryId } from "../categories";
import type { CriterionNote } from "../decision";
import type { PolicyPack } from "../packs/schema";
import { restrictionProblem, type Restriction } from "../restrictions";
import type { Actor, ContactStrategy, IsoDate, IsoInstant, Refusal } from "../strategy";
import { addMonths, dateOf, isIsoDate } from "./dates";
import { emptyNote, MIN_NOTE_LETTERS } from "../note-says";
import { refuse } from "./refusal";
import { fold } from "../text/normalise";

/**
 * The guards on restricting contact. Each returns a refusal naming the unmet condition,
 * or undefined when the condition holds. Sources come from the pack, so each office's
 * refusal cites its own policy.
 */

/** Gwent 7.0 / Warwickshire 7: "can only be authorised by" the pack's authoriser. */
export function mustBeAuthoriser(actor: Actor, pack: PolicyPack, doing: string): Refusal | undefined {
  if (actor.roles.includes(pack.authoriser.role)) return undefined;
  return refuse(
    "notAuthoriser",
    `Only the ${pack.authoriser.title} can ${doing}; ${actor.displayName} does not hold that role.`,
    pack.authoriser.source,
  );
}

/**
 * Four-eyes: the person who proposed a restriction cannot authorise it. The policies make
 * authorising a separate "careful consideration" by a senior officer (Gwent 7.0,
 * Warwickshire 7); a proposer approving their own proposal would defeat that.
 */
export function mustNotBeProposer(actor: Actor, strategy: ContactStrategy, pack: PolicyPack): Refusal | undefined {
  if (!strategy.proposedBy || strategy.proposedBy.toLowerCase() !== actor.upn.toLowerCase()) return undefined;
  return refuse("ownProposal", "You proposed this strategy, so someone else must approve it.", pack.authoriser.source);
}

/** Gwent 7.0 (four criteria) / Warwickshire 7 (five): all must be confirmed before any action. */
export function mustConfirmAllCriteria(confirmed: string[], pack: PolicyPack): Refusal | undefined {
  const missing = pack.criteria.filter((c) => !confirmed.includes(c.id));
  if (missing.length === 0) return undefined;
  const first = missing[0]!;
  return refuse(
    "criteriaUnconfirmed",
    `Confirm every criterion before approving. Not yet confirmed: ${missing.map((c) => `“${c.label}”`).join("; ")}.`,
    first.source,
  );
}

/**
 * Gwent 7.0 "careful consideration"; Warwickshire 7 "The decision to restrict contact must be
 * recorded ... with the reasons for doing so clearly articulated": each criterion confirmed
 * carries a note saying what shows it is met.
 */
export function mustNoteEachCriterion(confirmed: readonly string[], notes: readonly CriterionNote[], pack: PolicyPack): Refusal | undefined {
  const bare = pack.criteria.filter((c) => confirmed.includes(c.id) && emptyNote(notes.find((n) => n.id === c.id)?.note ?? "", c.label) !== undefined);
  if (bare.length === 0) return undefined;
  return refuse(
    "criterionNoteMissing",
    `Say what shows each criterion is met, in your own words (at least ${MIN_NOTE_LETTERS} letters; “ok” or the criterion said back is not a note). No note that says so for: ${bare.map((c) => `“${c.label}”`).join("; ")}.`,
    pack.recordKeeping.source,
  );
}

/**
 * A note's words as compared with another's, as a reader sees them (T8 #4): NFKC, then the classifier's folding (what a
 * reader does not see dropped — zero-width and format characters, soft hyphens, accents — and look-alike letters such
 * as a Cyrillic "е" read plainly; text/normalise.ts `fold`), lower case; digits, punctuation and single letters (list
 * numbering, "Criterion A:", "1.") dropped; the set of words, so order does not count.
 */
function noteWords(note: string): Set<string> {
  const words = fold(note.normalize("NFKC")).text.replace(/[^\p{L}]+/gu, " ").split(" ");
  return new Set(words.filter((w) => w.length > 1));
}

/** At most one letter added, dropped or changed ("proposal", "proposalx", "proposaly"). */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  let j = 0;
  while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j += 1;
  return a.length - i - j <= 1 && b.length - i - j <= 1;
}

/**
 * Two notes that say the same: the same words, or (when they share at least three) all the same but one, which differs
 * by one letter ("…the proposalx" and "…the proposaly" are one note made to look like two).
 */
function sameNote(a: Set<string>, b: Set<string>): boolean {
  const onlyA = [...a].filter((w) => !b.has(w));
  const onlyB = [...b].filter((w) => !a.has(w));
  if (onlyA.length === 0 && onlyB.length === 0) return a.size > 0;
  const shared = a.size - onlyA.length;
  return shared >= 3 && onlyA.length === 1 && onlyB.length === 1 && oneEditApart(onlyA[0]!, onlyB[0]!);
}

/**
 * Each criterion is its own question (Warwickshire 7: "careful consideration of the circumstances … namely that" five
 * different things hold), so one note pasted under several says nothing about any of them (tester T7 #3: "reviewed the
 * file and agree" was accepted for all five; T8 #4: the same with invisible characters, look-alike letters, numbering,
 * a letter added or the words reordered). Refused naming the criteria that share a note.
 */
export function mustNoteEachDifferently(confirmed: readonly string[], notes: readonly CriterionNote[], pack: PolicyPack): Refusal | undefined {
  const groups: { words: Set<string>; labels: string[] }[] = [];
  for (const c of pack.criteria) {
    if (!confirmed.includes(c.id)) continue;
    const words = noteWords(notes.find((n) => n.id === c.id)?.note ?? "");
    if (words.size === 0) continue;
    const group = groups.find((g) => sameNote(g.words, words));
    if (group) group.labels.push(c.label);
    else groups.push({ words, labels: [c.label] });
  }
  const shared = groups.map((g) => g.labels).filter((labels) => labels.length > 1);
  if (shared.length === 0) return undefined;
  return refuse(
    "criterionNoteRepeated",
    `Each criterion needs its own note, saying what shows that one is met: the same note was given for ${shared.map((labels) => labels.map((l) => `“${l}”`).join(" and ")).join("; and for ")}.`,
    pack.recordKeeping.source,
  );
}

/** Warwickshire 7 "reasons … clearly articulated": an approval's rationale must say why, not "ok". */
export function mustExplainApproval(why: string, pack: PolicyPack): Refusal | undefined {
  if (emptyNote(why, "approve approved approval rationale reason") === undefined) return undefined;
  return refuse(
    "reasonMissing",
    `Give the rationale for approving in your own words (at least ${MIN_NOTE_LETTERS} letters): why restricting contact is right for this person now. “ok” says nothing a reviewer could check.`,
    pack.recordKeeping.source,
  );
}

/**
 * Everything that stops a proposal, all at once, in the order the form asks for it — so a
 * caseworker sees every problem on the first Submit, not one at a time. The lifecycle refuses
 * with the first. A proposal with no written warning and no exception is refused here: the
 * approval would be refused for it (Warwickshire 6, Gwent 7.0), so it stays a draft until the
 * warning is given.
 */
export function proposalProblems(strategy: ContactStrategy, pack: PolicyPack): Refusal[] {
  const problems: Array<Refusal | undefined> = [
    strategy.addresses.length === 0 ? refuse("nothingToPropose", "Give the person's address.", pack.strategyContents.source) : undefined,
    strategy.categories.length === 0 ? refuse("nothingToPropose", "Tick the behaviour categories the strategy answers.", pack.strategyContents.source) : undefined,
    mustBeWarnedOrExcepted(strategy, pack),
    strategy.restrictions.length === 0 ? refuse("nothingToPropose", "Choose at least one restriction.", pack.strategyContents.source) : undefined,
    ...strategy.restrictions.map((r) => mustHaveCompleteRestrictions([r], pack)),
    mustLeaveAChannel(strategy.allowedChannels, pack),
  ];
  return problems.filter((p): p is Refusal => p !== undefined);
}

/** A proposal says a written warning was given, or that the pack's exception applies; "none yet" is a draft. */
function mustBeWarnedOrExcepted(strategy: ContactStrategy, pack: PolicyPack): Refusal | undefined {
  if (!pack.priorWarning.required || strategy.priorWarning.kind !== "none") return undefined;
  const exception = pack.priorWarning.exception;
  return refuse(
    "noPriorWarning",
    `No written warning is recorded, and the policy asks for one before contact is restricted. Give a written warning first and record its date${exception ? `, or record why the exception applies (${exception.when})` : ""}. Until then, save this as a draft.`,
    pack.priorWarning.source,
  );
}

/** Warwickshire 7 / Gwent 8.0: a strategy sets out its restrictions; one staff cannot follow is not set out. */
export function mustHaveCompleteRestrictions(restrictions: readonly Restriction[], pack: PolicyPack): Refusal | undefined {
  for (const r of restrictions) {
    const problem = restrictionProblem(r);
    const option = pack.restrictionOptions.find((o) => o.kind === r.kind);
    if (problem) return refuse("restrictionIncomplete", `${option?.label ?? r.kind}: ${problem}`, option?.source ?? pack.strategyContents.source);
  }
  return undefined;
}

/** Warwickshire 7: "A review date should also be agreed"; the pack caps how far ahead. */
export function mustHaveReviewDate(reviewDate: IsoDate | undefined, at: IsoInstant, pack: PolicyPack): Refusal | undefined {
  if (!reviewDate || !isIsoDate(reviewDate)) {
    return refuse("reviewDateInvalid", "Agree a review date (YYYY-MM-DD) when restricting contact.", pack.review.source);
  }
  const today = dateOf(at);
  if (reviewDate <= today) {
    return refuse("reviewDatePast", `The review date ${reviewDate} must be after today (${today}).`, pack.review.source);
  }
  const latest = addMonths(today, pack.review.maximumMonths);
  if (reviewDate > latest) {
    return refuse(
      "reviewDateTooFar",
      `The review date ${reviewDate} is more than ${pack.review.maximumMonths} months away; the latest allowed is ${latest}.`,
      pack.review.source,
    );
  }
  return undefined;
}

/**
 * Equality Act 2010 duty (Warwickshire 5 and 7, fifth criterion; Gwent 7.0, fourth criterion):
 * the adjustments must be recorded as considered, and what was considered written down.
 */
export function mustHaveConsideredAdjustments(strategy: ContactStrategy, pack: PolicyPack): Refusal | undefined {
  const { considered, notes } = strategy.reasonableAdjustments;
  const source = pack.reasonableAdjustments.source;
  if (!considered) {
    return refuse(
      "adjustmentsNotConsidered",
      "Record the reasonable adjustments considered (Equality Act 2010) before approving.",
      source,
    );
  }
  if (notes.trim() === "") {
    return refuse(
      "adjustmentsNoteMissing",
      "Say which reasonable adjustments were considered (Equality Act 2010); a tick with no note is not a record.",
      source,
    );
  }
  return undefined;
}

/** The canonical category a canonical sub-type belongs to. */
function categoryOf(subType: string): CategoryId | undefined {
  return CATEGORY_IDS.find((category) => (SUB_TYPES[category] as readonly string[]).includes(subType));
}

/** The pack's own words for a sub-type ("Threats or harm to people or property"). */
function subTypeLabel(pack: PolicyPack, subType: string): string {
  for (const category of pack.categories) {
    const found = category.subTypes.find((s) => s.id === subType);
    if (found) return found.label;
  }
  return subType;
}

/**
 * Gwent 7.0 "advised in writing that their behaviour is considered to be unacceptable";
 * Warwickshire 6 written warning — unless the pack's exception applies (Warwickshire 6/7:
 * violence used or threatened, "we may not give ... prior warning"). The exception is not
 * the caller's word: the strategy must record a behaviour the exception names (e.g. a
 * threat, within the abusive category), and a note must say why it applies. `warningsOnRecord`
 * are the dates of warning letters recorded as sent to any of the person's addresses.
 */
export function mustHaveWarnedFirst(strategy: ContactStrategy, pack: PolicyPack, warningsOnRecord: readonly IsoDate[] = []): Refusal | undefined {
  const warning = strategy.priorWarning;
  if (!pack.priorWarning.required || warning.kind === "given") return undefined;
  // A written warning sent from the add-in and recorded against the person's address counts,
  // though the strategy's own field was never filled in (src/policy/letters/record warningsSent).
  if (warningsOnRecord.length > 0) return undefined;
  const exception = pack.priorWarning.exception;
  if (warning.kind === "none") {
    return refuse(
      "noPriorWarning",
      exception ? `Give a written warning first, or record why the exception applies (${exception.when}).` : "Give a written warning first.",
      pack.priorWarning.source,
    );
  }
  if (!exception) {
    return refuse(
      "exceptionNotAllowed",
      `${pack.office.shortName}'s policy has no exception to the written warning; give one first.`,
      pack.priorWarning.source,
    );
  }
  const qualifying = (strategy.subTypes ?? []).filter((subType) => {
    const category = categoryOf(subType);
    return exception.subTypes.includes(subType) && category !== undefined && strategy.categories.includes(category);
  });
  if (qualifying.length === 0) {
    return refuse(
      "exceptionNotEvidenced",
      `The exception to the written warning applies only to ${exception.when}. Record the behaviour on the strategy ` +
        `(${exception.subTypes.map((s) => `“${subTypeLabel(pack, s)}”`).join(" or ")}), or give a written warning first.`,
      exception.source,
    );
  }
  if (warning.note.trim() === "") {
    return refuse(
      "exceptionNoteMissing",
      `Explain why no written warning was given (${exception.when}); the note goes on the record.`,
      exception.source,
    );
  }
  return undefined;
}

/** Warwickshire 7.2 / Gwent 8.0: the person must never be "left unsure" how they may still make contact. */
export function mustLeaveAChannel(channels: readonly string[], pack: PolicyPack): Refusal | undefined {
  if (channels.length > 0) return undefined;
  return refuse(
    "noAllowedChannel",
    "Say how the person may still contact the office: choose at least one channel.",
    pack.furtherContact.source,
  );
}
