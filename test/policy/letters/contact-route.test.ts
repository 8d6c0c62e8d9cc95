import { describe, expect, it } from "vitest";
import { letterHtml } from "../../../src/letters/html";
import { letterDocx } from "../../../src/letters/word";
import { composeLetter, type LetterRequest } from "../../../src/policy/letters/compose";
import type { Letter } from "../../../src/policy/letters/letter";
import { letterText } from "../../../src/policy/letters/text";
import { listPacks, packFor } from "../../../src/policy/packs/index";
import type { PolicyPack } from "../../../src/policy/packs/schema";
import { readDocx } from "../../letters/docx-reader";
import { parseHTML } from "../../letters/dom";
import { inForce, LETTER_DATE } from "../../builders/letters";

/**
 * T5 finding 7: the strategy letter said "Please contact Sam Carter only" and never how. The
 * letter must give the single point of contact's route (Warwickshire 7: "how and when further
 * contact … will take place") — their email address, and the office's postal address where the
 * pack or config has one — in the email draft, the large-print draft and the Word document alike.
 */
const POSTAL = ["1 Example Street", "Warwick", "CV34 0AA"];

function letterOf(pack: PolicyPack, request: LetterRequest): Letter {
  const result = composeLetter(pack, request, { date: LETTER_DATE, preparedBy: "Casey Worker" });
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("; "));
  return result.letter;
}

describe.each(listPacks().map((p) => [p.id] as const))("the %s strategy letter says how to reach the single point of contact", (packId) => {
  it("gives Sam Carter's email address in the email draft (standard and large print) and the Word document", async () => {
    const letter = letterOf(packFor({ packId }), { kind: "restriction", strategy: inForce() });
    const route = "Please write to Sam Carter, your single point of contact. Their email address is sam.carter@opcc.example.gov.uk.";
    expect(letterText(letter)).toContain(route);
    expect(parseHTML(letterHtml(letter, { largePrint: false }))).toContain(route);
    expect(parseHTML(letterHtml(letter, { largePrint: true }))).toContain(route);
    const doc = await readDocx(await letterDocx(letter, { largePrint: true }));
    expect(doc.paragraphs.join("\n")).toContain("sam.carter@opcc.example.gov.uk");
  });

  it("with the office's postal address configured, gives it as the way to write by post, and prints it under the letterhead", async () => {
    const pack = packFor({ packId, postalAddress: POSTAL });
    const letter = letterOf(pack, { kind: "restriction", strategy: inForce({ allowedChannels: ["email", "letter"] }) });
    const post = `By post, write to Sam Carter, ${pack.office.name}, 1 Example Street, Warwick, CV34 0AA.`;
    expect(letterText(letter)).toContain(post);
    expect(letter.letterhead.lines).toEqual([pack.office.name, ...POSTAL]);
    const doc = await readDocx(await letterDocx(letter, { largePrint: false }));
    expect(doc.paragraphs).toEqual(expect.arrayContaining(["1 Example Street", "CV34 0AA"]));
    expect(doc.paragraphs.join("\n")).toContain(post);
  });
});

describe("the route offered follows the channels the strategy allows", () => {
  const pack = packFor({ packId: "warwickshire", postalAddress: POSTAL });

  it("letters only: the postal address, and no email address to write to", () => {
    const text = letterText(letterOf(pack, { kind: "restriction", strategy: inForce({ allowedChannels: ["letter"], restrictions: [{ kind: "singleChannel", channel: "letter" }] }) }));
    expect(text).toContain("By post, write to Sam Carter, Office of the Police and Crime Commissioner for Warwickshire, 1 Example Street, Warwick, CV34 0AA.");
    expect(text).not.toContain("sam.carter@");
  });

  it("a dedicated address for the person is the email route, not Sam's own mailbox", () => {
    const strategy = inForce({ restrictions: [{ kind: "dedicatedAddress", address: "contact.pat@opcc.example.gov.uk", divertToFolder: "Pat O'Brien" }] });
    const text = letterText(letterOf(pack, { kind: "restriction", strategy }));
    expect(text).toContain("Our email address for you is contact.pat@opcc.example.gov.uk.");
    expect(text).not.toContain("Their email address is sam.carter@");
  });

  it("no postal address configured: no post route is invented, the letterhead is the office's name alone", () => {
    const letter = letterOf(packFor({ packId: "warwickshire" }), { kind: "restriction", strategy: inForce({ allowedChannels: ["email", "letter"] }) });
    expect(letterText(letter)).not.toContain("By post");
    expect(letter.letterhead.lines).toEqual(["Office of the Police and Crime Commissioner for Warwickshire"]);
  });
});
