import { XMLParser, XMLValidator } from "fast-xml-parser";

/** An element with its children in document order (what element-order checks need). */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
  path: string;
}

type Ordered = Record<string, unknown> & { ":@"?: Record<string, string> };

export function parseXml(xml: string): { root?: XmlElement; error?: string } {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return { error: `not well-formed XML: ${valid.err.msg} (line ${valid.err.line})` };
  const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: "", commentPropName: "#comment" });
  const nodes = parser.parse(xml) as Ordered[];
  const elements = nodes.flatMap((node) => toElement(node, ""));
  return { root: elements[0] };
}

function toElement(node: Ordered, parentPath: string): XmlElement[] {
  const name = Object.keys(node).find((key) => key !== ":@");
  if (!name || name === "#text" || name === "#comment" || name === "?xml") return [];
  const path = `${parentPath}/${name}`;
  const raw = node[name] as Ordered[];
  const text = raw.filter((child) => "#text" in child).map((child) => String(child["#text"])).join("").trim();
  return [{ name, attributes: node[":@"] ?? {}, children: raw.flatMap((child) => toElement(child, path)), text, path }];
}

/** Every element under `root`, depth first. */
export function* walk(root: XmlElement): Generator<XmlElement> {
  yield root;
  for (const child of root.children) yield* walk(child);
}

export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((c) => c.name === name);
}

export function localName(name: string): string {
  return name.includes(":") ? name.slice(name.indexOf(":") + 1) : name;
}
