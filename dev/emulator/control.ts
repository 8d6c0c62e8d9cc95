import { errorBody } from "./errors";
import type { FaultRule, Faults } from "./faults";
import { parsePermissions, type ListPermissions } from "./permissions";

/**
 * `/_emulator/*`: test and demo controls over HTTP, for callers in another process (the
 * browser tests, `npm start`). Not part of Graph, so no bearer token is asked for.
 *   POST   /_emulator/faults   one rule or an array of rules
 *   DELETE /_emulator/faults   clear every rule
 *   GET    /_emulator/log      the request log
 *   POST   /_emulator/reset    back to an empty tenant (and no faults, no log)
 *   POST   /_emulator/mail     deliver mail: { "to": upn, "messages": [Graph message fields…] }
 *   POST   /_emulator/permissions  a list's SharePoint permissions, the step Graph cannot do (who may add, change, remove, manage columns):
 *                              { "list": name, "add": [principal…], "change": [principal…] } or
 *                              { "list": name, "inherit": true }
 *   POST   /_emulator/rules-quota  a mailbox's Exchange RulesQuota in bytes: { "to": upn, "bytes": 8192 }
 *   POST   /_emulator/app-scope    the mailboxes an app's app-only tokens may reach (an application
 *                              access policy): { "appId": id, "mailboxes": [upn…] }, or "mailboxes": null for all
 */
export interface ControlTarget {
  faults: Faults;
  log(): unknown[];
  reset(): void;
  /** Delivers messages to a user's inbox as if they had arrived; throws for an unknown user. */
  deliver(upn: string, messages: Array<Record<string, unknown>>): string[];
  /** Sets (or, with null, removes) a list's permissions; returns how many lists had that name. */
  setListPermissions(listName: string, permissions: ListPermissions | null): number;
  /** A mailbox's RulesQuota in bytes; throws for an unknown user. */
  setRulesQuota(upn: string, bytes: number): void;
  /** The mailboxes an app may reach with app-only tokens (null: every mailbox). */
  setAppMailboxScope(appId: string, mailboxes: string[] | null): void;
}

type Send = (status: number, body?: unknown) => void;

const STATUSES = new Set<unknown>([429, 503, 422, "drop", "dropAfterWrite", "none"]);

function parseRules(raw: string): FaultRule[] | string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw || "[]");
  } catch {
    return "Fault rules must be JSON.";
  }
  const rules = (Array.isArray(parsed) ? parsed : [parsed]) as FaultRule[];
  for (const rule of rules) {
    if (typeof rule !== "object" || rule === null || typeof rule.path !== "string") return "Each fault rule needs a path (a regular expression).";
    if (!STATUSES.has(rule.status)) return `Unknown fault status ${JSON.stringify(rule.status)}.`;
    try {
      new RegExp(rule.path);
    } catch {
      return `Fault path is not a regular expression: ${rule.path}`;
    }
  }
  return rules;
}

export function control(target: ControlTarget, path: string, method: string, raw: string, send: Send): void {
  if (path === "/_emulator/faults" && method === "POST") {
    const rules = parseRules(raw);
    if (typeof rules === "string") return send(400, errorBody("invalidRequest", rules));
    rules.forEach((r) => target.faults.add(r));
    return send(200, { rules: target.faults.list() });
  }
  if (path === "/_emulator/faults" && method === "GET") return send(200, { rules: target.faults.list() });
  if (path === "/_emulator/faults" && method === "DELETE") return (target.faults.clear(), send(204));
  if (path === "/_emulator/log" && method === "GET") return send(200, { requests: target.log() });
  if (path === "/_emulator/reset" && method === "POST") return (target.reset(), send(204));
  if (path === "/_emulator/mail" && method === "POST") return deliverMail(target, raw, send);
  if (path === "/_emulator/permissions" && method === "POST") return setPermissions(target, raw, send);
  if (path === "/_emulator/rules-quota" && method === "POST") return setRulesQuota(target, raw, send);
  if (path === "/_emulator/app-scope" && method === "POST") return setAppScope(target, raw, send);
  send(404, errorBody("itemNotFound", `Unknown emulator control: ${method} ${path}`));
}

/** Incoming mail for tests and demos: what Exchange would deliver, in Graph's message shape. */
function deliverMail(target: ControlTarget, raw: string, send: Send): void {
  let parsed: { to?: unknown; messages?: unknown };
  try {
    parsed = JSON.parse(raw || "{}") as typeof parsed;
  } catch {
    return send(400, errorBody("invalidRequest", "Mail to deliver must be JSON."));
  }
  const { to, messages } = parsed;
  if (typeof to !== "string" || !Array.isArray(messages) || !messages.every((m) => typeof m === "object" && m !== null)) {
    return send(400, errorBody("invalidRequest", 'Deliver mail as { "to": "<upn>", "messages": [ {…}, … ] }.'));
  }
  try {
    send(201, { ids: target.deliver(to, messages as Array<Record<string, unknown>>) });
  } catch (error) {
    send(404, errorBody("ErrorInvalidUser", error instanceof Error ? error.message : String(error)));
  }
}

function setPermissions(target: ControlTarget, raw: string, send: Send): void {
  let parsed: { list?: unknown; inherit?: unknown; add?: unknown; change?: unknown };
  try {
    parsed = JSON.parse(raw || "{}") as typeof parsed;
  } catch {
    return send(400, errorBody("invalidRequest", "Permissions must be JSON."));
  }
  if (typeof parsed.list !== "string" || !parsed.list) return send(400, errorBody("invalidRequest", "Name the list: { \"list\": \"Decisions\", … }."));
  const permissions = parsed.inherit === true ? null : parsePermissions(parsed);
  if (typeof permissions === "string") return send(400, errorBody("invalidRequest", permissions));
  const found = target.setListPermissions(parsed.list, permissions);
  if (found === 0) return send(404, errorBody("itemNotFound", `No list named ${parsed.list}.`));
  send(200, { list: parsed.list, permissions: permissions ?? "inherited" });
}

function jsonOf(raw: string): Record<string, unknown> | undefined {
  try {
    const parsed = JSON.parse(raw || "{}") as unknown;
    return typeof parsed === "object" && parsed !== null ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function setRulesQuota(target: ControlTarget, raw: string, send: Send): void {
  const body = jsonOf(raw);
  if (!body || typeof body.to !== "string" || !Number.isInteger(body.bytes) || (body.bytes as number) < 1) return send(400, errorBody("invalidRequest", 'Set a quota as { "to": "<upn>", "bytes": 8192 }.'));
  try {
    target.setRulesQuota(body.to, body.bytes as number);
    send(200, { to: body.to, bytes: body.bytes });
  } catch (error) {
    send(404, errorBody("ErrorInvalidUser", error instanceof Error ? error.message : String(error)));
  }
}

function setAppScope(target: ControlTarget, raw: string, send: Send): void {
  const body = jsonOf(raw);
  const mailboxes = body?.mailboxes;
  if (!body || typeof body.appId !== "string" || !(mailboxes === null || (Array.isArray(mailboxes) && mailboxes.every((m) => typeof m === "string")))) {
    return send(400, errorBody("invalidRequest", 'Scope an app as { "appId": "<id>", "mailboxes": ["<upn>", …] } (or null for every mailbox).'));
  }
  target.setAppMailboxScope(body.appId, mailboxes as string[] | null);
  send(200, { appId: body.appId, mailboxes });
}
