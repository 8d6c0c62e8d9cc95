import type { GraphClient } from "../../graph/client";
import { fieldEquals } from "../../graph/odata";
import type { ContactRecord } from "../../policy/contact";
import { StoreError, type AuditEvent, type CaseStore, type Decision, type SubjectAccessExport } from "../port";
import { correctContact } from "./correct-contact";
import { createOnce } from "./create-once";
import { ListClient } from "./list-client";
import { EARLIEST, inRanges, isThreshold, purgeContactsBefore } from "./ranges";
import { alertActionFields, alertActionFrom, auditFields, auditFrom, contactFields, contactFrom, decisionFields, decisionFrom, storedContactFrom } from "./mapping";
import { ALERT_ACTIONS, AUDIT_TRAIL, CONTACT_LOG, CONTACT_STRATEGIES, DECISIONS, STRATEGY_ADDRESSES } from "./schema";
import { StrategyLists } from "./strategies";
import { keyed } from "./text-columns";

/**
 * The production CaseStore: SharePoint lists through Microsoft Graph.
 *
 * The list view threshold: past 5,000 items SharePoint refuses a query whose first indexed
 * filter clause still matches more than 5,000 items. Every query here leads with a clause
 * that narrows: a unique key (findByKey), one sender (contactsFrom, exportSubject), one
 * strategy (decisions, addresses), one target (audit: a strategy's or a contact's events),
 * one address.
 * Strategy listings (by status, review date) read ContactStrategies, one item per person
 * under a strategy: never near 5,000. senderEntries has no filter and no order (paging a list
 * in its own order is allowed at any size; ordering it is not, microsoft-graph-docs#8450).
 * Two can match more: retention (years of contacts) walks ranges of ReceivedAt (ranges.ts),
 * and so does contactsFrom for a sender past 5,000 records, when the sender clause trips it.
 */
const DAY_MS = 24 * 60 * 60 * 1000;

export function createSharePointStore(graph: GraphClient, siteId: string): CaseStore {
  const list = (name: string) => new ListClient(graph, siteId, name);
  const strategies = new StrategyLists(list(CONTACT_STRATEGIES.name), list(STRATEGY_ADDRESSES.name));
  const contacts = list(CONTACT_LOG.name);
  const decisions = list(DECISIONS.name);
  const audit = list(AUDIT_TRAIL.name);
  const alertActions = list(ALERT_ACTIONS.name);
  const alertActionsWhere = async (column: "InternetMessageId" | "SenderAddress", value: string) =>
    (await alertActions.query({ filter: fieldEquals(column, keyed(value)), orderby: "fields/At asc" })).map((i) => alertActionFrom(i.fields));

  const contactsFrom = async (address: string, since: string): Promise<ContactRecord[]> => {
    try {
      const items = await contacts.query({
        filter: `${fieldEquals("SenderAddress", keyed(address))} and fields/ReceivedAt ge '${since}'`,
        orderby: "fields/ReceivedAt desc",
      });
      return items.map((item) => contactFrom(item.fields));
    } catch (error) {
      if (!isThreshold(error)) throw error;
    }
    // One sender past 5,000 records (the persistent contact this product is for): the sender
    // clause no longer narrows enough, so walk ranges of ReceivedAt from `since` to a day from
    // now (and whatever is dated later, in one last question) with the sender after them.
    const from = Date.parse(since);
    if (Number.isNaN(from)) throw new StoreError("invalid", `Reading contacts: "${since}" is not a date.`);
    const found: ContactRecord[] = [];
    const walk = { column: "ReceivedAt", from, to: Date.now() + DAY_MS, openEnd: true, and: fieldEquals("SenderAddress", keyed(address)) };
    await inRanges(contacts, walk, async (items) => void found.push(...items.map((item) => contactFrom(item.fields))));
    return found.sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
  };
  const decisionsFor = async (strategyId: string): Promise<Decision[]> =>
    (await decisions.query({ filter: fieldEquals("StrategyKey", keyed(strategyId)), orderby: "fields/DecidedAt asc" })).map((i) =>
      decisionFrom(i.fields),
    );
  const auditFor = async (target: string): Promise<AuditEvent[]> =>
    (await audit.query({ filter: fieldEquals("Target", keyed(target)), orderby: "fields/At asc" })).map((i) => auditFrom(i.fields));

  return {
    getStrategy: (id) => strategies.get(id),
    listStrategies: (query) => strategies.list(query),
    saveStrategy: (strategy, etag) => strategies.save(strategy, etag),
    async recordContact(record) {
      const { item, created } = await createOnce(contacts, "InternetMessageId", record.internetMessageId, contactFields(record));
      return created ? { created } : { created, existing: storedContactFrom(item) };
    },
    correctContact: (expected, decision) => correctContact(contacts, expected, decision),
    contactsFrom,
    async addDecision(decision) {
      await createOnce(decisions, "DecisionKey", decision.id, decisionFields(decision));
    },
    decisionsFor,
    async appendAudit(event) {
      await createOnce(audit, "EventKey", event.id, auditFields(event));
    },
    auditFor,
    async recordAlertAction(action) {
      await createOnce(alertActions, "ActionKey", action.id, alertActionFields(action));
    },
    alertActionsFor: (internetMessageId) => alertActionsWhere("InternetMessageId", internetMessageId),
    async exportSubject(address, now): Promise<SubjectAccessExport> {
      const ids = await strategies.addressesOf(address);
      const found = await Promise.all(ids.map((id) => strategies.get(id)));
      const owned = found.flatMap((s) => (s ? [s.value] : []));
      const contactRecords = await contactsFrom(address, new Date(EARLIEST).toISOString());
      const decided = (await Promise.all(owned.map((s) => decisionsFor(s.id)))).flat();
      const targets = [...owned.map((s) => `strategy:${s.id}`), ...contactRecords.map((c) => `contact:${c.internetMessageId}`)];
      const byTarget = await audit.queryMany(targets.map((target) => ({ filter: fieldEquals("Target", keyed(target)), orderby: "fields/At asc" })));
      const events = byTarget.flat().map((i) => auditFrom(i.fields));
      const actions = await alertActionsWhere("SenderAddress", address);
      return { address, exportedAt: now, strategies: owned, contacts: contactRecords, decisions: decided, audit: events, alertActions: actions };
    },
    purgeContactsBefore: (before) => purgeContactsBefore(graph, siteId, contacts, before),
    senderEntries: () => strategies.senderEntries(),
  };
}
