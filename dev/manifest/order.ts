import type { XmlElement } from "./xml";
import { localName } from "./xml";

/**
 * Child order the schemas require (the XSDs are sequences; Outlook refuses a manifest
 * whose elements are out of order even when each is valid).
 * - OfficeApp (MailApp): MS-OWEMXML / learn.microsoft.com "OfficeApp element".
 * - VersionOverridesV1_0/V1_1 for mail: Description, Requirements, Hosts, Resources, WebApplicationInfo, …
 * - MailHost: Runtimes before DesktopFormFactor.
 */
export const ORDER: Record<string, readonly string[]> = {
  OfficeApp: [
    "Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
    "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "FormSettings", "Permissions",
    "Rule", "DisableEntityHighlighting", "Dictionary", "VersionOverrides",
  ],
  VersionOverrides: ["Description", "Requirements", "Hosts", "Resources", "WebApplicationInfo", "VersionOverrides", "EquivalentAddins", "ExtendedPermissions"],
  Host: ["Runtimes", "DesktopFormFactor", "MobileFormFactor"],
  Resources: ["Images", "Urls", "ShortStrings", "LongStrings"],
};

/** Problems with the order of `element`'s children, if it has a rule. */
export function orderProblems(element: XmlElement): string[] {
  const rule = ORDER[localName(element.name)];
  if (!rule) return [];
  const problems: string[] = [];
  let last = -1;
  for (const childElement of element.children) {
    const name = localName(childElement.name);
    const position = rule.indexOf(name);
    if (position === -1) {
      problems.push(`${childElement.path}: <${name}> is not allowed inside <${localName(element.name)}>`);
    } else if (position < last) {
      problems.push(`${childElement.path}: <${name}> must come before <${rule[last]}>`);
    } else {
      last = position;
    }
  }
  return problems;
}
