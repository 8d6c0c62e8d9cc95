import hosts from "./microsoft-hosts.json";

/**
 * Where the product may send a bearer token. The Graph client attaches the token to whatever
 * root config.json names, so a root that is not Microsoft's (`http://evil…`,
 * `graph.microsoft.com.evil.example`, `javascript:`) would hand the signed-in person's token to
 * someone else. A real tenant (msal) talks only to Microsoft's hosts over https; the development
 * token (dev) only to this machine (the emulator).
 */
export const GRAPH_HOSTS: readonly string[] = hosts.graph;
export const LOGIN_HOSTS: readonly string[] = hosts.login;
export const LOCAL_HOSTS: readonly string[] = hosts.local;

/** Why `value` may not be the Graph root for this kind of sign-in; undefined when it may. */
export function graphRootProblem(value: string, mode: "dev" | "msal"): string | undefined {
  const url = parsed(value);
  if (!url) return `"${value}" is not a URL.`;
  const common = problemsOf(value, url);
  if (common) return common;
  if (mode === "msal") {
    if (url.protocol !== "https:") return `a real tenant's Graph root must use https, not ${url.protocol.replace(":", "")}.`;
    if (!GRAPH_HOSTS.includes(url.hostname) || url.port) return `${url.host} is not Microsoft Graph (one of ${GRAPH_HOSTS.join(", ")}).`;
  } else {
    if (url.protocol !== "http:" && url.protocol !== "https:") return `the development Graph root must be http or https, not ${url.protocol.replace(":", "")}.`;
    if (!LOCAL_HOSTS.includes(url.hostname)) return `the development token goes only to this machine (${LOCAL_HOSTS.join(", ")}), not to ${url.hostname}.`;
  }
  if (!/^\/v1\.0\/?$/.test(url.pathname)) return `the Graph root must end in /v1.0 (the version the add-in is written for), not ${url.pathname}.`;
  return undefined;
}

/** Why `value` may not be the Microsoft Entra authority; undefined when it may. */
export function authorityProblem(value: string): string | undefined {
  const url = parsed(value);
  if (!url) return `"${value}" is not a URL.`;
  const common = problemsOf(value, url);
  if (common) return common;
  if (url.protocol !== "https:") return `the sign-in authority must use https, not ${url.protocol.replace(":", "")}.`;
  if (!LOGIN_HOSTS.includes(url.hostname) || url.port) return `${url.host} is not Microsoft Entra sign-in (one of ${LOGIN_HOSTS.join(", ")}).`;
  // One segment: a tenant id, a domain, "organizations" or "common".
  if (!/^\/[A-Za-z0-9.-]+\/?$/.test(url.pathname)) return `the authority is Microsoft Entra's host and one tenant, e.g. https://login.microsoftonline.com/organizations, not ${url.pathname}.`;
  return undefined;
}

function parsed(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

/**
 * What no endpoint may carry: a user name or password (`https://graph.microsoft.com@evil.example`),
 * a query or a fragment, or `.`/`..` segments (which URL parsing would quietly resolve away).
 */
function problemsOf(value: string, url: URL): string | undefined {
  if (/\/\.{1,2}(\/|$)/.test(value.replace(/^[a-z]+:\/\//i, "/"))) return "it must not carry . or .. segments.";
  if (url.username || url.password) return "it must not carry a user name or password.";
  if (url.search || url.hash) return "it must not carry a query or a fragment.";
  return undefined;
}
