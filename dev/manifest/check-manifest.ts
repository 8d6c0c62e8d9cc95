import { EXPECTED, type ManifestExpectations } from "./expectations";
import { intentProblems } from "./intent";
import { launchEventProblems } from "./launch-events";
import { orderProblems } from "./order";
import { problem, type Problem } from "./problem";
import { resourceProblems } from "./resources";
import { structureProblems } from "./structure";
import { urlProblems } from "./urls";
import { localName, parseXml, walk } from "./xml";

export interface CheckOptions {
  /** Text of src/events/runtime.ts: LaunchEvent handlers must be registered there. */
  runtimeSource: string;
  /** Defaults to EXPECTED (the decided permissions, requirement sets, scopes, origin). */
  expected?: ManifestExpectations;
}

/** What the checks cover, in the order they run (printed by the CLI). */
export const CHECKS = [
  "well-formed XML",
  "root, namespaces, required elements, Id and VersionOverrides V1_0 > V1_1 nesting",
  "element order per the MailApp and VersionOverrides schemas",
  "every resid resolves to the right kind of resource; ids unique and at most 32 characters",
  "every URL https and on the one origin",
  "launch events: intended set, SendMode, FunctionNames as the runtime and harness expect, handlers registered in the runtime, runtime wiring",
  "function commands: the Smart Alert's Record override control, its FunctionName registered, FunctionFile the event runtime's page",
  "requirement sets: Mailbox base and overrides versions",
  "permissions",
  "pinnable read-mode task pane",
  "WebApplicationInfo: scopes, Id and Resource",
] as const;

/**
 * The offline manifest checks (Microsoft's validator needs its online service). An empty
 * list means the manifest is as intended; each problem names the element path.
 */
export function checkManifest(xml: string, options: CheckOptions): Problem[] {
  const expected = options.expected ?? EXPECTED;
  const { root, error } = parseXml(xml);
  if (!root) return [problem("xml", "/", error ?? "empty document")];
  const structure = structureProblems(root);
  // Not an Outlook manifest at all: the rest would only repeat that in many words.
  if (localName(root.name) !== "OfficeApp") return structure;
  const all = [...walk(root)];
  return [
    ...structure,
    ...all.flatMap(orderProblems),
    ...resourceProblems(root),
    ...urlProblems(all, expected.origin),
    ...launchEventProblems(root, options.runtimeSource, expected),
    ...intentProblems(root, expected),
  ];
}
