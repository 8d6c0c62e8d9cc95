import type { IsoInstant } from "../../policy/strategy";
import { StoreError, type AuditEvent, type CaseStore } from "../../store/port";
import { ownEvent, writeUp } from "./audit-repair";
import { actWords } from "../strategy/step-words";
import { missingActs } from "./expected-acts";
import { rekeyLetters } from "./letter-keys";
import { decisionSteps, describeMissing, findMissingDecisions, finishDecision, isClosed, mayFinish, notRecordedEvent, stepEventId } from "./missing-decisions";
import { closingEvent, describeUnfinished, isIntent, landed, unfinishedIntents, writeUpIdsHeld } from "./intent";
import { decisionFingerprint } from "../../policy/decision-fingerprint";

/**
 * Finds and repairs what a write cut short left half-done (a 503 on the AuditTrail after the
 * contact was stored; a 503 or a dropped connection on the addresses' `$batch` after the strategy
 * was saved), so no interruption leaves a record without its event or a person whose banner never
 * shows:
 * - a strategy whose StrategyAddresses rows are missing or out of date (or rows of a strategy that
 *   is gone) is re-indexed from its item;
 * - a contact, or a step in a strategy's history, with no audit event gets one — in the
 *   reconciler's name, saying whose act it records (audit-repair.ts).
 * Every repair is idempotent: running it twice, or beside a colleague's retry, repairs once.
 * `since` limits the contacts read to those received since then (the pane's cheap pass at start);
 * without it every contact is read (`npm run records -- reconcile`).
 */
export interface Repair {
  what: "addressRows" | "strategyStep" | "contactDecision" | "unfinishedWrite" | "decisionRecorded" | "decisionMissing" | "letterKey";
  target: string;
  message: string;
}

/** A repair that could not be made (a refusal, an id held by someone else's item): said, and the run goes on to the rest. */
export interface RepairFailed {
  target: string;
  message: string;
}

export interface ReconcileReport {
  strategies: number;
  contacts: number;
  repaired: Repair[];
  failed: RepairFailed[];
}

type ReconcileStore = Pick<
  CaseStore,
  "listStrategies" | "addressRows" | "reindexStrategy" | "contactsReceived" | "auditForTargets" | "appendAudit" | "auditTrail" | "auditSince" | "readWithEvidence" | "addDecision" | "lettersMiskeyed" | "rekeyLetter" | "auditFor"
>;

export interface ReconcileOptions {
  by: string;
  now: IsoInstant;
  since?: IsoInstant;
  /**
   * Acts after this are left alone: a write that recent may still be finishing in someone's pane
   * (its own audit event on its way), so the pane's check at start never races it. The CLI leaves
   * it out and repairs everything.
   */
  settledBefore?: IsoInstant;
  /** Finds and lists what it would repair, writing nothing (`records reconcile --dry-run`). */
  dryRun?: boolean;
}

export async function reconcile(store: ReconcileStore, options: ReconcileOptions): Promise<ReconcileReport> {
  const [strategies, rows, contacts] = await Promise.all([
    store.listStrategies(),
    store.addressRows(),
    store.contactsReceived(options.since ? { from: options.since } : {}),
  ]);
  const repaired: Repair[] = [];
  const failed: RepairFailed[] = [];
  const dry = options.dryRun === true;
  // One act's repair: a store's refusal is said and the run goes on, so one act someone's item blocks leaves every other
  // act of the run repaired (T17-9: a conflict on one act ended the loop, and every pane's start check threw for a week).
  // A write-up's `false`: every id it may take is held (audit-repair.ts writeUp).
  const attempt = async <T>(target: string, what: string, write: () => Promise<T>): Promise<{ done: T } | undefined> => {
    try {
      const done = await write();
      if (done !== false) return { done };
      failed.push({ target, message: `${what}: every id its write-up may take is held by someone else's item, so nothing could be written (records verify names them).` });
    } catch (error) {
      if (!(error instanceof StoreError)) throw error;
      failed.push({ target, message: `${what}: ${error.message}` });
    }
    return undefined;
  };

  // Address rows: a strategy whose rows do not say what its item says (or rows with no strategy) is re-indexed.
  const rowsOf = new Map<string, string[]>();
  for (const row of rows) rowsOf.set(row.strategyId, [...(rowsOf.get(row.strategyId) ?? []), `${row.address}|${row.status}`]);
  // An item that cannot be read (edited outside the add-in) keeps its rows: they are not a strategy's that no longer exists.
  const unreadable = new Set((strategies.unreadable ?? []).map((u) => u.key));
  const suspects = new Set([...rowsOf.keys()].filter((id) => !unreadable.has(id) && !strategies.some((s) => s.value.id === id)));
  for (const { value } of strategies) {
    const wanted = value.addresses.map((a) => `${a}|${value.status}`).sort();
    if (JSON.stringify(wanted) !== JSON.stringify([...(rowsOf.get(value.id) ?? [])].sort())) suspects.add(value.id);
  }
  for (const id of suspects) {
    const person = strategies.find((s) => s.value.id === id)?.value.person.displayName;
    if (dry) {
      repaired.push({ what: "addressRows", target: `strategy:${id}`, message: person ? `${person}'s address rows do not match the strategy: they would be indexed again.` : "Address rows of a strategy that no longer exists would be removed." });
      continue;
    }
    const changed = await store.reindexStrategy(id);
    if (changed > 0) {
      repaired.push({ what: "addressRows", target: `strategy:${id}`, message: person ? `${person}'s addresses were indexed again (${changed} rows written).` : `${changed} address rows of a strategy that no longer exists were removed.` });
    }
  }

  // Audit events: read per target in batches, then the missing ones written once each. The targets
  // of intents are read too, to find writes begun on a contact that was never stored: every intent
  // on the whole run, the intents written since `since` on the pane's pass (ranges of the indexed At).
  const trail = options.since ? await store.auditSince(options.since) : await store.auditTrail();
  const intentTargets = trail.filter(isIntent).map((e) => e.target);
  const targets = [...new Set([...strategies.map((s) => `strategy:${s.value.id}`), ...contacts.map((c) => `contact:${c.internetMessageId}`), ...intentTargets])];
  const events = await store.auditForTargets(targets);
  const byTarget = new Map<string, AuditEvent[]>(targets.map((t, i) => [t, events[i]!]));
  const settled = (at: string) => !options.settledBefore || Date.parse(at) <= Date.parse(options.settledBefore);
  // Decisions saved on a strategy but never recorded (the pane's pass: those decided since `since` only).
  const undecided = (await findMissingDecisions(store, decisionSteps(strategies.map((s) => s.value), options.since))).filter((m) => settled(m.step.at));
  for (const m of undecided) {
    const trail = byTarget.get(`strategy:${m.strategy.id}`) ?? [];
    const finish = mayFinish(m, options.by, trail);
    if (dry && (finish || !isClosed(m, trail))) {
      repaired.push({ what: finish ? "decisionRecorded" : "decisionMissing", target: `strategy:${m.strategy.id}`, message: describeMissing(m) });
    } else if (finish) {
      const finished = await attempt(`strategy:${m.strategy.id}`, describeMissing(m), () => finishDecision(store, m, trail));
      if (finished) repaired.push({ what: "decisionRecorded", target: `strategy:${m.strategy.id}`, message: finished.done });
    } else if (!isClosed(m, trail)) {
      if (await attempt(`strategy:${m.strategy.id}`, describeMissing(m), () => store.appendAudit(notRecordedEvent(m, options.by, options.now)))) {
        repaired.push({ what: "decisionMissing", target: `strategy:${m.strategy.id}`, message: `${describeMissing(m)} The trail now says so; ${m.step.by} finishes it (their pane's records check, or records reconcile run as them).` });
      }
    }
  }
  // Their steps' own events: written with the decision when it is finished, waiting for it otherwise — never "written later" alone.
  const waiting = new Set(undecided.map(stepEventId));
  // A record that reads as a correction its recorder began is hers only by the test every reader applies (her intent's digest,
  // SharePoint's last writer: expectedContactAct); one that fails it is someone's change outside the add-in, written up as
  // nobody's act (T14 #2) — records verify names it. SharePoint's last writer is that of the item each record was listed
  // from: a second read by key could find another item, or none, and leave the record on its word (T15 #1).
  for (const { act, what } of missingActs(byTarget, strategies.map((s) => s.value), contacts, waiting, options.by).filter(({ act }) => settled(act.event.at))) {
    // A correction whose own event was lost, reconciled by its corrector: her own event, in her name, carrying the record it
    // left (so a later touch undoes nothing, T12 #4); a repair in the reconciler's name otherwise.
    // Its own id taken by someone else's item (T16-7), or its write-up's (T16-1): written up under the next id free, never thrown.
    const onTarget = byTarget.get(act.event.target) ?? [];
    const own = act.loose === true && act.event.by.toLowerCase() === options.by.toLowerCase() && !onTarget.some((e) => e.id === act.event.id);
    const how = `${options.by} wrote this by reconciling the records`;
    const words = `“${actWords(act.event.action)}” by ${act.event.by} at ${act.event.at} had no audit event`;
    if (!dry && !(await attempt(act.event.target, words, () => (own ? ownEvent(store, act, options.by, options.now, how) : writeUp(store, onTarget, act, options.by, options.now, how))))) continue;
    repaired.push({ what, target: act.event.target, message: `${words}; ${dry ? "one would be written" : "one was written"}.` });
  }
  // Intents whose change never landed: closed with an event saying so (src/app/records/intent.ts).
  const records = { strategies: strategies.map((s) => s.value), contacts };
  const unfinished = [...byTarget.values()].flatMap((events) => unfinishedIntents(events, records)).filter((e) => settled(e.at));
  // A decision step's intent is looked for in Decisions too (only those on a strategy, one batched read): its decision there is done (T12 #1).
  const decided = await recordedDecisions(store, unfinished);
  for (const intent of unfinished.filter((e) => !landed(e, { ...records, decisions: decided }))) {
    const held = writeUpIdsHeld(intent, byTarget.get(intent.target) ?? []);
    if (held.length) {
      failed.push({ target: intent.target, message: `${describeUnfinished(intent).replace(/; it did not land, and the trail now says so\.$/, "")}: whether it landed cannot be told, as ${held.length === 1 ? "an item" : `${held.length} items`} added outside the add-in hold${held.length === 1 ? "s" : ""} the ids its write-up would take (records verify names them); it is not closed as not done.` });
      continue;
    }
    if (!dry && !(await attempt(intent.target, describeUnfinished(intent).replace(/,? and the trail now says so\.?$/, ""), () => store.appendAudit(closingEvent(intent, options.by, options.now))))) continue;
    repaired.push({ what: "unfinishedWrite", target: intent.target, message: dry ? describeUnfinished(intent).replace("and the trail now says so", "and the trail would say so") : describeUnfinished(intent) });
  }
  // Letters keyed before addresses were normalised (the whole run only: the pane's pass keeps to its week).
  if (!options.since) for (const fixed of await rekeyLetters(store, { by: options.by, now: options.now, dryRun: dry })) repaired.push({ what: "letterKey", ...fixed });
  return { strategies: strategies.length, contacts: contacts.length, repaired, failed };
}

/** The fingerprints of the decisions recorded on the strategies these intents are on, by strategy id (none read when none is). */
async function recordedDecisions(store: Pick<CaseStore, "readWithEvidence">, intents: readonly AuditEvent[]): Promise<Map<string, string[]>> {
  const ids = [...new Set(intents.filter((e) => e.target.startsWith("strategy:")).map((e) => e.target.slice("strategy:".length)))];
  if (ids.length === 0) return new Map();
  const read = await store.readWithEvidence(ids);
  return new Map(read.map(({ strategy, evidence }) => [strategy.value.id, evidence.decisions.map((d) => decisionFingerprint(d))]));
}
