import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { letterDocx, letterFileName } from "../../src/letters/word";
import { requiredElements } from "../../src/policy/letters/check-templates";
import { composeLetter, type LetterRequest } from "../../src/policy/letters/compose";
import type { Letter } from "../../src/policy/letters/letter";
import { getPack, listPacks } from "../../src/policy/packs/index";
import { everyLetter, inForce, LETTER_DATE } from "../builders/letters";
import { readDocx } from "./docx-reader";

const POLICY = readFileSync(join(import.meta.dirname, "../../assets/policies/warwickshire-managing-public-contact-policy.txt"), "utf8");
function letterFor(packId: string, request: LetterRequest): Letter {
  const result = composeLetter(getPack(packId), request, { date: LETTER_DATE, preparedBy: "Casey Worker" });
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("; "));
  return result.letter;
}

describe.each(listPacks().map((p) => [p.id, p] as const))("Word letters of the %s pack", (packId, pack) => {
  it.each(everyLetter().map((l) => [l.name, l] as const))("%s: every required element is in the document, read back from the file", async (_name, { kind, variant, request }) => {
    const letter = letterFor(packId, request);
    const doc = await readDocx(await letterDocx(letter, { largePrint: false }));
    for (const element of requiredElements(pack, kind, variant)) {
      const blocks = letter.blocks.filter((b) => b.carries.includes(element.id));
      expect(blocks.length, element.id).toBeGreaterThan(0);
      for (const block of blocks) {
        for (const text of block.type === "paragraph" ? [block.text] : block.items) expect(doc.paragraphs, `${element.id}: ${text}`).toContain(text);
      }
    }
    expect(doc.paragraphs).toEqual(expect.arrayContaining([pack.office.name, "25 November 2026", letter.subject, "Dear Pat O'Brien", "Yours sincerely"]));
    expect(Math.min(...doc.sizes)).toBeGreaterThanOrEqual(12);
  });
});

describe("large print", () => {
  it("is at least 16 pt throughout: every size in the document, its styles and its bullets", async () => {
    for (const { request } of everyLetter()) {
      const doc = await readDocx(await letterDocx(letterFor("warwickshire", request), { largePrint: true, policyText: POLICY }));
      expect(doc.sizes.length).toBeGreaterThan(3);
      expect(doc.sizes.filter((s) => s < 16)).toEqual([]);
      expect(doc.parts).toEqual(expect.arrayContaining(["word/styles.xml", "word/numbering.xml"]));
    }
  });

  it("a large-print warning names the behaviour recorded and the advice for it, at 16 pt (T7 #5)", async () => {
    const contacts = [{ receivedAt: "2026-11-20T09:00:00.000Z", subject: "Very unhappy", categories: ["abusive" as const], evidence: [], subTypes: [{ category: "abusive" as const, subType: "offensiveLanguage" }], outcome: "corrected" as const }];
    for (const [packId, named, advice] of [
      ["warwickshire", "Abuse: using rude, abusive or offensive words.", "Abuse: Please do not swear at or insult anyone. Tell us calmly what is wrong, and we will listen."],
      ["gwent", "Swearing or other offensive language: shouting, swearing or using offensive words.", "Swearing or other offensive language: Please do not shout or swear. Tell us calmly what is wrong, and we will listen."],
    ] as const) {
      const doc = await readDocx(await letterDocx(letterFor(packId, { kind: "warning", person: { name: "Riley Evans" }, contacts }), { largePrint: true }));
      expect(doc.paragraphs).toEqual(expect.arrayContaining([named, advice]));
      expect(doc.sizes.filter((s) => s < 16)).toEqual([]);
    }
  });

  it("standard print is not large print: the body is 12 pt", async () => {
    const doc = await readDocx(await letterDocx(letterFor("gwent", { kind: "restriction", strategy: inForce() }), { largePrint: false }));
    expect(doc.sizes).toContain(12);
    expect(doc.sizes.filter((s) => s >= 16)).toEqual([]);
  });
});

describe("the enclosed policy", () => {
  it("is included after the letter where the pack says so (Warwickshire 7), word for word", async () => {
    const doc = await readDocx(await letterDocx(letterFor("warwickshire", { kind: "restriction", strategy: inForce() }), { largePrint: false, policyText: POLICY }));
    const start = doc.paragraphs.indexOf("Enclosure: Managing Public Contact Policy (OPCC Warwickshire)");
    expect(start).toBeGreaterThan(doc.paragraphs.indexOf("Yours sincerely"));
    expect(doc.paragraphs).toContain("Enclosed: Managing Public Contact Policy (OPCC Warwickshire)");
    expect(doc.paragraphs.slice(start)).toEqual(expect.arrayContaining([expect.stringMatching(/^7\.3\s+Disputing a decision to restrict contact$/), "Limiting duration of phone calls"]));
  });

  it("is not included in a letter that does not enclose it", async () => {
    const doc = await readDocx(await letterDocx(letterFor("warwickshire", { kind: "breach", strategy: inForce() }), { largePrint: false, policyText: POLICY }));
    expect(doc.text).not.toContain("Enclosure:");
    expect(doc.text).not.toContain("Disputing a decision");
  });
});

describe("hostile text in a Word letter", () => {
  it("markup and merge-field syntax are text, and the file is well-formed XML that Word can open", async () => {
    const name = "<w:t>x</w:t>]]><script>alert(1)</script> & {{reviewDate}} \u0000\u0001\uD800";
    const doc = await readDocx(await letterDocx(letterFor("warwickshire", { kind: "restriction", strategy: inForce({ person: { displayName: name }, reasons: "<b>bold</b> &amp; {{personName}}" }) }), { largePrint: true }));
    expect(doc.paragraphs).toContain("Dear <w:t>x</w:t>]]><script>alert(1)</script> & {{reviewDate}}");
    expect(doc.text).toContain("This is our reason: <b>bold</b> &amp; {{personName}}");
  });

  it("the file name keeps only letters, digits and spaces of the name", () => {
    const letter = letterFor("warwickshire", { kind: "restriction", strategy: inForce({ person: { displayName: "../../etc/passwd <Pat>" } }) });
    expect(letterFileName(letter, true)).toBe("2026-11-25 restriction etc passwd Pat (large print).docx");
  });
});
