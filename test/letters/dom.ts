import { parseDocument } from "htmlparser2";
import { textContent, getElementsByTagName } from "domutils";

/** The text a reader of the draft sees (entities decoded), and which elements the HTML really has. */
export function parseHTML(html: string): string {
  return textContent(parseDocument(html));
}

export function elementNames(html: string): string[] {
  return [...new Set(getElementsByTagName(() => true, parseDocument(html).children, true).map((e) => e.name))].sort();
}
