import { GUID } from "./intent";
import { problem, type Problem } from "./problem";
import { child, localName, type XmlElement } from "./xml";

/** Namespaces the schemas bind these elements to; a typo here fails silently in some clients. */
export const NS = {
  officeApp: "http://schemas.microsoft.com/office/appforoffice/1.1",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  overridesV1_0: "http://schemas.microsoft.com/office/mailappversionoverrides",
  overridesV1_1: "http://schemas.microsoft.com/office/mailappversionoverrides/1.1",
} as const;

/** Base-manifest elements a MailApp cannot do without (order.ts checks where they are, not whether). */
const REQUIRED = ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "FormSettings", "Permissions", "Rule"];

/** Root, namespaces, prefixes, required base elements, the add-in Id and the VersionOverrides nesting. */
export function structureProblems(root: XmlElement): Problem[] {
  const problems: Problem[] = [];
  const at = (path: string, message: string) => problems.push(problem("structure", path, message));
  if (localName(root.name) !== "OfficeApp" || root.attributes["xsi:type"] !== "MailApp") {
    at(root.path, 'root must be <OfficeApp xsi:type="MailApp">');
  }
  if (root.attributes.xmlns !== NS.officeApp) at(root.path, `xmlns must be ${NS.officeApp}`);
  if (root.attributes["xmlns:xsi"] !== NS.xsi) at(root.path, `xmlns:xsi must be ${NS.xsi}`);
  if (root.attributes["xmlns:bt"] !== NS.bt) at(root.path, `xmlns:bt must be ${NS.bt}`);
  problems.push(...undeclaredPrefixes(root, new Set()));
  for (const name of REQUIRED) if (!child(root, name)) at(root.path, `<${name}> is required`);
  const id = child(root, "Id");
  if (id && !GUID.test(id.text)) at(id.path, `"${id.text}" is not a GUID`);
  const version = child(root, "Version");
  if (version && !/^\d{1,5}(\.\d{1,5}){0,3}$/.test(version.text)) at(version.path, `"${version.text}" is not n[.n[.n[.n]]]`);

  const outer = child(root, "VersionOverrides");
  const inner = child(outer, "VersionOverrides");
  if (!outer || outer.attributes["xsi:type"] !== "VersionOverridesV1_0" || outer.attributes.xmlns !== NS.overridesV1_0) {
    at(outer?.path ?? root.path, `needs <VersionOverrides xmlns="${NS.overridesV1_0}" xsi:type="VersionOverridesV1_0">`);
  }
  // V1_1 carries Runtimes and LaunchEvent; it has to sit inside V1_0 (clients that only know
  // V1_0 then ignore it instead of rejecting the manifest).
  if (!inner || inner.attributes["xsi:type"] !== "VersionOverridesV1_1" || inner.attributes.xmlns !== NS.overridesV1_1) {
    at(inner?.path ?? outer?.path ?? root.path, `needs a nested <VersionOverrides xmlns="${NS.overridesV1_1}" xsi:type="VersionOverridesV1_1">`);
  }
  return problems;
}

/** fast-xml-parser does not resolve namespaces, so check that every prefix used is declared in scope. */
function undeclaredPrefixes(element: XmlElement, inherited: ReadonlySet<string>): Problem[] {
  const declared = new Set(inherited);
  for (const name of Object.keys(element.attributes)) if (name.startsWith("xmlns:")) declared.add(name.slice(6));
  const used = [element.name, ...Object.keys(element.attributes)]
    .filter((name) => name.includes(":") && !name.startsWith("xmlns:"))
    .map((name) => name.slice(0, name.indexOf(":")));
  const problems = [...new Set(used)]
    .filter((prefix) => !declared.has(prefix))
    .map((prefix) => problem("structure", element.path, `namespace prefix "${prefix}" is not declared`));
  return [...problems, ...element.children.flatMap((c) => undeclaredPrefixes(c, declared))];
}
