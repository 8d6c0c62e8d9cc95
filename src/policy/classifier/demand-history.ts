import type { SenderHistory } from "../contact";
import type { HistoryFinding } from "./persistence";
import type { IsoInstant } from "../strategy";
import { lastDecision, type ThisMessage } from "./metrics";
import type { HistoryMetrics } from "./types";

/** A body longer than this is "inundating" on its own (about eight pages of A4). */
export const LONG_BODY = 15_000;
export const MANY_ATTACHMENTS = 10;

/**
 * Unreasonable demands seen in the envelope and history rather than the words (Gwent 6.0
 * "repeated or multiple demands which are substantially the same", "inundating the OPCC
 * with information"; Warwickshire 3.2 "Repeatedly copying OPCC staff into emails sent to
 * other public bodies").
 */
/** `askedFor`: the message says the office asked for what it sends ("As you asked, I've attached …"): attachments the office asked for do not inundate it. */
export function demandHistoryFindings(history: SenderHistory, message: ThisMessage, metrics: HistoryMetrics, now: IsoInstant, resends: "persistent" | "demands" = "demands", askedFor = false): HistoryFinding[] {
  const found: HistoryFinding[] = [];
  // After the office's decision a re-sent complaint is persistence (persistence.ts); before it, the pack says which it is.
  const decided = lastDecision(history, now);
  if (metrics.nearDuplicates.length >= 2 && !(decided && message.receivedAt > decided)) {
    const summary = `${metrics.nearDuplicates.length} earlier messages substantially the same (best ${Math.round(metrics.nearDuplicates[0]!.similarity * 100)}% alike)`;
    found.push({ rule: resends === "demands" ? "substantially-the-same" : "resent-before-decision", summary, at: metrics.nearDuplicates.map((d) => d.at) });
  }
  // Inundating is information in bulk (Gwent 6.0); many messages in a day are volume, which persistence.ts judges by
  // whether they add anything new (a burst of documents or an emergency unfolding is neither).
  const reasons = [
    message.bodyLength > LONG_BODY ? `${message.bodyLength.toLocaleString("en-GB")} characters in one message` : "",
    message.attachments >= MANY_ATTACHMENTS && !askedFor ? `${message.attachments} attachments` : "",
  ].filter(Boolean);
  if (reasons.length > 0) found.push({ rule: "inundating", summary: reasons.join("; "), at: [] });
  // Addressed to another body with office staff copied in: several staff at once, or again.
  // "Again" counts only earlier mail that was itself addressed elsewhere with staff on it,
  // not every letter that reached the office (those reach staff by being sent to them).
  const copiedBefore = history.contacts.filter((c) => c.addressedToOthers && (c.staffContacted?.length ?? 0) > 0).length;
  const staffCopied = message.staffContacted.length;
  if (message.addressedToOthers && (staffCopied >= 2 || (staffCopied >= 1 && copiedBefore > 0))) {
    const summary = `mail to another body with ${staffCopied} member(s) of office staff copied${copiedBefore ? `; staff copied ${copiedBefore} time(s) before` : ""}`;
    found.push({ rule: "copying-staff", summary, at: [] });
  }
  return found;
}
