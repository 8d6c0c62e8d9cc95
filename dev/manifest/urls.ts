import { problem, type Problem } from "./problem";
import { localName, type XmlElement } from "./xml";

/** Elements whose DefaultValue (and bt:Override Value) must be an absolute URL. */
const URL_ELEMENTS = new Set(["IconUrl", "HighResolutionIconUrl", "SupportUrl", "Image", "Url"]);

/**
 * Every URL is https and on the configured origin. One origin keeps AppDomains trivial,
 * lets one dev certificate cover everything and makes "move to production" a single
 * search-and-replace; https is required by Outlook for every add-in resource.
 */
export function urlProblems(all: readonly XmlElement[], origin: string): Problem[] {
  const problems: Problem[] = [];
  for (const element of all) {
    for (const value of candidates(element)) {
      const found = checkUrl(value, origin);
      if (found) problems.push(problem("urls", element.path, found));
    }
  }
  return problems;
}

/** The URL values `element` carries. */
function candidates(element: XmlElement): string[] {
  const name = localName(element.name);
  // A base-manifest SourceLocation has DefaultValue; a VersionOverrides one has resid only.
  const urlValued = URL_ELEMENTS.has(name) || (name === "SourceLocation" && element.attributes.DefaultValue !== undefined);
  const values = [element.attributes.DefaultValue, element.attributes.Value].filter((v): v is string => v !== undefined);
  // Outside URL elements, anything that looks like scheme://… is still a URL the add-in loads.
  const urls = values.filter((value) => urlValued || /^[a-z][a-z0-9+.-]*:\/\//i.test(value));
  return name === "AppDomain" ? [...urls, element.text] : urls;
}

function checkUrl(value: string, origin: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `"${value}" is not an absolute URL`;
  }
  if (url.protocol !== "https:") return `${value} must use https`;
  if (url.origin !== origin) return `${value} is not on ${origin} (all add-in URLs share one origin)`;
  return undefined;
}
