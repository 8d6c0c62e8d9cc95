import type { AlertAction } from "../../policy/alerts/action";
import { standIn } from "../../policy/in-force";
import { snapshotEntries } from "../sender-index";
import type { ContactRecord } from "../../policy/contact";
import type { LetterRecord } from "../../policy/letters/record";
import type { ContactStrategy } from "../../policy/strategy";
import { compareAgain, conflictMessage, decisionOf, withDecision } from "../contact-decision";
import { historyAppends, historyRewritten } from "../history";
import type { Identity, RecordedDecision } from "../../policy/decision";
import {
  PROPOSAL_ACTION,
  StoreError,
  type AuditEvent,
  type CaseStore,
  type ContactDecision,
  type SenderEntry,
  type StoredContact,
  type StrategyWithEvidence,
  type Versioned,
} from "../port";

/** Who a memory store acts as when a test does not say (a caseworker, as the dev token is). */
export const MEMORY_USER: Identity = { id: "memory-casey", upn: "casey.worker@opcc.example.gov.uk", displayName: "Casey Worker" };

interface MemoryState {
  strategies: Map<string, { value: ContactStrategy; version: number }>;
  contacts: Map<string, ContactRecord>;
  /** Per contact: its version (for the etag) and the decision its latest correction replaced. */
  contactVersions: Map<string, { version: number; replaced?: ContactDecision }>;
  decisions: Map<string, RecordedDecision>;
  audit: Map<string, AuditEvent>;
  alertActions: Map<string, AlertAction>;
  letters: Map<string, LetterRecord>;
  /** The last time handed out, so SharePoint-set times are strictly increasing, as item ids are. */
  lastTime: number;
}

export type MemoryStore = CaseStore & {
  /** The same records, acted on as another person (each token acts as its user, as in SharePoint). */
  as(identity: Identity): MemoryStore;
};

/**
 * The in-memory CaseStore for unit tests and the pane's offline preview. Same contract as
 * the SharePoint adapter (test/store/contract.ts runs against both); records are copied in
 * and out so callers cannot mutate stored state by accident. Like SharePoint, it records who
 * added a decision or an audit event from the identity it acts as, not from the record.
 * It does not model list permissions: the emulator does (dev/emulator/permissions.ts).
 */
export function createMemoryStore(actingAs: Identity = MEMORY_USER): MemoryStore {
  return storeOver(
    { strategies: new Map(), contacts: new Map(), contactVersions: new Map(), decisions: new Map(), audit: new Map(), alertActions: new Map(), letters: new Map(), lastTime: 0 },
    actingAs,
  );
}

function storeOver(state: MemoryState, actingAs: Identity): MemoryStore {
  const { strategies, contacts, contactVersions, decisions, audit, alertActions, letters } = state;
  const byPreparedAt = (a: LetterRecord, b: LetterRecord) => a.preparedAt.localeCompare(b.preparedAt);
  const copy = <T>(value: T): T => structuredClone(value);
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

  const append = (event: AuditEvent) => {
    const { author: _a, recordedAt: _r, ...claimed } = event;
    if (!audit.has(event.id)) audit.set(event.id, { ...copy(claimed), author: copy(actingAs), recordedAt: recordedNow() });
  };
  return {
    async getStrategy(id) {
      return strategies.has(id) ? versioned(id) : undefined;
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
        if (!existing) strategies.set(value.id, { value, version: 1 });
        return versioned(value.id);
      }
      if (!existing) throw new StoreError("notFound", `Strategy ${value.id} no longer exists.`);
      if (etag !== "*" && etag !== `"${value.id},${existing.version}"`) {
        throw new StoreError("conflict", `Someone else changed ${value.person.displayName}'s strategy first. Reload to see their change.`);
      }
      if (!historyAppends(existing.value, value)) throw historyRewritten(existing.value, value);
      strategies.set(value.id, { value, version: existing.version + 1 });
      return versioned(value.id);
    },
    async recordContact(record) {
      if (contacts.has(record.internetMessageId)) return { created: false, existing: storedContact(record.internetMessageId) };
      contacts.set(record.internetMessageId, copy(record));
      contactVersions.set(record.internetMessageId, { version: 1 });
      return { created: true };
    },
    async correctContact(expected, decision) {
      const id = expected.value.internetMessageId;
      const current = contacts.get(id);
      if (!current) throw new StoreError("notFound", `The contact record for ${id} no longer exists.`);
      const stored = storedContact(id);
      // A stale etag is SharePoint's 412: compare again against what is stored, as that adapter does.
      if (expected.etag !== stored.etag) {
        const verdict = compareAgain(decisionOf(current), decisionOf(expected.value), decision);
        if (verdict === "applied") return stored;
        if (verdict === "conflict") throw new StoreError("conflict", conflictMessage(id));
      }
      const { version } = contactVersions.get(id) ?? { version: 1 };
      contacts.set(id, withDecision(current, copy(decision)));
      contactVersions.set(id, { version: version + 1, replaced: decisionOf(current) });
      return storedContact(id);
    },
    async contactsFrom(address, since) {
      return [...contacts.values()]
        .filter((c) => c.senderAddress === address && Date.parse(c.receivedAt) >= Date.parse(since))
        .sort((a, b) => b.receivedAt.localeCompare(a.receivedAt))
        .map(copy);
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
      return [...new Set(ids)].flatMap((id) => {
        const proposals = [...audit.values()]
          .filter((e) => e.target === `strategy:${id}` && e.action === PROPOSAL_ACTION)
          .map((e) => ({ author: copy(e.author!), recordedAt: e.recordedAt! }));
        const decided = [...decisions.values()].filter((d) => d.strategyId === id).map(copy);
        if (strategies.has(id)) return [{ strategy: versioned(id), evidence: { decisions: decided, proposals } }];
        // As the SharePoint adapter: an item gone while decisions on it are recorded is judged from them.
        const stand = standIn(id, decided);
        return stand ? [{ strategy: { value: stand, etag: "" }, evidence: { decisions: decided, proposals, recordMissing: true as const } }] : [];
      });
    },
    async appendAudit(event) {
      append(event);
    },
    async appendAudits(events) {
      events.forEach(append);
    },
    async recordAlertAction(action) {
      if (!alertActions.has(action.id)) alertActions.set(action.id, copy(action));
    },
    async alertActionsFor(internetMessageId) {
      return [...alertActions.values()].filter((a) => a.internetMessageId === internetMessageId).sort((a, b) => a.at.localeCompare(b.at)).map(copy);
    },
    async auditFor(target) {
      return [...audit.values()].filter((e) => e.target === target).sort((a, b) => a.at.localeCompare(b.at)).map(copy);
    },
    async recordLetter(letter) {
      const existing = letters.get(letter.id);
      if (existing) return { created: false, letter: copy(existing) };
      letters.set(letter.id, copy(letter));
      return { created: true, letter: copy(letter) };
    },
    async markLetterSent(id, at, by) {
      const current = letters.get(id);
      if (!current) throw new StoreError("notFound", `No letter ${id} is on record.`);
      if (current.status !== "sent") letters.set(id, { ...current, status: "sent", sentAt: at, sentBy: by });
      return copy(letters.get(id)!);
    },
    async lettersFor(query) {
      const match = (l: LetterRecord) => ("strategyId" in query ? l.strategyId === query.strategyId : l.address === query.address);
      return [...letters.values()].filter(match).sort(byPreparedAt).map(copy);
    },
    async exportSubject(address, now) {
      const owned = [...strategies.values()].map((s) => s.value).filter((s) => s.addresses.includes(address));
      const mine = [...contacts.values()].filter((c) => c.senderAddress === address);
      const held = [...letters.values()].filter((l) => l.address === address || owned.some((s) => s.id === l.strategyId)).sort(byPreparedAt);
      const targets = new Set([...owned.map((s) => `strategy:${s.id}`), ...mine.map((c) => `contact:${c.internetMessageId}`), ...held.filter((l) => !l.strategyId).map((l) => `letter:${l.id}`)]);
      return {
        address,
        exportedAt: now,
        strategies: owned.map(copy),
        contacts: mine.sort((a, b) => b.receivedAt.localeCompare(a.receivedAt)).map(copy),
        decisions: [...decisions.values()].filter((d) => owned.some((s) => s.id === d.strategyId)).map(copy),
        letters: held.map(copy),
        audit: [...audit.values()].filter((e) => targets.has(e.target)).map(copy),
        alertActions: [...alertActions.values()].filter((a) => a.senderAddress === address).sort((a, b) => a.at.localeCompare(b.at)).map(copy),
      };
    },
    async purgeContactsBefore(before) {
      const old = [...contacts.values()].filter((c) => Date.parse(c.receivedAt) < Date.parse(before));
      for (const c of old) {
        contacts.delete(c.internetMessageId);
        contactVersions.delete(c.internetMessageId);
      }
      return old.length;
    },
    async senderEntries(): Promise<SenderEntry[]> {
      const rows = [...strategies.values()].flatMap(({ value }) =>
        value.addresses.map((address) => ({ address, strategyId: value.id, status: value.status, personName: value.person.displayName })),
      );
      return [...[...decisions.values()].flatMap((d) => snapshotEntries(d)), ...rows];
    },
  };
}
