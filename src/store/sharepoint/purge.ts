import { fieldEquals } from "../../graph/odata";
import type { PurgeCounts, PurgeItems, PurgeRequest } from "../port";
import type { AuditList } from "./audit";
import type { LetterList } from "./letters";
import type { ListClient } from "./list-client";
import type { StrategyLists } from "./strategies";
import { isKeyed, keyed } from "./text-columns";

interface Lists {
  strategies: StrategyLists;
  contacts: ListClient;
  decisions: ListClient;
  letters: LetterList;
  alertActions: ListClient;
  audit: AuditList;
}

/**
 * Retention's deletes: each record with what describes it — a contact with its audit events and
 * the actions on its alerts (an orphaned event would still hold the message id); a strategy with
 * its address rows, decisions and the audit events of each; letters only those the request lists (its letters are found by
 * columns anyone may rewrite: retention's plan judges each, T10 #12). Reads are one `$batch` per 20
 * keys, deletes one per 20 items. The records themselves go last, so a purge stopped part way
 * (a 503, a refused delete) leaves records a repeat still finds, never an event describing nothing
 * that nothing finds. AuditTrail and Decisions, add-only for staff, are deleted from first: a purge by
 * someone SharePoint does not let delete there (403) is refused before anything else goes. Only the
 * office's authoriser role may delete from them (src/store/sharepoint/permissions.ts).
 */
export async function purge(lists: Lists, request: PurgeRequest, known: ReadonlyMap<string, string> = new Map(), removing?: (items: PurgeItems) => Promise<void>): Promise<PurgeCounts> {
  const plannedContacts = (request.contacts ?? []).map((c) => (typeof c === "string" ? { id: c } : c));
  const contactIds = [...new Set(plannedContacts.map((c) => c.id))];
  const strategyIds = [...(request.strategies ?? [])];
  const byKey = (list: ListClient, column: string, keys: readonly string[]) =>
    keys.length
      ? list.queryMany(keys.map((key) => ({ filter: fieldEquals(column, keyed(key)), select: [column] }))).then((found) => found.flatMap((items, i) => items.filter((item) => isKeyed(item, column, keys[i]!))))
      : Promise.resolve([]);

  const plannedLetters = request.letters ?? [];
  const letterIds = [...new Set(plannedLetters.map((l) => l.id))];
  const targets = [...contactIds.map((id) => `contact:${id}`), ...strategyIds.map((id) => `strategy:${id}`), ...letterIds.map((id) => `letter:${id}`)];

  // The AuditTrail and AlertActions items that will go, told by id before any goes: SharePoint never reuses an id, so
  // every other missing one is a deletion retention did not make (`records verify`, the pane).
  const auditItems = await lists.audit.itemsOf(targets);
  const actionItems = (await byKey(lists.alertActions, "InternetMessageId", contactIds)).map((i) => i.id);
  // And the Decisions items: a Decisions id missing that retention did not record is a decision deleted (the in-force read).
  const decisionItems = (await byKey(lists.decisions, "StrategyKey", strategyIds)).map((i) => i.id);
  const numbers = (ids: readonly string[]) => ids.filter((id) => /^\d+$/.test(id)).map(Number);
  if (removing && (auditItems.length || actionItems.length || decisionItems.length)) await removing({ auditTrail: numbers(auditItems), alertActions: numbers(actionItems), decisions: numbers(decisionItems) });
  // The add-only lists first: someone SharePoint does not let delete from them (a caseworker) is refused before any record goes.
  const auditEvents = await lists.audit.removeItems(auditItems);
  const decisions = await lists.decisions.removeMany(decisionItems);
  const alertActions = await lists.alertActions.removeMany(actionItems);
  const letters = await lists.letters.remove(plannedLetters);
  let addressRows = 0;
  for (const id of strategyIds) addressRows += await lists.strategies.removeRows(id);
  const strategies = await lists.strategies.remove(strategyIds);
  // Items retention's plan read are deleted by their ids (never another item its id names, T11 #9); items just read by
  // date by theirs; others are looked up by key.
  const read = plannedContacts.flatMap((c) => (c.item ? [c.item] : []));
  const unread = plannedContacts.filter((c) => !c.item).map((c) => c.id);
  const unknown = unread.filter((id) => !known.has(id));
  const itemIds = [...read, ...unread.flatMap((id) => (known.has(id) ? [known.get(id)!] : [])), ...(await byKey(lists.contacts, "InternetMessageId", unknown)).map((i) => i.id)];
  const contacts = await lists.contacts.removeMany(itemIds);
  return { contacts, strategies, addressRows, decisions, letters, alertActions, auditEvents };
}
