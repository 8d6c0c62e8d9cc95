/**
 * One thing wrong with the manifest. `path` names the element (as in the XML, with its
 * xsi:type or id in brackets) so a reader can find it without line numbers, which the
 * order-preserving parser does not keep.
 */
export interface Problem {
  /** Which family of check found it (for the CLI's summary and for tests). */
  check: ManifestCheck;
  path: string;
  message: string;
}

export type ManifestCheck =
  | "xml"
  | "structure"
  | "order"
  | "resources"
  | "urls"
  | "launch-events"
  | "requirements"
  | "permissions"
  | "pinning"
  | "scopes";

export function problem(check: ManifestCheck, path: string, message: string): Problem {
  return { check, path, message };
}

export function formatProblem(p: Problem): string {
  return `${p.path}: ${p.message} [${p.check}]`;
}
