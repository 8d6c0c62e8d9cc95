/**
 * HTML → plain text, as Outlook's body.getAsync(CoercionType.Text) gives it: paragraphs and
 * line breaks kept, markup dropped. DOMParser builds an inert document (no scripts run,
 * nothing loads), so hostile mail is safe to parse here.
 */
const BLOCKS = new Set(["P", "DIV", "LI", "TR", "H1", "H2", "H3", "H4", "H5", "H6", "BLOCKQUOTE", "PRE", "TABLE", "UL", "OL", "HR"]);
const SKIP = new Set(["SCRIPT", "STYLE", "HEAD", "TEMPLATE", "NOSCRIPT"]);

export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(html, "text/html");
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) return void out.push((node.textContent ?? "").replace(/\s+/g, " "));
    if (!(node instanceof Element) || SKIP.has(node.tagName)) return;
    if (node.tagName === "BR") return void out.push("\n");
    const block = BLOCKS.has(node.tagName);
    if (block) out.push("\n");
    node.childNodes.forEach(walk);
    if (block) out.push("\n");
  };
  walk(doc.body);
  return out
    .join("")
    .replace(/[ \t]*\n[ \t]*/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
