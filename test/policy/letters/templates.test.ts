import readability from "text-readability";
import { describe, expect, it } from "vitest";
import { requiredElements, templateProblems } from "../../../src/policy/letters/check-templates";
import { composeLetter } from "../../../src/policy/letters/compose";
import { VARIANTS_OF } from "../../../src/policy/letters/kinds";
import { bodyText } from "../../../src/policy/letters/text";
import { cite } from "../../../src/policy/packs/cite";
import { InvalidPackError, listPacks, loadPack } from "../../../src/policy/packs/index";
import type { PolicyPack } from "../../../src/policy/packs/schema";
import { everyLetter, LETTER_DATE } from "../../builders/letters";

/** The pack as plain data (as a config file would give it), to break on purpose. */
const copy = (pack: PolicyPack): PolicyPack => JSON.parse(JSON.stringify(pack)) as PolicyPack;

function loadError(data: unknown): InvalidPackError {
  try {
    loadPack(data);
  } catch (error) {
    if (error instanceof InvalidPackError) return error;
    throw error;
  }
  throw new Error("the pack loaded");
}

describe.each(listPacks().map((p) => [p.id, p] as const))("the %s pack's templates", (_id, pack) => {
  it("has a template for every kind of letter, and none has a problem", () => {
    expect(pack.letters!.templates.map((t) => t.kind).sort()).toEqual(["breach", "disputeOutcome", "restriction", "reviewOutcome", "signposting", "warning"]);
    expect(templateProblems(pack)).toEqual([]);
  });

  // Every required element of every kind, taken out of its template in turn: the pack no longer loads.
  const cases = pack.letters!.templates.flatMap((template) => {
    const forms = VARIANTS_OF[template.kind].length ? VARIANTS_OF[template.kind] : [undefined];
    const ids = new Set(forms.flatMap((v) => requiredElements(pack, template.kind, v).map((e) => e.id)));
    return [...ids].map((id) => [template.kind, id] as const);
  });
  it.each(cases)("a %s template without a paragraph carrying %s fails validation, naming it", (kind, id) => {
    const broken = copy(pack);
    const template = broken.letters!.templates.find((t) => t.kind === kind)!;
    template.blocks = template.blocks.map((b) => ({ ...b, carries: (b.carries ?? []).filter((c) => c !== id) }));
    const element = pack.letterElements.find((e) => e.id === id)!;
    const error = loadError(broken);
    expect(error.message).toContain(`has no paragraph carrying “${element.label}”, which ${cite(element.source)} requires`);
    expect(error.problems.some((p) => p.field.startsWith("letters.templates."))).toBe(true);
  });

  it("refuses an unknown merge field, a field the kind has no value for, a list inside a sentence and stray braces", () => {
    const broken = copy(pack);
    const signposting = broken.letters!.templates.find((t) => t.kind === "signposting")!;
    signposting.blocks.push({ text: "Your name is {{fullName}}." }, { text: "Review by {{reviewDate}}." }, { text: "{{restrictions}}" }, { text: "Hello {{personName}." });
    const warning = broken.letters!.templates.find((t) => t.kind === "warning")!;
    warning.blocks.push({ text: "You did this: {{behaviour}}" });
    const messages = templateProblems(broken).map((p) => p.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Unknown merge field \{\{fullName\}\}/),
        "A signposting letter has no value for {{reviewDate}} (the review date).",
        "A signposting letter has no value for {{restrictions}} (the strategy's restrictions).",
        "Unmatched braces in “Hello {{personName}.”: a merge field is written {{name}}.",
        "{{behaviour}} is a list: give it a paragraph of its own, with nothing else in it.",
      ]),
    );
  });

  it("refuses a paragraph that carries an element the pack does not have", () => {
    const broken = copy(pack);
    broken.letters!.templates[0]!.blocks[0]!.carries = ["made-up"];
    expect(loadError(broken).message).toContain('Carries "made-up", which is not one of the pack\'s letter elements.');
  });
});

/**
 * Plain English, measured: Flesch reading ease of each letter's body (salutation, paragraphs
 * and list items) with text-readability, for every kind and outcome, against the pack's target.
 */
describe.each(listPacks().map((p) => [p.id, p] as const))("the %s pack's letters read plainly", (_id, pack) => {
  it.each(everyLetter().map((l) => [l.name, l] as const))("%s: reading ease at or above the pack's target", (_name, { request }) => {
    const result = composeLetter(pack, request, { date: LETTER_DATE, preparedBy: "Casey Worker" });
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("; "));
    const score = readability.fleschReadingEase(bodyText(result.letter));
    expect(score).toBeGreaterThanOrEqual(pack.letters!.readingEase.minimum);
  });
});

describe("the policy copy enclosed with a letter", () => {
  it("ships with the add-in, word for word from the published policy (Warwickshire 7: 'A copy of this policy'), also where it is only read in the pane", async () => {
    const { readFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const root = join(import.meta.dirname, "../../..");
    for (const pack of listPacks()) {
      const copy = pack.policyDocument.copy;
      const encloses = pack.letterElements.some((e) => e.encloses === "policy");
      if (!copy) {
        expect(encloses, `${pack.id} asks for the policy to be enclosed but has no copy`).toBe(false);
        continue;
      }
      const shipped = readFileSync(join(root, copy.href), "utf8");
      const published = readFileSync(join(root, "../shared/policies", copy.href.split("/").at(-1)!), "utf8");
      // The whole policy (Gwent's is the shorter, about 6,600 characters), word for word.
      expect(shipped.length).toBeGreaterThan(5_000);
      expect(published.endsWith(shipped)).toBe(true);
      // A copy a letter encloses opens with the policy's title, as the person will read it.
      if (encloses) expect(shipped.startsWith(pack.policyDocument.title.replace(/ \(.*\)$/, ""))).toBe(true);
    }
  });
});
