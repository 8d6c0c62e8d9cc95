import { letterMarkingBegun, letterMarkingNotDone, markSentAudited, refuseUnlessSignedIn, refuseUnlessSpoc, SentNotRecorded } from "../letter-sender";
import { signInKey } from "../../policy/decision";
import { toStoreError } from "./errors";
import type { GraphClient } from "../../graph/client";
import { fieldEquals, fieldEqualsAny } from "../../graph/odata";
import { apostropheForms } from "../../policy/address";
import type { LoggedContact } from "../../policy/evidence-contacts";
import type { LetterRecord } from "../../policy/letters/record";
import { PROPOSAL_ACTION, proposalsIn, StoreError, type CaseStore, type ContactOnRecord, type RecordedDecision, type StrategyWithEvidence } from "../port";
import { AuditList } from "./audit";
import { correctContact } from "./correct-contact";
import { createOnce } from "./create-once";
import { ListClient, queryLists, type ListItem } from "./list-client";
import { DAY_MS, EARLIEST, inRanges, isThreshold, readRange } from "./ranges";
import { alertActionFields, alertActionFrom, contactFields, decisionFields, loggedContactFrom, decisionFrom, itemNumber, storedContactFrom, unreadableDecisionFrom } from "./mapping";
import { purge } from "./purge";
import { LetterList } from "./letters";
import { ALERT_ACTIONS, AUDIT_TRAIL, CONTACT_LOG, CONTACT_STRATEGIES, DECISIONS, LETTERS, STRATEGY_ADDRESSES } from "./schema";
import { strategyOf, StrategyLists } from "./strategies";
import { snapshotEntries } from "../sender-index";
import { existingAction, written } from "../alert-actions";
import { standIn } from "../../policy/in-force";
import { mayConcern, reportedGaps } from "../../policy/record-gaps";
import type { DeletedDecisions, UnreadableDecision } from "../../policy/decision";
import { itemGaps } from "../item-gaps";
import { NOBODY_PURGES, removedByRetention, RETENTION_ITEMS, type MayPurge } from "../retention-items";
import { isKeyed, keyed } from "./text-columns";
import { decisionIntentsIn, withContactLog } from "../evidence-contacts";

/**
 * An item's strategy, or undefined when its JSON is unreadable — not JSON, the wrong shape, or naming another id than
 * its key — so it is judged from its decisions instead (`readWithEvidence`): editing the item never lifts a strategy.
 */
function readableOrUndefined(item: ListItem) {
  try {
    return strategyOf(item);
  } catch (error) {
    if (error instanceof StoreError && error.code === "invalid") return undefined;
    throw error;
  }
}

/**
 * The production CaseStore: SharePoint lists through Microsoft Graph.
 *
 * The list view threshold: past 5,000 items SharePoint refuses a query whose first indexed
 * filter clause still matches more than 5,000 items. Every query here leads with a clause
 * that narrows: a unique key (findByKey), one sender (contactsFrom), one
 * strategy (decisions, addresses), one target (audit: a strategy's or a contact's events),
 * one address.
 * Strategy listings (by status, review date) read ContactStrategies, one item per person
 * under a strategy: never near 5,000. senderEntries has no filter and no order (paging a list
 * in its own order is allowed at any size; ordering it is not, microsoft-graph-docs#8450).
 * Some can match more: retention and reconcile (years of contacts or letters) walk ranges of
 * ReceivedAt or PreparedAt (ranges.ts), and so does contactsFrom for a sender past 5,000 records,
 * when the sender clause trips it; `records verify` pages the AuditTrail in its own order.
 */
/** What a site provisioned before AuditTrail's About column lacks (decision 0011), in words for whoever can fix it. */
export const ABOUT_MISSING =
  "AuditTrail lacks the About column: run npm run provision; until then a record whose columns are moved off a person is missing from their subject access export.";

/** Contact item ids remembered from the last read by date, at most. */
const REMEMBERED = 200_000;

/**
 * `mayPurge`: whose retention records explain missing Decisions ids in the in-force read — the office's authoriser role
 * (`mayPurgeIn(pack, roster)`); without it none does, and every missing id is a deletion (src/store/retention-items.ts).
 */
export function createSharePointStore(graph: GraphClient, siteId: string, options: { mayPurge?: MayPurge } = {}): CaseStore {
  const mayPurge = options.mayPurge ?? NOBODY_PURGES;
  const list = (name: string) => new ListClient(graph, siteId, name);
  const strategyList = list(CONTACT_STRATEGIES.name);
  const strategies = new StrategyLists(strategyList, list(STRATEGY_ADDRESSES.name));
  const contacts = list(CONTACT_LOG.name);
  const decisions = list(DECISIONS.name);
  const audit = new AuditList(list(AUDIT_TRAIL.name));
  const letters = new LetterList(list(LETTERS.name));
  const alertActions = list(ALERT_ACTIONS.name);
  const contactItems = new Map<string, string>();
  /** Records that a marking begun did not land, unless the letter now reads as marked by it. */
  const voidBegun = async (begun: LetterRecord) => {
    const now = await letters.current(begun.id);
    if (now?.status === "sent" && now.sentAt === begun.sentAt && signInKey(now.sentBy ?? "") === signInKey(begun.sentBy ?? "")) return;
    await audit.append(letterMarkingNotDone(begun));
  };
  /** Who the token is (Graph `/me`, delegated `User.Read`): read once, the first time it is needed; a failure is not kept. */
  let me: Promise<{ upn?: string; mail?: string }> | undefined;
  const signedIn = () =>
    (me ??= (graph.client.api("/me").select(["userPrincipalName", "mail"]).get() as Promise<{ userPrincipalName?: string; mail?: string | null }>).then(
      (user) => ({ ...(user.userPrincipalName ? { upn: user.userPrincipalName } : {}), ...(user.mail ? { mail: user.mail } : {}) }),
      (error: unknown) => {
        me = undefined;
        throw toStoreError(error, "Reading who is signed in");
      },
    ));
  const alertActionsWhere = async (column: "InternetMessageId" | "SenderAddress", value: string) =>
    readableActions(await alertActions.query({ filter: column === "SenderAddress" ? fromSender(value) : fieldEquals(column, keyed(value)), orderby: "fields/At asc" }));
  /** A SenderAddress clause finding rows keyed under any apostrophe form of the address (address.ts `apostropheForms`): rows keyed o’brien@… before the fold too. */
  const fromSender = (address: string) => fieldEqualsAny("SenderAddress", apostropheForms(address).map(keyed));

  const contactsOnRecord = async ({ from, before }: { from?: string; before?: string }): Promise<ContactOnRecord[]> => {
    const range = { from: from ? Date.parse(from) : EARLIEST, to: before ? Date.parse(before) : Date.now() + DAY_MS, openEnd: !before };
    const items = await readRange(contacts, "ReceivedAt", range);
    const read = items.map((item) => {
      // With SharePoint's record of the item: reconcile and records verify judge whose write a record is by it (T15 #1).
      const contact = loggedContactFrom(item);
      const keyedAs = isKeyed(item, "InternetMessageId", contact.internetMessageId) ? undefined : String(item.fields.InternetMessageId ?? "");
      return { contact, item: item.id, ...(keyedAs === undefined ? {} : { keyedAs }) };
    });
    // Remembered so a purge of what was just read deletes by item id, not one lookup per record (SharePoint never reuses
    // an item id: a remembered one is that record or gone) — only an item whose key column is its record's id: one whose
    // RecordJson carries another contact's id is not that contact (T11 #9).
    contactItems.clear();
    if (items.length <= REMEMBERED) read.forEach((c) => c.keyedAs === undefined && contactItems.set(c.contact.internetMessageId, c.item));
    return read;
  };

  const contactsFrom = async (address: string, since: string): Promise<LoggedContact[]> => {
    // The window is the record's own time, not its ReceivedAt column, which is anyone's to rewrite outside the record's
    // digest (T21b-4): a column backdated does not hide a record from its window, nor one brought forward put an old record
    // in it. The sender's records are read whole and judged on their JSON; one whose columns disagree with it is filed apart.
    const inWindow = (c: LoggedContact) => Date.parse(c.receivedAt) >= Date.parse(since);
    try {
      const items = await contacts.query({
        filter: fromSender(address),
        orderby: "fields/ReceivedAt desc",
      });
      return items.map(loggedContactFrom).filter(inWindow).sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
    } catch (error) {
      if (!isThreshold(error)) throw error;
    }
    // One sender past 5,000 records (the persistent contact this product is for): the sender
    // clause no longer narrows enough, so walk ranges of ReceivedAt from `since` to a day from
    // now (and whatever is dated later, in one last question) with the sender after them.
    const from = Date.parse(since);
    if (Number.isNaN(from)) throw new StoreError("invalid", `Reading contacts: "${since}" is not a date.`);
    const found: LoggedContact[] = [];
    const filedIds = new Set<string>();
    const walk = { column: "ReceivedAt", from, to: Date.now() + DAY_MS, openEnd: true, and: fromSender(address) };
    await inRanges(contacts, walk, async (items) => {
      items.forEach((item) => filedIds.add(String(item.fields.InternetMessageId ?? "")));
      found.push(...items.map(loggedContactFrom));
    });
    // The walk asks by the ReceivedAt column, which anyone may move outside the record's digest (T21b-4): a record whose
    // column was backdated before `since`, or emptied, is in no range. The add-only trail names the sender's records by the
    // recorder's own time; those the walk did not find are read by their key, and kept only where the record names the sender.
    const missing = (await contactIdsAbout(address, since)).filter((id) => !filedIds.has(keyed(id)));
    if (missing.length) found.push(...(await contactsById(missing)).filter((c) => namesSender(c, address)));
    return found.filter(inWindow).sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
  };
  /** The message ids the trail's events about this address name, from a day before `since` (a recorder's clock may run behind). */
  const contactIdsAbout = async (address: string, since: string): Promise<string[]> => {
    const from = Date.parse(since);
    if (Number.isNaN(from)) throw new StoreError("invalid", `Reading the audit trail: "${since}" is not a date.`);
    const targets = await audit.targetsAbout(address, Math.max(EARLIEST, from - DAY_MS));
    return targets.flatMap((t) => (t.startsWith("contact:") ? [t.slice("contact:".length)] : []));
  };
  const decisionsQuery = (strategyId: string) => ({ filter: fieldEquals("StrategyKey", keyed(strategyId)), orderby: "fields/DecidedAt asc" });
  /** A strategy's decisions: those filed under exactly its key (SharePoint's `eq` ignores case). */
  /** A strategy's decisions: those filed under exactly its key; an item that cannot be read is listed apart, never thrown. */
  const decisionsOf = (strategyId: string, items: readonly ListItem[]): { readable: RecordedDecision[]; unreadable: UnreadableDecision[] } => {
    const found = { readable: [] as RecordedDecision[], unreadable: [] as UnreadableDecision[] };
    for (const item of items.filter((item) => isKeyed(item, "StrategyKey", strategyId))) {
      try {
        found.readable.push(decisionFrom(item));
      } catch (error) {
        if (!(error instanceof StoreError && error.code === "invalid")) throw error;
        found.unreadable.push(unreadableDecisionFrom(item, error));
      }
    }
    return found;
  };
  const decisionsFor = async (strategyId: string): Promise<RecordedDecision[]> => decisionsOf(strategyId, await decisions.query(decisionsQuery(strategyId))).readable;
  /** Every Decisions item's id and SharePoint's time (one small column), and retention's record of the ids it deleted. */
  const decisionStamps = { list: decisions, query: { top: 5000, select: ["DecisionKey"] } };
  /** The same, with what each is filed under and says: a decision refiled under another key is still its strategy's. */
  const decisionsWhole = { list: decisions, query: { top: 5000, select: ["DecisionKey", "StrategyKey", "DecisionJson"] } };
  const retentionRecord = { list: audit.list, query: AuditList.query(RETENTION_ITEMS) };
  const decisionGaps = (items: readonly ListItem[], retention: readonly ListItem[]): DeletedDecisions[] => {
    const stamps = items.flatMap((item) => {
      const { item: id } = itemNumber(item);
      return id === undefined ? [] : [{ item: id, ...(item.createdAt ? { recordedAt: item.createdAt } : {}) }];
    });
    return reportedGaps(itemGaps(stamps, removedByRetention(AuditList.of(RETENTION_ITEMS, retention), "decisions", stamps, mayPurge)));
  };

  /**
   * Each strategy with its decisions and its proposals (the AuditTrail's "propose" events,
   * whose SharePoint-set author is who proposed): three queries per strategy in one `$batch`.
   */
  const readWithEvidence = async (ids: readonly string[]): Promise<StrategyWithEvidence[]> => {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return [];
    // With the whole Decisions list's ids (and retention's record of those it deleted), in the same `$batch`: a decision
    // deleted after a strategy's last one, that may have been its own, is said on the strategy (src/policy/record-gaps.ts).
    const answers = await queryLists(graph, [
      decisionsWhole,
      retentionRecord,
      ...unique.flatMap((id) => [
        { list: strategyList, query: { filter: fieldEquals("StrategyKey", keyed(id)), top: 1, limit: 1 } },
        { list: decisions, query: decisionsQuery(id) },
        { list: audit.list, query: AuditList.query(`strategy:${id}`) },
      ]),
    ]);
    const gaps = decisionGaps(answers[0]!, answers[1]!);
    const read = unique.flatMap((id, n): StrategyWithEvidence[] => {
      const at = 2 + n * 3;
      // Only what is filed under exactly this key: an item re-keyed in another case is another strategy, with no decisions.
      const item = answers[at]!.find((found) => isKeyed(found, "StrategyKey", id));
      const trail = AuditList.of(`strategy:${id}`, answers[at + 2]!);
      const proposals = proposalsIn(trail);
      const intents = decisionIntentsIn(trail);
      // A decision whose StrategyKey column was rewritten to another strategy's still names this one in its JSON: read
      // here too (changed after it was recorded, it counts for nothing, and the record is in doubt), never dropped.
      const refiled = answers[0]!.filter((found) => !isKeyed(found, "StrategyKey", id) && readable(found)?.strategyId === id).map(decisionFrom);
      const { readable: filed, unreadable } = decisionsOf(id, answers[at + 1]!);
      const decided = [...filed, ...refiled];
      const value = item && readableOrUndefined(item);
      const modified = item?.lastModifiedBy || item?.lastModifiedAt ? { ...(item.lastModifiedBy ? { by: item.lastModifiedBy } : {}), ...(item.lastModifiedAt ? { at: item.lastModifiedAt } : {}) } : undefined;
      const decidedAt = [...decided, ...unreadable].map((d) => d.recordedAt);
      const deleted = gaps.filter((gap) => mayConcern(gap, { decidedAt, itemChangedAt: value ? item.lastModifiedAt : undefined, recordMissing: !value }));
      const earlier = gaps.filter((gap) => !deleted.includes(gap));
      const doubts = { ...(unreadable.length ? { unreadableDecisions: unreadable } : {}), ...(deleted.length ? { decisionsDeleted: deleted } : {}), ...(earlier.length ? { earlierDecisionsDeleted: earlier } : {}), ...(intents.length ? { decisionIntents: intents } : {}) };
      if (value) return [{ strategy: { value, etag: item.etag }, evidence: { decisions: decided, proposals, ...doubts }, ...(modified ? { modified } : {}) }];
      // The item is gone (deleted, or its key rewritten) or unreadable (its JSON edited outside the add-in) but decisions
      // on it are recorded: judged from them, never dropped, and one bad item stops nobody else's check.
      const stand = standIn(id, decided, proposals, unreadable.length > 0 || deleted.length > 0);
      return stand ? [{ strategy: { value: stand, etag: "" }, evidence: { decisions: decided, proposals, recordMissing: true as const, ...doubts } }] : [];
    });
    // The ContactLog's records of the contacts the decisions rest on, by their unique key, wherever they came from (T10 #2).
    return withContactLog(read, contactsById, (targets) => audit.ofMany(targets));
  };
  /** Contacts by internetMessageId (the ContactLog's unique key: narrow at any size), a few ids to a question. */
  const contactsById = async (ids: readonly string[]): Promise<LoggedContact[]> => {
    const chunks: string[][] = [];
    for (let i = 0; i < ids.length; i += 15) chunks.push(ids.slice(i, i + 15));
    const answers = await queryLists(graph, chunks.map((chunk) => ({ list: contacts, query: { filter: fieldEqualsAny("InternetMessageId", chunk.map(keyed)) } })));
    // With SharePoint's record of each item (who created and last changed it, when), which no caseworker can write (T11 #2).
    return answers
      .flat()
      .map(loggedContactFrom)
      .filter((c) => ids.includes(c.internetMessageId));
  };

  /**
   * Every strategy with a "propose" event on the AuditTrail (its Action column indexed: a handful per strategy). A site
   * provisioned before that column was indexed refuses the question, and a list with more than 5,000 proposals trips
   * the list view threshold: strategies are then found from their items and decisions alone, as before.
   */
  const proposedIds = async (): Promise<string[]> => {
    try {
      const items = await audit.list.query({ filter: fieldEquals("Action", PROPOSAL_ACTION), select: ["Target"], top: 5000 });
      return items.flatMap((item) => {
        const target = String(item.fields.Target ?? "");
        return target.startsWith("strategy:") && !target.includes("#sha256:") ? [target.slice("strategy:".length)] : [];
      });
    } catch (error) {
      if (isThreshold(error) || (error instanceof StoreError && error.code === "invalid")) return [];
      throw error;
    }
  };

  return {
    getStrategy: (id) => strategies.get(id),
    listStrategies: (query) => strategies.list(query),
    // Every strategy item's key, and every key a Decisions item is filed under, readable or not, and every strategy a
    // readable one names: a strategy whose item is deleted, its one decision made unreadable, is still judged (T4 hole 4).
    // With them every strategy the AuditTrail has a proposal for: the authoriser may delete a strategy's decisions, item
    // and rows (Retention), and its trail is then all that names it (T4 hole 4d).
    strategyIds: async () => {
      const [ids, decided, proposed] = await Promise.all([strategies.ids(), decisions.query({ top: 5000, select: ["StrategyKey", "DecisionJson"] }), proposedIds()]);
      return [...new Set([...ids, ...decided.flatMap((item) => [String(item.fields.StrategyKey ?? ""), readable(item)?.strategyId ?? ""]).filter((id) => id !== ""), ...proposed])];
    },
    saveStrategy: (strategy, etag) => strategies.save(strategy, etag),
    async recordContact(record) {
      const { item, created } = await createOnce(contacts, "InternetMessageId", record.internetMessageId, contactFields(record));
      return created ? { created } : { created, existing: storedContactFrom(item) };
    },
    correctContact: (expected, decision, read) => correctContact(contacts, expected, decision, read),
    contactsFrom,
    contactsById,
    contactIdsAbout,
    async addDecision(decision) {
      await createOnce(decisions, "DecisionKey", decision.id, decisionFields(decision));
    },
    decisionsFor,
    readWithEvidence,
    appendAudit: (event) => audit.append(event),
    appendAudits: (events) => audit.appendMany(events),
    auditFor: (target) => audit.of(target),
    auditForTargets: (targets) => audit.ofMany(targets),
    auditTrail: () => audit.all(),
    auditSince: (from) => audit.since(from),
    siteGaps: async () => ((await audit.lacksAbout()) ? [ABOUT_MISSING] : []),
    recordLetter: (letter) => letters.record(letter),
    markLetterSent: async (id, at, by) => {
      refuseUnlessSignedIn(id, by, await signedIn());
      // One "begun" record a marking (it is written once: a retry after a 412 inside this call does not write it again).
      let begun: LetterRecord | undefined;
      const begin = async (letter: LetterRecord) => {
        await refuseUnlessSpoc((sid) => strategies.get(sid), letter, by);
        if (begun) return;
        begun = { ...letter, status: "sent", sentAt: at, sentBy: by };
        await audit.append(letterMarkingBegun(begun));
      };
      try {
        return await markSentAudited(() => letters.markSent(id, at, by, begin), (event) => audit.append(event), by);
      } catch (error) {
        // The Letters write failed after its start was recorded: unless the letter reads as marked by it (a lost answer),
        // say the marking did not land, so its start dates nothing later (T10 #8). Best effort: the first failure is the answer.
        if (begun && !(error instanceof SentNotRecorded)) await voidBegun(begun).catch(() => undefined);
        throw error;
      }
    },
    lettersMiskeyed: () => letters.miskeyed(),
    rekeyLetter: (id) => letters.rekey(id),
    lettersFor: (query) => ("strategyId" in query ? letters.forStrategy(query.strategyId) : letters.toAddress(query.address)),
    async recordAlertAction(action) {
      const { item, created } = await createOnce(alertActions, "ActionKey", action.id, alertActionFields(action));
      // With its item id, which its audit event names: an event naming an id never allocated, or another action's, is forged.
      return { ...(created ? written(action) : existingAction(alertActionFrom(item), action)), ...itemNumber(item) };
    },
    alertActionsFor: (internetMessageId) => alertActionsWhere("InternetMessageId", internetMessageId),
    alertActionsFrom: (address) => alertActionsWhere("SenderAddress", address),
    // Paged in the list's own order (allowed at any size; no filter, no order), as the AuditTrail is for verify.
    allAlertActions: async () => readableActions(await alertActions.query({ top: 5000 })),
    // Every item, readable or not, with one small column: ids and SharePoint's times are what a deletion is found by.
    alertActionItems: async () => (await alertActions.query({ top: 5000, select: ["ActionKey"] })).flatMap((item) => {
      const { item: id } = itemNumber(item);
      const key = item.fields.ActionKey;
      return id === undefined ? [] : [{ item: id, ...(item.createdAt ? { recordedAt: item.createdAt } : {}), ...(typeof key === "string" ? { key } : {}) }];
    }),
    decisionItems: async () =>
      (await decisions.query(decisionStamps.query)).flatMap((item) => {
        const { item: id } = itemNumber(item);
        return id === undefined ? [] : [{ item: id, ...(item.createdAt ? { recordedAt: item.createdAt } : {}) }];
      }),
    contactsReceived: async (range) => (await contactsOnRecord(range)).map((c) => c.contact),
    contactsOnRecord,
    async contactsForStrategy(strategyId) {
      const items = await contacts.query({ filter: fieldEquals("StrategyKey", keyed(strategyId)) });
      return items.map(loggedContactFrom).sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
    },
    allLetters: () => letters.all(),
    reindexStrategy: (id) => strategies.reindex(id),
    addressRows: () => strategies.senderEntries(),
    purge: (request, removing) => purge({ strategies, contacts, decisions, letters, alertActions, audit }, request, contactItems, removing),
    // The index rows, and the addresses every decision's snapshot lists: StrategyAddresses is anyone's to edit, the
    // Decisions list only the authorisers', so deleting or rewriting an index row cannot hide a strategy in force.
    senderEntries: async () => {
      const [rows, decided] = await Promise.all([strategies.senderEntries(), decisions.query({ top: 5000, select: ["DecisionJson"] })]);
      return [...decided.flatMap((item) => snapshotEntries(readable(item))), ...rows];
    },
  };
}

/**
 * The actions among these items that can be read. One whose JSON was written outside the add-in
 * (staff may add to AlertActions) stops no one reading the others, the pane's list or `records verify`:
 * it is left out, and an action of the add-in's made unreadable is still known from its audit event ("removed").
 */
function readableActions(items: readonly ListItem[]) {
  return items.flatMap((item) => {
    try {
      return [alertActionFrom(item)];
    } catch (error) {
      if (error instanceof StoreError && error.code === "invalid") return [];
      throw error;
    }
  });
}

/** Whether the record itself names this normalised address as its sender (under any apostrophe form). */
function namesSender(record: LoggedContact, address: string): boolean {
  return typeof record.senderAddress === "string" && apostropheForms(address).includes(record.senderAddress);
}

/** A decision for the index, or none when its item is unreadable (it would not count; the index must still load). */
function readable(item: ListItem): RecordedDecision | undefined {
  try {
    return decisionFrom(item);
  } catch {
    return undefined;
  }
}
