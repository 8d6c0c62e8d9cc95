import type { Letter } from "./letter";

/** The body a reader reads: salutation, paragraphs and list items (one per line), in order. */
export function bodyText(letter: Letter): string {
  const lines = [letter.salutation];
  for (const block of letter.blocks) {
    if (block.type === "paragraph") lines.push(block.text);
    else lines.push(...block.items.map((item) => `• ${item}`));
  }
  return lines.join("\n\n");
}

/**
 * The whole letter as plain text: what is recorded when it is drafted (the office keeps what it
 * sent; a subject access request gets it back) and what the CLI prints. No markup of any kind.
 */
export function letterText(letter: Letter): string {
  const head = [...letter.letterhead.lines, letter.letterhead.telephone, letter.letterhead.email, letter.letterhead.website].filter(Boolean);
  const lines = [
    head.join("\n"),
    letter.dateText,
    [letter.recipient.name, letter.reference ? `Our reference: ${letter.reference}` : ""].filter(Boolean).join("\n"),
    letter.subject,
    bodyText(letter),
    [letter.closing, ...letter.signature].join("\n"),
    ...(letter.enclosures.length ? [`Enclosed: ${letter.enclosures.map((e) => e.title).join("; ")}`] : []),
  ];
  return lines.filter((l) => l !== "").join("\n\n");
}
