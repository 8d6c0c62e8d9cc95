import { GRAPH_SCOPES } from "../../src/graph/auth/scopes";
import { orderProblems } from "./order";
import { child, localName, parseXml, walk, type XmlElement } from "./xml";

export interface ManifestExpectations {
  origin: string;
  permissions: string;
  baseMailboxVersion: string;
  overridesMailboxVersion: string;
  scopes: readonly string[];
}

export const EXPECTED: ManifestExpectations = {
  origin: "https://localhost:3000",
  permissions: "ReadWriteItem",
  baseMailboxVersion: "1.1",
  overridesMailboxVersion: "1.12",
  scopes: GRAPH_SCOPES,
};

/** Which resource collection each kind of resid must resolve into. */
const RESID_KIND: Record<string, string> = {
  Image: "Images",
  SourceLocation: "Urls",
  Runtime: "Urls",
  Override: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Description: "LongStrings",
};

/**
 * The offline manifest checks run by `npm test` (the online validator is unreachable
 * here). Each problem names the element path.
 */
export function checkManifest(xml: string, runtimeSource: string, expected: ManifestExpectations = EXPECTED): string[] {
  const { root, error } = parseXml(xml);
  if (!root) return [error ?? "empty document"];
  if (root.name !== "OfficeApp" || root.attributes["xsi:type"] !== "MailApp") return ["/OfficeApp: root must be <OfficeApp xsi:type=\"MailApp\">"];
  const all = [...walk(root)];
  const problems: string[] = all.flatMap(orderProblems);
  problems.push(...residProblems(all), ...urlProblems(all, expected.origin), ...launchEventProblems(all, runtimeSource));
  problems.push(...intentProblems(root, all, expected));
  return problems;
}

function residProblems(all: XmlElement[]): string[] {
  const resources = new Map<string, Set<string>>();
  for (const element of all) {
    const name = localName(element.name);
    if (["Images", "Urls", "ShortStrings", "LongStrings"].includes(name) && element.path.includes("/Resources/")) {
      resources.set(name, new Set(element.children.map((c) => c.attributes.id ?? "")));
    }
  }
  const problems: string[] = [];
  for (const element of all) {
    const resid = element.attributes.resid;
    if (resid === undefined) continue;
    const kind = RESID_KIND[localName(element.name)] ?? "Urls";
    if (resid.length > 32) problems.push(`${element.path}: resid "${resid}" is longer than 32 characters`);
    if (!resources.get(kind)?.has(resid)) problems.push(`${element.path}: resid "${resid}" is not defined in Resources/${kind}`);
  }
  return problems;
}

function urlProblems(all: XmlElement[], origin: string): string[] {
  const problems: string[] = [];
  for (const element of all) {
    const candidates = [element.attributes.DefaultValue, localName(element.name) === "AppDomain" ? element.text : undefined];
    for (const value of candidates) {
      if (!value || !/^[a-z]+:\/\//i.test(value)) continue;
      const url = new URL(value);
      if (url.protocol !== "https:") problems.push(`${element.path}: ${value} must use https`);
      else if (url.origin !== origin) problems.push(`${element.path}: ${value} is not on ${origin}`);
    }
  }
  return problems;
}

function launchEventProblems(all: XmlElement[], runtimeSource: string): string[] {
  const registered = new Set([...runtimeSource.matchAll(/Office\.actions\.associate\(\s*["'`]([^"'`]+)["'`]/g)].map((m) => m[1]));
  return all
    .filter((e) => localName(e.name) === "LaunchEvent")
    .filter((e) => !registered.has(e.attributes.FunctionName ?? ""))
    .map((e) => `${e.path}: ${e.attributes.Type} handler "${e.attributes.FunctionName}" is not registered with Office.actions.associate in the event runtime`);
}

function intentProblems(root: XmlElement, all: XmlElement[], expected: ManifestExpectations): string[] {
  const problems: string[] = [];
  const permissions = child(root, "Permissions")?.text;
  if (permissions !== expected.permissions) problems.push(`/OfficeApp/Permissions: expected ${expected.permissions}, found ${permissions}`);
  const baseSet = child(child(child(root, "Requirements"), "Sets"), "Set");
  if (baseSet?.attributes.Name !== "Mailbox" || baseSet.attributes.MinVersion !== expected.baseMailboxVersion) {
    problems.push(`/OfficeApp/Requirements: expected Mailbox ${expected.baseMailboxVersion}`);
  }
  const overrideSets = all.find((e) => localName(e.name) === "Sets" && e.attributes.DefaultMinVersion !== undefined);
  if (overrideSets?.attributes.DefaultMinVersion !== expected.overridesMailboxVersion) {
    problems.push(`VersionOverrides/Requirements: expected Mailbox ${expected.overridesMailboxVersion} (event-based activation)`);
  }
  const readSurface = all.find((e) => e.attributes["xsi:type"] === "MessageReadCommandSurface");
  const pinnable = readSurface && [...walk(readSurface)].some((e) => localName(e.name) === "SupportsPinning" && e.text === "true");
  if (!pinnable) problems.push("MessageReadCommandSurface: the read-mode task pane must have <SupportsPinning>true</SupportsPinning>");
  const scopes = all.filter((e) => localName(e.name) === "Scope").map((e) => e.text).sort();
  if (JSON.stringify(scopes) !== JSON.stringify([...expected.scopes].sort())) {
    problems.push(`WebApplicationInfo/Scopes: expected exactly ${expected.scopes.join(", ")}, found ${scopes.join(", ")}`);
  }
  return problems;
}
