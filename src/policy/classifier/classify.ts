import { CATEGORY_IDS } from "../categories";
import { fold, originalSpan, type Folded } from "../text/normalise";
import { addressingOf } from "../address";
import { reportedRanges, within } from "../text/reported";
import { detectAlerts } from "../alerts/detect";
import { threatFirst } from "../alerts/threat-first";
import { crimeBesideSafeguarding } from "../alerts/abuse-crime";
import { defaultAlertGuidance } from "../alerts/guidance";
import { ALERT_KINDS, type Alert, type AlertEvidence, type AlertKind } from "../alerts/types";
import { abuseHits } from "./abuse";
import type { AbuseReading } from "./collective";
import { ASKED_FOR, demandHits, framedAsRequest } from "./demands";
import { fingerprint } from "./fingerprint";
import { demandHistoryFindings } from "./demand-history";
import { decisionTalk } from "./decision-talk";
import { markedSwearing, unmasked } from "./masks";
import { historyMetrics, type ThisMessage } from "./metrics";
import { persistenceFindings } from "./persistence";
import { phraseHits } from "./phrases";
import { sexualHits } from "./sexual";
import { staffHits } from "./staff";
import { officeAbuseHits } from "./office-abuse";
import { veiledAbuseHits } from "./veiled-abuse";
import { RULES, type RuleId } from "./rules/index";
import { tokenize, type Tokens } from "./tokens";
import type { Classification, ClassifierOptions, Finding, MessageInput, TextSpan } from "./types";
import { staffNamedIn, staffNames } from "../text/staff-names";
import { mayMatch } from "../text/may-match";
import { spanIn, visibleText, type Visible } from "../text/visible";

/** Only this much of a body is analysed for wording; volume signals still see the full length. */
export const MAX_ANALYSED = 200_000;
/** Near-duplicates are judged on the opening of a message: a re-sent complaint differs little there. */
export const FINGERPRINTED = 20_000;
/**
 * The near-duplicate fingerprint of a body, read as classify reads it: its visible text's opening (text/visible.ts). The
 * recent-mail signals fingerprint each earlier message with this, so a complaint re-sent with zero-width characters in
 * its words is the same complaint, not a new one.
 */
export function bodyFingerprint(body: string): string {
  return visibleFingerprint(visibleText(body).text);
}

/** The fingerprint of a body already read as visible text. */
function visibleFingerprint(visible: string): string {
  return fingerprint(visible.slice(0, FINGERPRINTED));
}
/** A body of at most this many words says only what those words say: "Fuck.", "no shit", "stupid mother fucker". */
export const SHORT_BODY = 3;
/** Evidence shown per finding: enough for a caseworker to see the pattern, not a flood. */
export const MAX_EVIDENCE = 5;

/**
 * Suggests policy categories for one message, with the evidence for each. Pure and
 * synchronous: history comes from the caller, time from `options.now`. A suggestion a
 * caseworker confirms, never a sanction.
 *
 * Read as a person sees it (text/visible.ts): zero-width and other invisible characters, marks laid over letters and
 * letters dressed as others would otherwise split the words every rule reads ("I kn\u200bow where Casey li\u200bves"
 * raised no alert: issue 10). Every rule, the alerts' guards and the learned scorer read the visible text; evidence is
 * mapped back to the characters as written, so the pane highlights what the person wrote.
 */
export function classify(message: MessageInput, options: ClassifierOptions): Classification {
  const subject = visibleText(message.subject);
  const body = visibleText(message.body);
  if (!subject.map && !body.map) return classifyVisible(message, options);
  const shown = readVisible(message, options, subject, body);
  if (!subject.reordered && !body.reordered) return shown;
  // A right-to-left override: read as shown and as written, and keep what either reading finds. No emulation of
  // bidi layout is exact, and an attacker picks whichever one the classifier does not read (tester B2: a nested
  // override made the shown reading run backwards and hid every alert).
  const written = readVisible(message, options, visibleText(message.subject, { reorder: false }), visibleText(message.body, { reorder: false }));
  const alertKinds = new Set(shown.alerts.map((a) => a.kind));
  const findingKeys = new Set(shown.findings.map((f) => `${f.category}/${f.subType}`));
  const findings = [...shown.findings, ...written.findings.filter((f) => !findingKeys.has(`${f.category}/${f.subType}`))];
  return {
    ...shown,
    categories: CATEGORY_IDS.filter((c) => findings.some((f) => f.category === c)),
    findings,
    alerts: [...shown.alerts, ...written.alerts.filter((a) => !alertKinds.has(a.kind))].sort((a, b) => ALERT_KINDS.indexOf(a.kind) - ALERT_KINDS.indexOf(b.kind)),
  };
}

/** The classification of the visible text, its evidence mapped back to the characters as written. */
function readVisible(message: MessageInput, options: ClassifierOptions, subject: Visible, body: Visible): Classification {
  const result = classifyVisible({ ...message, subject: subject.text, body: body.text }, options);
  const written = (span: TextSpan): TextSpan => {
    const [seen, original] = span.field === "subject" ? [subject, message.subject] : [body, message.body];
    const at = spanIn(seen, span.start, span.end, original.length);
    return { ...span, start: at.start, end: at.end, text: original.slice(at.start, at.end) };
  };
  return {
    ...result,
    findings: result.findings.map((f) => ({ ...f, evidence: f.evidence.map((e) => (e.kind === "text" ? { ...e, span: written(e.span) } : e)) })),
    alerts: result.alerts.map((a) => ({ ...a, evidence: a.evidence.map((e) => ({ ...e, span: written(e.span) })) })),
  };
}

function classifyVisible(message: MessageInput, options: ClassifierOptions): Classification {
  const subject = message.subject.slice(0, 1000);
  const body = message.body.slice(0, MAX_ANALYSED);
  // Subject and body are analysed as one text; spans are mapped back to their field.
  const text = `${subject}\n${body}`;
  // `@` and `$` for letters ("tw@ts", "$h!t") are read here; the shared folding leaves them to addresses and money.
  const folded = markedSwearing(unmasked(fold(text)));
  const reported = reportedRanges(folded.text);
  const tokens = tokenize(folded.text);
  const now = new Date(options.now);
  const addressing = addressingOf(message.to, message.cc, options.staffDomains);
  // The body is the visible text here (classify reads it first), as bodyFingerprint reads an earlier message's.
  const print = visibleFingerprint(body);
  const thisMessage: ThisMessage = {
    receivedAt: message.receivedAt,
    subject,
    fingerprint: print,
    staffContacted: addressing.staffContacted,
    addressedToOthers: addressing.addressedToOthers,
    bodyLength: message.body.length,
    attachments: message.attachments ?? 0,
  };
  const metrics = historyMetrics(options.history, thisMessage, options.now);

  const findings = new Map<string, Finding>();
  /**
   * The finding for a category and sub-type (created on first use) at the highest confidence
   * seen, or undefined when it already holds all the evidence it shows: callers then skip
   * mapping the span, which a flood of hits would otherwise do thousands of times for nothing.
   */
  const foundIn = (into: Map<string, Finding>) => (id: RuleId): Finding | undefined => {
    const rule = RULES[id];
    const category = rule.category;
    const key = `${category}/${rule.subType}`;
    let finding = into.get(key);
    if (!finding) into.set(key, (finding = { category, subType: rule.subType, wording: options.wording(category, rule.subType), confidence: rule.strength, rules: [id], evidence: [] }));
    else if (!finding.rules.includes(id)) {
      finding.rules.push(id);
      finding.confidence = Math.max(finding.confidence, rule.strength);
    }
    return finding.evidence.length < MAX_EVIDENCE ? finding : undefined;
  };
  const found = foundIn(findings);
  const span = (start: number, end: number): TextSpan => {
    const o = originalSpan(folded, start, end);
    const inSubject = o.start < subject.length;
    const offset = inSubject ? 0 : subject.length + 1;
    // A span never runs from the subject into the body: each field is shown on its own.
    const stop = inSubject ? Math.min(o.end, subject.length) : o.end;
    return { field: inSubject ? "subject" : "body", start: o.start - offset, end: stop - offset, text: text.slice(o.start, stop) };
  };

  const reading: AbuseReading = { officeCriticised: false };
  const abuse = [abuseHits(tokens, folded.text, shortBodyStart(tokens, folded, subject.length), reading), phraseHits(folded.text), sexualHits(folded.text), staffHits(folded.text, staffNames(options.staffNames)), officeAbuseHits(folded.text), veiledAbuseHits(folded.text)];
  /** The abuse hits as findings in `into`; a sign for the alerts only (Hit.signOnly) when `withSigns`. */
  const collect = (into: (id: RuleId) => Finding | undefined, withSigns: boolean) => {
    for (const hits of abuse) {
      for (const hit of hits) {
        if (hit.signOnly && !withSigns) continue;
        // Quoting, reporting or condemning abuse is not abuse by the writer: drop a hit whose either end is in such words.
        if (within(reported, hit.start, hit.start + 1) || (!hit.writersAct && within(reported, hit.end - 1, hit.end))) continue;
        const finding = into(hit.rule);
        // Two rules may read the same words ("a senile old fool" is an insult and one by age): shown once.
        if (!finding) continue;
        const at = span(hit.start, hit.end);
        const shown = finding.evidence.some((e) => e.kind === "text" && e.span.field === at.field && e.span.start === at.start && e.span.end === at.end);
        if (!shown) finding.evidence.push({ kind: "text", span: at, rule: hit.rule });
      }
    }
  };
  collect(found, false);
  // The alerts read the abuse findings with the signs kept from the categories (Hit.signOnly), as they read them before.
  const signed = abuse.some((hits) => hits.some((h) => h.signOnly)) ? new Map<string, Finding>() : undefined;
  if (signed) collect(foundIn(signed), true);
  const firstContact = options.history.contacts.length === 0;
  const demandedBefore = options.history.contacts.some((c) => c.categories?.includes("demands"));
  // "Reply today", "by Friday": a message's relative dates are from when it arrived, not from when it is read
  // (and the office's response time runs from receipt too).
  const received = new Date(message.receivedAt);
  const sent = Number.isNaN(received.getTime()) ? now : received;
  const bodyStart = foldedOffset(folded, subject.length + 1);
  for (const hit of demandHits(folded.text, sent, options.responseDays, firstContact, demandedBefore, options.deadlines, bodyStart, staffNames(options.staffNames))) {
    found(hit.rule)?.evidence.push({ kind: "text", span: span(hit.start, hit.end), rule: hit.rule, ...(hit.note ? { note: hit.note } : {}) });
  }
  for (const fromHistory of [persistenceFindings(options.history, thisMessage, decisionTalk(folded.text, options.staffNames), metrics, options.now), demandHistoryFindings(options.history, thisMessage, metrics, options.now, options.resends, askedFor(folded.text))]) {
    for (const f of fromHistory) found(f.rule)?.evidence.push({ kind: "history", summary: f.summary, at: f.at, rule: f.rule });
  }

  const list = sortedFindings([...findings.values()]);
  const categories = CATEGORY_IDS.filter((c) => list.some((f) => f.category === c));
  // Alerts are read from the same folded text and never depend on the categories or the strategy's restrictions.
  const heldBack = options.scorer ? new Map<AlertKind, AlertEvidence[]>() : undefined;
  // Only a message that arrived after the strategy came into force can raise a new matter under it (T5 finding 4).
  const { strategy: _before, ...noStrategy } = options;
  const alertOptions = options.strategy?.inForceFrom && message.receivedAt < options.strategy.inForceFrom ? noStrategy : options;
  const alertFindings = signed ? sortedFindings([...signed.values(), ...list.filter((f) => f.category !== "abusive")]) : list;
  const alerts = detectAlerts({ original: text, subjectLength: subject.length, subjectBreak: foldedOffset(folded, subject.length), folded, tokens, span }, alertOptions, alertFindings, heldBack);
  // The learned scorer, when given, adds what the rules missed (rules win where they fire): scorer/join.ts.
  const ruled = { categories, findings: list, alerts };
  // A message framed as a request (demands.ts framedAsRequest) is given no learned demand: the scorer weighs words, not framing.
  // Nor abuse to a message whose only insults the rules read as criticism of the office as a body (collective.ts): the scorer
  // weighs "useless" and "sick" alike whether said of a person or of the office. Not where a member of staff is named: an
  // insult of them the rules missed is the scorer's to find.
  const withholding = [
    ...(options.scorer && !categories.includes("demands") && framedAsRequest(folded.text) ? (["demands"] as const) : []),
    ...(options.scorer && !categories.includes("abusive") && reading.officeCriticised && !staffNamedIn(staffNames(options.staffNames)).test(folded.text) ? (["abusive"] as const) : []),
  ];
  const withheld = withholding.length ? { withheld: withholding } : {};
  const joined = options.scorer ? options.scorer.add({ ...ruled, ...(heldBack ? { heldBack } : {}), ...withheld }, text, subject.length, options) : ruled;
  // A safeguarding concern (a rule's or the scorer's) whose harm another person does is a crime beside it (alerts/abuse-crime.ts).
  const suggested = { ...joined, alerts: crimeBesideSafeguarding(joined.alerts, folded.text, span, options.alertGuidance ?? defaultAlertGuidance) };
  const alertsPastTheCut = message.body.length > MAX_ANALYSED ? tailAlerts(message, options, suggested.alerts) : [];
  const withTail = alertsPastTheCut.length ? { ...suggested, alerts: [...suggested.alerts, ...alertsPastTheCut].sort((a, b) => ALERT_KINDS.indexOf(a.kind) - ALERT_KINDS.indexOf(b.kind)) } : suggested;
  // A threat to staff comes before a new matter: its words are not new information, and nothing new is answered first.
  return { ...(message.id ? { id: message.id } : {}), ...withTail, alerts: threatFirst(withTail.alerts, text, subject.length), metrics, fingerprint: print };
}

/** Findings strongest first, each one's rules strongest first. */
function sortedFindings(list: Finding[]): Finding[] {
  list.sort((a, b) => b.confidence - a.confidence);
  for (const f of list) f.rules.sort((a, b) => RULES[b as RuleId].strength - RULES[a as RuleId].strength);
  return list;
}

/** Whether the message says the office asked for what it sends (demands.ts ASKED_FOR): most mail lacks its words, and the prefilter says so without reading it. */
const askedFor = (text: string) => mayMatch(ASKED_FOR, text) && ASKED_FOR.test(text);

/**
 * Safety first past the cut (issue 10): a body longer than MAX_ANALYSED is analysed to there for wording, but its last
 * TAIL_ANALYSED characters are read for alerts too ("I am going to hang myself" after 500 KB of filler, a P.S. at the
 * end of a long forwarded chain). Only alerts of kinds the opening did not raise are taken, their spans placed in the
 * whole body. One more pass over at most TAIL_ANALYSED characters, so a huge body still costs a bounded time.
 */
export const TAIL_ANALYSED = 50_000;
function tailAlerts(message: MessageInput, options: ClassifierOptions, raised: readonly Alert[]): Alert[] {
  const offset = message.body.length - TAIL_ANALYSED;
  const tail = classifyVisible({ ...message, subject: "", body: message.body.slice(offset) }, options);
  return tail.alerts
    .filter((alert) => !raised.some((a) => a.kind === alert.kind))
    .map((alert) => ({ ...alert, evidence: alert.evidence.filter((e) => e.span.field === "body").map((e) => ({ ...e, span: { ...e.span, start: e.span.start + offset, end: e.span.end + offset } })) }))
    .filter((alert) => alert.evidence.length > 0);
}

/**
 * Where the body's words start in the folded text, when the body has at most SHORT_BODY
 * words; otherwise undefined. Counted from the end, so a long body costs SHORT_BODY + 1 steps.
 * Subject and body were joined with one newline: a word whose original start is past the
 * subject is the body's.
 */
function shortBodyStart(tokens: Tokens, folded: Folded, subjectLength: number): number | undefined {
  let start: number | undefined;
  for (let k = tokens.length - 1, count = 0; k >= 0; k -= 1) {
    if (originalSpan(folded, tokens.start(k), tokens.end(k)).start <= subjectLength) break;
    if (++count > SHORT_BODY) return undefined;
    start = tokens.start(k);
  }
  return start;
}

/** The folded offset of an original offset (folding only ever removes characters, so the map is increasing). */
function foldedOffset(folded: Folded, original: number): number {
  if (!folded.map) return original;
  let lo = 0;
  let hi = folded.map.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (folded.map[mid]! < original) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
