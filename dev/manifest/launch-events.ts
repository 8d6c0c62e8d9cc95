import { FUNCTION_COMMANDS, LAUNCH_EVENTS } from "../../src/events/commands";
import type { ManifestExpectations } from "./expectations";
import { problem, type Problem } from "./problem";
import { overridesScopes, resourceTable } from "./resources";
import { child, children, localName, named, type XmlElement } from "./xml";

/**
 * Names the runtime registers: `Office.actions.associate("name", handler)`. Comments are
 * dropped first: a commented-out registration is exactly the mistake to catch. (The `[^:]`
 * guard keeps `https://` inside strings from being read as a comment.)
 */
export function registeredHandlers(runtimeSource: string): Set<string> {
  const code = runtimeSource.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:])\/\/.*$/gm, "$1");
  const calls = code.matchAll(/Office\s*\.\s*actions\s*\.\s*associate\s*\(\s*(["'`])([^"'`]+)\1/g);
  return new Set([...calls].map((m) => m[2]!));
}

/**
 * Launch events are only as good as the runtime behind them: a FunctionName the runtime
 * never registers makes Outlook wait, then report the add-in as failed on every compose
 * or (with SoftBlock) refuse to send. Checked: the declared events are exactly the intended
 * ones, each handler is registered, the extension point loads the events runtime, and the
 * runtime's pages point at events.html / events.js.
 */
export function launchEventProblems(root: XmlElement, runtimeSource: string, expected: ManifestExpectations): Problem[] {
  const problems: Problem[] = [];
  const at = (path: string, message: string) => problems.push(problem("launch-events", path, message));
  const registered = registeredHandlers(runtimeSource);
  const all = [...overridesScopes(root)].flatMap((s) => s.members);
  const events = named(all, "LaunchEvent");
  const declared = new Set<string>();

  for (const event of events) {
    const type = event.attributes.Type ?? "";
    const name = event.attributes.FunctionName ?? "";
    if (declared.has(type)) at(event.path, `${type} is declared twice`);
    declared.add(type);
    if (!(type in expected.launchEvents)) at(event.path, `${type} is not an intended launch event (${Object.keys(expected.launchEvents).join(", ")})`);
    else if (event.attributes.SendMode !== expected.launchEvents[type]) {
      at(event.path, `${type} must have SendMode=${expected.launchEvents[type] ?? "(none)"}, found ${event.attributes.SendMode ?? "(none)"}`);
    }
    if (!registered.has(name)) at(event.path, `${type} handler "${name}" is not registered with Office.actions.associate in the event runtime`);
    const known = (LAUNCH_EVENTS as Readonly<Record<string, string>>)[type];
    if (known && name !== known) at(event.path, `${type} must name "${known}" (src/events/commands.ts, which the harness raises), found "${name}"`);
  }
  for (const type of Object.keys(expected.launchEvents)) if (!declared.has(type)) at(root.path, `no LaunchEvent of Type ${type}`);
  const functions = functionCommands(all);
  const used = new Set([...events.map((e) => e.attributes.FunctionName), ...functions.map((f) => f.functionName)]);
  for (const name of registered) if (!used.has(name)) at(root.path, `the runtime registers "${name}" but no LaunchEvent or function command uses it`);
  problems.push(...functionCommandProblems(all, functions, registered));

  for (const { overrides, members } of overridesScopes(root)) problems.push(...runtimeWiring(overrides, members));
  return problems;
}

/** Every `<Action xsi:type="ExecuteFunction">`: its control's id and FunctionName. */
function functionCommands(all: XmlElement[]): Array<{ controlId: string; functionName: string; path: string }> {
  return all
    .filter((e) => localName(e.name) === "Control")
    .flatMap((control) => {
      const action = children(control, "Action").find((a) => a.attributes["xsi:type"] === "ExecuteFunction");
      return action ? [{ controlId: control.attributes.id ?? "", functionName: child(action, "FunctionName")?.text.trim() ?? "", path: action.path }] : [];
    });
}

/**
 * Function commands (the Smart Alert's "Record override"): each FunctionName registered in the
 * runtime, each control the runtime names as a commandId present with its FunctionName, and a
 * FunctionFile that is the event runtime's page, so the command runs the same events.js.
 */
function functionCommandProblems(all: XmlElement[], functions: ReturnType<typeof functionCommands>, registered: Set<string>): Problem[] {
  const problems: Problem[] = [];
  const at = (path: string, message: string) => problems.push(problem("launch-events", path, message));
  for (const f of functions) if (!registered.has(f.functionName)) at(f.path, `function command "${f.functionName}" is not registered with Office.actions.associate in the event runtime`);
  for (const [controlId, functionName] of Object.entries(FUNCTION_COMMANDS)) {
    const found = functions.find((f) => f.controlId === controlId);
    if (!found) at("/OfficeApp", `no <Control id="${controlId}"> with an ExecuteFunction action: the runtime names it as the Smart Alert's commandId`);
    else if (found.functionName !== functionName) at(found.path, `control ${controlId} must run "${functionName}", found "${found.functionName}"`);
  }
  if (functions.length > 0) {
    const desktop = all.find((e) => localName(e.name) === "DesktopFormFactor");
    if (!child(desktop, "FunctionFile")) at(desktop?.path ?? "/OfficeApp", "function commands need a <FunctionFile> (the event runtime's page)");
  }
  return problems;
}

/** The LaunchEvent SourceLocation must be a declared Runtime (same resid), and its pages the event bundle. */
function runtimeWiring(overrides: XmlElement, members: XmlElement[]): Problem[] {
  const problems: Problem[] = [];
  const urls = resourceTable(child(overrides, "Resources")).get("Urls");
  const runtimes = named(members, "Runtime");
  const runtimeIds = new Set(runtimes.map((r) => r.attributes.resid));
  for (const point of members.filter((e) => localName(e.name) === "ExtensionPoint" && e.attributes["xsi:type"] === "LaunchEvent")) {
    const source = child(point, "SourceLocation");
    if (!runtimeIds.has(source?.attributes.resid)) {
      problems.push(problem("launch-events", source?.path ?? point.path, `SourceLocation resid "${source?.attributes.resid}" must be the resid of a <Runtime> in <Runtimes>`));
    }
  }
  for (const runtime of runtimes) {
    const page = urls?.get(runtime.attributes.resid ?? "");
    if (page !== undefined && !page.endsWith("/events.html")) problems.push(problem("launch-events", runtime.path, `runtime page ${page} should be events.html`));
    const js = children(runtime, "Override").find((o) => o.attributes.type === "javascript");
    const script = urls?.get(js?.attributes.resid ?? "");
    // Classic Outlook on Windows runs the JavaScript-only runtime, never the HTML page.
    if (!js) problems.push(problem("launch-events", runtime.path, 'needs <Override type="javascript"> for classic Outlook on Windows'));
    else if (script !== undefined && !script.endsWith("/events.js")) problems.push(problem("launch-events", js.path, `script ${script} should be events.js`));
  }
  for (const file of named(members, "FunctionFile")) {
    const page = urls?.get(file.attributes.resid ?? "");
    if (page !== undefined && !page.endsWith("/events.html")) problems.push(problem("launch-events", file.path, `FunctionFile ${page} should be events.html, the page that loads the event runtime`));
  }
  return problems;
}
