import { problem, type Problem } from "./problem";
import { child, localName, type XmlElement } from "./xml";

export type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";
export type ResourceTable = ReadonlyMap<ResourceKind, ReadonlyMap<string, string>>;

/** Which collection a `resid` on each element must resolve into (the schema's reference types). */
const RESID_KIND: Readonly<Record<string, ResourceKind>> = {
  Image: "Images",
  SourceLocation: "Urls",
  FunctionFile: "Urls",
  Runtime: "Urls",
  Override: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Description: "LongStrings",
};
const ENTRY: Readonly<Record<ResourceKind, string>> = { Images: "Image", Urls: "Url", ShortStrings: "String", LongStrings: "String" };
/** Outlook rejects longer ids; the schema does not say so, the element reference does. */
export const MAX_RESID = 32;

/** id → DefaultValue per collection of one <Resources>. */
export function resourceTable(resources: XmlElement | undefined): ResourceTable {
  const table = new Map<ResourceKind, Map<string, string>>();
  for (const kind of Object.keys(ENTRY) as ResourceKind[]) {
    const entries = child(resources, kind)?.children ?? [];
    table.set(kind, new Map(entries.map((e) => [e.attributes.id ?? "", e.attributes.DefaultValue ?? ""])));
  }
  return table;
}

/**
 * Every `resid` resolves in the Resources of its own VersionOverrides (a nested one inherits
 * nothing from its parent) and in the right collection; ids are unique and at most 32 chars.
 */
export function resourceProblems(root: XmlElement): Problem[] {
  return overridesScopes(root).flatMap(({ overrides, members }) => {
    const resources = child(overrides, "Resources");
    const table = resourceTable(resources);
    return [...definitionProblems(resources), ...members.flatMap((e) => referenceProblems(e, table))];
  });
}

function definitionProblems(resources: XmlElement | undefined): Problem[] {
  const problems: Problem[] = [];
  for (const collection of resources?.children ?? []) {
    const kind = localName(collection.name) as ResourceKind;
    const seen = new Set<string>();
    for (const entry of collection.children) {
      const id = entry.attributes.id ?? "";
      if (localName(entry.name) !== ENTRY[kind]) problems.push(problem("resources", entry.path, `<${kind}> holds <bt:${ENTRY[kind]}> entries only`));
      if (id === "") problems.push(problem("resources", entry.path, "resource has no id"));
      if (id.length > MAX_RESID) problems.push(problem("resources", entry.path, `id "${id}" is longer than ${MAX_RESID} characters`));
      if (seen.has(id)) problems.push(problem("resources", entry.path, `id "${id}" is defined twice in ${kind}`));
      if (!entry.attributes.DefaultValue) problems.push(problem("resources", entry.path, "resource has no DefaultValue"));
      seen.add(id);
    }
  }
  return problems;
}

function referenceProblems(element: XmlElement, table: ResourceTable): Problem[] {
  const resid = element.attributes.resid;
  if (resid === undefined) return [];
  const kind = RESID_KIND[localName(element.name)];
  if (!kind) return [problem("resources", element.path, `<${localName(element.name)}> does not take a resid`)];
  const problems: Problem[] = [];
  if (resid.length > MAX_RESID) problems.push(problem("resources", element.path, `resid "${resid}" is longer than ${MAX_RESID} characters`));
  if (!table.get(kind)?.has(resid)) {
    const elsewhere = [...table].find(([, ids]) => ids.has(resid))?.[0];
    const hint = elsewhere ? ` (it is in ${elsewhere}, the wrong kind for <${localName(element.name)}>)` : "";
    problems.push(problem("resources", element.path, `resid "${resid}" is not defined in Resources/${kind}${hint}`));
  }
  return problems;
}

/** Each VersionOverrides with the elements it owns (not those of a nested VersionOverrides). */
export function overridesScopes(root: XmlElement): Array<{ overrides: XmlElement; members: XmlElement[] }> {
  const scopes: Array<{ overrides: XmlElement; members: XmlElement[] }> = [];
  const visit = (element: XmlElement, scope: XmlElement[] | undefined) => {
    for (const c of element.children) {
      if (localName(c.name) === "VersionOverrides") {
        const members: XmlElement[] = [];
        scopes.push({ overrides: c, members });
        visit(c, members);
      } else {
        scope?.push(c);
        visit(c, scope);
      }
    }
  };
  visit(root, undefined);
  return scopes;
}
