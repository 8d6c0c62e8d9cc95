import { randomUUID } from "node:crypto";
import { badRequest, GraphFault, notFound } from "./errors";
import { changed, ok, route, type Ctx, type Route } from "./router";
import type { Mailbox, Message } from "./state";

/**
 * Inbox rules (Graph messageRule), which Exchange runs on mail arriving in the Inbox. As Graph:
 * - only the Inbox has rules (`/mailFolders/inbox/messageRules`, "Outlook carries out those
 *   actions if an incoming message in the user's Inbox meets the specified conditions");
 * - creating one needs `displayName`, `sequence` and `actions` (Create rule, request body);
 * - reading needs MailboxSettings.Read, writing MailboxSettings.ReadWrite (access.ts);
 * - a mailbox holds at most its RulesQuota of rules, 256 KB in Exchange Online by default
 *   (Set-Mailbox -RulesQuota; office-docs-powershell#6051), counted here as the rules' JSON; a
 *   write past it is refused as Exchange's OData layer refuses it: 500 `ErrorRulesOverQuota`
 *   (Exchange's ODataHttpStatusCode map), and nothing is written.
 */
export const DEFAULT_RULES_QUOTA = 256 * 1024;

export interface MessageRule {
  id: string;
  displayName: string;
  sequence: number;
  isEnabled: boolean;
  hasError: boolean;
  isReadOnly: boolean;
  conditions?: Record<string, unknown>;
  actions: Record<string, unknown>;
  exceptions?: Record<string, unknown>;
}

const WRITABLE = new Set(["displayName", "sequence", "isEnabled", "conditions", "actions", "exceptions"]);
/** messageRuleActions and messageRulePredicates as Graph's v1.0 metadata defines them (graph-reference/msgraph-metadata). */
const ACTIONS = new Set(["assignCategories", "copyToFolder", "delete", "forwardAsAttachmentTo", "forwardTo", "markAsRead", "markImportance", "moveToFolder", "permanentDelete", "redirectTo", "stopProcessingRules"]);
const PREDICATES = new Set(
  "bodyContains bodyOrSubjectContains categories fromAddresses hasAttachments headerContains importance isApprovalRequest isAutomaticForward isAutomaticReply isEncrypted isMeetingRequest isMeetingResponse isNonDeliveryReport isPermissionControlled isReadReceipt isSigned isVoicemail messageActionFlag notSentToMe recipientContains senderContains sensitivity sentCcMe sentOnlyToMe sentToAddresses sentToMe sentToOrCcMe subjectContains withinSizeRange".split(" "),
);
const unknownIn = (value: object, known: Set<string>) => Object.keys(value).find((k) => !known.has(k));

/** What a rule costs against the quota: its name, conditions, actions and exceptions. */
export function ruleSize(rule: Pick<MessageRule, "displayName" | "conditions" | "actions" | "exceptions">): number {
  return Buffer.byteLength(JSON.stringify([rule.displayName, rule.conditions ?? null, rule.actions, rule.exceptions ?? null]), "utf8");
}

function recipients(value: unknown, field: string): void {
  if (value === undefined) return;
  if (!Array.isArray(value) || !value.every((r) => typeof (r as { emailAddress?: { address?: unknown } })?.emailAddress?.address === "string")) {
    throw badRequest(`${field} must be a collection of recipients: [{ "emailAddress": { "address": "…" } }].`);
  }
}

function validate(box: Mailbox, rule: Partial<MessageRule>): void {
  if (typeof rule.displayName !== "string" || !rule.displayName.trim()) throw badRequest("The displayName property is required.");
  if (!Number.isInteger(rule.sequence) || rule.sequence! < 1) throw badRequest("The sequence property is required and must be a positive whole number.");
  if (typeof rule.actions !== "object" || rule.actions === null || Object.keys(rule.actions).length === 0) throw badRequest("The actions property is required.");
  const actions = rule.actions as Record<string, unknown>;
  const badAction = unknownIn(actions, ACTIONS);
  if (badAction) throw badRequest(`The property '${badAction}' does not exist on type 'microsoft.graph.messageRuleActions'.`);
  if (actions.assignCategories !== undefined && (!Array.isArray(actions.assignCategories) || !actions.assignCategories.every((c) => typeof c === "string"))) {
    throw badRequest("assignCategories must be a collection of strings.");
  }
  for (const key of ["moveToFolder", "copyToFolder"]) {
    const folder = actions[key];
    if (folder !== undefined && !box.folders.some((f) => f.id === folder)) throw new GraphFault(400, "ErrorInvalidIdMalformed", `${key}: the folder id is malformed or does not exist.`);
  }
  for (const part of ["conditions", "exceptions"] as const) {
    const predicates = rule[part] as Record<string, unknown> | undefined;
    if (predicates !== undefined && (typeof predicates !== "object" || predicates === null)) throw badRequest(`${part} must be an object.`);
    const badPredicate = predicates ? unknownIn(predicates, PREDICATES) : undefined;
    if (badPredicate) throw badRequest(`The property '${badPredicate}' does not exist on type 'microsoft.graph.messageRulePredicates'.`);
    recipients(predicates?.fromAddresses, `${part}.fromAddresses`);
    recipients(predicates?.sentToAddresses, `${part}.sentToAddresses`);
  }
}

function withinQuota(box: Mailbox, rules: readonly MessageRule[]): void {
  const used = rules.reduce((sum, r) => sum + ruleSize(r), 0);
  if (used > (box.rulesQuota ?? DEFAULT_RULES_QUOTA)) throw new GraphFault(500, "ErrorRulesOverQuota", "The rules quota has been exceeded.");
}

function ruleOf(box: Mailbox, id: string): MessageRule {
  const rule = (box.rules ?? []).find((r) => r.id === id);
  if (!rule) throw notFound(`messageRule ${id}`);
  return rule;
}

function inboxOnly(box: Mailbox, folder: string): void {
  const inbox = box.folders.find((f) => f.wellKnownName === "inbox");
  if (folder.toLowerCase() !== "inbox" && folder !== inbox?.id) throw badRequest("Rules are kept on the Inbox only: /mailFolders/inbox/messageRules.");
}

const addressOf = (r: unknown) => String((r as { emailAddress?: { address?: unknown } }).emailAddress?.address ?? "").toLowerCase();

/**
 * Runs the Inbox's enabled rules on a message just delivered there, in sequence order, as
 * Exchange does on arrival: the From conditions (`fromAddresses`, `senderContains`) and the
 * category, move, read and stop actions. A rule with any other condition is not run (the
 * emulator does not pretend to judge what it does not model).
 */
export function runInboxRules(box: Mailbox, message: Message): void {
  const from = String((message.data.from as { emailAddress?: { address?: unknown } } | undefined)?.emailAddress?.address ?? "").toLowerCase();
  const rules = [...(box.rules ?? [])].filter((r) => r.isEnabled).sort((a, b) => a.sequence - b.sequence);
  for (const rule of rules) {
    const conditions = rule.conditions ?? {};
    if (Object.keys(conditions).some((k) => k !== "fromAddresses" && k !== "senderContains")) continue;
    const byAddress = Array.isArray(conditions.fromAddresses) ? conditions.fromAddresses.map(addressOf).includes(from) : undefined;
    const byText = Array.isArray(conditions.senderContains) ? conditions.senderContains.some((t) => from.includes(String(t).toLowerCase())) : undefined;
    if (byAddress === false || byText === false || (byAddress === undefined && byText === undefined)) continue;
    const actions = rule.actions;
    if (Array.isArray(actions.assignCategories)) {
      const categories = (message.data.categories as string[] | undefined) ?? [];
      message.data.categories = [...categories, ...(actions.assignCategories as string[]).filter((c) => !categories.includes(c))];
    }
    if (actions.markAsRead === true) message.data.isRead = true;
    if (typeof actions.moveToFolder === "string" && box.folders.some((f) => f.id === actions.moveToFolder)) message.folderId = actions.moveToFolder;
    if (actions.stopProcessingRules === true) break;
  }
}

const WHO = "(me|users/[^/]+)";
const RULES = `^/${WHO}/mailFolders/([^/]+)/messageRules`;

export function messageRuleRoutes(mailboxOf: (ctx: Ctx, who: string) => Mailbox): Route[] {
  const who = (m: RegExpExecArray) => (m[1] === "me" ? "me" : decodeURIComponent(m[1]!.slice("users/".length)));
  const boxFor = (ctx: Ctx, m: RegExpExecArray) => {
    const box = mailboxOf(ctx, who(m));
    inboxOnly(box, m[2]!);
    return box;
  };
  return [
    route("GET", new RegExp(`${RULES}$`), (ctx, m) => ok({ value: [...(boxFor(ctx, m).rules ?? [])].sort((a, b) => a.sequence - b.sequence) })),
    route("GET", new RegExp(`${RULES}/([^/]+)$`), (ctx, m) => ok(ruleOf(boxFor(ctx, m), m[3]!))),
    route("POST", new RegExp(`${RULES}$`), (ctx, m) => {
      const box = boxFor(ctx, m);
      const body = (ctx.body ?? {}) as Partial<MessageRule>;
      for (const key of Object.keys(body)) if (!WRITABLE.has(key)) throw badRequest(`Property '${key}' cannot be written on a messageRule.`);
      validate(box, body);
      const rule: MessageRule = { id: Buffer.from(randomUUID()).toString("base64url").slice(0, 12), displayName: body.displayName!, sequence: body.sequence!, isEnabled: body.isEnabled ?? true, hasError: false, isReadOnly: false, actions: body.actions!, ...(body.conditions ? { conditions: body.conditions } : {}), ...(body.exceptions ? { exceptions: body.exceptions } : {}) };
      withinQuota(box, [...(box.rules ?? []), rule]);
      (box.rules ??= []).push(rule);
      return changed(rule, 201);
    }),
    route("PATCH", new RegExp(`${RULES}/([^/]+)$`), (ctx, m) => {
      const box = boxFor(ctx, m);
      const rule = ruleOf(box, m[3]!);
      const body = (ctx.body ?? {}) as Partial<MessageRule>;
      for (const key of Object.keys(body)) if (!WRITABLE.has(key)) throw badRequest(`Property '${key}' cannot be written on a messageRule.`);
      const next = { ...rule, ...body } as MessageRule;
      validate(box, next);
      withinQuota(box, (box.rules ?? []).map((r) => (r.id === rule.id ? next : r)));
      Object.assign(rule, next);
      return changed(rule);
    }),
    route("DELETE", new RegExp(`${RULES}/([^/]+)$`), (ctx, m) => {
      const box = boxFor(ctx, m);
      const rule = ruleOf(box, m[3]!);
      box.rules = (box.rules ?? []).filter((r) => r !== rule);
      return changed(undefined, 204);
    }),
  ];
}
