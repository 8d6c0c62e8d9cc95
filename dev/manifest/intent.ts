import type { ManifestExpectations } from "./expectations";
import { problem, type Problem } from "./problem";
import { child, children, localName, named, walk, type XmlElement } from "./xml";

/**
 * The manifest asks for exactly what was decided (docs/decisions/0002-manifest.md):
 * requirement sets, item permission, a pinnable read pane and the Graph scopes. "Exactly",
 * because each extra is a broader grant an admin is asked to consent to.
 */
export function intentProblems(root: XmlElement, expected: ManifestExpectations): Problem[] {
  return [...requirementProblems(root, expected), ...permissionProblems(root, expected), ...pinningProblems(root), ...scopeProblems(root, expected)];
}

function requirementProblems(root: XmlElement, expected: ManifestExpectations): Problem[] {
  const problems: Problem[] = [];
  const requirements = child(root, "Requirements");
  const sets = children(child(requirements, "Sets"), "Set");
  const base = sets[0];
  if (sets.length !== 1 || base?.attributes.Name !== "Mailbox" || base.attributes.MinVersion !== expected.baseMailboxVersion) {
    problems.push(problem("requirements", requirements?.path ?? root.path, `expected exactly <Set Name="Mailbox" MinVersion="${expected.baseMailboxVersion}"/>`));
  }
  const v1_1 = child(child(root, "VersionOverrides"), "VersionOverrides");
  const overrideSets = child(child(v1_1, "Requirements"), "Sets");
  const mailbox = children(overrideSets, "Set");
  const version = mailbox[0]?.attributes.MinVersion ?? overrideSets?.attributes.DefaultMinVersion;
  if (mailbox.length !== 1 || mailbox[0]?.attributes.Name !== "Mailbox" || version !== expected.overridesMailboxVersion) {
    problems.push(
      problem("requirements", overrideSets?.path ?? v1_1?.path ?? root.path, `VersionOverridesV1_1 must require exactly Mailbox ${expected.overridesMailboxVersion} (event-based activation and Smart Alerts), found ${version ?? "none"}`),
    );
  }
  return problems;
}

function permissionProblems(root: XmlElement, expected: ManifestExpectations): Problem[] {
  const permissions = child(root, "Permissions");
  if (permissions?.text === expected.permissions) return [];
  return [problem("permissions", permissions?.path ?? root.path, `expected ${expected.permissions}, found ${permissions?.text ?? "none"}`)];
}

/** Staff work down a queue of mail: without pinning the pane closes on every new message. */
function pinningProblems(root: XmlElement): Problem[] {
  const readSurfaces = [...walk(root)].filter((e) => e.attributes["xsi:type"] === "MessageReadCommandSurface");
  const panes = readSurfaces.flatMap((s) => [...walk(s)]).filter((e) => localName(e.name) === "Action" && e.attributes["xsi:type"] === "ShowTaskpane");
  if (panes.length === 0) return [problem("pinning", readSurfaces[0]?.path ?? root.path, "MessageReadCommandSurface has no ShowTaskpane action")];
  return panes
    .filter((action) => child(action, "SupportsPinning")?.text !== "true")
    .map((action) => problem("pinning", action.path, "the read-mode task pane must have <SupportsPinning>true</SupportsPinning>"));
}

/** An Entra app (client) id. */
export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function scopeProblems(root: XmlElement, expected: ManifestExpectations): Problem[] {
  const infos = named([...walk(root)], "WebApplicationInfo");
  if (infos.length !== 1) return [problem("scopes", root.path, `expected one <WebApplicationInfo>, found ${infos.length}`)];
  const info = infos[0]!;
  const problems: Problem[] = [];
  const scopes = children(child(info, "Scopes"), "Scope").map((s) => s.text);
  const want = [...expected.scopes].sort();
  if (JSON.stringify([...scopes].sort()) !== JSON.stringify(want)) {
    problems.push(problem("scopes", child(info, "Scopes")?.path ?? info.path, `expected exactly ${want.join(", ")}, found ${scopes.join(", ") || "none"}`));
  }
  const id = child(info, "Id")?.text ?? "";
  if (!GUID.test(id)) problems.push(problem("scopes", child(info, "Id")?.path ?? info.path, `Id "${id}" is not an app (client) id GUID`));
  // The Application ID URI Entra expects for Office SSO: api://<add-in host>/<client id>.
  const resource = `api://${new URL(expected.origin).host}/${id}`;
  const found = child(info, "Resource")?.text;
  if (found !== resource) problems.push(problem("scopes", child(info, "Resource")?.path ?? info.path, `Resource must be ${resource}, found ${found ?? "none"}`));
  return problems;
}
