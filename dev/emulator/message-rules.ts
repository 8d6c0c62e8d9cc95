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

/**
 * messageRuleActions and messageRulePredicates, each property with its type, as Graph's v1.0 metadata defines them
 * (graph-reference/msgraph-metadata): Graph's OData layer refuses a property the type does not declare, and a value
 * that is not of its declared type (a string for a Boolean, a bare string for a collection, an enum member it lacks).
 */
type Kind = "boolean" | "string" | "strings" | "recipients" | "sizeRange" | readonly string[];
const IMPORTANCE = ["low", "normal", "high"] as const;
const ACTIONS: Readonly<Record<string, Kind>> = {
  assignCategories: "strings",
  copyToFolder: "string",
  delete: "boolean",
  forwardAsAttachmentTo: "recipients",
  forwardTo: "recipients",
  markAsRead: "boolean",
  markImportance: IMPORTANCE,
  moveToFolder: "string",
  permanentDelete: "boolean",
  redirectTo: "recipients",
  stopProcessingRules: "boolean",
};
const FLAGS = "hasAttachments isApprovalRequest isAutomaticForward isAutomaticReply isEncrypted isMeetingRequest isMeetingResponse isNonDeliveryReport isPermissionControlled isReadReceipt isSigned isVoicemail notSentToMe sentCcMe sentOnlyToMe sentToMe sentToOrCcMe";
const PREDICATES: Readonly<Record<string, Kind>> = {
  ...Object.fromEntries(FLAGS.split(" ").map((name) => [name, "boolean" as const])),
  ...Object.fromEntries("bodyContains bodyOrSubjectContains categories headerContains recipientContains senderContains subjectContains".split(" ").map((name) => [name, "strings" as const])),
  fromAddresses: "recipients",
  sentToAddresses: "recipients",
  importance: IMPORTANCE,
  messageActionFlag: ["any", "call", "doNotForward", "followUp", "fyi", "forward", "noResponseNecessary", "read", "reply", "replyToAll", "review"],
  sensitivity: ["normal", "personal", "private", "confidential"],
  withinSizeRange: "sizeRange",
};

const isRecipient = (r: unknown) => typeof (r as { emailAddress?: { address?: unknown } } | null)?.emailAddress?.address === "string";
const isInt32 = (n: unknown) => n === undefined || (Number.isInteger(n) && Math.abs(n as number) < 2 ** 31);

function ofKind(value: unknown, kind: Kind): boolean {
  if (value === null) return true;
  if (Array.isArray(kind)) return typeof value === "string" && kind.includes(value);
  switch (kind) {
    case "boolean":
      return typeof value === "boolean";
    case "string":
      return typeof value === "string";
    case "strings":
      return Array.isArray(value) && value.every((v) => typeof v === "string");
    case "recipients":
      return Array.isArray(value) && value.every(isRecipient);
    case "sizeRange": {
      const range = value as { minimumSize?: unknown; maximumSize?: unknown };
      return typeof value === "object" && isInt32(range.minimumSize) && isInt32(range.maximumSize);
    }
  }
  return false;
}

/** Each property declared on `type`, each value of its declared kind. */
function typed(value: Record<string, unknown>, kinds: Readonly<Record<string, Kind>>, type: string, where: string): void {
  for (const [name, v] of Object.entries(value)) {
    const kind = kinds[name];
    if (!kind) throw badRequest(`The property '${name}' does not exist on type 'microsoft.graph.${type}'.`);
    if (!ofKind(v, kind)) {
      const expected = Array.isArray(kind) ? `one of ${kind.join(", ")}` : kind === "recipients" ? 'a collection of recipients: [{ "emailAddress": { "address": "…" } }]' : kind === "strings" ? "a collection of strings" : `a ${kind}`;
      throw badRequest(`${where}.${name} must be ${expected}.`);
    }
  }
}

/** What a rule costs against the quota: its name, conditions, actions and exceptions. */
export function ruleSize(rule: Pick<MessageRule, "displayName" | "conditions" | "actions" | "exceptions">): number {
  return Buffer.byteLength(JSON.stringify([rule.displayName, rule.conditions ?? null, rule.actions, rule.exceptions ?? null]), "utf8");
}

function validate(box: Mailbox, rule: Partial<MessageRule>): void {
  if (typeof rule.displayName !== "string" || !rule.displayName.trim()) throw badRequest("The displayName property is required.");
  if (!Number.isInteger(rule.sequence) || rule.sequence! < 1) throw badRequest("The sequence property is required and must be a positive whole number.");
  if (rule.isEnabled !== undefined && typeof rule.isEnabled !== "boolean") throw badRequest("isEnabled must be a boolean.");
  if (typeof rule.actions !== "object" || rule.actions === null || Array.isArray(rule.actions) || Object.keys(rule.actions).length === 0) throw badRequest("The actions property is required.");
  const actions = rule.actions as Record<string, unknown>;
  typed(actions, ACTIONS, "messageRuleActions", "actions");
  for (const key of ["moveToFolder", "copyToFolder"]) {
    const folder = actions[key];
    if (folder !== undefined && !box.folders.some((f) => f.id === folder)) throw new GraphFault(400, "ErrorInvalidIdMalformed", `${key}: the folder id is malformed or does not exist.`);
  }
  for (const part of ["conditions", "exceptions"] as const) {
    const predicates = rule[part] as Record<string, unknown> | undefined;
    if (predicates === undefined) continue;
    if (typeof predicates !== "object" || predicates === null || Array.isArray(predicates)) throw badRequest(`${part} must be an object.`);
    typed(predicates, PREDICATES, "messageRulePredicates", part);
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
