import { describe, expect, it } from "vitest";
import { htmlToText, looksLikeHtml } from "../../../src/policy/text/html";
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

  it("reads only the first part of an enormous body", () => {
    const text = htmlToText(`<p>${"word ".repeat(2_000_000)}</p>`, 100_000);
    expect(text.length).toBeLessThanOrEqual(100_001);
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
