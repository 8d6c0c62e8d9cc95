import type { CategoryId } from "../categories";
import type { IsoInstant } from "../strategy";
import type { SenderHistory } from "../contact";
import type { Alert, AlertGuidance, AlertKind, StrategyContext } from "../alerts/types";
import type { Scorer } from "../scorer/types";

/** A message as the classifier sees it: plain text, already extracted from HTML. */
export interface MessageInput {
  id?: string;
  from: string;
  to: string[];
  cc: string[];
  subject: string;
  /** Plain text body. Callers convert HTML first (see `htmlToText`). */
  body: string;
  receivedAt: IsoInstant;
  /** Number of files attached, when known (Gwent 6.0 "inundating the OPCC with information"). */
  attachments?: number;
}

/** A span of the text (subject is offset 0; body follows after subject + "\n"). */
export interface TextSpan {
  field: "subject" | "body";
  start: number;
  end: number;
  text: string;
}

/** Words of the message (with, for a deadline, what it asks against the office's own time), or history. */
export type Evidence = { kind: "text"; span: TextSpan; note?: string; rule: string } | { kind: "history"; summary: string; at: IsoInstant[]; rule: string };

export interface Finding {
  category: CategoryId;
  /** Canonical sub-type, e.g. "threat", "harassment", "offensiveLanguage", "timescale". */
  subType: string;
  /** The policy pack's own words for the category and sub-type, with their source. */
  wording: { category: string; subType: string; policyRef: string };
  /** 0..1 — the strongest of its rules' strengths (rules/): a suggestion a person confirms, never a sanction. */
  confidence: number;
  /** The ids of the rules that made it (rules/index.ts RULES), strongest first: a wrong finding is traced to its rule. */
  rules: string[];
  evidence: Evidence[];
}

export interface HistoryMetrics {
  last7Days: number;
  last30Days: number;
  last90Days: number;
  maxPerDay: number;
  /** Earlier contacts whose fingerprint is near this message's (Jaccard estimate ≥ threshold). */
  nearDuplicates: Array<{ at: IsoInstant; similarity: number; subject?: string }>;
  contactsSinceLastDecision: number;
  warningsGiven: number;
  distinctStaffContacted: number;
}

export interface Classification {
  id?: string;
  categories: CategoryId[];
  findings: Finding[];
  /**
   * Matters to act on whatever the strategy says (risk to life, threat to staff, safeguarding,
   * crime, new matter), most urgent first; empty when none. Never suppressed by a strategy.
   */
  alerts: Alert[];
  metrics: HistoryMetrics;
  /** MinHash fingerprint of this message, for the ContactLog. */
  fingerprint: string;
}

export interface ClassifierOptions {
  /** Office's own response time in working days, from the pack (timescale demands). */
  responseDays: number;
  /** Addresses of the office's own staff (for "copying staff", "several staff"). */
  staffDomains: string[];
  /**
   * The office's own staff as people write their names ("Casey Worker", "Priya Shah"): from the office's
   * configuration and, in the pane, the message's staff recipients and the signed-in user. Threats to
   * staff and insults aimed at them are read against these names; without them, the rules read only
   * roles and "you". Empty when unknown.
   */
  staffNames?: readonly string[];
  history: SenderHistory;
  now: IsoInstant;
  /** The policy pack's words for a finding (see `wordingFor` in packs); keeps the classifier pack-agnostic. */
  wording: (category: CategoryId, subType: string) => Finding["wording"];
  /**
   * Which category a message substantially the same as earlier ones falls in before any decision
   * (the pack's `resends`): Warwickshire 3.2 lists "Persistently calling, writing or emailing to
   * demand" under persistence, Gwent 6.0 "repeated or multiple demands" under demands. After a
   * decision it is persistence in both (Gwent 5.0; Warwickshire 3.2 "told that it's been concluded").
   */
  resends?: "persistent" | "demands";
  /** Whether one deadline demanded is enough ("single", Gwent 6.0) or it must be pressed again ("repeated", Warwickshire 3.2). */
  deadlines?: "single" | "repeated";
  /** The pack's guidance for an alert (see `alertGuidanceFor` in packs); the product's default when absent. */
  alertGuidance?: (kind: AlertKind) => AlertGuidance;
  /** The sender's contact strategy in force, if any: `new-matter` alerts need its restrictions and closed matter. */
  strategy?: StrategyContext;
  /**
   * The learned scorer (scorer/join.ts loadScorer), when loaded: it adds categories and alerts the
   * rules missed, each naming its own rule ("learned.abusive"). Without it, the rules alone.
   */
  scorer?: Scorer;
}
