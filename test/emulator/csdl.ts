import { readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";

/**
 * Schemas derived from Microsoft's Graph v1.0 CSDL (../shared/graph-reference), to check that
 * every property the emulator returns is declared on the type, with the right kind of value.
 */
interface TypeDef {
  base?: string;
  open: boolean;
  kind: "entity" | "complex" | "enum";
  properties: Map<string, string>;
}

const FILE = join(import.meta.dirname, "../../../shared/graph-reference/msgraph-metadata/cleanMetadata.xml");
let types: Map<string, TypeDef> | undefined;

type Node = Record<string, unknown>;
const many = (v: unknown): Node[] => (Array.isArray(v) ? (v as Node[]) : v ? [v as Node] : []);

function load(): Map<string, TypeDef> {
  if (types) return types;
  const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(readFileSync(FILE, "utf8")) as Node;
  const schemas = many(((xml["edmx:Edmx"] as Node)["edmx:DataServices"] as Node).Schema);
  const graph = schemas.find((s) => s.Namespace === "microsoft.graph")!;
  types = new Map();
  for (const [kind, key] of [["entity", "EntityType"], ["complex", "ComplexType"], ["enum", "EnumType"]] as const) {
    for (const t of many(graph[key])) {
      const properties = new Map<string, string>();
      for (const p of [...many(t.Property), ...many(t.NavigationProperty)]) properties.set(String(p.Name), String(p.Type));
      types.set(`graph.${String(t.Name)}`, { kind, open: t.OpenType === "true", properties, ...(t.BaseType ? { base: String(t.BaseType) } : {}) });
    }
  }
  return types;
}

/** Whether the CSDL declares `name` on `type` or its base types (open types accept more). */
export function declares(type: string, name: string): boolean {
  return property(type, name) !== undefined;
}

function property(type: string, name: string): string | undefined {
  const all = load();
  for (let t = all.get(type); t; t = t.base ? all.get(t.base) : undefined) {
    const found = t.properties.get(name);
    if (found) return found;
  }
  return undefined;
}

function isOpen(type: string): boolean {
  const all = load();
  for (let t = all.get(type); t; t = t.base ? all.get(t.base) : undefined) if (t.open) return true;
  return false;
}

/** Problems with `value` as an instance of `type` (e.g. "graph.listItem"); [] when it conforms. */
export function validate(value: unknown, type: string, path = type): string[] {
  const collection = /^Collection\((.+)\)$/.exec(type);
  if (collection) {
    if (!Array.isArray(value)) return [`${path}: expected an array`];
    return value.flatMap((v, i) => validate(v, collection[1]!, `${path}[${i}]`));
  }
  if (value === null) return [];
  if (type.startsWith("Edm.")) return primitive(value, type, path);
  const def = load().get(type);
  if (!def) return [`${path}: unknown type ${type}`];
  if (def.kind === "enum") return typeof value === "string" ? [] : [`${path}: expected an enum string`];
  if (typeof value !== "object" || Array.isArray(value)) return [`${path}: expected an object of ${type}`];
  const problems: string[] = [];
  for (const [name, v] of Object.entries(value as Record<string, unknown>)) {
    if (name.startsWith("@") || name.includes("@odata.")) continue;
    const declared = property(type, name);
    if (!declared) {
      if (!isOpen(type)) problems.push(`${path}.${name}: not a property of ${type}`);
      continue;
    }
    problems.push(...validate(v, declared, `${path}.${name}`));
  }
  return problems;
}

function primitive(value: unknown, type: string, path: string): string[] {
  switch (type) {
    case "Edm.String":
    case "Edm.Guid":
    case "Edm.Binary":
      return typeof value === "string" ? [] : [`${path}: expected a string`];
    case "Edm.Boolean":
      return typeof value === "boolean" ? [] : [`${path}: expected a boolean`];
    case "Edm.Int32":
    case "Edm.Int64":
    case "Edm.Double":
    case "Edm.Decimal":
      return typeof value === "number" ? [] : [`${path}: expected a number`];
    case "Edm.DateTimeOffset":
      return typeof value === "string" && !Number.isNaN(Date.parse(value)) ? [] : [`${path}: expected an ISO date-time`];
    default:
      return [];
  }
}
