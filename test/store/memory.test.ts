import { createMemoryStore, type MemoryStore } from "../../src/store/memory/store";
import { StoreError, type CaseStore } from "../../src/store/port";
import { caseStoreContract } from "./contract";
import { recordsContract } from "./records-contract";

caseStoreContract("in-memory", async () => createMemoryStore(), async (store, upn) => (store as MemoryStore).as({ id: upn, upn, displayName: upn }));

recordsContract("in-memory", async () => {
  const faults = { audit: false, addresses: false, decisions: false };
  /** Writes left before a list fails (failWritesAfter). */
  const armed: Partial<Record<"AuditTrail" | "ContactLog" | "ContactStrategies", number>> = {};
  const gate = (list: "AuditTrail" | "ContactLog" | "ContactStrategies") => {
    const left = armed[list];
    if (left === undefined) return;
    if (left <= 0) throw unavailable(list);
    armed[list] = left - 1;
  };
  const unavailable = (what: string) => new StoreError("unavailable", `${what}: 503 (a fault injected by the test).`);
  /** The memory store with the test's faults: a failed audit write stores nothing; a failed address write leaves the strategy saved without its rows, as SharePoint's $batch does. */
  const faulty = (inner: MemoryStore): CaseStore => ({
    ...inner,
    async appendAudit(event) {
      if (faults.audit) throw unavailable("AuditTrail");
      gate("AuditTrail");
      return inner.appendAudit(event);
    },
    async addDecision(decision) {
      if (faults.decisions) throw unavailable("Decisions");
      return inner.addDecision(decision);
    },
    async recordContact(record) {
      gate("ContactLog");
      return inner.recordContact(record);
    },
    async saveStrategy(value, etag) {
      gate("ContactStrategies");
      const saved = await inner.saveStrategy(value, etag);
      if (faults.addresses) {
        inner.tamper.dropAddressRows(saved.value.id);
        throw unavailable("StrategyAddresses");
      }
      return saved;
    },
  });
  const base = createMemoryStore();
  return {
    store: faulty(base),
    as: (upn) => faulty(base.as({ id: `memory-${upn.split("@")[0]}`, upn, displayName: upn.split("@")[0]!.split(".").map((w) => w[0]!.toUpperCase() + w.slice(1)).join(" ") })),
    editAuditDetail: async (id, detail) => base.tamper.editAudit(id, { detail }),
    deleteAudit: async (id) => base.tamper.deleteAudit(id),
    editAlertAction: async (id, outcome) => base.tamper.editAlertAction(id, { outcome }, { id: "memory-owner", upn: "site.owner@opcc.example.gov.uk", displayName: "Site Owner" }),
    deleteAlertAction: async (id) => base.tamper.deleteAlertAction(id),
    failAuditWrites: async () => void (faults.audit = true),
    failAddressWrites: async () => void (faults.addresses = true),
    failDecisionWrites: async () => void (faults.decisions = true),
    dropAddressRows: async (id) => base.tamper.dropAddressRows(id),
    keyLetterAsWritten: async (id) => base.tamper.keyLetterAsWritten(id),
    failWritesAfter: async (list, after) => void (armed[list] = after),
    heal: async () => {
      Object.assign(faults, { audit: false, addresses: false, decisions: false });
      delete armed.AuditTrail;
      delete armed.ContactLog;
      delete armed.ContactStrategies;
    },
  };
});
