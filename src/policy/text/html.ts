import { convert, type SelectorDefinition } from "html-to-text";
import { Parser } from "htmlparser2";
import { stripQuotedReplies } from "./replies";

/** Bodies past this are cut before parsing: a mail body of more is not read by a person either. */
export const MAX_HTML_CHARS = 1_000_000;
/**
 * Nesting deeper than this is dropped: html-to-text walks the tree recursively, and a
 * hostile `<div>` × 200,000 would otherwise overflow the stack. Real mail nests < 40 deep.
 */
export const MAX_DEPTH = 100;

export interface HtmlToTextOptions {
  /** Drop the quoted reply chain (blockquotes, Outlook/Gmail reply headers and below). */
  stripReplies?: boolean;
}

const BASE_SELECTORS: SelectorDefinition[] = [
  { selector: "a", options: { ignoreHref: true } },
  { selector: "img", format: "skip" },
  { selector: "script", format: "skip" },
  { selector: "style", format: "skip" },
  { selector: "head", format: "skip" },
];
/** Where Outlook, Gmail and Apple Mail put the message being replied to. */
const REPLY_SELECTORS: SelectorDefinition[] = [
  { selector: "blockquote", format: "skip" },
  { selector: "div.gmail_quote", format: "skip" },
  { selector: "div#divRplyFwdMsg", format: "skip" },
  { selector: "div#appendonsend", format: "skip" },
];

/**
 * Plain text of an HTML mail body, for the classifier and the evidence view. html-to-text
 * parses with htmlparser2 (streaming, linear) — no reason to hand-write an HTML parser;
 * scripts, styles and images are dropped and link targets are not shown, so hostile
 * markup becomes inert text. Line breaks are kept (sentence boundaries matter to rules).
 *
 * What no one reads is taken out before the cap (`withoutBulk`): a pasted image's base64, a
 * 3 MB style attribute, scripts, styles and comments. The cap then bounds what is read: a
 * 10 MB hostile body costs about what a 1 MB one does, and a threat after a 2.9 MB pasted
 * picture is still read (issue 10). Past the cap, the body's last part is kept with its start,
 * as the classifier reads a long text's end for alerts.
 */
export function htmlToText(html: string, maxChars = MAX_HTML_CHARS, options: HtmlToTextOptions = {}): string {
  const body = capped(withoutBulk(html), maxChars);
  // html-to-text lays out every element: 1 MB of <p> took 1.6 s. A body of that many elements is read in one
  // streaming pass instead (`manyElementsText`), its words and line breaks the same.
  if (moreTagsThan(body, MANY_ELEMENTS)) {
    const text = manyElementsText(body, options);
    return options.stripReplies ? stripQuotedReplies(text) : text;
  }
  // html-to-text drops what nests past MAX_DEPTH, so a threat wrapped in 1,000 <div>s would vanish unread.
  // Such a body is read flat instead: every word kept, the layout lost (safety before formatting).
  if (nestsDeeperThan(body, MAX_DEPTH)) {
    const flat = flatText(body);
    return options.stripReplies ? stripQuotedReplies(flat) : flat;
  }
  const text = convert(body, {
    wordwrap: false,
    preserveNewlines: false,
    // html-to-text counts U+200B as a space by default ("I kn&#8203;ow" → "I kn ow"), which splits the word before
    // the classifier's reading of invisibles (text/visible.ts) can join it: kept, so it is dropped there (tester B2).
    whitespaceCharacters: " \t\r\n\f",
    limits: { maxInputLength: maxChars, maxDepth: MAX_DEPTH + 1, ellipsis: "…" },
    selectors: options.stripReplies ? [...BASE_SELECTORS, ...REPLY_SELECTORS] : BASE_SELECTORS,
  });
  return options.stripReplies ? stripQuotedReplies(text) : text;
}

/**
 * Past this many tags a body is read by `manyElementsText`: html-to-text spends about 3 µs of CPU on each element it
 * lays out, so 10,000 cost some 30 ms and the 333,000 of 1 MB of `<p>` a second or more. Real mail has far fewer.
 */
export const MANY_ELEMENTS = 10_000;

function moreTagsThan(html: string, limit: number): boolean {
  let count = 0;
  for (let at = html.indexOf("<"); at >= 0; at = html.indexOf("<", at + 1)) if (++count > limit) return true;
  return false;
}

/** Line breaks before and after an element, as html-to-text lays blocks out: a paragraph's blank line, a div's line. */
const BREAKS = new Map<string, number>([
  ...["p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol", "dl", "article", "section", "header", "footer", "aside", "nav", "main", "figure", "form", "fieldset", "address"].map((n) => [n, 2] as const),
  ...["div", "li", "tr", "dt", "dd", "hr", "caption", "figcaption", "center"].map((n) => [n, 1] as const),
]);
/** Read by no one, as BASE_SELECTORS skip them (scripts and styles are gone already: withoutBulk). */
const SKIPPED = new Set(["head", "script", "style", "title", "noscript", "template"]);

/** Whether an element is the quoted reply chain REPLY_SELECTORS skip. */
function isReplyChain(name: string, attributes: Record<string, string>): boolean {
  if (name === "blockquote") return true;
  if (name !== "div") return false;
  const id = attributes.id ?? "";
  return id === "divRplyFwdMsg" || id === "appendonsend" || (attributes.class ?? "").split(/\s+/).includes("gmail_quote");
}

/**
 * The words of a body of many elements in one pass of htmlparser2's streaming parser (linear, no tree, no recursion, so
 * depth costs nothing), laid out as html-to-text lays out the same markup: text with its entities read and its white
 * space collapsed (kept in <pre>); blocks apart by the larger of their line breaks (a paragraph's blank line, a div's
 * line), a <br> a line break of its own; table cells apart by a space; link targets, images, the head and (when asked)
 * the reply chain left out. Hand-rolled over the parser because html-to-text offers no lighter mode.
 */
function manyElementsText(html: string, options: HtmlToTextOptions): string {
  const parts: string[] = [];
  let skipping = 0;
  let inPre = 0;
  /** Line breaks owed before the next words (none before the first). */
  let owed = 0;
  let started = false;
  const owe = (breaks: number) => {
    if (breaks > owed) owed = breaks;
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (skipping || SKIPPED.has(name) || (options.stripReplies && isReplyChain(name, attributes))) {
          skipping += 1;
          return;
        }
        if (name === "br") {
          if (started) owed += 1;
        } else if (name === "td" || name === "th") parts.push(" ");
        else {
          owe(BREAKS.get(name) ?? 0);
          if (name === "pre") inPre += 1;
        }
      },
      ontext(text) {
        if (skipping) return;
        const words = inPre ? text : text.replace(/[ \t\r\n\f]+/g, " ");
        if (owed && words.trim()) {
          if (started) parts.push("\n".repeat(owed));
          owed = 0;
        }
        if (words.trim()) started = true;
        parts.push(words);
      },
      onclosetag(name) {
        if (skipping) {
          skipping -= 1;
          return;
        }
        if (name === "pre") inPre = Math.max(0, inPre - 1);
        if (name !== "br") owe(BREAKS.get(name) ?? 0);
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return parts
    .join("")
    .replace(/[ \t]*\n[ \t]*/g, "\n")
    .replace(/ {2,}/g, " ")
    .trim();
}

/** Of a body still over the cap, the part kept from its end (the rest from its start). */
export const TAIL_KEPT = 0.2;

/**
 * The body cut to `maxChars`: its start and, when it is longer, its end too (a P.S. after a long forwarded chain), the
 * end begun at a tag's close so no half-tag is read as words. The two are joined by a paragraph, never into one sentence.
 */
function capped(html: string, maxChars: number): string {
  if (html.length <= maxChars) return html;
  const gap = "<p>…</p>";
  const tailLength = Math.floor(maxChars * TAIL_KEPT);
  const headLength = maxChars - tailLength - gap.length;
  if (headLength <= 0 || tailLength <= 0) return html.slice(0, maxChars);
  let from = html.length - tailLength;
  // Inside a tag when a ">" comes before any "<": start after it (looked for only a little way).
  const close = html.indexOf(">", from);
  const open = html.indexOf("<", from);
  if (close >= 0 && close - from < 2_000 && (open < 0 || close < open)) from = close + 1;
  return html.slice(0, headLength) + gap + html.slice(from);
}

/** An attribute value this long is a pasted picture, a font or a tracking blob, never words anyone reads. */
export const LONGEST_VALUE = 4_096;
/** A data: URI's payload: base64 runs (a pasted image, in an attribute or a style). Nothing follows the run, so no backtracking. */
const BASE64_PAYLOAD = /base64,[A-Za-z0-9+/=\r\n]+/gi;
/**
 * A quoted attribute value of LONGEST_VALUE characters or more, or a data: URI however quoted: emptied. Each match
 * starts at an "=" and reads no further than the next quote, so the pass is linear.
 */
const BULKY_VALUE = new RegExp(`(=\\s*)(?:(["'])(?:data:[^"']*|[^"'<>]{${LONGEST_VALUE},})\\2|data:[^\\s>]*)`, "gi");

/**
 * The body without what no one reads, in linear time: comments, scripts and styles taken out (html-to-text drops them
 * too, but only after the cap), base64 payloads and huge attribute values emptied. Text is never touched.
 */
export function withoutBulk(html: string): string {
  return stripBlocks(html).replace(BASE64_PAYLOAD, "base64,").replace(BULKY_VALUE, '$1""');
}

/**
 * Comments, `<script>` and `<style>` blocks out, left to right as a parser meets them (a "<script" inside a comment is
 * the comment's). One pass: each search resumes where it last found. An unclosed one runs to the end, as it does for
 * the parser.
 */
function stripBlocks(html: string): string {
  const lower = html.toLowerCase();
  const next = { comment: -1, script: -1, style: -1 };
  const find = (what: keyof typeof next, from: number) => {
    if (next[what] !== -2 && next[what] < from) {
      const needle = what === "comment" ? "<!--" : `<${what}`;
      let at = lower.indexOf(needle, from);
      // "<scripture>" and "<styles>" are not the element.
      while (at >= 0 && what !== "comment" && !/[\s/>]/.test(lower[at + needle.length] ?? ">")) at = lower.indexOf(needle, at + 1);
      next[what] = at < 0 ? -2 : at;
    }
    return next[what] === -2 ? -1 : next[what];
  };
  let kept = "";
  let at = 0;
  for (;;) {
    const found = (["comment", "script", "style"] as const).map((w) => [w, find(w, at)] as const).filter(([, i]) => i >= 0);
    if (!found.length) break;
    const [what, start] = found.reduce((a, b) => (b[1] < a[1] ? b : a));
    kept += html.slice(at, start);
    const end = what === "comment" ? lower.indexOf("-->", start + 4) : lower.indexOf(`</${what}`, start);
    if (end < 0) return kept;
    at = what === "comment" ? end + 3 : lower.indexOf(">", end) + 1 || html.length;
  }
  return at === 0 ? html : kept + html.slice(at);
}

/** Whether a body looks like HTML (the CLI's input may be either). Bounded look at the start. */
export function looksLikeHtml(body: string): boolean {
  return /<(?:html|body|div|p|br|span|table|font|b|i|strong|em)\b[^<>]{0,500}>/i.test(body.slice(0, 4096));
}

/** Elements that never hold others, so open no level. */
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "p", "li", "option"]);
// A tag's inside stops at the next < or >, so a run of stray "<" costs one pass, not one pass each.
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^<>]*>/g;

/** Whether elements nest deeper than `limit`, counted in one pass over the tags. */
function nestsDeeperThan(html: string, limit: number): boolean {
  let depth = 0;
  for (const [tag, closing, name] of html.matchAll(TAG)) {
    if (VOID.has(name!.toLowerCase()) || tag.endsWith("/>")) continue;
    depth = closing ? Math.max(0, depth - 1) : depth + 1;
    if (depth > limit) return true;
  }
  return false;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/**
 * Words of a body too deep for html-to-text, in one linear pass: script and style contents
 * dropped, tags turned to spaces, the common entities read. Hand-written because the library's
 * only answer to depth is to drop the content, and a recursive parser is what depth defeats.
 */
function flatText(html: string): string {
  const lower = html.toLowerCase();
  let kept = "";
  let at = 0;
  // Each search resumes where it last found, so a body without one of the two is not rescanned.
  let script = lower.indexOf("<script");
  let style = lower.indexOf("<style");
  for (;;) {
    if (script >= 0 && script < at) script = lower.indexOf("<script", at);
    if (style >= 0 && style < at) style = lower.indexOf("<style", at);
    const start = script < 0 ? style : style < 0 ? script : Math.min(script, style);
    if (start < 0) break;
    kept += html.slice(at, start);
    const end = lower.indexOf(start === script ? "</script" : "</style", start);
    if (end < 0) return finish(kept);
    at = lower.indexOf(">", end) + 1 || html.length;
  }
  return finish(kept + html.slice(at));
}

function finish(text: string): string {
  return text
    .replace(/<[^<>]*>/g, " ")
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] !== "#") return ENTITIES[name.toLowerCase()] ?? whole;
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    })
    .replace(/[ \t\u00a0]+/g, " ")
    .replace(/ *\n[ \n]*/g, "\n")
    .trim();
}
