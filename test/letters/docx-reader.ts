import { XMLParser, XMLValidator } from "fast-xml-parser";
import JSZip from "jszip";

/**
 * A .docx read back the way a test can check it: the package opened with jszip, each part's
 * XML validated (a Word file with a bad character does not open), the document's paragraphs
 * as text, and every font size the package sets anywhere (document, styles, numbering).
 */
export interface ReadDocx {
  paragraphs: string[];
  text: string;
  /** Every w:sz / w:szCs value, in points, across all parts. */
  sizes: number[];
  parts: string[];
  properties: string;
}

const decode = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

export async function readDocx(bytes: Uint8Array | ArrayBuffer): Promise<ReadDocx> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.keys(zip.files).filter((name) => name.endsWith(".xml") || name.endsWith(".rels"));
  const xml = new Map<string, string>();
  for (const name of parts) {
    const content = await zip.file(name)!.async("string");
    const valid = XMLValidator.validate(content);
    if (valid !== true) throw new Error(`${name} is not well-formed XML: ${JSON.stringify(valid.err)}`);
    xml.set(name, content);
  }
  const document = xml.get("word/document.xml");
  if (!document) throw new Error("no word/document.xml: not a Word document");
  new XMLParser().parse(document);
  const paragraphs = [...document.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decode(t[1]!)).join(""));
  const sizes = [...xml.values()].flatMap((content) => [...content.matchAll(/<w:sz(?:Cs)? w:val="(\d+)"/g)].map((m) => Number(m[1]) / 2));
  return { paragraphs, text: paragraphs.join("\n"), sizes, parts, properties: xml.get("docProps/core.xml") ?? "" };
}
