import { cite } from "../packs/cite";
import type { LetterTemplate, Letters } from "../packs/letter-schema";
import type { SourceRef } from "../packs/schema";
import { fieldsIn, isMergeField, MERGE_FIELDS, strayBraces } from "./fields";
import { KIND_WORDS, VARIANTS_OF, type LetterKind, type LetterVariant } from "./kinds";

/** What the template check needs of a pack (the schema calls it before the pack is typed). */
export interface TemplatedPack {
  letterElements: ReadonlyArray<{ id: string; label: string; letters: readonly string[]; variants?: readonly string[] | undefined; source: SourceRef }>;
  disputeTo?: unknown;
  letters?: Letters | undefined;
}

export interface TemplateProblem {
  /** Where in the pack, as a path ("letters", "templates", 2, "blocks", 4, "text"). */
  path: Array<string | number>;
  message: string;
  /** The letter element the problem is about, when it is one. */
  element?: string;
}

/** The elements a kind of letter must carry in one of its forms (Warwickshire 7's list for a strategy letter). */
export function requiredElements<P extends TemplatedPack>(pack: P, kind: LetterKind, variant?: LetterVariant): P["letterElements"] {
  return pack.letterElements.filter((e) => e.letters.includes(kind) && (!e.variants || !variant || e.variants.includes(variant)));
}

/** Paragraphs present in every letter of this form: not limited to other outcomes, nor to some behaviours. */
function alwaysPresent(template: LetterTemplate, variant: LetterVariant | undefined) {
  return template.blocks.filter((b) => !b.when?.categories && (!b.when?.variants || (variant !== undefined && b.when.variants.includes(variant))));
}

/**
 * Every problem with a pack's letter templates, each naming what is wrong: a required element
 * no paragraph carries (named, with the paragraph that requires it), an unknown merge field,
 * a field the kind of letter has no value for, a list inside a sentence, braces left over.
 * Run when a pack loads, so a broken template never produces a letter.
 */
export function templateProblems(pack: TemplatedPack): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const letters = pack.letters;
  if (!letters) return problems;
  const ids = new Set(pack.letterElements.map((e) => e.id));
  const seen = new Set<LetterKind>();
  letters.templates.forEach((template, t) => {
    const at = (...rest: Array<string | number>) => ["letters", "templates", t, ...rest];
    const kind = template.kind;
    if (seen.has(kind)) problems.push({ path: at("kind"), message: `A second template for the ${KIND_WORDS[kind]}; each kind has one.` });
    seen.add(kind);
    if (template.signedBy === "disputeTo" && !pack.disputeTo) {
      problems.push({ path: at("signedBy"), message: "Signed by whoever hears disputes, but the pack names no one (disputeTo)." });
    }
    problems.push(...textProblems(template.subject, kind, at("subject"), false));
    template.blocks.forEach((block, b) => {
      problems.push(...textProblems(block.text, kind, at("blocks", b, "text"), true));
      for (const id of block.carries ?? []) {
        if (!ids.has(id)) problems.push({ path: at("blocks", b, "carries"), message: `Carries "${id}", which is not one of the pack's letter elements.` });
      }
      for (const name of block.needs ?? []) {
        if (!isMergeField(name)) problems.push({ path: at("blocks", b, "needs"), message: `Needs "${name}", which is not a merge field.` });
      }
      const variants = block.when?.variants ?? [];
      const wrong = variants.filter((v) => !VARIANTS_OF[kind].includes(v));
      if (wrong.length) problems.push({ path: at("blocks", b, "when", "variants"), message: `The ${KIND_WORDS[kind]} has no outcome ${wrong.join(", ")}.` });
    });
    const forms: Array<LetterVariant | undefined> = VARIANTS_OF[kind].length ? [...VARIANTS_OF[kind]] : [undefined];
    for (const variant of forms) {
      const carried = new Set(alwaysPresent(template, variant).flatMap((b) => b.carries ?? []));
      for (const element of requiredElements(pack, kind, variant)) {
        if (carried.has(element.id)) continue;
        problems.push({
          path: at("blocks"),
          element: element.id,
          message: `The ${KIND_WORDS[kind]}${variant ? ` (${variant})` : ""} has no paragraph carrying “${element.label}”, which ${cite(element.source)} requires.`,
        });
      }
    }
    if (kind === "signposting" && letters.signposts.length === 0) {
      problems.push({ path: ["letters", "signposts"], message: "A signposting letter needs at least one signpost (where to send a matter instead)." });
    }
  });
  return problems;
}

function textProblems(text: string, kind: LetterKind, path: Array<string | number>, listsAllowed: boolean): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  if (strayBraces(text)) problems.push({ path, message: `Unmatched braces in “${text}”: a merge field is written {{name}}.` });
  for (const name of fieldsIn(text)) {
    if (!isMergeField(name)) {
      problems.push({ path, message: `Unknown merge field {{${name}}}; known fields: ${Object.keys(MERGE_FIELDS).join(", ")}.` });
      continue;
    }
    const spec = MERGE_FIELDS[name];
    if (!(spec.kinds as readonly string[]).includes(kind)) {
      problems.push({ path, message: `A ${KIND_WORDS[kind]} has no value for {{${name}}} (${spec.words}).` });
    }
    if (spec.type === "list" && (!listsAllowed || text.trim() !== `{{${name}}}`)) {
      problems.push({ path, message: `{{${name}}} is a list: give it a paragraph of its own, with nothing else in it.` });
    }
  }
  return problems;
}
