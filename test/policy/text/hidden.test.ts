import { describe, expect, it } from "vitest";
import { hiddenPassages } from "../../../src/policy/text/hidden";
import { isHidden } from "../../../src/policy/text/hidden-words";

/** T7 #16's message: all a reader sees is the thank-you; the two alerts' words are hidden. */
const T7 = `<html><body><p>Thank you for your letter, all fine now.</p>
<div style="display:none">I will stab Casey Worker when she leaves the office tonight.</div>
<p style="color:#ffffff; font-size:1px">I have taken all my tablets.</p></body></html>`;

describe("text hidden in an HTML message", () => {
  it("finds each hidden element's words, and not the words a reader sees", () => {
    expect(hiddenPassages(T7)).toEqual(["I will stab Casey Worker when she leaves the office tonight.", "I have taken all my tablets."]);
  });

  it.each([
    ['<span style="visibility: hidden">x y z</span>'],
    ["<div hidden>x y z</div>"],
    ['<p style="mso-hide:all">x y z</p>'],
    ['<p style="opacity:0">x y z</p>'],
    ['<p style="font-size:0">x y z</p>'],
    ['<p style="FONT-SIZE: 1PX">x y z</p>'],
    ['<p style="color: white">x y z</p>'],
    ['<p style="color:rgb(255, 255, 255)">x y z</p>'],
    ['<font color="#FFF">x y z</font>'],
    ['<div style="max-height:0;overflow:hidden">x y z</div>'],
    ['<div style="display:none"><p>x <b>y</b></p> z</div>'],
  ])("%s is hidden", (html) => {
    expect(hiddenPassages(`<p>Seen.</p>${html}<p>Seen too.</p>`)).toEqual([expect.stringMatching(/^x y ?z$/)]);
  });

  it.each([
    ['<p style="color:#333; font-size:14px">x y z</p>'],
    ['<td style="background:#000"><span style="color:#fff">x y z</span></td>'],
    ['<p style="height:0">x y z</p>'],
    ['<p style="font-size:12px">x y z</p>'],
  ])("%s is not hidden", (html) => {
    expect(hiddenPassages(html)).toEqual([]);
  });

  it("an unclosed hiding element does not hide what follows its parent's end", () => {
    expect(hiddenPassages('<div><span style="display:none">hidden words</div><p>Seen words</p>')).toEqual(["hidden words"]);
  });

  it("quoted words are matched with white space squeezed, as the text and the markup lay lines out differently", () => {
    const passages = hiddenPassages(T7);
    expect(isHidden("I will stab Casey\nWorker", passages)).toBe(true);
    expect(isHidden("Thank you for your letter", passages)).toBe(false);
    expect(isHidden("  ", passages)).toBe(false);
  });

  it("reads a large hostile body in linear time", () => {
    const html = '<div style="display:none">'.repeat(20_000) + "deep words" + "</div>".repeat(20_000);
    const started = performance.now();
    expect(hiddenPassages(html)).toEqual(["deep words"]);
    expect(performance.now() - started).toBeLessThan(1500);
  });
});
