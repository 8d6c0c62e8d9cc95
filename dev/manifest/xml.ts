import { XMLParser, XMLValidator } from "fast-xml-parser";

/** An element with its children in document order (what element-order checks need). */
export interface XmlElement {
  /** Qualified name as written, e.g. `bt:Image`. */
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
  /** e.g. `/OfficeApp[MailApp]/…/Control[Button]#csmReadPaneButton/Label`: `[type]` and `#id` where present. */
  path: string;
}

type Ordered = Record<string, unknown> & { ":@"?: Record<string, string> };

export function parseXml(xml: string): { root?: XmlElement; error?: string } {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return { error: `not well-formed XML: ${valid.err.msg} (line ${valid.err.line})` };
  // parseTagValue off: "0.1.0.0", "true" and GUIDs must stay the strings the schema sees.
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    parseTagValue: false,
    parseAttributeValue: false,
    commentPropName: "#comment",
  });
  const nodes = parser.parse(xml) as Ordered[];
  const elements = nodes.flatMap((node) => toElement(node, ""));
  if (elements.length === 0) return { error: "no root element" };
  return { root: elements[0] };
}

function toElement(node: Ordered, parentPath: string): XmlElement[] {
  const name = Object.keys(node).find((key) => key !== ":@");
  if (!name || name === "#text" || name === "#comment" || name.startsWith("?")) return [];
  const attributes = node[":@"] ?? {};
  const path = `${parentPath}/${name}${label(attributes)}`;
  const raw = node[name] as Ordered[];
  const text = raw
    .filter((child) => "#text" in child)
    .map((child) => String(child["#text"]))
    .join("")
    .trim();
  return [{ name, attributes, children: raw.flatMap((child) => toElement(child, path)), text, path }];
}

/** Sibling elements often share a name (ExtensionPoint, Control, LaunchEvent); the type or id tells them apart. */
function label(attributes: Record<string, string>): string {
  const type = attributes["xsi:type"] ?? attributes.Type;
  return `${type ? `[${type}]` : ""}${attributes.id ? `#${attributes.id}` : ""}`;
}

/** Every element under `root`, depth first, root included. */
export function* walk(root: XmlElement): Generator<XmlElement> {
  yield root;
  for (const child of root.children) yield* walk(child);
}

export function localName(name: string): string {
  return name.includes(":") ? name.slice(name.indexOf(":") + 1) : name;
}

export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((c) => localName(c.name) === name);
}

export function children(element: XmlElement | undefined, name: string): XmlElement[] {
  return element?.children.filter((c) => localName(c.name) === name) ?? [];
}

/** Elements anywhere in `all` with this local name. */
export function named(all: readonly XmlElement[], name: string): XmlElement[] {
  return all.filter((e) => localName(e.name) === name);
}
