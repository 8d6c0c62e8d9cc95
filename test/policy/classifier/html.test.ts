import { describe, expect, it } from "vitest";
import { htmlToText, looksLikeHtml } from "../../../src/policy/text/html";
import { stripQuotedReplies } from "../../../src/policy/text/replies";

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
