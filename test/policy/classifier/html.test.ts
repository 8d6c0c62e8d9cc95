import { describe, expect, it } from "vitest";
import { htmlToText, looksLikeHtml, MANY_ELEMENTS, MAX_HTML_CHARS } from "../../../src/policy/text/html";
import { run } from "./fixtures";
import { stripQuotedReplies } from "../../../src/policy/text/replies";
import { EXAMPLE_STAFF } from "../../../src/policy/alerts/rule";
import { classify } from "../../../src/policy/classifier/classify";
import { classifierOptions } from "../../../src/policy/classifier/options";
import { EMPTY_HISTORY } from "../../../src/policy/contact";
import { getPack } from "../../../src/policy/packs/index";

describe("HTML mail bodies as text", () => {
  it("keeps the words and line breaks, drops scripts, styles, images and link targets", () => {
    const html = `<html><head><title>t</title><style>p{color:red}</style></head><body>
      <script>alert("x")</script><p>Dear OPCC,</p><p>See <a href="https://evil.example/track">my post</a> <img src="https://evil.example/pixel.gif" alt="">here.</p></body></html>`;
    const text = htmlToText(html);
    expect(text).toBe("Dear OPCC,\n\nSee my post here.");
    expect(text).not.toMatch(/evil|alert|color/);
  });

  it("survives markup nested far deeper than any real mail", () => {
    expect(() => htmlToText(`${"<div>".repeat(50_000)}deep${"</div>".repeat(50_000)}`)).not.toThrow();
  });

  it("keeps every word of markup nested past what it lays out, scripts still dropped", () => {
    const deep = `<p>Casey,</p>${"<div>".repeat(1_000)}I will find where you live &amp; <script>evil()</script>wait for you.${"</div>".repeat(1_000)}`;
    const text = htmlToText(deep);
    expect(text).toContain("I will find where you live & wait for you.");
    expect(text).not.toMatch(/evil/);
    expect(htmlToText(`${"<div>".repeat(20)}shallow${"</div>".repeat(20)}`)).toBe("shallow");
  });

  it("reads only the first part of an enormous body, and its end", () => {
    const text = htmlToText(`<p>${"word ".repeat(2_000_000)}</p><p>P.S. I am going to end it tonight.</p>`, 100_000);
    expect(text.length).toBeLessThanOrEqual(100_001);
    expect(text).toMatch(/^word word/);
    expect(text).toMatch(/P\.S\. I am going to end it tonight\.$/);
  });

  describe("what no one reads does not count against the cap (issue 10)", () => {
    // A pasted photo: 2.9 MB of base64 in the <img>, then the words.
    const photo = `iVBORw0KGgoAAAANSUhEUgAA${"QUJDRA0+/".repeat(322_300)}`;
    const threat = "Tell Casey I know where she lives and I will be waiting outside her house.";

    it.each([
      ["a pasted image's data: URI", `<p>Dear OPCC,</p><p><img src="data:image/png;base64,${photo}" alt="me"></p><p>${threat}</p>`],
      ["a data: URI in a style", `<p style="background:url('data:image/png;base64,${photo}')">Dear OPCC,</p><p>${threat}</p>`],
      ["an unquoted data: URI", `<p>Dear OPCC,</p><img src=data:image/png;base64,${photo}><p>${threat}</p>`],
      ["a huge attribute", `<p title="${"x".repeat(3_000_000)}">Dear OPCC,</p><p>${threat}</p>`],
      ["a huge style block", `<html><head><style>${"p.MsoNormal{margin:0cm}\n".repeat(120_000)}</style></head><body><p>Dear OPCC,</p><p>${threat}</p></body></html>`],
      ["a huge comment", `<!--[if gte mso 9]><xml>${"<o:OfficeDocumentSettings/>".repeat(110_000)}</xml><![endif]--><p>Dear OPCC,</p><p>${threat}</p>`],
      ["a huge script", `<script>${"var a = 1;\n".repeat(300_000)}</script><p>Dear OPCC,</p><p>${threat}</p>`],
    ])("reads the words after %s of over 1 MB", (_label, html) => {
      expect(html.length).toBeGreaterThan(MAX_HTML_CHARS * 2.5);
      // Paragraphs as the layout gives them (an image's empty one is a blank line): the words are what matter.
      expect(htmlToText(html).replace(/\n+/g, "\n")).toBe(`Dear OPCC,\n${threat}`);
    });

    it("a 3 MB body with a 2.9 MB pasted picture and a threat after it raises a threat-to-staff alert", () => {
      const html = `<html><body><p>Dear OPCC,</p><p><img src="data:image/jpeg;base64,${photo}"></p><p>${threat}</p></body></html>`;
      expect(html.length).toBeGreaterThan(2_900_000);
      const body = htmlToText(html);
      const kinds = run({ body }, undefined, "warwickshire", undefined, ["Casey Worker"]).alerts.map((a) => a.kind);
      expect(kinds).toContain("threat-to-staff");
    });

    it("leaves the words of ordinary markup as they were: a '<scripture>' element, 'data:' in the text, a short data: URI", () => {
      expect(htmlToText(`<p>The word data: is mine</p><scripture>Psalm 23</scripture><img src="data:image/gif;base64,R0lGOD"><p>Thanks</p>`)).toBe("The word data: is mine\n\nPsalm 23\n\nThanks");
    });
  });

  describe("a body of very many elements is read in one cheap pass, its words and lines the same (tester B2: 1 MB of <p> took 1.6 s)", () => {
    const unit = `<div class="WordSection1"><p class="MsoNormal">Dear OPCC,<o:p></o:p></p><p class="MsoNormal">I have read your letter &amp; I do <b>not</b> accept it. See <a href="https://example.org/track">my post</a><img src="cid:1" alt="pic"> here.<br>Casey, I kn&#8203;ow where you&nbsp;live.</p><div><span>Signed, P</span></div></div>`;

    it("gives the lines html-to-text gives the same markup", () => {
      const copies = Math.ceil(MANY_ELEMENTS / 13) + 1;
      const one = htmlToText(unit);
      expect(one).toBe("Dear OPCC,\n\nI have read your letter & I do not accept it. See my post here.\nCasey, I kn\u200bow where you\u00a0live.\n\nSigned, P");
      const many = htmlToText(unit.repeat(copies));
      expect(many).toBe(Array(copies).fill(one).join("\n\n"));
    });

    it("keeps table cells apart and leaves out the head, and the reply chain when asked", () => {
      const rows = "<tr><td>Ref</td><td>2025/0933</td></tr>".repeat(MANY_ELEMENTS);
      const text = htmlToText(`<html><head><title>Tracking</title></head><body><p>You idiot.</p><table>${rows}</table><blockquote><p>Quoted words</p></blockquote></body></html>`, undefined, { stripReplies: true });
      expect(text.startsWith("You idiot.\n\nRef 2025/0933\nRef 2025/0933")).toBe(true);
      expect(text).not.toMatch(/Tracking|Quoted/);
    });

    // How long it takes is the benchmark's to print (bench/classifier.bench.ts), never a unit test's to assert.
    it("reads 1 MB of <p> to the threat at its end, which raises threat-to-staff", () => {
      const html = `${"<p>".repeat(330_000)}<p>Casey, I know where you live.</p>`;
      expect(html.length).toBeGreaterThan(990_000);
      const body = htmlToText(html);
      expect(body).toBe("Casey, I know where you live.");
      expect(run({ body }, undefined, "warwickshire", undefined, ["Casey Worker"]).alerts.map((a) => a.kind)).toContain("threat-to-staff");
    });
  });

  it("can leave out the quoted reply chain", () => {
    const html = `<div>Thank you, I will wait.</div><div id="divRplyFwdMsg"><b>From:</b> OPCC</div><blockquote>You idiot.</blockquote>`;
    expect(htmlToText(html, undefined, { stripReplies: true })).toBe("Thank you, I will wait.");
    expect(htmlToText(html)).toContain("You idiot.");
  });

  it("tells HTML from plain text that merely mentions a tag", () => {
    expect(looksLikeHtml("<p>Hello</p>")).toBe(true);
    expect(looksLikeHtml("I think 3 < 4 and 5 > 2")).toBe(false);
  });
});

describe("a zero-width space in HTML does not split the word it hides in (tester B2)", () => {
  const options = classifierOptions(getPack("warwickshire"), { staffDomains: ["opcc.example.gov.uk"], staffNames: EXAMPLE_STAFF, history: EMPTY_HISTORY, now: "2026-11-25T10:00:00.000Z" });
  const alertsOf = (html: string) => classify({ from: "x@example.org", to: ["enquiries@opcc.example.gov.uk"], cc: [], subject: "", body: htmlToText(html), receivedAt: "2026-11-25T10:00:00.000Z" }, options).alerts.map((a) => a.kind);
  for (const zw of ["&#8203;", "&ZeroWidthSpace;", "\u200b", "&#x200B;"]) {
    it(`'ki${zw}ll you Casey' and 'kn${zw}ow where Casey lives' in HTML raise threat-to-staff`, () => {
      expect(alertsOf(`<p>I am going to ki${zw}ll you Casey.</p>`)).toContain("threat-to-staff");
      expect(alertsOf(`<p>I kn${zw}ow where Casey lives.</p>`)).toContain("threat-to-staff");
    });
  }
});

describe("quoted replies in plain text", () => {
  it.each([
    ["an Outlook header block", "My reply.\n\nFrom: Case Team <case@opcc.example.gov.uk>\nSent: 1 May 2026\nSubject: Re: x\n\nOld text"],
    ["an 'On … wrote:' line", "My reply.\n\nOn Mon, 4 May 2026 at 09:00, Case Team wrote:\n> Old text"],
    ["an original-message rule", "My reply.\n-----Original Message-----\nOld text"],
  ])("stops at %s", (_label, text) => {
    expect(stripQuotedReplies(text)).toBe("My reply.");
  });

  it("drops '>' lines but keeps the writer's own lines around them", () => {
    expect(stripQuotedReplies("> you said no\nI disagree.")).toBe("I disagree.");
  });
});
