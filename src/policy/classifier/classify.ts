import { CATEGORY_IDS, type CategoryId } from "../categories";
import { fold, originalSpan } from "../text/normalise";
import { reportedRanges, within } from "../text/reported";
import { abuseHits } from "./abuse";
import { demandHits } from "./demands";
import { fingerprint } from "./fingerprint";
import { demandHistoryFindings } from "./demand-history";
import { historyMetrics, type ThisMessage } from "./metrics";
import { persistenceFindings } from "./persistence";
import { phraseHits } from "./phrases";
import { sexualHits } from "./sexual";
import { tokenize } from "./tokens";
import type { Classification, ClassifierOptions, Finding, MessageInput, TextSpan } from "./types";

/** Only this much of a body is analysed for wording; volume signals still see the full length. */
export const MAX_ANALYSED = 200_000;
/** Near-duplicates are judged on the opening of a message: a re-sent complaint differs little there. */
export const FINGERPRINTED = 20_000;

/**
 * Suggests policy categories for one message, with the evidence for each. Pure and
 * synchronous: history comes from the caller, time from `options.now`. A suggestion a
 * caseworker confirms, never a sanction.
 */
export function classify(message: MessageInput, options: ClassifierOptions): Classification {
  const subject = message.subject.slice(0, 1000);
  const body = message.body.slice(0, MAX_ANALYSED);
  // Subject and body are analysed as one text; spans are mapped back to their field.
  const text = `${subject}\n${body}`;
  const folded = fold(text);
  const reported = reportedRanges(folded.text);
  const tokens = tokenize(folded.text);
  const now = new Date(options.now);
  const staff = (addresses: string[]) => addresses.filter((a) => options.staffDomains.some((d) => a.toLowerCase().endsWith(`@${d.toLowerCase()}`)));
  const print = fingerprint(body.slice(0, FINGERPRINTED));
  const thisMessage: ThisMessage = {
    receivedAt: message.receivedAt,
    fingerprint: print,
    staffContacted: staff([...message.to, ...message.cc]),
    otherRecipients: message.to.filter((a) => !staff([a]).length).length,
    bodyLength: message.body.length,
    attachments: message.attachments ?? 0,
  };
  const metrics = historyMetrics(options.history, thisMessage, options.now);

  const findings = new Map<string, Finding>();
  const add = (category: CategoryId, subType: string, confidence: number, evidence: Finding["evidence"][number]) => {
    const key = `${category}/${subType}`;
    const existing = findings.get(key);
    if (existing) {
      existing.confidence = Math.max(existing.confidence, confidence);
      if (existing.evidence.length < 5) existing.evidence.push(evidence);
    } else {
      findings.set(key, { category, subType, wording: options.wording(category, subType), confidence, evidence: [evidence] });
    }
  };
  const span = (start: number, end: number): TextSpan => {
    const o = originalSpan(folded, start, end);
    const inSubject = o.start < subject.length;
    const offset = inSubject ? 0 : subject.length + 1;
    // A span never runs from the subject into the body: each field is shown on its own.
    const stop = inSubject ? Math.min(o.end, subject.length) : o.end;
    return { field: inSubject ? "subject" : "body", start: o.start - offset, end: stop - offset, text: text.slice(o.start, stop) };
  };

  for (const hit of [...abuseHits(tokens), ...phraseHits(folded.text), ...sexualHits(folded.text)]) {
    // Quoting, reporting or condemning abuse is not abuse by the writer: drop a hit whose either end is in such words.
    if (within(reported, hit.start, hit.start + 1) || within(reported, hit.end - 1, hit.end)) continue;
    add("abusive", hit.subType, hit.confidence, { kind: "text", span: span(hit.start, hit.end) });
  }
  const firstContact = options.history.contacts.length === 0;
  for (const hit of demandHits(folded.text, now, options.responseDays, firstContact)) {
    add("demands", hit.subType, hit.confidence, { kind: "text", span: span(hit.start, hit.end), ...(hit.note ? { note: hit.note } : {}) });
  }
  for (const finding of [...persistenceFindings(options.history, thisMessage, metrics, options.now), ...demandHistoryFindings(options.history, thisMessage, metrics)]) {
    add(finding.category, finding.subType, finding.confidence, { kind: "history", summary: finding.summary, at: finding.at });
  }

  const list = [...findings.values()].sort((a, b) => b.confidence - a.confidence);
  const categories = CATEGORY_IDS.filter((c) => list.some((f) => f.category === c));
  return { ...(message.id ? { id: message.id } : {}), categories, findings: list, metrics, fingerprint: print };
}
