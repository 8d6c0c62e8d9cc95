/**
 * The SharePoint lists the product keeps its state in (DESIGN.md "State in SharePoint").
 * Provisioning creates exactly these; the store reads and writes exactly these. Every
 * column the store filters or orders by is indexed: past 5,000 items Graph refuses
 * queries on non-indexed columns (docs/decisions/0004-list-indexes.md).
 *
 * Columns hold only what the policy needs (data protection): no message bodies.
 */
export type ColumnKind = "text" | "note" | "dateTime" | "boolean" | "number" | "choice";

export interface ColumnSpec {
  name: string;
  kind: ColumnKind;
  indexed?: boolean;
  /** Unique values (SharePoint requires the column to be indexed): the idempotency keys. */
  unique?: boolean;
  choices?: readonly string[];
}

export interface ListSpec {
  name: string;
  description: string;
  columns: readonly ColumnSpec[];
}

const STATUSES = ["draft", "proposed", "active", "underReview", "rejected", "ended"] as const;

export const CONTACT_STRATEGIES: ListSpec = {
  name: "ContactStrategies",
  description: "One contact strategy for one person (Warwickshire 7; Gwent 8.0).",
  columns: [
    { name: "StrategyKey", kind: "text", indexed: true, unique: true },
    { name: "Status", kind: "choice", indexed: true, choices: STATUSES },
    { name: "ReviewDate", kind: "dateTime", indexed: true },
    { name: "PersonName", kind: "text" },
    { name: "SpocUpn", kind: "text", indexed: true },
    { name: "PackId", kind: "text" },
    { name: "ProposedBy", kind: "text" },
    { name: "ApprovedBy", kind: "text" },
    /** The whole strategy (restrictions, adjustments, history) as versioned JSON. */
    { name: "StrategyJson", kind: "note" },
  ],
};

export const STRATEGY_ADDRESSES: ListSpec = {
  name: "StrategyAddresses",
  description: "One normalised address (email or phone) belonging to a strategy's person.",
  columns: [
    /** `${StrategyKey}|${Address}`: one row per pair, so re-saving a strategy never duplicates rows. */
    { name: "AddressKey", kind: "text", indexed: true, unique: true },
    { name: "Address", kind: "text", indexed: true },
    { name: "StrategyKey", kind: "text", indexed: true },
    /** Copied from the strategy so the SenderIndex loads from this one list. */
    { name: "Status", kind: "choice", indexed: true, choices: STATUSES },
    { name: "PersonName", kind: "text" },
  ],
};

export const CONTACT_LOG: ListSpec = {
  name: "ContactLog",
  description: "One classified contact, keyed on the message's internetMessageId.",
  columns: [
    { name: "InternetMessageId", kind: "text", indexed: true, unique: true },
    { name: "SenderAddress", kind: "text", indexed: true },
    { name: "ReceivedAt", kind: "dateTime", indexed: true },
    { name: "Categories", kind: "text" },
    { name: "Outcome", kind: "choice", choices: ["confirmed", "corrected", "dismissed"] },
    { name: "RecordedBy", kind: "text" },
    { name: "StrategyKey", kind: "text", indexed: true },
    /** The sub-types the caseworker chose, "category/subType;…" (readable in the list; the record's JSON holds them too). */
    { name: "SubTypes", kind: "text" },
    /** The caseworker's note on the decision. */
    { name: "DecisionNote", kind: "note" },
    { name: "RecordJson", kind: "note" },
  ],
};

export const DECISIONS: ListSpec = {
  name: "Decisions",
  description: "One decision on a strategy by an authoriser. Writable only by the authorisers' group.",
  columns: [
    { name: "DecisionKey", kind: "text", indexed: true, unique: true },
    { name: "StrategyKey", kind: "text", indexed: true },
    { name: "Kind", kind: "text" },
    { name: "DecidedBy", kind: "text" },
    { name: "DecidedAt", kind: "dateTime", indexed: true },
    { name: "DecisionJson", kind: "note" },
  ],
};

export const AUDIT_TRAIL: ListSpec = {
  name: "AuditTrail",
  description: "One thing a person did to a record. Add-only for staff.",
  columns: [
    { name: "EventKey", kind: "text", indexed: true, unique: true },
    { name: "Target", kind: "text", indexed: true },
    { name: "At", kind: "dateTime", indexed: true },
    /** Indexed so that every strategy with a proposal on the trail can be found (`strategyIds`): a handful per strategy. */
    { name: "Action", kind: "text", indexed: true },
    { name: "By", kind: "text", indexed: true },
    /** The sender a contact's decision event is about (`AuditEvent.about`): a person's records found from the add-only trail (T21b-3). */
    { name: "About", kind: "text", indexed: true },
    { name: "Detail", kind: "note" },
    /** The whole event as versioned JSON (a long Target or EventKey is only a key in its column). */
    { name: "EventJson", kind: "note" },
  ],
};

export const LETTERS: ListSpec = {
  name: "Letters",
  description: "One letter prepared for a person (warning, strategy letter, reminder, outcome, signposting), with its text.",
  columns: [
    { name: "LetterKey", kind: "text", indexed: true, unique: true },
    /** Normalised address it went to: warnings for people without a strategy are found by it. */
    { name: "Address", kind: "text", indexed: true },
    { name: "StrategyKey", kind: "text", indexed: true },
    { name: "Kind", kind: "text" },
    { name: "Status", kind: "choice", choices: ["drafted", "sent"] },
    { name: "PreparedAt", kind: "dateTime", indexed: true },
    { name: "PreparedBy", kind: "text" },
    { name: "LetterJson", kind: "note" },
  ],
};

export const ALERT_ACTIONS: ListSpec = {
  name: "AlertActions",
  description: "What was done about one message's alerts (Warwickshire 7.2): escalated, reported to the police, or no action and why. Add-only for staff.",
  columns: [
    { name: "ActionKey", kind: "text", indexed: true, unique: true },
    { name: "InternetMessageId", kind: "text", indexed: true },
    { name: "SenderAddress", kind: "text", indexed: true },
    { name: "At", kind: "dateTime", indexed: true },
    { name: "Outcome", kind: "choice", choices: ["escalated", "reportedToPolice", "noActionNeeded", "setAsideReviewed", "dealtWithAsNewMatter"] },
    { name: "By", kind: "text" },
    { name: "ActionJson", kind: "note" },
  ],
};

export const LISTS: readonly ListSpec[] = [CONTACT_STRATEGIES, STRATEGY_ADDRESSES, CONTACT_LOG, DECISIONS, AUDIT_TRAIL, ALERT_ACTIONS, LETTERS];
