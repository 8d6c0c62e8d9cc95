import type { GraphClient } from "../../graph/client";
import { sendBatch } from "../../graph/batch";
import { fieldEquals } from "../../graph/odata";
import type { ContactRecord } from "../../policy/contact";
import { StoreError, type AuditEvent, type CaseStore, type Decision, type SubjectAccessExport } from "../port";
import { correctContact } from "./correct-contact";
import { createOnce } from "./create-once";
import { ListClient } from "./list-client";
import { auditFields, auditFrom, contactFields, contactFrom, decisionFields, decisionFrom, storedContactFrom } from "./mapping";
import { AUDIT_TRAIL, CONTACT_LOG, CONTACT_STRATEGIES, DECISIONS, STRATEGY_ADDRESSES } from "./schema";
import { StrategyLists } from "./strategies";

/** The production CaseStore: SharePoint lists through Microsoft Graph. */
export function createSharePointStore(graph: GraphClient, siteId: string): CaseStore {
  const list = (name: string) => new ListClient(graph, siteId, name);
  const strategies = new StrategyLists(list(CONTACT_STRATEGIES.name), list(STRATEGY_ADDRESSES.name));
  const contacts = list(CONTACT_LOG.name);
  const decisions = list(DECISIONS.name);
  const audit = list(AUDIT_TRAIL.name);

  const contactsFrom = async (address: string, since: string): Promise<ContactRecord[]> => {
    const items = await contacts.query({
      filter: `${fieldEquals("SenderAddress", address)} and fields/ReceivedAt ge '${since}'`,
      orderby: "fields/ReceivedAt desc",
    });
    return items.map((item) => contactFrom(item.fields));
  };
  const decisionsFor = async (strategyId: string): Promise<Decision[]> =>
    (await decisions.query({ filter: fieldEquals("StrategyKey", strategyId), orderby: "fields/DecidedAt asc" })).map((i) =>
      decisionFrom(i.fields),
    );
  const auditFor = async (target: string): Promise<AuditEvent[]> =>
    (await audit.query({ filter: fieldEquals("Target", target), orderby: "fields/At asc" })).map((i) => auditFrom(i.fields));

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
    async exportSubject(address, now): Promise<SubjectAccessExport> {
      const ids = await strategies.addressesOf(address);
      const found = await Promise.all(ids.map((id) => strategies.get(id)));
      const owned = found.flatMap((s) => (s ? [s.value] : []));
      const contactRecords = await contactsFrom(address, "1970-01-01T00:00:00Z");
      const decided = (await Promise.all(owned.map((s) => decisionsFor(s.id)))).flat();
      const targets = [...owned.map((s) => `strategy:${s.id}`), ...contactRecords.map((c) => `contact:${c.internetMessageId}`)];
      const events = (await Promise.all(targets.map(auditFor))).flat();
      return { address, exportedAt: now, strategies: owned, contacts: contactRecords, decisions: decided, audit: events };
    },
    async purgeContactsBefore(before) {
      const old = await contacts.query({ filter: `fields/ReceivedAt lt '${before}'`, select: ["InternetMessageId"] });
      const responses = await sendBatch(
        graph,
        old.map((item) => ({ id: item.id, method: "DELETE", url: `/sites/${siteId}/lists/${CONTACT_LOG.name}/items/${item.id}` })),
      );
      const failed = responses.filter((r) => r.status >= 300 && r.status !== 404);
      if (failed.length > 0) {
        throw new StoreError("unavailable", `Retention: ${failed.length} of ${old.length} old contact records could not be deleted; run it again.`);
      }
      return old.length;
    },
    senderEntries: () => strategies.senderEntries(),
  };
}
