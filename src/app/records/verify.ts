import { describeAlertOutcome } from "../../policy/alerts/action";
import { nameOf, type Identity } from "../../policy/decision";
import type { CorrectionBegun } from "../../policy/evidence-as-judged";
import { namesRecord } from "../../policy/record-digest";
import { filedApartWords, type LoggedContact } from "../../policy/evidence-contacts";
import { checkAlertActions, CLOCK_SKEW_MS, uncheckedWords, type AlertActionEntry, type ForgedWhy } from "../alert-record";
import { actWords, begunWords } from "../strategy/step-words";
import { gapName, itemGaps, type ItemGap } from "../../store/item-gaps";
import { mayPurgeIn, NOBODY_PURGES, removedByRetention } from "./retention-items";
import { inForceView } from "../../policy/in-force";
import { describeLetter } from "../../policy/letters/record";
import { letterSentEventId, letterTarget } from "../../store/letter-sender";
import type { SentDoubtKind } from "../letter-trust";
import { letterDoubts, spocsInForce } from "./letters-judged";
import { reportedGaps, SAVE_BEFORE_DECISION_MS } from "../../policy/record-gaps";
import type { PolicyPack } from "../../policy/packs/schema";
import type { RecordDoubt } from "../../policy/record-doubts";
import type { StaffRoster } from "../../policy/roster";
import { recomputed, vouches } from "../../store/audit-chain";
import { describeUnreadable, type AuditEvent, type CaseStore, type StrategyWithEvidence } from "../../store/port";
import { authoriserOf, setAsidesOverdue } from "../set-aside";
import { missingActs, notOwed } from "./expected-acts";
import type { TouchedOutside } from "../record-contact";
import { replacedOutside } from "./replaced-outside";
import { auditWords, unfinishedIntents } from "./intent";
import { isSoundWriteUp } from "./audit-repair";
import { isRepairIdOn } from "../../policy/write-up-ids";
import { decisionSteps, describeMissing, findMissingDecisions, isClosed, stepEventId } from "./missing-decisions";

/**
 * `records verify`: what a reader can check about the audit trail without trusting the client
 * that wrote it or the permission that should have stopped an edit.
 * - Each record's events form a hash chain (src/store/audit-chain.ts): an event whose link points
 *   at nothing means the event before it was deleted or changed; an event whose own hash no
 *   longer fits its content was changed.
 * - SharePoint says who wrote each event (`createdBy`) and whether it was changed afterwards
 *   (`lastModified*`): a `by` naming someone else, and any change, are flagged.
 * - Every contact and every step in a strategy's history should have its event: one without is
 *   reported (`records reconcile` writes it, in the reconciler's name).
 * - Every alert action is checked against SharePoint's record of its item and its audit event: one
 *   changed after it was written, written in someone else's name, not audited, dated more than
 *   CLOCK_SKEW_MS from when SharePoint recorded it, or deleted (its event outlives it) is reported;
 *   an event for an action that never existed (naming no item, another's, or one not yet allocated)
 *   is reported as forged.
 * - SharePoint allocates item ids in order and never reuses one: an AuditTrail, AlertActions or Decisions id
 *   missing below the newest, that no retention purge recorded, is a deleted item; a deleted decision is also
 *   reported on each strategy it may have been about, as every reader says it (src/policy/record-gaps.ts).
 * - A Decisions item that cannot be read is reported on its strategy; it counts for nothing.
 * - With the office's roster, a set-aside of a risk to life, a threat to staff or a safeguarding alert that no authoriser
 *   has confirmed or overturned in more than two working days is reported: the alert is still open.
 * It cannot see the newest items of a list deleted before anything is added after them; say so.
 */
export type TrailBreak =
  | { kind: "linkBroken"; target: string; eventId: string; message: string }
  | { kind: "changed"; target: string; eventId: string; message: string }
  /** An event whose EventJson cannot be read (added by hand outside the add-in): it proposes nothing and is skipped. */
  | { kind: "unreadable"; target: string; eventId: string; message: string }
  /** A strategy item whose JSON cannot be read or names another id than its key: edited outside the add-in (tampered). */
  | { kind: "strategyUnreadable"; target: string; item: string; message: string }
  | { kind: "notByAuthor"; target: string; eventId: string; message: string }
  /**
   * Someone else's item under an id the add-in keeps for a contact's own event or for its write-up (T16-1, T16-7): a note, or a
   * write-up not in its writer's own SharePoint name. It records nothing; the add-in writes the real one under its writer's id.
   */
  | { kind: "idTaken"; target: string; eventId: string; message: string }
  | { kind: "missing"; target: string; message: string }
  /**
   * A contact record that reads as a correction its recorder began (`eventId`: her intent) but is not that correction as
   * every reader judges it, and no event of it is on the trail (T14 #2). Nothing is written for it. Reading otherwise than
   * her intent named: changed outside the add-in, in her name. Reading as it named, with SharePoint naming someone else as
   * the item's last writer: in doubt (her correction then a colleague's save, or a colleague's write; T15 #2).
   */
  | { kind: "contactChangedOutside"; target: string; eventId: string; message: string }
  /**
   * A contact record naming one person as its recorder whose ContactLog item SharePoint says someone else created,
   * and which no event in that person's own name records (T18-5): written outside the add-in. Nothing is written for it. Also a
   * correction through the add-in of such a record, whose event says so (T19-7): the item is then the corrector's, the forgery not.
   */
  | { kind: "contactWrittenOutside"; target: string; message: string }
  /**
   * A first recording SharePoint says its recorder created and someone else changed since, which nothing of hers on the trail
   * names as it reads (T19-5): hers, in doubt. Nothing is written for it, and no one is told to remove it.
   */
  | { kind: "contactTouchedOutside"; target: string; message: string }
  /** An intent whose change never landed and that no event closed (`records reconcile` closes it). */
  | { kind: "unfinished"; target: string; eventId: string; message: string }
  /** A decision saved on a strategy whose Decisions item was never written, and nothing on the trail says so (`records reconcile`). */
  | { kind: "decisionMissing"; target: string; message: string }
  /** What was done about an alert, as AlertActions holds it, cannot be trusted (src/app/alert-record.ts). */
  | { kind: "alertActionChanged" | "alertActionRemoved" | "alertActionNotByAuthor" | "alertActionNotAudited" | "alertActionMisdated" | "alertActionReplaced" | "alertActionForged" | "alertActionMalformed" | "alertActionMisfiled" | "alertActionDuplicated"; target: string; actionId: string; message: string }
  /** An alert action lacking what the add-in requires before writing one: `requirement` is checkOutcome's refusal code (the message says it in words). */
  | { kind: "alertActionUnchecked"; target: string; actionId: string; requirement: string; message: string }
  /** Items missing from AuditTrail, AlertActions or Decisions (ids are never reused) that no retention purge recorded: deleted (src/store/item-gaps.ts). */
  | { kind: "itemsDeleted"; list: "AuditTrail" | "AlertActions" | "Decisions"; target: string; from: number; to: number; message: string }
  /**
   * A strategy's record in doubt: a Decisions item on it that cannot be read, decisions deleted that may have been its
   * own, the authoriser's decision changed after it was recorded, or an approval by someone no longer configured as
   * the authoriser (src/policy/record-doubts.ts).
   */
  | { kind: RecordDoubt["kind"]; target: string; message: string }
  /** AuditTrail items deleted that may have been the end of a strategy's trail: its item changed after its last event (trailTailsDeleted). */
  | { kind: "trailTailDeleted"; target: string; message: string }
  /** A decision on record that does not count (not the authoriser's, terms nobody else proposed, …), with why: src/policy/in-force.ts. */
  | { kind: "decisionRefused"; target: string; eventId: string; reason: string; message: string }
  /**
   * A letter on record as sent that may not have been (src/app/letter-trust.ts): no audit event of its marking, sent before
   * it was prepared, in the future or backdated, or marked sent by someone other than the single point of contact.
   */
  | { kind: "letterInDoubt"; target: string; letterId: string; doubt: SentDoubtKind; message: string }
  /**
   * A caseworker's "no action needed" on a risk to life, a threat to staff or a safeguarding concern that no authoriser
   * has confirmed or overturned in more than SET_ASIDE_WAIT_WORKING_DAYS: the alert is still open (src/app/set-aside.ts).
   */
  | { kind: "setAsideAwaiting"; target: string; actionId: string; message: string };

export interface VerifyReport {
  events: number;
  /** Events written before the chain existed (no link): checked for author and edits only. */
  unchained: number;
  targets: number;
  breaks: TrailBreak[];
  /** What the site lacks that this version writes (the store's `siteGaps`), each in words naming the command that fixes it. */
  siteGaps: string[];
}

/**
 * The office's pack and roster: with them, every decision that does not count is reported too, and every set-aside left
 * awaiting the authoriser too long at `now` (default: the time of the check).
 */
export interface Judge {
  pack: PolicyPack;
  roster: StaffRoster;
  now?: Date;
}

export async function verifyRecords(
  store: Pick<CaseStore, "auditTrail" | "listStrategies" | "contactsReceived" | "readWithEvidence" | "allAlertActions" | "alertActionItems" | "decisionItems" | "allLetters" | "siteGaps">,
  judge?: Judge,
): Promise<VerifyReport> {
  const [events, strategies, contacts, decisionItems] = await Promise.all([store.auditTrail(), store.listStrategies(), store.contactsReceived({}), store.decisionItems()]);
  // Read after the events: an action is written before its event, so one written meanwhile never looks removed.
  const [alertActions, actionItems] = await Promise.all([store.allAlertActions(), store.alertActionItems()]);
  // SharePoint never reuses an item id: one missing that no purge recorded is a deletion. A retention record counts only
  // as a purge made by someone who may purge (without the roster, none does): src/store/retention-items.ts.
  const mayPurge = judge ? mayPurgeIn(judge.pack, judge.roster) : NOBODY_PURGES;
  const stamps = events.flatMap((e) => (e.item ? [{ item: e.item, ...(e.recordedAt ? { recordedAt: e.recordedAt } : {}) }] : []));
  const retained = { auditTrail: removedByRetention(events, "auditTrail", stamps, mayPurge), alertActions: removedByRetention(events, "alertActions", actionItems, mayPurge), decisions: removedByRetention(events, "decisions", decisionItems, mayPurge) };
  const byTarget = new Map<string, AuditEvent[]>();
  for (const event of events) byTarget.set(event.target, [...(byTarget.get(event.target) ?? []), event]);
  const breaks: TrailBreak[] = [...[...byTarget.entries()].flatMap(([target, chain]) => checkChain(target, chain)), ...events.flatMap(checkEvent)];
  for (const u of strategies.unreadable ?? []) {
    breaks.push({ kind: "strategyUnreadable", target: `strategy:${u.key}`, item: u.item, message: `A strategy record cannot be read (tampered with outside the add-in): ${describeUnreadable(u)}. Readers judge it from its decisions; restore it from the list's version history.` });
  }
  const undecided = await findMissingDecisions(store, decisionSteps(strategies.map((s) => s.value)));
  for (const m of undecided.filter((m) => !isClosed(m, byTarget.get(`strategy:${m.strategy.id}`) ?? []))) {
    breaks.push({ kind: "decisionMissing", target: `strategy:${m.strategy.id}`, message: describeMissing(m) });
  }
  // A record that reads as a correction its recorder began is judged as every reader judges it (T14 #2), by SharePoint's
  // record of the item it was listed from (T15 #1).
  for (const { act } of missingActs(byTarget, strategies.map((s) => s.value), contacts, new Set(undecided.map(stepEventId)))) {
    breaks.push({ kind: "missing", target: act.event.target, message: `No audit event records “${actWords(act.event.action)}” by ${act.event.by} at ${act.event.at}.` });
  }
  for (const { record, changedOutside: begun } of notOwed("changedOutside", contacts, byTarget)) {
    breaks.push({ kind: "contactChangedOutside", target: `contact:${record.internetMessageId}`, eventId: begun.intent.id, message: changedOutsideWords(record, begun) });
  }
  for (const { record, writtenOutside: by } of notOwed("writtenOutside", contacts, byTarget)) {
    breaks.push({ kind: "contactWrittenOutside", target: `contact:${record.internetMessageId}`, message: writtenOutsideWords(record, by) });
  }
  for (const { target, message } of replacedOutside(byTarget)) breaks.push({ kind: "contactWrittenOutside", target, message });
  for (const { record, touchedOutside: by } of notOwed("touchedOutside", contacts, byTarget)) {
    breaks.push({ kind: "contactTouchedOutside", target: `contact:${record.internetMessageId}`, message: touchedOutsideWords(record, by) });
  }
  const judged = await store.readWithEvidence([...strategies.map((s) => s.value.id), ...(strategies.unreadable ?? []).map((u) => u.key)]);
  if (judge) breaks.push(...refusedDecisions(judged, judge));
  breaks.push(...(await lettersInDoubt(store, byTarget, judged, judge)));
  const records = { strategies: strategies.map((s) => s.value), contacts };
  for (const [target, chain] of byTarget) {
    for (const intent of unfinishedIntents(chain, records)) {
      breaks.push({ kind: "unfinished", target, eventId: intent.id, message: `${intent.by} began ${begunWords(intent.action.replace(/^intent: /, ""))} at ${intent.at}, and it never landed; nothing on the trail says so yet.` });
    }
  }
  const actionEntries = checkAlertActions(alertActions, events, { items: actionItems, retained: retained.alertActions });
  breaks.push(...actionEntries.flatMap(alertActionBreaks));
  if (judge) {
    for (const { action, message } of setAsidesOverdue(actionEntries, authoriserOf(judge.pack, judge.roster), judge.now ?? new Date())) {
      breaks.push({ kind: "setAsideAwaiting", target: `contact:${action.internetMessageId}`, actionId: action.id, message });
    }
  }
  // An AuditTrail id missing that no purge recorded is an event deleted.
  const trailGaps = itemGaps(stamps, retained.auditTrail);
  for (const gap of trailGaps) {
    breaks.push({ kind: "itemsDeleted", list: "AuditTrail", target: "AuditTrail", from: gap.from, to: gap.to, message: `${gapName("AuditTrail", gap)}${between(gap)} ${gap.from === gap.to ? "was" : "were"} deleted, and no retention purge recorded ${gap.from === gap.to ? "it" : "them"}: an audit record was removed.` });
  }
  breaks.push(...trailTailsDeleted(judged, byTarget, trailGaps));
  // And from Decisions: a decision deleted (not by retention) is reported here, and on each strategy it may have been about.
  for (const gap of reportedGaps(itemGaps(decisionItems, retained.decisions))) {
    breaks.push({ kind: "itemsDeleted", list: "Decisions", target: "Decisions", from: gap.from, to: gap.to, message: `${gapName("Decisions", gap)}${between(gap)} ${gap.from === gap.to ? "was" : "were"} deleted, and no retention purge recorded ${gap.from === gap.to ? "it" : "them"}: a decision was removed.` });
  }
  const siteGaps = (await store.siteGaps?.()) ?? [];
  return { events: events.length, unchained: events.filter((e) => e.hash === undefined).length, targets: byTarget.size, breaks, siteGaps };
}

/**
 * AuditTrail items deleted that may have been the end of a strategy's trail. The add-in writes a step's audit event after
 * it saves the item, so an item changed after the last event on its trail was changed outside the add-in — or the
 * events after that change were deleted. A gap in AuditTrail's ids recorded after the trail's last event, and no earlier
 * than just before that change, may be them: said on the strategy (the tail of a trail has no later link to break).
 */
function trailTailsDeleted(judged: readonly StrategyWithEvidence[], byTarget: ReadonlyMap<string, AuditEvent[]>, gaps: readonly ItemGap[]): TrailBreak[] {
  return judged.flatMap(({ strategy, modified }) => {
    const target = `strategy:${strategy.value.id}`;
    const last = (byTarget.get(target) ?? []).flatMap((e) => (e.recordedAt ? [Date.parse(e.recordedAt)] : [])).sort((a, b) => a - b).at(-1);
    const changed = modified?.at ? Date.parse(modified.at) : undefined;
    // A strategy with no trail approves nothing (its proposals are its events); an item not changed since its last event is as the add-in left it.
    if (last === undefined || changed === undefined || changed <= last) return [];
    return gaps
      .filter((gap) => (!gap.before || Date.parse(gap.before) > last) && (!gap.after || changed >= Date.parse(gap.after) - SAVE_BEFORE_DECISION_MS))
      .map((gap): TrailBreak => {
        const one = gap.from === gap.to;
        const who = modified?.by ? ` by ${nameOf(modified.by)}` : "";
        return { kind: "trailTailDeleted", target, message: `${gapName("AuditTrail", gap)}${between(gap)} ${one ? "was" : "were"} deleted after the last event on this strategy's trail, and its item was changed${who} at ${modified!.at}, after that event, with nothing on its trail to say so: ${one ? "it" : "they"} may have been this strategy's last events (an ending undone by hand leaves exactly this).` };
      });
  });
}

/** Decisions on record that do not count, as every reader judges them (inForceView): a silent edit approved shows here. */
function refusedDecisions(read: readonly StrategyWithEvidence[], { pack, roster }: Judge): TrailBreak[] {
  return read.flatMap(({ strategy, evidence }) => {
    const view = inForceView(strategy.value, evidence, pack, roster);
    const target = `strategy:${strategy.value.id}`;
    return [
      ...view.refused.map((r): TrailBreak => ({ kind: "decisionRefused", target, eventId: r.id, reason: r.reason, message: `“${actWords(r.kind)}” does not count: ${r.message}` })),
      ...(view.doubts ?? []).map((d): TrailBreak => ({ kind: d.kind, target, message: d.message })),
    ];
  });
}

/** Every letter on record as sent, judged as every reader judges it; with the pack, against the SPOC of the terms in force. */
async function lettersInDoubt(store: Pick<CaseStore, "allLetters">, byTarget: ReadonlyMap<string, AuditEvent[]>, judged: readonly StrategyWithEvidence[], judge: Judge | undefined): Promise<TrailBreak[]> {
  const now = judge?.now ?? new Date();
  const spocs = judge ? spocsInForce(judged, judge) : new Map<string, never>();
  // Every letter, not a range of PreparedAt: that column is anyone's to edit, and one moved to 1900 or emptied fell out (T9 #8).
  const letters = await store.allLetters();
  // An event under a letter's marking id filed on another record still holds that id (ids are unique on the AuditTrail):
  // it is judged with the letter's trail, so verify names it (T10 #3).
  const byId = new Map([...byTarget.values()].flat().map((e) => [e.id, e]));
  return letters.flatMap(({ letter }) => {
    const target = letterTarget(letter);
    const trail = byTarget.get(target) ?? [];
    const held = byId.get(letterSentEventId(letter.id));
    return letterDoubts(letter, held && held.target !== target ? [...trail, held] : trail, spocs, now).map((d): TrailBreak => ({ kind: "letterInDoubt", target, letterId: letter.id, doubt: d.kind, message: `Letter ${letter.id} (${describeLetter(letter)}) is in doubt: ${d.message}` }));
  });
}

/** Links within one record's chain: every `prev` must be the hash of an event still there, as it was. */
function checkChain(target: string, chain: readonly AuditEvent[]): TrailBreak[] {
  const hashes = new Set(chain.map(recomputed));
  return chain
    .filter((e) => e.prev && !hashes.has(e.prev))
    .map((e) => ({
      kind: "linkBroken" as const,
      target,
      eventId: e.id,
      message: `The event before “${auditWords(e).action}” (${e.id}) is missing or was changed: its link points at no event on ${target}.`,
    }));
}

function checkEvent(event: AuditEvent): TrailBreak[] {
  const found: TrailBreak[] = [];
  const at = { target: event.target, eventId: event.id };
  if (event.misfiled) {
    const author = event.author ? nameOf(event.author) : "nobody SharePoint names";
    const kept = keptFor(event);
    found.push({
      ...at,
      kind: "unreadable",
      message:
        `${author} added an item to the audit trail under the id ${event.id} (on ${event.target}) that holds another event: ${event.misfiled}. The add-in never writes such an item; it was added outside the add-in. ` +
        `It records nothing and readers skip it${kept ? `, but it holds the id the add-in keeps for ${kept}, which the add-in then writes under another id` : ""}.`,
    });
    return found;
  }
  if (event.unreadable) {
    const author = event.author ? nameOf(event.author) : "nobody SharePoint names";
    found.push({ ...at, kind: "unreadable", message: `An event on ${event.target} (${event.id || "no key"}, “${auditWords(event).action}”) added by ${author} cannot be read — ${event.unreadable} Readers skip it; it proposes nothing.` });
    return found;
  }
  if (event.hash !== undefined && event.hash !== recomputed(event)) {
    found.push({ ...at, kind: "changed", message: `“${auditWords(event).action}” (${event.id}) no longer matches what was written: its content was changed.` });
  } else if (event.edited) {
    const who = event.edited.by ? nameOf(event.edited.by) : "someone";
    found.push({ ...at, kind: "changed", message: `${who} changed “${auditWords(event).action}” (${event.id}) after it was written${event.edited.at ? `, at ${event.edited.at}` : ""}.` });
  }
  if (!vouches(event.author, event.by)) {
    const author = event.author ? nameOf(event.author) : "nobody SharePoint names";
    found.push({ ...at, kind: "notByAuthor", message: `“${auditWords(event).action}” (${event.id}) says it was done by ${event.by}, but ${author} wrote it.` });
  }
  const kept = keptFor(event);
  if (kept) {
    const author = event.author ? nameOf(event.author) : "nobody SharePoint names";
    found.push({
      ...at,
      kind: "idTaken",
      message:
        `${author} added “${auditWords(event).action}” (naming ${event.by}) under ${event.id}, the id the add-in keeps for ${kept}: it is someone else's item, not that event, and records nothing. ` +
        "The add-in writes the real one under another id (the write-up's, or the write-up's with its writer's address after it); if that is taken too, it cannot be written (SharePoint keeps one item per id) and the correction reads as never landed.",
    });
  }
  return found;
}

/**
 * What the add-in keeps an event's id for, when the event is not what it keeps it for (T16-1, T16-7, T17-9); undefined
 * otherwise. An item that cannot be read, or is filed under another id than the event it holds, is never what it keeps it for.
 */
function keptFor(event: AuditEvent): string | undefined {
  if (!event.target.startsWith("contact:") || !event.id.startsWith(event.target)) return undefined;
  if (isRepairIdOn(event.target, event.id)) return isSoundWriteUp(event) ? undefined : "its write-up of an act whose audit event was lost";
  const rest = event.id.slice(event.target.length);
  const own = rest === ":recorded" ? "recorded" : /^:corrected:\d{4}-\d\d-\d\dT[\d:.]+(?:Z|[+-]\d\d:\d\d)$/.test(rest) ? "corrected" : undefined;
  if (own && (event.unreadable || !event.action.startsWith(`${own} (`))) return own === "recorded" ? "a contact's first audit event" : "a correction's own audit event";
  return undefined;
}

/**
 * A record at the time of its recorder's correction that is not that correction as readers judge it, in words: what it
 * reads, and who SharePoint says changed its item last. Reading otherwise than her intent named, it was changed outside
 * the add-in (T14-1). Reading exactly as her intent named, SharePoint's item cannot tell her correction whose event was
 * lost and that a colleague then saved unchanged (T15 #2) from a colleague's Graph write of it after her own failed
 * (T14-1b): in doubt, named so, accusing nobody and advising no restore, which would undo a real correction.
 */
function changedOutsideWords(record: LoggedContact, begun: CorrectionBegun<AuditEvent>): string {
  const corrector = record.recordedBy;
  const lastWriter = begun.changedBy ? nameOf(begun.changedBy) : undefined;
  const when = record.item?.modifiedAt ? `, at ${record.item.modifiedAt}` : "";
  const reads = record.categories.length ? `“${record.categories.join("”, “")}”` : "nothing unacceptable";
  const what = `The contact record “${record.subject}” (${record.internetMessageId}) reads ${reads} (${record.outcome}), recorded by ${corrector} at ${record.recordedAt}, the time of a correction ${corrector} began (${begun.intent.id})`;
  if (namesRecord(begun.intent.recordDigest, record)) {
    const saved = lastWriter ? `SharePoint says ${lastWriter} changed its item last${when}` : "SharePoint does not say who changed its item last";
    const other = lastWriter ?? "someone else";
    return `${what}, exactly as that correction would leave it, but ${saved}, and no audit event records the correction. What SharePoint says of the item now cannot tell whether ${corrector}'s correction landed (its event lost) and ${other} then saved the item without changing it, or ${corrector}'s correction failed and ${other} wrote this record outside the add-in. Readers do not count it as ${corrector}'s correction. In doubt: ask a manager to check the ContactLog item's version history (who first wrote this record); do not restore an earlier version on this report's word, which would undo a real correction.`;
  }
  const who = lastWriter ? `; SharePoint says ${lastWriter} changed its item last${when}` : "";
  return `${what}, but it does not read as ${corrector}'s intent said the correction would leave it${who}, and no audit event records it: it was changed outside the add-in. Readers judge it so; correct it through the add-in, or restore it from the ContactLog's version history.`;
}

/**
 * A record in someone's name whose item SharePoint says another created, in words a records officer acts on: who added it,
 * whom it names, what it says. The add-in writes a first recording only with its recorder's own sign-in (T18-5).
 */
function writtenOutsideWords(record: LoggedContact, by: { createdBy?: Identity }): string {
  const names = record.recordedBy;
  const what = recordWords(record);
  const who = by.createdBy ? `${nameOf(by.createdBy)} added ${what}.` : `Someone SharePoint does not name added ${what}.`;
  // A copy keyed apart (T20-10): its record names a message whose trail is another record's.
  const filed = filedApartWords(record.item) ? ` Its ContactLog item is filed under ${filedApartWords(record.item)}, not as its record names them: readers looking it up there find another record than it holds, and an event on its message's trail is about another record.` : "";
  return `${who}${filed} The add-in writes a contact record only in its own recorder's name, so this was written outside the add-in, and no audit event in ${names}'s name records it. Readers do not count it as ${names}'s record, nor as evidence for an approval, and no event is written for it. Ask ${names} whether they made this decision; remove the item or restore it from the ContactLog's version history.`;
}

/**
 * A record SharePoint says its recorder created and another changed since, with nothing of hers naming it as it reads: hers,
 * in doubt (a colleague's unchanged save after her event was lost cannot be told from a change), never called written outside
 * the add-in, nor its removal advised (T19-5).
 */
function touchedOutsideWords(record: LoggedContact, { changedBy, undoes, unlike, latestBy, unnamed }: TouchedOutside["touchedOutside"]): string {
  const names = record.recordedBy;
  const when = record.item?.modifiedAt ? `, at ${record.item.modifiedAt}` : "";
  if (filedApartWords(record.item)) {
    return `${nameOf(changedBy)} changed ${recordWords(record)}${when}. Its ContactLog item is filed under ${filedApartWords(record.item)}, not as its record names them, which the add-in never does: readers looking it up by those columns find it where its record does not belong, or miss it where it does, and no audit event on its message's trail is about it as filed. In doubt: check the ContactLog item's version history; remove the item or restore it from there.`;
  }
  if (unnamed) {
    return `${nameOf(changedBy)} changed ${recordWords(record)}${when}. The audit event of ${names}'s on its trail was written before events named the record they record (its digest), so it cannot say whether the record still reads as ${names} decided — its subject, sender, time or evidence may have been changed. In doubt: ask ${names} whether it reads as they decided, and check the ContactLog item's version history; correct it through the add-in if not.`;
  }
  if (unlike || undoes) return notLatestWords(record, changedBy, unlike ? { unlike } : { undoes: undoes! }, latestBy);
  return `${nameOf(changedBy)} changed ${recordWords(record)}${when}. SharePoint says ${names} created it, but no audit event of ${names}'s, nor ${names}'s intent to record it, names it as it reads now, so whether it still reads as ${names} decided cannot be told. In doubt: ask ${names} whether it reads as they decided, and check the ContactLog item's version history; correct it through the add-in if not.`;
}

/**
 * A record that does not read as the message's latest decision on the trail (T21b-1, -2, -6): put back to an earlier one
 * (`undoes`), or reading as none (`unlike`). Who SharePoint says wrote its item is named as SharePoint says it — an item
 * nobody changed since it was added is said to be added, never changed — and whose name the latest decision is in: an
 * event anyone may add to the trail in their own name, so if it records no correction, it is that event that was added
 * outside the add-in.
 */
function notLatestWords(record: LoggedContact, writer: Identity, latest: { undoes: string } | { unlike: string }, latestBy?: Identity): string {
  const added = record.item?.version === 1;
  const at = added ? record.item?.createdAt : record.item?.modifiedAt;
  const wrote = added ? `SharePoint says ${nameOf(writer)} added the ContactLog item of ${recordWords(record)}${at ? `, at ${at}` : ""}, and nobody has changed it since.` : `${nameOf(writer)} changed ${recordWords(record)}${at ? `, at ${at}` : ""}, as SharePoint says (the last to change it).`;
  const event = "undoes" in latest ? latest.undoes : latest.unlike;
  const named = `${event}${latestBy ? `, in ${nameOf(latestBy)}'s name` : ""}`;
  const reads =
    "undoes" in latest
      ? `It reads as a decision a later correction on the audit trail (${named}) replaced, so it was put back outside the add-in`
      : `It does not read as the latest decision on its audit trail (${named}) says, nor as any decision there, so it was changed outside the add-in since that decision (by them, or by someone before a later save of theirs)`;
  return `${wrote} ${reads} — unless that ${"undoes" in latest ? "correction" : "decision"} was never made and its event was added outside the add-in. In doubt: check the ContactLog item's version history, and correct it through the add-in if it does not read as the latest decision.`;
}

/** A contact record as a records officer finds it: whom it names, its message, what it reads. */
function recordWords(record: LoggedContact): string {
  const reads = record.categories.length ? `“${record.categories.join("”, “")}”` : "nothing unacceptable";
  return `a contact record that names ${record.recordedBy} as its author: “${record.subject}” (${record.internetMessageId}) from ${record.senderAddress}, reading ${reads} (${record.outcome}), recorded at ${record.recordedAt}`;
}

const between = (gap: ItemGap) => (gap.after || gap.before ? ` (added ${gap.after ? `after ${gap.after}` : ""}${gap.after && gap.before ? " and " : ""}${gap.before ? `before ${gap.before}` : ""})` : "");

function forgedWhy(why: ForgedWhy): string {
  switch (why.kind) {
    case "namesNoItem":
      return "it names no AlertActions item, as every event the add-in writes does";
    case "anotherAction":
      return `the item it names (AlertActions item ${why.item}) holds another action (${why.holds})`;
    case "notYetAllocated":
      return `the item it names (AlertActions item ${why.item}) did not exist when it was written: item ${why.laterItem}, before it, was added only at ${why.laterAt}`;
  }
}

function alertActionBreaks(entry: AlertActionEntry): TrailBreak[] {
  if (entry.kind === "deleted") {
    const { gap } = entry;
    return [{ kind: "itemsDeleted", list: "AlertActions", target: "AlertActions", from: gap.from, to: gap.to, message: `${gapName("AlertActions", gap)}${between(gap)} ${gap.from === gap.to ? "was" : "were"} deleted with no audit event left naming ${gap.from === gap.to ? "it" : "them"}, and no retention purge recorded ${gap.from === gap.to ? "it" : "them"}: an alert action was removed.` }];
  }
  if (entry.kind === "forged") {
    const { event } = entry;
    return [{ kind: "alertActionForged", target: event.target, actionId: entry.actionId, message: `The audit event for the alert action “${event.detail}” (${entry.actionId}), naming ${event.by}${event.author ? `, written by ${nameOf(event.author)}` : ""}${event.recordedAt ? ` at ${event.recordedAt}` : ""}, records an action that never existed: ${forgedWhy(entry.why)}.` }];
  }
  if (entry.kind === "removed") {
    const { event } = entry;
    const fate = entry.pastNewest ? `it was deleted (with every action after it), or never existed: AlertActions item ${entry.item} is past the newest the list holds` : "it was deleted";
    return [{ kind: "alertActionRemoved", target: event.target, actionId: entry.actionId, message: `The alert action “${event.detail}” by ${event.by} at ${event.at} (${entry.actionId}) is on the audit trail but no longer among the AlertActions: ${fate}.` }];
  }
  const { action } = entry;
  const at = { target: `contact:${action.internetMessageId}`, actionId: action.id };
  const what = `The alert action “${describeAlertOutcome(action.outcome)}” (${action.id})`;
  return entry.doubts.map((doubt): TrailBreak => {
    switch (doubt.kind) {
      case "changed":
        return { ...at, kind: "alertActionChanged", message: `${what} was changed after it was recorded${doubt.by ? ` by ${nameOf(doubt.by)}` : ""}${doubt.at ? ` at ${doubt.at}` : ""}${doubt.by ? "" : ": it no longer says what its audit event recorded"}.` };
      case "notByAuthor":
        return { ...at, kind: "alertActionNotByAuthor", message: `${what} says it was done by ${doubt.claimed}, but ${doubt.author ? nameOf(doubt.author) : "nobody SharePoint names"} wrote it.` };
      case "notAudited":
        return { ...at, kind: "alertActionNotAudited", message: `${what} by ${action.by} at ${action.at} has no audit event: its audit write failed, or it was added outside the add-in.` };
      case "misdated":
        return { ...at, kind: "alertActionMisdated", message: `${what} says it was done at ${doubt.claimed}, but SharePoint recorded it at ${doubt.recorded}: ${Date.parse(doubt.claimed) < Date.parse(doubt.recorded) ? "backdated" : "dated ahead"} by more than the ${CLOCK_SKEW_MS / 60_000} minutes clocks may differ.` };
      case "replaced":
        return { ...at, kind: "alertActionReplaced", message: `${what} is not the item its audit event names (AlertActions item ${doubt.named}): that one was deleted and this one added under its key${action.item ? ` as item ${action.item}` : ""}.` };
      case "malformed":
        return { ...at, kind: "alertActionMalformed", message: `${what}${action.item ? ` (AlertActions item ${action.item})` : ""} is not as the add-in writes it (${doubt.why}): it was added or changed outside the add-in, and judges nothing.` };
      case "misfiled":
        return { ...at, kind: "alertActionMisfiled", message: `${what}${action.item ? ` (AlertActions item ${action.item})` : ""} names ${[doubt.id ? `the action id ${doubt.id}` : "", doubt.internetMessageId ? `the message ${doubt.internetMessageId}` : ""].filter(Boolean).join(" and ")}, not what it is filed under: it was added outside the add-in, and judges nothing.` };
      case "unchecked":
        return { ...at, kind: "alertActionUnchecked", requirement: doubt.code, message: `${what}${action.item ? ` (AlertActions item ${action.item})` : ""} lacks what the add-in requires before writing one: ${uncheckedWords(doubt.code).replace(/^I/, "i")}. It was written without the add-in.` };
      case "duplicateId":
        return { ...at, kind: "alertActionDuplicated", message: `${what}${action.item ? ` (AlertActions item ${action.item})` : ""} shares its action id with another item on the message: which was recorded cannot be told.` };
    }
  });
}
