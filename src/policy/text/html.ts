import { convert, type SelectorDefinition } from "html-to-text";
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
 * Input is capped first so a 10 MB hostile body costs the same as a 1 MB one.
 */
export function htmlToText(html: string, maxChars = MAX_HTML_CHARS, options: HtmlToTextOptions = {}): string {
  const text = convert(html.slice(0, maxChars), {
    wordwrap: false,
    preserveNewlines: false,
    limits: { maxInputLength: maxChars, maxDepth: MAX_DEPTH, ellipsis: "…" },
    selectors: options.stripReplies ? [...BASE_SELECTORS, ...REPLY_SELECTORS] : BASE_SELECTORS,
  });
  return options.stripReplies ? stripQuotedReplies(text) : text;
}

/** Whether a body looks like HTML (the CLI's input may be either). Bounded look at the start. */
export function looksLikeHtml(body: string): boolean {
  return /<(?:html|body|div|p|br|span|table|font|b|i|strong|em)\b[^<>]{0,500}>/i.test(body.slice(0, 4096));
}
