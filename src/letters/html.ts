import type { Letter } from "../policy/letters/letter";

/**
 * A letter as the HTML body of an Outlook draft. Every piece of the letter is text and is
 * escaped here; nothing in a letter is ever markup (a name from a mail header with `<script>`
 * in it arrives as those characters). Escaping five characters is the whole job, so it is
 * written out rather than pulling in a library for it.
 */
const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Inline styles only: Outlook drops style sheets. Large print is 16 pt, as in the Word letter. */
export function letterHtml(letter: Letter, options: { largePrint: boolean }): string {
  const size = options.largePrint ? 16 : 12;
  const p = (text: string, style = "") => `<p style="margin:0 0 ${size * 0.8}pt 0;${style}">${escapeHtml(text)}</p>`;
  const lines = (texts: readonly string[]) => `<p style="margin:0 0 ${size * 0.8}pt 0">${texts.map(escapeHtml).join("<br>")}</p>`;
  const parts = [
    lines([letter.dateText, ...(letter.reference ? [`Our reference: ${letter.reference}`] : [])]),
    p(letter.subject, `font-weight:bold;font-size:${size + 2}pt`),
    p(letter.salutation),
    ...letter.blocks.map((block) =>
      block.type === "paragraph" ? p(block.text) : `<ul style="margin:0 0 ${size * 0.8}pt 0">${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join("")}</ul>`,
    ),
    p(letter.closing),
    lines(letter.signature),
    ...(letter.enclosures.length ? [p(`Enclosed: ${letter.enclosures.map((e) => e.title).join("; ")}`)] : []),
  ];
  return `<div style="font-family:Arial,sans-serif;font-size:${size}pt;line-height:1.4">${parts.join("")}</div>`;
}
