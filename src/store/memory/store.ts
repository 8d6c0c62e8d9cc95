import type { AlertAction } from "../../policy/alerts/action";
import type { RecordedAlertAction } from "../port";
import { existingAction, written } from "../alert-actions";
import { letterMarkingBegun, markSentAudited, refuseUnlessSignedIn, refuseUnlessSpoc } from "../letter-sender";
import { standIn } from "../../policy/in-force";
import { snapshotEntries } from "../sender-index";
import { decisionIntentsIn, withContactLog } from "../evidence-contacts";
import type { ContactRecord } from "../../policy/contact";
import type { LetterRecord } from "../../policy/letters/record";
import { apostropheForms, contactKey } from "../../policy/address";
import type { ContactStrategy } from "../../policy/strategy";
import { compareAgain, conflictMessage, decisionOf, withDecision } from "../contact-decision";
import { historyAppends, historyRewritten } from "../history";
import type { Identity, RecordedDecision } from "../../policy/decision";
import { chained, chainHead, checkExisting } from "../audit-chain";
import {
  PROPOSAL_ACTION,
  proposalsIn,
  StoreError,
  type AuditEvent,
  type CaseStore,
  type ContactDecision,
  type PurgeCounts,
  type SenderEntry,
  type StoredContact,
  type StrategyWithEvidence,
  type Versioned,
} from "../port";

/** Who a memory store acts as when a test does not say (a caseworker, as the dev token is). */
export const MEMORY_USER: Identity = { id: "memory-casey", upn: "casey.worker@opcc.example.gov.uk", displayName: "Casey Worker" };

interface MemoryState {
  strategies: Map<string, { value: ContactStrategy; version: number; modified?: { by: Identity; at: string } }>;
  /** StrategyAddresses: derived from each strategy on save, as the SharePoint rows are (and, like them, can be missing). */
  addressRows: Map<string, SenderEntry[]>;
  contacts: Map<string, ContactRecord>;
  /** Per contact: its version (for the etag) and the decision its latest correction replaced. */
  contactVersions: Map<string, { version: number; replaced?: ContactDecision }>;
  decisions: Map<string, RecordedDecision>;
  audit: Map<string, AuditEvent>;
  alertActions: Map<string, RecordedAlertAction>;
  letters: Map<string, LetterRecord>;
  /** Each letter's address key, as SharePoint's Address column holds it (normalised since it was; raw in rows written before). */
  letterKeys: Map<string, string>;
  /** When each letter was recorded, as SharePoint's createdDateTime of its item: set on creation, never by the writer. */
  letterTimes: Map<string, string>;
  /** The last time handed out, so SharePoint-set times are strictly increasing, as item ids are. */
  lastTime: number;
  /** The last item id handed out in AuditTrail and in AlertActions: as SharePoint's, in order and never reused. */
  lastItem: { audit: number; alertActions: number };
}

/** What someone with full control of the site could do behind the product's back (tests of `records verify` and `reconcile`). */
export interface MemoryTampering {
  /** Changes a stored audit event's fields, as an edit in SharePoint would (recorded as an edit by `by`). */
  editAudit(id: string, change: Partial<Pick<AuditEvent, "action" | "by" | "at" | "detail">>, by?: Identity): void;
  deleteAudit(id: string): void;
  /** Changes a stored alert action, as an edit in SharePoint would (recorded as an edit by `by`). */
  editAlertAction(id: string, change: Partial<AlertAction>, by?: Identity): void;
  deleteAlertAction(id: string): void;
  /** Removes a strategy's StrategyAddresses rows (a save whose `$batch` failed). */
  dropAddressRows(strategyId: string): void;
  /** Keys a letter by its address as written, as rows written before the key was normalised are. */
  keyLetterAsWritten(id: string): void;
  /** Rewrites a letter's record, as a PATCH of its LetterJson through Graph would (Letters has no list permissions). */
  editLetter(id: string, change: Partial<LetterRecord>): void;
}

export type MemoryStore = CaseStore & {
  /** The same records, acted on as another person (each token acts as its user, as in SharePoint). */
  as(identity: Identity): MemoryStore;
  tamper: MemoryTampering;
};

/**
 * The in-memory CaseStore for unit tests and the pane's offline preview. Same contract as
 * the SharePoint adapter (test/store/contract.ts runs against both); records are copied in
 * and out so callers cannot mutate stored state by accident. Like SharePoint, it records who
 * added a decision or an audit event from the identity it acts as, not from the record.
 * It does not model list permissions: the emulator does (dev/emulator/permissions.ts).
 */
/** Whether a row keyed `stored` is one the SharePoint adapter's address lookup finds for `address`: any of its apostrophe forms. */
const keyedUnder = (stored: string, address: string) => apostropheForms(address).includes(stored);
/** How much earlier than a window's start a record's events may be dated (the recorder's clock), as the SharePoint adapter asks. */
const TRAIL_MARGIN_MS = 24 * 60 * 60 * 1000;

export function createMemoryStore(actingAs: Identity = MEMORY_USER): MemoryStore {
  return storeOver(
    {
      strategies: new Map(),
      addressRows: new Map(),
      contacts: new Map(),
      contactVersions: new Map(),
      decisions: new Map(),
      audit: new Map(),
      alertActions: new Map(),
      letters: new Map(),
      letterKeys: new Map(),
      letterTimes: new Map(),
      lastTime: 0,
      lastItem: { audit: 0, alertActions: 0 },
    },
    actingAs,
  );
}

function storeOver(state: MemoryState, actingAs: Identity): MemoryStore {
  const { strategies, addressRows, contacts, contactVersions, decisions, audit, alertActions, letters, letterKeys } = state;
  const byPreparedAt = (a: LetterRecord, b: LetterRecord) => a.preparedAt.localeCompare(b.preparedAt);
  const byAt = (a: { at: string }, b: { at: string }) => a.at.localeCompare(b.at);
  const newestFirst = (a: ContactRecord, b: ContactRecord) => b.receivedAt.localeCompare(a.receivedAt);
  const copy = <T>(value: T): T => structuredClone(value);
  const contactsById = async (ids: readonly string[]): Promise<ContactRecord[]> => [...contacts.values()].filter((c) => ids.includes(c.internetMessageId)).map(copy);
  const recordedNow = () => {
    state.lastTime = Math.max(Date.now(), state.lastTime + 1);
    return new Date(state.lastTime).toISOString();
  };
  const versioned = (id: string): Versioned<ContactStrategy> => {
    const entry = strategies.get(id)!;
    return { value: copy(entry.value), etag: `"${id},${entry.version}"` };
  };
  const storedContact = (id: string): StoredContact => {
    const { version, replaced } = contactVersions.get(id) ?? { version: 1 };
    return { value: copy(contacts.get(id)!), etag: `"contact:${id},${version}"`, ...(replaced ? { replaced: copy(replaced) } : {}) };
  };
  const eventsOf = (target: string) => [...audit.values()].filter((e) => e.target === target).sort(byAt).map(copy);
  /** Rows the strategy should have; returns how many changed. */
  const reindex = (id: string): number => {
    const rows = addressRows.get(id) ?? [];
    const value = strategies.get(id)?.value;
    const wanted = (value?.addresses ?? []).map((address) => ({ address, strategyId: id, status: value!.status, personName: value!.person.displayName }));
    const key = (r: SenderEntry) => JSON.stringify(r);
    const changed = wanted.filter((w) => !rows.some((r) => key(r) === key(w))).length + rows.filter((r) => !wanted.some((w) => key(w) === key(r))).length;
    if (wanted.length) addressRows.set(id, wanted);
    else addressRows.delete(id);
    return changed;
  };
  const dropAudit = (targets: ReadonlySet<string>) => {
    const gone = [...audit.values()].filter((e) => targets.has(e.target));
    gone.forEach((e) => audit.delete(e.id));
    return gone.length;
  };

  /** As SharePoint: the author and time are the store's; an id already taken is checked, never overwritten; chained to the target's head. */
  const append = (event: AuditEvent) => {
    const existing = audit.get(event.id);
    if (existing) return checkExisting(existing, event);
    audit.set(event.id, { ...chained(event, chainHead(eventsOf(event.target))), author: copy(actingAs), recordedAt: recordedNow(), item: ++state.lastItem.audit });
  };
  return {
    async getStrategy(id) {
      return strategies.has(id) ? versioned(id) : undefined;
    },
    async strategyIds() {
      // As the SharePoint adapter: a strategy with a decision on record is judged whether or not its item is there.
      const proposed = [...audit.values()].filter((e) => e.action === PROPOSAL_ACTION && e.target.startsWith("strategy:")).map((e) => e.target.slice("strategy:".length));
      return [...new Set([...strategies.keys(), ...[...decisions.values()].map((d) => d.strategyId), ...proposed])];
    },
    async listStrategies(query = {}) {
      return [...strategies.keys()].map(versioned).filter(({ value }) => {
        if (query.statuses?.length && !query.statuses.includes(value.status)) return false;
        if (query.reviewDueBy && !(value.reviewDate && value.reviewDate <= query.reviewDueBy)) return false;
        return true;
      });
    },
    async saveStrategy(strategy, etag) {
      const value = strategy.id ? copy(strategy) : { ...copy(strategy), id: crypto.randomUUID() };
      const existing = strategies.get(value.id);
      if (etag === undefined) {
        if (existing && JSON.stringify(existing.value) !== JSON.stringify(value)) {
          throw new StoreError("conflict", `A strategy with id ${value.id} already exists.`);
        }
        if (!existing) strategies.set(value.id, { value, version: 1, modified: { by: copy(actingAs), at: recordedNow() } });
        reindex(value.id);
        return versioned(value.id);
      }
      if (!existing) throw new StoreError("notFound", `Strategy ${value.id} no longer exists.`);
      if (etag !== "*" && etag !== `"${value.id},${existing.version}"`) {
        throw new StoreError("conflict", `Someone else changed ${value.person.displayName}'s strategy first. Reload to see their change.`);
      }
      if (!historyAppends(existing.value, value)) throw historyRewritten(existing.value, value);
      strategies.set(value.id, { value, version: existing.version + 1, modified: { by: copy(actingAs), at: recordedNow() } });
      reindex(value.id);
      return versioned(value.id);
    },
    async recordContact(record) {
      if (contacts.has(record.internetMessageId)) return { created: false, existing: storedContact(record.internetMessageId) };
      contacts.set(record.internetMessageId, copy(record));
      contactVersions.set(record.internetMessageId, { version: 1 });
      return { created: true };
    },
    async correctContact(expected, decision, read) {
      const id = expected.value.internetMessageId;
      const current = contacts.get(id);
      if (!current) throw new StoreError("notFound", `The contact record for ${id} no longer exists.`);
      const stored = storedContact(id);
      // A stale etag is SharePoint's 412: compare again against what is stored, as that adapter does.
      if (expected.etag !== stored.etag) {
        const verdict = compareAgain(current, expected.value, decision);
        if (verdict === "applied") return stored;
        if (verdict !== "retry") throw new StoreError("conflict", conflictMessage(id, verdict, current, expected.value));
      }
      const { version } = contactVersions.get(id) ?? { version: 1 };
      contacts.set(id, withDecision(current, copy(decision), read && copy(read)));
      contactVersions.set(id, { version: version + 1, replaced: decisionOf(current) });
      return storedContact(id);
    },
    async contactsFrom(address, since) {
      return [...contacts.values()]
        .filter((c) => keyedUnder(c.senderAddress, address) && Date.parse(c.receivedAt) >= Date.parse(since))
        .sort(newestFirst)
        .map(copy);
    },
    contactsById,
    async contactIdsAbout(address, since) {
      const from = Date.parse(since) - TRAIL_MARGIN_MS;
      const ids = [...audit.values()].filter((e) => e.about !== undefined && keyedUnder(e.about, address) && e.target.startsWith("contact:") && !(Date.parse(e.at) < from));
      return [...new Set(ids.map((e) => e.target.slice("contact:".length)))];
    },
    async contactsReceived({ from, before }) {
      const after = from ? Date.parse(from) : -Infinity;
      const until = before ? Date.parse(before) : Infinity;
      return [...contacts.values()].filter((c) => Date.parse(c.receivedAt) >= after && Date.parse(c.receivedAt) < until).map(copy);
    },
    async contactsOnRecord({ from, before }) {
      const after = from ? Date.parse(from) : -Infinity;
      const until = before ? Date.parse(before) : Infinity;
      return [...contacts.values()].filter((c) => Date.parse(c.receivedAt) >= after && Date.parse(c.receivedAt) < until).map((c) => ({ contact: copy(c) }));
    },
    async contactsForStrategy(strategyId) {
      return [...contacts.values()].filter((c) => c.strategyId === strategyId).sort(newestFirst).map(copy);
    },
    as: (identity) => storeOver(state, identity),
    async addDecision(decision) {
      // As SharePoint: the author and time are the store's, whatever the record says.
      const { author: _a, recordedAt: _r, editedBy: _e, ...claimed } = decision as RecordedDecision;
      if (!decisions.has(decision.id)) decisions.set(decision.id, { ...copy(claimed), author: copy(actingAs), recordedAt: recordedNow() });
    },
    async decisionsFor(strategyId) {
      return [...decisions.values()].filter((d) => d.strategyId === strategyId).sort((a, b) => a.decidedAt.localeCompare(b.decidedAt)).map(copy);
    },
    async readWithEvidence(ids): Promise<StrategyWithEvidence[]> {
      const read = [...new Set(ids)].flatMap((id): StrategyWithEvidence[] => {
        const trail = eventsOf(`strategy:${id}`);
        const proposals = proposalsIn(trail);
        const intents = decisionIntentsIn(trail);
        const decided = [...decisions.values()].filter((d) => d.strategyId === id).map(copy);
        const modified = strategies.get(id)?.modified;
        const begun = intents.length ? { decisionIntents: intents } : {};
        if (strategies.has(id)) return [{ strategy: versioned(id), evidence: { decisions: decided, proposals, ...begun }, ...(modified ? { modified: copy(modified) } : {}) }];
        // As the SharePoint adapter: an item gone while decisions on it are recorded is judged from them.
        const stand = standIn(id, decided, proposals);
        return stand ? [{ strategy: { value: stand, etag: "" }, evidence: { decisions: decided, proposals, recordMissing: true as const, ...begun } }] : [];
      });
      // As the SharePoint adapter: the ContactLog's records of the contacts the decisions rest on, by id.
      return withContactLog(read, contactsById, async (targets) => targets.map(eventsOf));
    },
    async appendAudit(event) {
      append(event);
    },
    async appendAudits(events) {
      // In order: each is checked against its key and chained to the one before.
      events.forEach(append);
    },
    async auditForTargets(targets) {
      return targets.map(eventsOf);
    },
    async auditTrail() {
      return [...audit.values()].map(copy);
    },
    async auditSince(from) {
      return [...audit.values()].filter((e) => Date.parse(e.at) >= Date.parse(from)).map(copy);
    },
    async recordAlertAction(action) {
      // As SharePoint: the author and time are the store's, whatever the action says.
      const existing = alertActions.get(action.id);
      if (existing) return { ...existingAction(copy(existing), action), ...(existing.item ? { item: existing.item } : {}) };
      const item = ++state.lastItem.alertActions;
      alertActions.set(action.id, { ...written(copy(action)), author: copy(actingAs), recordedAt: recordedNow(), item });
      return { ...written(copy(action)), item };
    },
    async alertActionsFor(internetMessageId) {
      return [...alertActions.values()].filter((a) => a.internetMessageId === internetMessageId).sort(byAt).map(copy);
    },
    async alertActionsFrom(address) {
      return [...alertActions.values()].filter((a) => keyedUnder(a.senderAddress, address)).sort(byAt).map(copy);
    },
    async allAlertActions() {
      return [...alertActions.values()].map(copy);
    },
    async alertActionItems() {
      return [...alertActions.values()].flatMap((a) => (a.item ? [{ item: a.item, key: a.id, ...(a.recordedAt ? { recordedAt: a.recordedAt } : {}) }] : []));
    },
    async auditFor(target) {
      return eventsOf(target);
    },
    async recordLetter(letter) {
      const existing = letters.get(letter.id);
      if (existing) return { created: false, letter: copy(existing) };
      letters.set(letter.id, copy(letter));
      letterKeys.set(letter.id, contactKey(letter.address));
      state.letterTimes.set(letter.id, recordedNow());
      return { created: true, letter: copy(letter) };
    },
    async markLetterSent(id, at, by) {
      refuseUnlessSignedIn(id, by, actingAs);
      return markSentAudited(
        async () => {
          const current = letters.get(id);
          if (!current) throw new StoreError("notFound", `No letter ${id} is on record.`);
          await refuseUnlessSpoc(async (sid) => (strategies.has(sid) ? versioned(sid) : undefined), current, by);
          if (current.status !== "sent") {
            const sent: LetterRecord = { ...current, status: "sent", sentAt: at, sentBy: by };
            append(letterMarkingBegun(sent));
            letters.set(id, sent);
          }
          return copy(letters.get(id)!);
        },
        async (event) => append(event),
        by,
      );
    },
    async lettersFor(query) {
      // Addresses compared normalised, as the SharePoint adapter keys its Address column.
      // By the stored key, as SharePoint's Address column: a row keyed before normalisation is not found by it
      // (but one keyed under a typographic apostrophe is, as the adapter asks for every form).
      const match = (l: LetterRecord) => ("strategyId" in query ? l.strategyId === query.strategyId : keyedUnder(letterKeys.get(l.id) ?? "", contactKey(query.address)));
      return [...letters.values()].filter(match).sort(byPreparedAt).map(copy);
    },
    async lettersMiskeyed() {
      return [...letters.values()].filter((l) => letterKeys.get(l.id) !== contactKey(l.address)).map((l) => ({ letter: copy(l), key: letterKeys.get(l.id) ?? "" }));
    },
    async rekeyLetter(id) {
      const letter = letters.get(id);
      if (!letter) throw new StoreError("notFound", `No letter ${id} is on record.`);
      if (letterKeys.get(id) === contactKey(letter.address)) return false;
      letterKeys.set(id, contactKey(letter.address));
      return true;
    },
    async allLetters() {
      return [...letters.values()].map((letter) => {
        const recordedAt = state.letterTimes.get(letter.id);
        return { letter: copy(letter), ...(recordedAt ? { recordedAt } : {}) };
      });
    },
    async reindexStrategy(id) {
      return reindex(id);
    },
    async addressRows() {
      return [...addressRows.values()].flat().map(copy);
    },
    // Decisions here carry no item ids (SharePoint's adapter finds deleted decisions by them).
    async decisionItems() {
      return [];
    },
    async purge(request, removing) {
      const contactIds = (request.contacts ?? []).map((c) => (typeof c === "string" ? c : c.id));
      const goingActions = [...alertActions.values()].filter((a) => contactIds.includes(a.internetMessageId)).flatMap((a) => (a.item ? [a.item] : []));
      const goingTargets = new Set([...contactIds.map((id) => `contact:${id}`), ...(request.strategies ?? []).map((id) => `strategy:${id}`), ...(request.letters ?? []).map((id) => `letter:${id}`)]);
      const goingEvents = [...audit.values()].filter((e) => goingTargets.has(e.target)).flatMap((e) => (e.item ? [e.item] : []));
      if (removing && (goingEvents.length || goingActions.length)) await removing({ auditTrail: goingEvents, alertActions: goingActions });
      const counts: PurgeCounts = { contacts: 0, strategies: 0, addressRows: 0, decisions: 0, letters: 0, alertActions: 0, auditEvents: 0 };
      const targets = new Set<string>();
      for (const id of contactIds) {
        targets.add(`contact:${id}`);
        counts.contacts += Number(contacts.delete(id));
        contactVersions.delete(id);
        for (const action of [...alertActions.values()].filter((a) => a.internetMessageId === id)) counts.alertActions += Number(alertActions.delete(action.id));
      }
      const letterIds = (request.letters ?? []).map((l) => l.id);
      for (const id of request.strategies ?? []) {
        targets.add(`strategy:${id}`);
        counts.strategies += Number(strategies.delete(id));
        counts.addressRows += addressRows.get(id)?.length ?? 0;
        addressRows.delete(id);
        for (const d of [...decisions.values()].filter((d) => d.strategyId === id)) counts.decisions += Number(decisions.delete(d.id));
      }
      for (const id of letterIds) {
        targets.add(`letter:${id}`);
        counts.letters += Number(letters.delete(id));
        state.letterTimes.delete(id);
      }
      counts.auditEvents = dropAudit(targets);
      return counts;
    },
    async senderEntries(): Promise<SenderEntry[]> {
      return [...[...decisions.values()].flatMap((d) => snapshotEntries(d)), ...[...addressRows.values()].flat().map(copy)];
    },
    tamper: {
      editAudit(id, change, by = actingAs) {
        const event = audit.get(id);
        if (!event) throw new Error(`No audit event ${id} to edit.`);
        audit.set(id, { ...event, ...change, edited: { by: copy(by), at: recordedNow() } });
      },
      deleteAudit(id) {
        audit.delete(id);
      },
      editAlertAction(id, change, by = actingAs) {
        const action = alertActions.get(id);
        if (!action) throw new Error(`No alert action ${id} to edit.`);
        alertActions.set(id, { ...action, ...copy(change), edited: { by: copy(by), at: recordedNow() } });
      },
      deleteAlertAction(id) {
        alertActions.delete(id);
      },
      dropAddressRows(strategyId) {
        addressRows.delete(strategyId);
      },
      keyLetterAsWritten(id) {
        letterKeys.set(id, letters.get(id)!.address);
      },
      editLetter(id, change) {
        letters.set(id, { ...letters.get(id)!, ...copy(change) });
      },
    },
  };
}
