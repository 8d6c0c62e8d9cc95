import { elementNames, parseHTML } from "./dom";
import { describe, expect, it } from "vitest";
import { escapeHtml, letterHtml } from "../../src/letters/html";
import { composeLetter } from "../../src/policy/letters/compose";
import type { Letter } from "../../src/policy/letters/letter";
import { getPack } from "../../src/policy/packs/index";
import { inForce, LETTER_DATE } from "../builders/letters";

function letter(displayName = "Pat O'Brien"): Letter {
  const result = composeLetter(getPack("warwickshire"), { kind: "restriction", strategy: inForce({ person: { displayName } }) }, { date: LETTER_DATE });
  if (!result.ok) throw new Error("refused");
  return result.letter;
}

describe("the Outlook draft's HTML body", () => {
  it("carries the whole letter: subject, salutation, every paragraph and list item, sign-off and enclosure", () => {
    const l = letter();
    const text = parseHTML(letterHtml(l, { largePrint: false }));
    for (const block of l.blocks) for (const t of block.type === "paragraph" ? [block.text] : block.items) expect(text).toContain(t);
    expect(text).toContain("How we will manage your contact with us");
    expect(text).toContain("Head of Business Services and Assurance");
    expect(text).toContain("Enclosed: Managing Public Contact Policy (OPCC Warwickshire)");
  });

  it("escapes every character that could start markup: a hostile name is text, with no element or attribute of its own", () => {
    const html = letterHtml(letter(`<img src=x onerror="alert(1)"> ' & {{reviewDate}}`), { largePrint: false });
    expect(html).not.toContain("<img");
    expect(elementNames(html)).toEqual(["br", "div", "li", "p", "ul"]);
    expect(html).toContain("Dear &lt;img src=x onerror=&quot;alert(1)&quot;&gt; &#39; &amp; {{reviewDate}}");
    expect(parseHTML(html)).toContain(`Dear <img src=x onerror="alert(1)"> ' & {{reviewDate}}`);
    expect(escapeHtml(`<>&"'`)).toBe("&lt;&gt;&amp;&quot;&#39;");
  });

  it("large print is 16 pt; standard 12 pt", () => {
    expect(letterHtml(letter(), { largePrint: true })).toMatch(/^<div style="font-family:Arial,sans-serif;font-size:16pt/);
    expect(letterHtml(letter(), { largePrint: false })).toMatch(/^<div style="font-family:Arial,sans-serif;font-size:12pt/);
  });
});
