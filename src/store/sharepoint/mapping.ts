import type { AlertAction } from "../../policy/alerts/action";
import type { RecordedAlertAction } from "../port";
import type { ContactRecord } from "../../policy/contact";
import type { FiledApart, LoggedContact, LoggedItem } from "../../policy/evidence-contacts";
import { apostropheForms } from "../../policy/address";
import type { ContactStrategy } from "../../policy/strategy";
import type { UnreadableDecision } from "../../policy/decision";
import type { EventContent } from "../audit-chain";
import type { AuditEvent, ContactDecision, Decision, RecordedDecision, StoredContact } from "../port";
import { StoreError } from "../port";
import type { Fields, ListItem } from "./list-client";
import { isKeyed, keyed, shown } from "./text-columns";
import { subTypesKey } from "../contact-decision";
import { z } from "zod";
import { notADecision } from "../decision-shape";
import { STRATEGY_STATUSES } from "../../policy/strategy";

/**
 * Records ↔ list fields. Indexed columns carry what the product queries on; the whole
 * record rides in one JSON note column with a format version, so a strategy's nested
 * parts (restrictions, history, disputes) never drift apart across columns.
 */
const FORMAT = 1;

export function strategyFields(strategy: ContactStrategy): Fields {
  return {
    Title: shown(strategy.person.displayName),
    StrategyKey: keyed(strategy.id),
    Status: strategy.status,
    ReviewDate: strategy.reviewDate ? `${strategy.reviewDate}T00:00:00Z` : null,
    PersonName: shown(strategy.person.displayName),
    SpocUpn: keyed(strategy.singlePointOfContact?.upn ?? ""),
    PackId: shown(strategy.packId),
    ProposedBy: shown(strategy.proposedBy ?? ""),
    ApprovedBy: shown(strategy.approvedBy ?? ""),
    StrategyJson: JSON.stringify({ format: FORMAT, strategy }),
  };
}

/**
 * The shape every reader relies on, checked where the item is read: StrategyJson is anyone's to edit, and JSON of
 * the wrong shape (addresses a number, no history) must be "unreadable" — judged from the decisions — not a throw
 * deep in a reader that stops the flagger for everyone. Parts a reader does not rely on pass as they are.
 */
const text = z.string();
const STRATEGY_SHAPE = z.looseObject({
  id: text.min(1),
  packId: text,
  packVersion: text,
  person: z.looseObject({ displayName: text }),
  addresses: z.array(text),
  status: z.enum(STRATEGY_STATUSES),
  categories: z.array(text),
  reasons: text,
  restrictions: z.array(z.looseObject({ kind: text })),
  closedMatter: text.optional(),
  allowedChannels: z.array(text),
  singlePointOfContact: z.looseObject({ upn: text, displayName: text }).optional(),
  reasonableAdjustments: z.looseObject({}),
  criteriaConfirmed: z.array(text),
  priorWarning: z.looseObject({}),
  reviewDate: text.optional(),
  disputes: z.array(z.looseObject({})),
  history: z.array(z.looseObject({ type: text, by: text, at: text })),
});

export function strategyFrom(fields: Fields): ContactStrategy {
  const { strategy } = unwrap<{ strategy: unknown }>(fields.StrategyJson, "ContactStrategies");
  const checked = STRATEGY_SHAPE.safeParse(strategy);
  if (!checked.success) {
    const where = checked.error.issues.map((i) => i.path.join(".") || "strategy").slice(0, 3).join(", ");
    throw new StoreError("invalid", `A ContactStrategies item is unreadable (${where} not as the add-in writes it); it was edited outside the add-in.`, checked.error);
  }
  return strategy as ContactStrategy;
}

/**
 * `replaced` (the decision a correction replaced) rides in the same JSON note as the record:
 * an optional addition, so no new column and no format change (older readers ignore it).
 */
export function contactFields(record: ContactRecord, replaced?: ContactDecision): Fields {
  return {
    Title: shown(record.subject),
    InternetMessageId: keyed(record.internetMessageId),
    SenderAddress: keyed(record.senderAddress),
    ReceivedAt: record.receivedAt,
    Categories: shown(record.categories.join(";")),
    Outcome: record.outcome,
    RecordedBy: shown(record.recordedBy),
    StrategyKey: keyed(record.strategyId ?? ""),
    SubTypes: shown(subTypesKey(record.subTypes)),
    DecisionNote: record.note ?? "",
    RecordJson: JSON.stringify({ format: FORMAT, record, ...(replaced ? { replaced } : {}) }),
  };
}

/**
 * The columns a correction changes: the decision's own, and the JSON carrying the whole record; `read`: the message's own too,
 * as the message being read gives them (T20-6), so the columns a reader lists and finds a sender's records by say what it does.
 */
export function contactDecisionFields(record: ContactRecord, replaced: ContactDecision, read = false): Fields {
  const { Title, SenderAddress, ReceivedAt, Categories, Outcome, RecordedBy, SubTypes, DecisionNote, RecordJson } = contactFields(record, replaced);
  return { ...(read ? { Title, SenderAddress, ReceivedAt } : {}), Categories, Outcome, RecordedBy, SubTypes, DecisionNote, RecordJson };
}

export function contactFrom(fields: Fields): ContactRecord {
  return unwrap<{ record: ContactRecord }>(fields.RecordJson, "ContactLog").record;
}

/**
 * A ContactLog record with SharePoint's record of the item it was read from (who created it and last changed it, when,
 * and its version), which no caseworker can write (T11 #2): every read of the list carries it, so a reader judging whose
 * write a record is asks SharePoint about that item, never about another found later by its key (T15 #1).
 */
export function loggedContactFrom(item: ListItem): LoggedContact {
  const { record, replaced } = unwrap<{ record: ContactRecord; replaced?: unknown }>(item.fields.RecordJson, "ContactLog");
  return { ...record, item: loggedItemOf(item, record, replaced) };
}

function loggedItemOf(item: ListItem, record: ContactRecord, replaced: unknown): LoggedItem {
  const version = /,(\d+)"?$/.exec(item.etag)?.[1];
  const apart = filedApart(item, record);
  return {
    ...(item.createdBy ? { createdBy: item.createdBy } : {}),
    ...(item.createdAt ? { createdAt: item.createdAt } : {}),
    ...(item.lastModifiedBy ? { modifiedBy: item.lastModifiedBy } : {}),
    ...(item.lastModifiedAt ? { modifiedAt: item.lastModifiedAt } : {}),
    // SharePoint's version of an item, from its eTag ("{guid},N": 1 as created, one more for every change).
    ...(version ? { version: Number(version) } : {}),
    ...(apart.length ? { filedApart: apart } : {}),
    // Compared by its digest with a decision's event, never read for what it says (T21b-5).
    ...(replaced !== undefined ? { replaced } : {}),
  };
}

/**
 * The columns readers look a record up by (its message id, its sender, its strategy, the time it was received) where the
 * item's column is not its record's value as the add-in writes it (`contactFields`): SharePoint files the item apart from
 * what its record says — a copy keyed apart (T20-10), or a record moved onto another sender, strategy or time, or hidden
 * from its own (T21b-3, T21b-4). The add-in never writes one. Outside the record's digest, so compared here, on every read.
 */
function filedApart(item: ListItem, record: ContactRecord): FiledApart[] {
  const { fields } = item;
  const column = (name: string) => (typeof fields[name] === "string" ? (fields[name] as string) : "");
  const apart: FiledApart[] = [];
  if (typeof record.internetMessageId === "string" && !isKeyed(item, "InternetMessageId", record.internetMessageId)) apart.push({ column: "InternetMessageId", value: column("InternetMessageId") });
  // Rows keyed under another apostrophe form of the address (o’brien@… before the fold) are the add-in's too.
  if (typeof record.senderAddress === "string" && !apostropheForms(record.senderAddress).map(keyed).includes(column("SenderAddress")) && column("SenderAddress") !== keyed(record.senderAddress)) {
    apart.push({ column: "SenderAddress", value: column("SenderAddress") });
  }
  if (column("StrategyKey") !== keyed(typeof record.strategyId === "string" ? record.strategyId : "")) apart.push({ column: "StrategyKey", value: column("StrategyKey") });
  // SharePoint gives a dateTime column back to the second: the same instant, whatever its milliseconds.
  const at = Date.parse(column("ReceivedAt"));
  const own = Date.parse(String(record.receivedAt));
  if (Number.isNaN(at) || Number.isNaN(own) || Math.floor(at / 1000) !== Math.floor(own / 1000)) apart.push({ column: "ReceivedAt", value: column("ReceivedAt") });
  return apart;
}

export function storedContactFrom(item: ListItem): StoredContact {
  const { record, replaced } = unwrap<{ record: ContactRecord; replaced?: ContactDecision }>(item.fields.RecordJson, "ContactLog");
  return { value: record, etag: item.etag, ...(replaced ? { replaced } : {}), item: loggedItemOf(item, record, replaced) };
}

export function decisionFields(decision: Decision): Fields {
  return {
    Title: shown(`${decision.kind} ${decision.strategyId}`),
    DecisionKey: keyed(decision.id),
    StrategyKey: keyed(decision.strategyId),
    Kind: shown(decision.kind),
    DecidedBy: shown(decision.decidedBy),
    DecidedAt: decision.decidedAt,
    DecisionJson: JSON.stringify({ format: FORMAT, decision }),
  };
}

/**
 * A decision as read back. Its author and time are SharePoint's (`createdBy`, `createdDateTime`),
 * never the JSON's: a client can write anything into a field, not into those. An item with no
 * author SharePoint vouches for is reported as by nobody known, which no roster lists.
 */
export function decisionFrom(item: ListItem): RecordedDecision {
  const wrapped = unwrap<{ decision?: unknown }>(item.fields.DecisionJson, "Decisions").decision;
  if (typeof wrapped !== "object" || wrapped === null) throw new StoreError("invalid", "A Decisions item is unreadable (it holds no decision); it was edited outside the add-in.");
  // JSON that parses but is not a decision (terms that are not terms): unreadable like any other, never a throw in a reader.
  const wrong = notADecision(wrapped);
  if (wrong) throw new StoreError("invalid", `A Decisions item is unreadable (${wrong} not as the add-in writes it); it was edited outside the add-in.`, new Error(`${wrong} not as the add-in writes it`));
  const { author: _claimed, recordedAt: _claimedAt, editedBy: _claimedEdit, ...decision } = wrapped as RecordedDecision;
  // Changed after it was written — by anyone, its author included (a decision is written once: the Decisions list is add-only).
  const edited = wasEdited(item);
  return {
    ...decision,
    author: item.createdBy ?? { displayName: "" },
    recordedAt: item.createdAt ?? "",
    ...(edited ? { editedBy: item.lastModifiedBy ?? item.createdBy ?? { displayName: "" } } : {}),
  };
}

/**
 * A Decisions item `decisionFrom` refuses (its JSON changed, not JSON, or no decision in it), as a reader lists it:
 * named by its item id, with SharePoint's author, time and any later change — never dropped, never thrown.
 */
export function unreadableDecisionFrom(item: ListItem, error: unknown): UnreadableDecision {
  const cause = error instanceof Error ? error.cause : undefined;
  const why = cause instanceof SyntaxError ? "its JSON does not parse" : cause instanceof Error ? `its JSON is not the add-in's (${cause.message})` : "it holds no decision";
  const kind = item.fields.Kind;
  return {
    item: item.id,
    ...(typeof kind === "string" && kind ? { claimedKind: kind.slice(0, 40) } : {}),
    why,
    author: item.createdBy ?? { displayName: "" },
    recordedAt: item.createdAt ?? "",
    ...(wasEdited(item) ? { editedBy: item.lastModifiedBy ?? item.createdBy ?? { displayName: "" } } : {}),
  };
}

const sameIdentity = (a: NonNullable<ListItem["createdBy"]>, b: NonNullable<ListItem["createdBy"]>) =>
  (a.id ?? a.upn ?? "").toLowerCase() === (b.id ?? b.upn ?? "").toLowerCase();

/**
 * An audit event as written: `chained` is the event with its link and hash (src/store/audit-chain.ts),
 * whole in EventJson (a long target or id is only a key in its column). Who added it and when are
 * SharePoint's to say, not the event's.
 */
export function auditFields(event: EventContent & Pick<AuditEvent, "about"> & { prev: string; hash: string }): Fields {
  const { hash, ...written } = event;
  return {
    Title: shown(event.action),
    EventKey: keyed(event.id),
    Target: keyed(event.target),
    At: event.at,
    Action: shown(event.action),
    By: keyed(event.by),
    ...(event.about ? { About: keyed(event.about) } : {}),
    Detail: event.detail,
    EventJson: JSON.stringify({ format: FORMAT, event: written, hash }),
  };
}

/**
 * An audit event as read back, with who SharePoint says added it (`createdBy`) and when — never
 * a claim inside the event — and, when the item was changed after it was written, by whom and
 * when. Events written before EventJson existed are read from their columns (unchained). One whose EventJson
 * cannot be read (added by hand: not JSON, another format), or that is filed under another key or record than its
 * EventJson names, is read from its columns too, marked `unreadable`: it proposes nothing, `records verify` reports it,
 * and it stops no one reading the rest of the trail.
 */
export function auditFrom(item: ListItem): AuditEvent {
  const { fields } = item;
  const columns = { id: String(fields.EventKey ?? ""), target: String(fields.Target ?? ""), action: String(fields.Action ?? ""), by: String(fields.By ?? ""), at: String(fields.At ?? ""), detail: String(fields.Detail ?? "") };
  let stored: { event: AuditEvent; hash?: string };
  let unreadable: string | undefined;
  try {
    stored = typeof fields.EventJson === "string" && fields.EventJson ? unwrap<{ event: AuditEvent; hash?: string }>(fields.EventJson, "AuditTrail") : { event: columns };
    if (typeof stored.event !== "object" || stored.event === null || typeof stored.event.id !== "string" || typeof stored.event.target !== "string" || typeof stored.event.action !== "string") {
      throw new StoreError("invalid", "An AuditTrail item is unreadable (not an event as the add-in writes it); it was edited outside the add-in.");
    }
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    stored = { event: columns };
    unreadable = error.message;
  }
  // Filed under another key or record than the event it holds (T17-9): EventKey is the list's unique column, so the item
  // holds that id whatever its JSON says, and the add-in's own write under it finds this item. It is read as SharePoint files
  // it — unreadable, under its key — never as the event its JSON claims, which would hide it from every writer and reader.
  const misfiled = unreadable ? undefined : filedElsewhere(fields, stored.event);
  if (misfiled) {
    stored = { event: columns };
    unreadable = `It is filed under ${columns.id} on ${columns.target}, but it holds another event (${misfiled}): it was added outside the add-in.`;
  }
  const { author: _claimed, recordedAt: _claimedAt, edited: _claimedEdit, hash: _claimedHash, item: _claimedItem, misfiled: _claimedMisfiled, ...event } = stored.event;
  const edited = wasEdited(item);
  return {
    ...event,
    at: normaliseInstant(event.at),
    ...(stored.hash ? { hash: stored.hash } : {}),
    ...itemNumber(item),
    ...(item.createdBy ? { author: item.createdBy } : {}),
    ...(item.createdAt ? { recordedAt: item.createdAt } : {}),
    ...(edited ? { edited: { ...(item.lastModifiedBy ? { by: item.lastModifiedBy } : {}), ...(item.lastModifiedAt ? { at: item.lastModifiedAt } : {}) } } : {}),
    ...(unreadable ? { unreadable } : {}),
    ...(misfiled ? { misfiled } : {}),
  };
}

/** The event an item's JSON holds, in words, when its columns file it under another id or record; undefined when they agree. */
function filedElsewhere(fields: Fields, event: AuditEvent): string | undefined {
  const key = fields.EventKey;
  const target = fields.Target;
  const otherId = typeof key === "string" && key !== keyed(event.id);
  const otherTarget = typeof target === "string" && target !== keyed(event.target);
  if (!otherId && !otherTarget) return undefined;
  return `“${event.action}” naming ${String(event.by)}, under ${event.id}${otherTarget ? ` on ${event.target}` : ""}`;
}

/** Changed after it was written: someone else last changed it, or it changed later than it was created. */
function wasEdited(item: ListItem): boolean {
  if (item.lastModifiedBy && item.createdBy && !sameIdentity(item.lastModifiedBy, item.createdBy)) return true;
  return Boolean(item.lastModifiedAt && item.createdAt && Date.parse(item.lastModifiedAt) > Date.parse(item.createdAt));
}

export function alertActionFields(recorded: AlertAction): Fields {
  // What SharePoint records (author, times, edits) is never written as if the client could vouch for it.
  const { author: _author, recordedAt: _recordedAt, edited: _edited, item: _item, malformed: _malformed, misfiled: _misfiled, ...action } = recorded as RecordedAlertAction;
  return {
    Title: shown(action.outcome.kind),
    ActionKey: keyed(action.id),
    InternetMessageId: keyed(action.internetMessageId),
    SenderAddress: keyed(action.senderAddress),
    At: action.at,
    Outcome: action.outcome.kind,
    By: shown(action.by),
    ActionJson: JSON.stringify({ format: FORMAT, action }),
  };
}

/**
 * An alert action as read back: its author and time are SharePoint's (`createdBy`,
 * `createdDateTime`), never the JSON's or the By column's, and a change after it was written
 * (AlertActions is add-only for staff) is reported with who made it and when.
 */
export function alertActionFrom(item: ListItem): RecordedAlertAction {
  const { action, notJson } = actionJson(item.fields.ActionJson);
  const { claimed, malformed: misshapen } = actionShaped(action, item.fields);
  const malformed = notJson ?? misshapen;
  const { author: _claimed, recordedAt: _claimedAt, edited: _claimedEdit, item: _claimedItem, malformed: _claimedMalformed, misfiled: _claimedMisfiled, ...rest } = claimed as RecordedAlertAction;
  const filed = filedUnder(rest, item.fields);
  const edited = wasEdited(item);
  return {
    ...rest,
    ...filed,
    at: normaliseInstant(rest.at),
    ...(malformed ? { malformed } : {}),
    ...itemNumber(item),
    ...(item.createdBy ? { author: item.createdBy } : {}),
    ...(item.createdAt ? { recordedAt: item.createdAt } : {}),
    ...(edited ? { edited: { ...(item.lastModifiedBy ? { by: item.lastModifiedBy } : {}), ...(item.lastModifiedAt ? { at: item.lastModifiedAt } : {}) } } : {}),
  };
}

const OUTCOME_SHAPE = z.discriminatedUnion("kind", [
  z.looseObject({ kind: z.literal("escalated"), to: text }),
  z.looseObject({ kind: z.literal("reportedToPolice"), reference: text }),
  z.looseObject({ kind: z.literal("noActionNeeded"), reason: text }),
  z.looseObject({ kind: z.literal("dealtWithAsNewMatter"), reference: text }),
  z.looseObject({ kind: z.literal("setAsideReviewed"), setAside: text, verdict: z.enum(["confirmed", "overturned"]), note: text }),
]);
/** An alert action as the add-in writes it: what the pane, the queue and `records verify` rely on (tester T6: `alertKinds` a string blanked the pane). */
const ACTION_SHAPE = z.looseObject({ id: text.min(1), internetMessageId: text.min(1), senderAddress: text, alertKinds: z.array(text), outcome: OUTCOME_SHAPE, by: text, at: text });

/** The action its ActionJson holds, or — when that is not the add-in's JSON — nothing, and why (read on by its columns). */
function actionJson(json: unknown): { action: unknown; notJson?: string } {
  try {
    return { action: unwrap<{ action: unknown }>(json, "AlertActions").action };
  } catch {
    return { action: undefined, notJson: "its ActionJson is not the add-in's JSON" };
  }
}

/**
 * The action as its JSON gives it when that is as the add-in writes it; otherwise what can be kept of it — each part of
 * the right type, the rest from the columns it is filed under (a list of kinds none, an outcome "unreadable") — and
 * what is wrong, so one item added through Graph is read on its own and shown in doubt, not a throw that stops every
 * reader (the pane, the authoriser's queue).
 */
function actionShaped(action: unknown, fields: ListItem["fields"]): { claimed: AlertAction; malformed?: string } {
  const checked = ACTION_SHAPE.safeParse(action);
  if (checked.success) return { claimed: checked.data as AlertAction };
  const raw = (typeof action === "object" && action !== null ? action : {}) as Record<string, unknown>;
  const str = (value: unknown, column: unknown) => (typeof value === "string" ? value : typeof column === "string" ? column : "");
  const why = [...new Set(checked.error.issues.map((i) => String(i.path[0] ?? "action")))].slice(0, 3).join(", ");
  const outcome = OUTCOME_SHAPE.safeParse(raw.outcome);
  return {
    claimed: {
      id: str(raw.id, fields.ActionKey),
      internetMessageId: str(raw.internetMessageId, fields.InternetMessageId),
      senderAddress: str(raw.senderAddress, fields.SenderAddress),
      alertKinds: Array.isArray(raw.alertKinds) ? (raw.alertKinds.filter((k) => typeof k === "string") as AlertAction["alertKinds"]) : [],
      outcome: outcome.success ? (outcome.data as AlertAction["outcome"]) : { kind: "unreadable", why: "no outcome the add-in writes" },
      by: str(raw.by, fields.By),
      at: str(raw.at, fields.At),
    },
    malformed: `${why} not as the add-in writes it`,
  };
}

/**
 * The action's id and message as the list files it (ActionKey, InternetMessageId: what SharePoint keeps unique and what
 * the pane and the queue find it by). JSON naming another id or message is kept as `misfiled` and the columns are used:
 * an item added reusing another's action id under a new ActionKey is not that action (tester T6: it cancelled the
 * authoriser's overturning), and one naming another message is still found on the message it is filed under.
 */
function filedUnder(action: Pick<AlertAction, "id" | "internetMessageId">, fields: ListItem["fields"]): Partial<RecordedAlertAction> {
  const key = fields.ActionKey;
  const message = fields.InternetMessageId;
  const otherId = typeof key === "string" && key !== keyed(action.id);
  const otherMessage = typeof message === "string" && message !== keyed(action.internetMessageId);
  if (!otherId && !otherMessage) return {};
  return {
    ...(otherId ? { id: key } : {}),
    ...(otherMessage ? { internetMessageId: message } : {}),
    misfiled: { ...(otherId ? { id: action.id } : {}), ...(otherMessage ? { internetMessageId: action.internetMessageId } : {}) },
  };
}

/** SharePoint's item id as a number (Graph gives it as digits in a string), or nothing when it is not one. */
export function itemNumber(item: Pick<ListItem, "id">): { item?: number } {
  return /^\d+$/.test(item.id) ? { item: Number(item.id) } : {};
}

/** SharePoint returns dateTime columns as `…Z` without milliseconds; records use full ISO. */
function normaliseInstant(value: string): string {
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? value : parsed.toISOString();
}

export function unwrap<T>(json: unknown, list: string): T {
  try {
    const parsed = JSON.parse(String(json)) as { format?: number } & T;
    if (parsed.format !== FORMAT) throw new Error(`format ${String(parsed.format)}`);
    return parsed;
  } catch (error) {
    throw new StoreError("invalid", `A ${list} item is unreadable (${(error as Error).message}); it was edited outside the add-in.`, error);
  }
}
