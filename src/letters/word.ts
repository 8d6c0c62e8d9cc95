import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun, type IStylesOptions } from "docx";
import type { Letter } from "../policy/letters/letter";

/**
 * A letter as a Word document, written with the `docx` package (no reason to hand-write
 * OOXML). Standard print is Arial 12 pt; large print is at least 16 pt everywhere — body,
 * headings, bullets and every style the package defines, used or not — so no part of the file
 * falls back to a smaller size (RNIB's clear-print guidance; Warwickshire 7 "an alternative
 * accessible format"; Lancashire 1.4 reasonable adjustments). Values in the letter are plain
 * strings; the package escapes them for XML, so markup in a name stays text.
 *
 * Loaded on demand (`import()`), never in the pane's first paint.
 */
export interface WordOptions {
  largePrint: boolean;
  /** The policy's text, included after the letter when the letter encloses it. */
  policyText?: string;
}

/** Sizes in points; Word counts half-points. */
const SIZES = {
  standard: { body: 12, subject: 14 },
  large: { body: 16, subject: 18 },
} as const;

export function letterDocument(letter: Letter, options: WordOptions): Document {
  const size = options.largePrint ? SIZES.large : SIZES.standard;
  const body = size.body * 2;
  const line = (text: string, extra: { bold?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; after?: number } = {}) =>
    new Paragraph({
      ...(extra.align ? { alignment: extra.align } : {}),
      spacing: { after: extra.after ?? 0 },
      children: [new TextRun({ text, ...(extra.bold ? { bold: true } : {}) })],
    });
  const gap = 200;

  const head = [...letter.letterhead.lines, letter.letterhead.telephone, letter.letterhead.email, letter.letterhead.website].filter((l): l is string => Boolean(l));
  const children: Paragraph[] = [
    ...head.map((text, i) => line(text, { bold: i === 0, align: AlignmentType.RIGHT, after: i === head.length - 1 ? gap * 2 : 0 })),
    line(letter.dateText, { after: gap }),
    ...(letter.recipient.name ? [line(letter.recipient.name)] : []),
    ...(letter.reference ? [line(`Our reference: ${letter.reference}`)] : []),
    new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { before: gap * 2, after: gap }, children: [new TextRun({ text: letter.subject })] }),
    line(letter.salutation, { after: gap }),
    ...letter.blocks.flatMap((block) =>
      block.type === "paragraph"
        ? [line(block.text, { after: gap })]
        : block.items.map((item, i) => new Paragraph({ numbering: { reference: "bullets", level: 0 }, spacing: { after: i === block.items.length - 1 ? gap : 60 }, children: [new TextRun(item)] })),
    ),
    line(letter.closing, { after: gap * 3 }),
    ...letter.signature.map((text) => line(text)),
    ...(letter.enclosures.length ? [line(`Enclosed: ${letter.enclosures.map((e) => e.title).join("; ")}`, { after: gap })] : []),
  ];
  if (options.policyText && letter.enclosures.length) children.push(...enclosure(letter.enclosures[0]!.title, options.policyText, gap));

  return new Document({
    creator: letter.letterhead.lines[0],
    title: letter.subject,
    description: `${letter.kind} letter${options.largePrint ? " (large print)" : ""}`,
    styles: styles(body, size.subject * 2),
    numbering: {
      config: [
        {
          reference: "bullets",
          levels: [{ level: 0, format: LevelFormat.BULLET, text: "•", alignment: AlignmentType.LEFT, style: { run: { size: body }, paragraph: { indent: { left: 720, hanging: 360 } } } }],
        },
      ],
    },
    sections: [{ properties: { page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } }, children }],
  });
}

/** The enclosed policy, on its own pages after the letter: its text line by line, bullets as bullets. */
function enclosure(title: string, text: string, gap: number): Paragraph[] {
  const paragraphs = [new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, spacing: { after: gap }, children: [new TextRun(`Enclosure: ${title}`)] })];
  for (const raw of text.split(/\r?\n/)) {
    const trimmed = raw.trim();
    if (!trimmed) continue;
    const bullet = /^[•·]\s*(.*)$/.exec(trimmed);
    paragraphs.push(
      bullet
        ? new Paragraph({ numbering: { reference: "bullets", level: 0 }, spacing: { after: 60 }, children: [new TextRun(bullet[1] ?? "")] })
        : new Paragraph({ spacing: { after: gap / 2 }, children: [new TextRun(trimmed)] }),
    );
  }
  return paragraphs;
}

/**
 * Every style the package writes, at the letter's size or larger: the document default, and the
 * headings, title, list, hyperlink, footnote and endnote styles it defines even when a letter does
 * not use them (its footnote and endnote text would otherwise be 10 pt).
 */
function styles(body: number, subject: number): IStylesOptions {
  const run = { font: "Arial", size: body };
  const heading = { run: { font: "Arial", size: subject, bold: true, color: "000000" } };
  return {
    default: {
      document: { run, paragraph: { spacing: { line: 300 } } },
      title: heading,
      heading1: heading,
      heading2: heading,
      heading3: heading,
      heading4: heading,
      heading5: heading,
      heading6: heading,
      strong: { run: { ...run, bold: true } },
      listParagraph: { run },
      hyperlink: { run: { ...run, color: "0000EE", underline: {} } },
      footnoteReference: { run },
      footnoteText: { run },
      footnoteTextChar: { run },
      endnoteReference: { run },
      endnoteText: { run },
      endnoteTextChar: { run },
    },
  };
}

/** The .docx file's bytes (works in the browser and in Node). */
export async function letterDocx(letter: Letter, options: WordOptions): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(letterDocument(letter, options)));
}

/** A file name for the letter: its kind, the person and the date, without characters file systems refuse. */
export function letterFileName(letter: Letter, largePrint: boolean): string {
  const who = letter.recipient.name.replace(/[^\p{L}\p{N}' -]+/gu, " ").replace(/\s+/g, " ").trim().slice(0, 60) || "letter";
  return `${letter.date} ${letter.kind} ${who}${largePrint ? " (large print)" : ""}.docx`;
}
