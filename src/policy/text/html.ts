import { convert } from "html-to-text";

/** Bodies past this are cut before parsing: a mail body of more is not read by a person either. */
export const MAX_HTML_CHARS = 1_000_000;

/**
 * Plain text of an HTML mail body, for the classifier and the evidence view. html-to-text
 * parses with htmlparser2 (streaming, linear); scripts, styles and images are dropped and
 * link targets are not shown, so hostile markup becomes inert text.
 */
export function htmlToText(html: string, maxChars = MAX_HTML_CHARS): string {
  return convert(html.slice(0, maxChars), {
    wordwrap: false,
    preserveNewlines: false,
    limits: { maxInputLength: maxChars, ellipsis: "…" },
    selectors: [
      { selector: "a", options: { ignoreHref: true } },
      { selector: "img", format: "skip" },
      { selector: "script", format: "skip" },
      { selector: "style", format: "skip" },
      { selector: "head", format: "skip" },
    ],
  });
}

/** Whether a body looks like HTML (the CLI's input may be either). */
export function looksLikeHtml(body: string): boolean {
  return /<(html|body|div|p|br|span|table|font)\b[^>]*>/i.test(body.slice(0, 4096));
}
