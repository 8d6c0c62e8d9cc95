import type { XmlElement } from "./xml";
import { localName } from "./xml";
import { problem, type Problem } from "./problem";

/**
 * Child order the schemas require. The XSDs are sequences: Outlook refuses a manifest whose
 * elements are out of order even when each one is valid, and the online validator reports
 * it as "not a valid child", which is easy to misread. Sources (checked November 2025):
 * - OfficeApp (MailApp): OfficeApp sequence + MailApp extension (MS-OWEMXML; learn.microsoft.com
 *   "How to find the proper order of manifest elements").
 * - VersionOverridesV1_0 (mail): MS-OWEMXML 2.2 VersionOverridesV1_0 (+ WebApplicationInfo
 *   after the nested overrides, per the mail reference table).
 * - VersionOverridesV1_1: MS-OWEMXML 2.2.189.
 * - MailHost: MS-OWEMXML 2.2.159 (Runtimes, DesktopFormFactor, MobileFormFactor).
 * - DesktopFormFactor: SupportsSharedFolders first (learn.microsoft.com SupportsSharedFolders).
 * Rules are keyed `Name[xsi:type]` first, then `Name`; children a rule does not list are errors.
 */
export const ORDER: Readonly<Record<string, readonly string[]>> = {
  "OfficeApp[MailApp]": [
    "Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
    "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "FormSettings", "Permissions",
    "Rule", "DisableEntityHighlighting", "VersionOverrides",
  ],
  "VersionOverrides[VersionOverridesV1_0]": ["Description", "Requirements", "Hosts", "Resources", "VersionOverrides", "WebApplicationInfo"],
  "VersionOverrides[VersionOverridesV1_1]": [
    "Description", "Requirements", "Hosts", "Resources", "WebApplicationInfo", "EquivalentAddins",
    "ConnectedServiceControls", "ExtendedPermissions",
  ],
  "Host[MailHost]": ["Runtimes", "DesktopFormFactor", "MobileFormFactor"],
  DesktopFormFactor: ["SupportsSharedFolders", "FunctionFile", "ExtensionPoint"],
  MobileFormFactor: ["FunctionFile", "ExtensionPoint"],
  Runtimes: ["Runtime"],
  Runtime: ["Override"],
  "ExtensionPoint[LaunchEvent]": ["LaunchEvents", "SourceLocation"],
  "ExtensionPoint[MessageReadCommandSurface]": ["OfficeTab", "CustomTab"],
  "ExtensionPoint[MessageComposeCommandSurface]": ["OfficeTab", "CustomTab"],
  Group: ["Label", "Icon", "Control"],
  "Control[Button]": ["Label", "Supertip", "Icon", "Action"],
  Supertip: ["Title", "Description"],
  "Action[ExecuteFunction]": ["FunctionName"],
  "Action[ShowTaskpane]": ["TaskpaneId", "SourceLocation", "Title", "SupportsPinning", "SupportsNoItemContext", "SupportsMultiSelect"],
  Resources: ["Images", "Urls", "ShortStrings", "LongStrings"],
  Form: ["DesktopSettings", "TabletSettings", "PhoneSettings"],
  DesktopSettings: ["SourceLocation", "RequestedHeight"],
  WebApplicationInfo: ["Id", "MsaId", "Resource", "Scopes", "Authorizations"],
};

export function ruleFor(element: XmlElement): readonly string[] | undefined {
  const name = localName(element.name);
  const type = element.attributes["xsi:type"];
  return (type ? ORDER[`${name}[${type}]`] : undefined) ?? ORDER[name];
}

/** Problems with the order (or presence) of `element`'s children, if a rule covers it. */
export function orderProblems(element: XmlElement): Problem[] {
  const rule = ruleFor(element);
  if (!rule) return [];
  const parent = localName(element.name);
  const problems: Problem[] = [];
  let last = -1;
  for (const c of element.children) {
    const name = localName(c.name);
    const position = rule.indexOf(name);
    if (position === -1) {
      problems.push(problem("order", c.path, `<${name}> is not allowed inside <${parent}> (allowed, in order: ${rule.join(", ")})`));
    } else if (position < last) {
      problems.push(problem("order", c.path, `<${name}> must come before <${rule[last]}> inside <${parent}>`));
    } else {
      last = position;
    }
  }
  return problems;
}
