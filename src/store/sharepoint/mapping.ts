import type { ContactRecord } from "../../policy/contact";
import type { ContactStrategy } from "../../policy/strategy";
import type { AuditEvent, ContactDecision, Decision, StoredContact } from "../port";
import { StoreError } from "../port";
import type { Fields, ListItem } from "./list-client";

/**
 * Records ↔ list fields. Indexed columns carry what the product queries on; the whole
 * record rides in one JSON note column with a format version, so a strategy's nested
 * parts (restrictions, history, disputes) never drift apart across columns.
 */
const FORMAT = 1;

export function strategyFields(strategy: ContactStrategy): Fields {
  return {
    Title: strategy.person.displayName,
    StrategyKey: strategy.id,
    Status: strategy.status,
    ReviewDate: strategy.reviewDate ? `${strategy.reviewDate}T00:00:00Z` : null,
    PersonName: strategy.person.displayName,
    SpocUpn: strategy.singlePointOfContact?.upn ?? "",
    PackId: strategy.packId,
    ProposedBy: strategy.proposedBy ?? "",
    ApprovedBy: strategy.approvedBy ?? "",
    StrategyJson: JSON.stringify({ format: FORMAT, strategy }),
  };
}

export function strategyFrom(fields: Fields): ContactStrategy {
  return unwrap<{ strategy: ContactStrategy }>(fields.StrategyJson, "ContactStrategies").strategy;
}

/**
 * `replaced` (the decision a correction replaced) rides in the same JSON note as the record:
 * an optional addition, so no new column and no format change (older readers ignore it).
 */
export function contactFields(record: ContactRecord, replaced?: ContactDecision): Fields {
  return {
    Title: record.subject.slice(0, 255),
    InternetMessageId: record.internetMessageId,
    SenderAddress: record.senderAddress,
    ReceivedAt: record.receivedAt,
    Categories: record.categories.join(";"),
    Outcome: record.outcome,
    RecordedBy: record.recordedBy,
    StrategyKey: record.strategyId ?? "",
    RecordJson: JSON.stringify({ format: FORMAT, record, ...(replaced ? { replaced } : {}) }),
  };
}

/** The columns a correction changes: the decision's own, and the JSON carrying the whole record. */
export function contactDecisionFields(record: ContactRecord, replaced: ContactDecision): Fields {
  const { Categories, Outcome, RecordedBy, RecordJson } = contactFields(record, replaced);
  return { Categories, Outcome, RecordedBy, RecordJson };
}

export function contactFrom(fields: Fields): ContactRecord {
  return unwrap<{ record: ContactRecord }>(fields.RecordJson, "ContactLog").record;
}

export function storedContactFrom(item: ListItem): StoredContact {
  const { record, replaced } = unwrap<{ record: ContactRecord; replaced?: ContactDecision }>(item.fields.RecordJson, "ContactLog");
  return { value: record, etag: item.etag, ...(replaced ? { replaced } : {}) };
}

export function decisionFields(decision: Decision): Fields {
  return {
    Title: `${decision.kind} ${decision.strategyId}`,
    DecisionKey: decision.id,
    StrategyKey: decision.strategyId,
    Kind: decision.kind,
    DecidedBy: decision.decidedBy,
    DecidedAt: decision.decidedAt,
    DecisionJson: JSON.stringify({ format: FORMAT, decision }),
  };
}

export function decisionFrom(fields: Fields): Decision {
  return unwrap<{ decision: Decision }>(fields.DecisionJson, "Decisions").decision;
}

export function auditFields(event: AuditEvent): Fields {
  return {
    Title: event.action,
    EventKey: event.id,
    Target: event.target,
    At: event.at,
    Action: event.action,
    By: event.by,
    Detail: event.detail,
  };
}

export function auditFrom(fields: Fields): AuditEvent {
  return {
    id: String(fields.EventKey),
    target: String(fields.Target),
    action: String(fields.Action),
    by: String(fields.By),
    at: normaliseInstant(String(fields.At)),
    detail: String(fields.Detail ?? ""),
  };
}

/** SharePoint returns dateTime columns as `…Z` without milliseconds; records use full ISO. */
function normaliseInstant(value: string): string {
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? value : parsed.toISOString();
}

function unwrap<T>(json: unknown, list: string): T {
  try {
    const parsed = JSON.parse(String(json)) as { format?: number } & T;
    if (parsed.format !== FORMAT) throw new Error(`format ${String(parsed.format)}`);
    return parsed;
  } catch (error) {
    throw new StoreError("invalid", `A ${list} item is unreadable (${(error as Error).message}); it was edited outside the add-in.`, error);
  }
}
