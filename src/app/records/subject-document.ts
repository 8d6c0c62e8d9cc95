import { describeAlertOutcome, type AlertAction } from "../../policy/alerts/action";
import { needsConfirmation } from "../../policy/alerts/set-aside";
import { CHANNEL_WORDS } from "../../policy/categories";
import { nameOf } from "../../policy/decision";
import { STATUS_WORDS } from "../../policy/strategy";
import { escapeHtml as esc } from "../../letters/html";
import { describeLetter } from "../../policy/letters/record";
import { describeRestriction } from "../restriction-text";
import { nameOrAddress } from "../staff-names";
import { auditWords } from "./intent";
import { counts, unreadableWords, type SubjectAccessExport } from "./subject-access";

/**
 * The message an alert action is about, as the person knows it (tester T7 #10: it was named by its Internet message id):
 * its received date and subject, from what the set-aside kept or the contact recorded; the id only where neither is held.
 */
function messageWords(action: AlertAction, e: SubjectAccessExport): string {
  const contact = e.contacts.find((c) => c.internetMessageId === action.internetMessageId);
  // What a set-aside kept is its writer's JSON: only strings are read from it (one written through Graph may hold anything).
  const kept = typeof action.message === "object" && action.message !== null ? action.message : undefined;
  const subject = typeof kept?.subject === "string" ? kept.subject : contact?.subject;
  const received = typeof kept?.receivedAt === "string" ? kept.receivedAt : contact?.receivedAt;
  if (subject === undefined && !received) return `A message whose date and subject are not on record (${action.internetMessageId})`;
  return `${received ? `Received ${received.slice(0, 10)}` : "Received on a date not on record"}: “${subject?.trim() || "(no subject)"}”`;
}

/**
 * Where a "no action needed" stands, as the records show it (T7 #10): a set-aside on a risk to life, a threat to staff or
 * a safeguarding concern awaits the authoriser until confirmed or overturned (the last review recorded on it).
 */
function setAsideWords(action: AlertAction, all: readonly AlertAction[]): string {
  if (action.outcome.kind !== "noActionNeeded") return "";
  const review = all.filter((r) => r.outcome.kind === "setAsideReviewed" && r.outcome.setAside === action.id).at(-1);
  if (review?.outcome.kind === "setAsideReviewed") return review.outcome.verdict === "confirmed" ? ` (set-aside confirmed by ${review.by})` : ` (set-aside overturned by ${review.by}: the alert was reopened for action)`;
  return needsConfirmation(action.alertKinds) ? " (set-aside awaiting a manager's review: the alert stays open)" : "";
}

/**
 * The subject access export as a document a person can read (and print): one HTML page, every
 * value escaped — subjects, reasons and letters carry what members of the public and staff wrote.
 * No script, no external resource; headings and tables a screen reader can follow. The JSON is
 * the same data whole, for the office's own checks.
 */
export function subjectAccessDocument(e: SubjectAccessExport): string {
  const day = (at: string | undefined) => (at ? esc(at.slice(0, 10)) : "—");
  const rows = (cells: Array<Array<string | undefined>>) => cells.map((c) => `<tr>${c.map((v) => `<td>${v ?? "—"}</td>`).join("")}</tr>`).join("\n");
  const table = (caption: string, head: string[], body: Array<Array<string | undefined>>) =>
    body.length === 0
      ? `<p>None held.</p>`
      : `<table><caption>${esc(caption)}</caption><thead><tr>${head.map((h) => `<th scope="col">${esc(h)}</th>`).join("")}</tr></thead><tbody>\n${rows(body)}\n</tbody></table>`;

  const strategies = e.strategies.map(
    (s) => `<section><h3>${esc(s.person.displayName)}${s.person.reference ? ` (${esc(s.person.reference)})` : ""}: ${esc(STATUS_WORDS[s.status])}</h3>
<dl>
<dt>Addresses</dt><dd>${esc(s.addresses.join(", "))}</dd>
<dt>Why</dt><dd>${esc(s.reasons)}</dd>
<dt>Restrictions</dt><dd>${esc(s.restrictions.map(describeRestriction).join("; ") || "none")}</dd>
<dt>How you may contact us</dt><dd>${esc(s.allowedChannels.map((c) => CHANNEL_WORDS[c]).join(", "))}</dd>
<dt>Single point of contact</dt><dd>${esc(s.singlePointOfContact?.displayName ?? "none named")}</dd>
<dt>Reasonable adjustments</dt><dd>${esc(s.reasonableAdjustments.notes || (s.reasonableAdjustments.considered ? "Considered." : "Not recorded."))}</dd>
<dt>Review date</dt><dd>${day(s.reviewDate)}</dd>
</dl>
${table("What happened to this strategy", ["When", "What", "Who", "Why"], s.history.map((h) => [day(h.at), esc(`${h.type}: ${h.from} → ${h.to}`), esc(h.by), esc(h.why)]))}
</section>`,
  );

  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Records held: ${esc(e.requested)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5}table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{border:1px solid #767676;padding:.3rem .5rem;text-align:left;vertical-align:top}caption{text-align:left;font-weight:600}pre{white-space:pre-wrap}</style>
</head>
<body>
<h1>Records held about you</h1>
<p>Prepared on ${day(e.exportedAt)} in answer to a subject access request (Data Protection Act 2018) for <strong>${esc(e.requested)}</strong>.</p>
<h2>Addresses searched</h2>
<ul>${e.addressesSearched.map((a) => `<li>${esc(a)}</li>`).join("")}</ul>
<p>${esc(counts(e))}.</p>
${
  e.unreadable?.length
    ? `<h2>Records that could not be read</h2>
<p>These records were changed outside the system and cannot be read now. They are named here so that nothing held is left out unsaid; the office will restore them and send what they hold.</p>
<ul>${e.unreadable.map((u) => `<li>${esc(unreadableWords(u))}</li>`).join("")}</ul>`
    : ""
}
<h2>Contact strategies</h2>
${strategies.join("\n") || "<p>None held.</p>"}
<h2>Decisions</h2>
${table("Decisions on the strategies", ["Recorded", "Decision", "By", "Reason"], e.decisions.map((d) => [day(d.recordedAt), esc(d.kind), esc(nameOf(d.author)), esc(d.rationale)]))}
<h2>Your contacts with us</h2>
${table("Messages recorded", ["Received", "From", "Subject", "Recorded as", "Words noted"], e.contacts.map((c) => [day(c.receivedAt), esc(c.senderAddress), esc(c.subject), esc(`${c.outcome}${c.categories.length ? `: ${c.categories.join(", ")}` : ""}`), esc(c.evidence.map((n) => n.quote).join(" … "))]))}
<h2>Letters</h2>
${e.letters.map((l) => `<section><h3>${esc(l.subject)}</h3><p>${esc(describeLetter(l, nameOrAddress))}</p>${e.letterDoubts?.[l.id] ? `<p><strong>${esc(e.letterDoubts[l.id]!)}</strong></p>` : ""}<pre>${esc(l.text)}</pre></section>`).join("\n") || "<p>None held.</p>"}
<h2>Action taken on concerns in your messages</h2>
${table("Actions on alerts", ["When", "Message", "What was done"], e.alertActions.map((a) => [day(a.at), esc(messageWords(a, e)), esc(`${describeAlertOutcome(a.outcome)}${setAsideWords(a, e.alertActions)}`)]))}
<h2>Audit trail</h2>
${table("Everything done to these records", ["When", "What", "By", "Detail"], e.audit.map((a) => [esc(a.at), esc(auditWords(a).action), esc(a.by), esc(auditWords(a).detail)]))}
</body>
</html>
`;
}
