import { longDate } from "../calendar";
import type { ContactRecord } from "../contact";
import { isInForce } from "../lifecycle/transition";
import { cite } from "../packs/cite";
import type { LetterTemplate } from "../packs/letter-schema";
import type { PolicyPack } from "../packs/schema";
import { STATUS_WORDS, type ContactStrategy, type IsoDate } from "../strategy";
import { howToContact, restrictionSentence } from "./arrangements";
import { behaviourOf, contactLines, type Behaviour } from "./behaviour";
import { MERGE_FIELDS, pieces, fieldsIn, type MergeFieldName, type MergeValues } from "./fields";
import { inert, MAX_VALUE_CHARS } from "./inert";
import { KIND_WORDS, type LetterVariant } from "./kinds";
import type { Letter, LetterBlockOut, LetterProblem, LetterResult } from "./letter";

/** What a letter reads of a strategy: an approved snapshot can stand in for the whole record. */
export type StrategyForLetter = Pick<
  ContactStrategy,
  "id" | "person" | "addresses" | "status" | "categories" | "subTypes" | "reasons" | "restrictions" | "allowedChannels" | "singlePointOfContact" | "priorWarning" | "reviewDate" | "approvedAt" | "disputes" | "history"
>;

/** A person the office writes to without a strategy (a warning, a signposting letter). */
export interface LetterPerson {
  /** As the office holds it, or the display name on their mail: hostile until made inert. */
  name?: string;
  /** Normalised address the letter goes to. */
  address?: string;
  reference?: string;
}

/** The recorded contacts a warning is about (the ContactLog: categories a caseworker confirmed). */
export type RecordedContact = Pick<ContactRecord, "receivedAt" | "subject" | "categories" | "evidence" | "outcome" | "subTypes">;

export type LetterRequest =
  | { kind: "warning"; person: LetterPerson; contacts: readonly RecordedContact[] }
  | { kind: "restriction"; strategy: StrategyForLetter }
  | { kind: "breach"; strategy: StrategyForLetter; breachOn?: IsoDate }
  | { kind: "reviewOutcome"; strategy: StrategyForLetter }
  | { kind: "disputeOutcome"; strategy: StrategyForLetter }
  | { kind: "signposting"; person: LetterPerson; signpost?: string };

export interface LetterContext {
  /** The letter's date (the caller's clock: src/policy reads none). */
  date: IsoDate;
  /** Display name of the member of staff preparing it, for letters they sign. */
  preparedBy?: string;
}

/**
 * A letter from the office's template, its pack and the facts on record: the model both
 * renderers draw. Refuses — naming each element that cannot be given and the paragraph that
 * requires it — rather than produce a letter missing something the policy says it must say.
 */
export function composeLetter(pack: PolicyPack, request: LetterRequest, context: LetterContext): LetterResult {
  const letters = pack.letters;
  if (!letters) return refused({ message: `The ${pack.office.shortName} policy pack has no letter templates.` });
  const template = letters.templates.find((t) => t.kind === request.kind);
  if (!template) return refused({ message: `The ${pack.office.shortName} policy pack has no template for a ${KIND_WORDS[request.kind]}.` });
  const facts = factsFor(pack, request);
  if ("problem" in facts) return refused(facts.problem);
  const { values, variant, behaviour, person } = facts;
  values.officeName = pack.office.name;
  values.date = context.date;
  values.policyTitle = pack.policyDocument.title;

  const problems: LetterProblem[] = [];
  const blocks: LetterBlockOut[] = [];
  for (const block of template.blocks) {
    if (block.when?.variants && (!variant || !block.when.variants.includes(variant))) continue;
    if (block.when?.categories && !block.when.categories.some((c) => behaviour.categories.includes(c))) continue;
    const missing = [...fieldsIn(block.text), ...(block.needs ?? [])].filter((name) => !hasValue(values, name as MergeFieldName)) as MergeFieldName[];
    if (missing.length) {
      for (const id of block.carries ?? []) problems.push(missingElement(pack, id, missing));
      continue;
    }
    blocks.push(render(block.text, values, block.carries ?? []));
  }
  const subject = render(template.subject, values, []);
  if (problems.length) return { ok: false, problems: unique(problems) };

  const elements = [...new Set(blocks.flatMap((b) => b.carries))];
  const encloses = pack.letterElements.some((e) => e.encloses === "policy" && elements.includes(e.id));
  const { copy } = pack.policyDocument;
  const letter: Letter = {
    kind: request.kind,
    ...(variant ? { variant } : {}),
    packId: pack.id,
    packVersion: pack.version,
    letterhead: letterheadOf(letters.letterhead),
    date: context.date,
    dateText: longDate(context.date),
    recipient: { name: person.name ?? "", ...(person.address ? { address: person.address } : {}) },
    ...(values.reference ? { reference: values.reference } : {}),
    subject: subject.type === "paragraph" ? subject.text : template.subject,
    salutation: `Dear ${person.name || letters.salutationWithoutName}`,
    blocks,
    closing: letters.closing,
    signature: signature(pack, template, context),
    enclosures: encloses ? [{ title: pack.policyDocument.title, url: pack.policyDocument.url, ...(copy ? { copy: { ...copy } } : {}) }] : [],
    elements,
  };
  return { ok: true, letter };
}

interface Facts {
  values: MergeValues;
  variant?: LetterVariant;
  behaviour: Behaviour;
  person: { name?: string; address?: string };
}

/** The facts on record for this kind of letter, or why there are none to write from. */
function factsFor(pack: PolicyPack, request: LetterRequest): Facts | { problem: LetterProblem } {
  if (request.kind === "warning" || request.kind === "signposting") {
    const person = personOf(request.person);
    const values: MergeValues = { ...(person.reference ? { reference: person.reference } : {}) };
    if (request.kind === "warning") {
      const behaviour = behaviourOf(pack, request.contacts);
      values.behaviour = behaviour.items;
      values.advice = behaviour.advice;
      values.contacts = contactLines(request.contacts);
      values.responseDays = `${pack.responseTimes.workingDays} working days`;
      return { values, behaviour, person };
    }
    const signposts = pack.letters?.signposts ?? [];
    const signpost = request.signpost ? signposts.find((s) => s.id === request.signpost) : signposts[0];
    if (!signpost) {
      return { problem: { message: `No signpost "${request.signpost ?? ""}" in the ${pack.office.shortName} pack; known: ${signposts.map((s) => s.id).join(", ") || "none"}.` } };
    }
    values.signpostMatter = signpost.matter;
    values.signpostWhere = signpost.where;
    return { values, behaviour: { categories: [], items: [], advice: [] }, person };
  }
  const strategy = request.strategy;
  const behaviour = behaviourOf(pack, [{ categories: strategy.categories, subTypes: strategy.subTypes ?? [] }]);
  const values: MergeValues = {
    reasons: inert(strategy.reasons),
    behaviour: behaviour.items,
    restrictions: strategy.restrictions.map((r) => inert(restrictionSentence(r))),
    startedOn: strategy.approvedAt?.slice(0, 10),
    reviewDate: strategy.reviewDate,
    warningDate: strategy.priorWarning.kind === "given" ? strategy.priorWarning.on : undefined,
    disputeTo: pack.disputeTo?.title,
    responseDays: `${pack.responseTimes.workingDays} working days`,
    reference: strategy.person.reference ? inert(strategy.person.reference, MAX_VALUE_CHARS.line) : undefined,
  };
  const letterhead = pack.letters?.letterhead;
  const postal = letterhead?.postalAddress?.length ? [letterhead.lines[0], ...letterhead.postalAddress].join(", ") : undefined;
  const contact = howToContact(strategy, postal ? { postal } : {});
  if (contact) values.howToContact = inert(contact);
  const person = { name: inert(strategy.person.displayName, MAX_VALUE_CHARS.name), address: strategy.addresses.find((a) => a.includes("@")) };
  const facts = { values, behaviour, person };
  switch (request.kind) {
    case "restriction":
    case "breach":
      if (!isInForce(strategy)) {
        return {
          problem: {
            message: `This strategy is ${STATUS_WORDS[strategy.status]}: a ${KIND_WORDS[request.kind]} goes only with a strategy in force, approved by the ${pack.authoriser.title}.`,
            policyRef: cite(pack.authoriser.source),
          },
        };
      }
      if (request.kind === "breach" && request.breachOn) values.breachDate = request.breachOn;
      return facts;
    case "reviewOutcome": {
      const review = strategy.history.filter((e) => e.type === "continue" || e.type === "alter" || e.type === "end").at(-1);
      if (!review) return { problem: { message: "No review decision (continue, alter or end) is recorded on this strategy.", policyRef: cite(pack.review.source) } };
      values.outcomeReason = inert(review.why);
      const variant = review.type === "continue" ? "continued" : review.type === "alter" ? "altered" : "ended";
      return { ...facts, variant };
    }
    case "disputeOutcome": {
      const decided = strategy.disputes.filter((d) => d.outcome).at(-1);
      if (!decided?.outcome) return { problem: { message: "No dispute outcome is recorded on this strategy.", policyRef: cite(pack.disputeTo?.source ?? pack.review.source) } };
      values.outcomeReason = inert(decided.outcome.rationale);
      values.disputeRaisedOn = decided.raisedOn;
      return { ...facts, variant: decided.outcome.result === "upheld" ? "upheld" : "changed" };
    }
  }
}

/** The letterhead the renderers draw: the office's name, then its postal address where the pack or config gives one. */
function letterheadOf({ postalAddress, lines, ...rest }: NonNullable<PolicyPack["letters"]>["letterhead"]): Letter["letterhead"] {
  return { ...rest, lines: [...lines, ...(postalAddress ?? [])] };
}

function personOf(person: LetterPerson): { name?: string; address?: string; reference?: string } {
  const name = person.name ? inert(person.name, MAX_VALUE_CHARS.name) : "";
  return {
    ...(name ? { name } : {}),
    ...(person.address ? { address: inert(person.address, MAX_VALUE_CHARS.line) } : {}),
    ...(person.reference ? { reference: inert(person.reference, MAX_VALUE_CHARS.line) } : {}),
  };
}

function hasValue(values: MergeValues, name: MergeFieldName): boolean {
  const value = values[name];
  return value !== undefined && value.length > 0;
}

/** A paragraph with its fields filled in one pass; a paragraph that is one list field becomes the list. */
function render(text: string, values: MergeValues, carries: string[]): LetterBlockOut {
  const parts = pieces(text);
  const only = parts.length === 1 && "field" in parts[0]! ? (parts[0].field as MergeFieldName) : undefined;
  if (only && MERGE_FIELDS[only].type === "list") return { type: "list", items: [...(values[only] as readonly string[])], carries };
  const filled = parts.map((p) => {
    if ("literal" in p) return p.literal;
    const name = p.field as MergeFieldName;
    const value = values[name] as string | undefined;
    if (value === undefined) return "";
    return MERGE_FIELDS[name].type === "date" ? longDate(value) : value;
  });
  return { type: "paragraph", text: filled.join(""), carries };
}

function missingElement(pack: PolicyPack, id: string, missing: MergeFieldName[]): LetterProblem {
  const element = pack.letterElements.find((e) => e.id === id);
  const what = missing.map((name) => MERGE_FIELDS[name].words).join(" and ");
  return {
    element: id,
    message: `“${element?.label ?? id}” cannot be given: ${what} ${missing.length > 1 ? "are" : "is"} not on record.`,
    ...(element ? { policyRef: cite(element.source) } : {}),
  };
}

function signature(pack: PolicyPack, template: LetterTemplate, context: LetterContext): string[] {
  const office = pack.office.name;
  switch (template.signedBy) {
    case "authoriser":
      return [pack.authoriser.title, office];
    case "disputeTo":
      return [pack.disputeTo?.title ?? pack.authoriser.title, office];
    case "preparer":
      return context.preparedBy ? [inert(context.preparedBy, MAX_VALUE_CHARS.name), office] : [office];
  }
}

function refused(problem: LetterProblem): LetterResult {
  return { ok: false, problems: [problem] };
}

function unique(problems: LetterProblem[]): LetterProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => !seen.has(p.message) && Boolean(seen.add(p.message)));
}

