import type { Classification } from "../policy/classifier/types";
import type { CategoryId } from "../policy/categories";
import type { ContactOutcome, ContactRecord, EvidenceNote } from "../policy/contact";
import type { ReadItem } from "../outlook/mailbox";
import type { CaseStore } from "../store/port";

export interface CaseworkerDecision {
  /** The categories the caseworker confirmed (empty: nothing unacceptable). */
  categories: CategoryId[];
  outcome: ContactOutcome;
}

/**
 * Writes the caseworker's decision on one message: the ContactLog item (idempotent on
 * internetMessageId) and its audit event (idempotent on its id). Both are safe to repeat,
 * so after a failure the caller simply records again; nothing is half-written silently.
 */
export async function recordContact(input: {
  store: Pick<CaseStore, "recordContact" | "appendAudit">;
  item: ReadItem;
  senderAddress: string;
  classification: Classification;
  decision: CaseworkerDecision;
  recordedBy: string;
  now: Date;
  strategyId?: string;
  staffDomains: readonly string[];
}): Promise<{ created: boolean; record: ContactRecord }> {
  const { item, classification, decision } = input;
  const evidence: EvidenceNote[] = classification.findings
    .filter((f) => decision.categories.includes(f.category))
    .map((f) => ({ category: f.category, subType: f.subType, quote: quoteOf(f.evidence) }));
  const staff = [...item.to, ...item.cc]
    .map((a) => a.emailAddress.toLowerCase())
    .filter((address) => input.staffDomains.some((domain) => address.endsWith(`@${domain.toLowerCase()}`)));
  const record: ContactRecord = {
    internetMessageId: item.internetMessageId,
    senderAddress: input.senderAddress,
    receivedAt: new Date(item.dateTimeCreated).toISOString(),
    subject: item.subject,
    categories: decision.categories,
    evidence,
    outcome: decision.outcome,
    recordedBy: input.recordedBy,
    recordedAt: input.now.toISOString(),
    fingerprint: classification.fingerprint,
    staffContacted: [...new Set(staff)],
    ...(input.strategyId ? { strategyId: input.strategyId } : {}),
  };
  const { created } = await input.store.recordContact(record);
  await input.store.appendAudit({
    id: `contact:${item.internetMessageId}:recorded`,
    target: `contact:${item.internetMessageId}`,
    action: `recorded (${decision.outcome})`,
    by: input.recordedBy,
    at: record.recordedAt,
    detail: decision.categories.length ? `Categories: ${decision.categories.join(", ")}` : "Nothing unacceptable found.",
  });
  return { created, record };
}

function quoteOf(evidence: Classification["findings"][number]["evidence"]): string {
  const parts = evidence.map((e) => (e.kind === "text" ? e.span.text : e.summary));
  return parts.join(" … ").slice(0, 200);
}
