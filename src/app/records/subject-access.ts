import type { AlertAction } from "../../policy/alerts/action";
import type { ContactRecord } from "../../policy/contact";
import type { LetterRecord } from "../../policy/letters/record";
import { normaliseAddress } from "../../policy/address";
import type { PolicyPack } from "../../policy/packs/schema";
import type { Actor, ContactStrategy, IsoInstant } from "../../policy/strategy";
import type { AuditEvent, CaseStore, RecordedDecision } from "../../store/port";
import { letterTarget } from "../../store/letter-sender";
import { doubtWords, sentDoubts } from "../letter-trust";
import { spocsInForce } from "./letters-judged";
import type { StaffRoster } from "../../policy/roster";
import { adderOf, byCreator, type NotHers } from "./added-outside";
import { contactsOfPerson, type PersonContactsStore } from "./person-contacts";
import { filedApartWords, type LoggedContact } from "../../policy/evidence-contacts";
import { nameOf } from "../../policy/decision";

/**
 * Everything held about one person, for a subject access request (Data Protection Act 2018;
 * Warwickshire 9). A person is more than one address: the export starts from the address asked
 * about and takes in every address on every strategy that lists it (email and `tel:`), and every
 * strategy listing one of those — then reads, for all of them, the contacts from each address and
 * the contacts recorded against each strategy (a message recognised by its Reply-To is recorded
 * under its From address, and is still theirs), the decisions, letters, the actions on alerts in
 * their messages, and the audit trail of each record. It says which addresses it searched.
 * The export is itself audited (`person:<address>`) before it is returned.
 */
export interface SubjectAccessExport {
  /** The address asked about, normalised. */
  requested: string;
  /** Every address searched: the one asked about and those on the person's strategies. */
  addressesSearched: string[];
  exportedAt: IsoInstant;
  exportedBy: string;
  strategies: ContactStrategy[];
  contacts: ContactRecord[];
  decisions: RecordedDecision[];
  letters: LetterRecord[];
  alertActions: AlertAction[];
  audit: AuditEvent[];
  /**
   * Records that could not be read (edited outside the add-in), named with why: never silently left out. A strategy item
   * is theirs when its decisions' approved terms list one of their addresses, and "cannot be told" when it has no decision
   * to tell by; one whose decisions list only other people's addresses is someone else's and is not named here.
   */
  unreadable?: UnreadableRecord[];
  /**
   * Letters on record as sent that may not have been, by letter id, in words ("In doubt: …"): no audit event of their
   * marking, backdated, or marked sent by someone other than the single point of contact (src/app/letter-trust.ts).
   */
  letterDoubts?: Record<string, string>;
  /**
   * Contacts on record that SharePoint says someone other than the caseworker they name added (written outside the add-in),
   * by message id, in words: held about them, so exported, but not that caseworker's decision (T19-4).
   */
  contactDoubts?: Record<string, string>;
}

export interface UnreadableRecord {
  list: "ContactStrategies" | "Decisions";
  item: string;
  why: string;
  /** The strategy it is filed under, when it is theirs (absent when whose it is cannot be told). */
  strategyId?: string;
  whose: "theirs" | "cannotBeTold";
}

export type SubjectStore = Pick<
  CaseStore,
  "listStrategies" | "contactsFrom" | "contactsForStrategy" | "decisionsFor" | "lettersFor" | "alertActionsFrom" | "alertActionsFor" | "auditForTargets" | "appendAudit" | "readWithEvidence"
> &
  PersonContactsStore;

/** Before any record the product could hold (contactsFrom's `since`). */
const EVER = "1970-01-01T00:00:00.000Z";

export const EXPORT_ACTION = "subject access export";

/** `pack` and `roster` judge the decisions on record, as records verify does: whom their letters must have been sent by. */
export async function exportPerson(store: SubjectStore, address: string, options: { by: string; now: IsoInstant; pack: PolicyPack; roster: StaffRoster }): Promise<SubjectAccessExport> {
  const listed = await store.listStrategies();
  const all = listed.map((s) => s.value);
  const { addresses: known, strategies } = personOf(address, all);
  const addresses = [...known];
  // Items that cannot be read: whose they are is told by their decisions' approved terms (the Decisions list, which
  // only authorisers add to); theirs are exported with everything filed under them, and named as unreadable.
  const unreadableItems = (listed.unreadable ?? []).filter((u) => u.key);
  const judged = await store.readWithEvidence([...strategies.map((s) => s.id), ...unreadableItems.map((u) => u.key)]);
  const evidenceOf = new Map(judged.map((j) => [j.strategy.value.id, j]));
  const unreadable: UnreadableRecord[] = [];
  const theirItems: string[] = [];
  for (const u of listed.unreadable ?? []) {
    const found = u.key ? evidenceOf.get(u.key) : undefined;
    const listedAddresses = found?.evidence.recordMissing ? found.strategy.value.addresses : [];
    if (listedAddresses.some((a) => known.includes(a))) {
      theirItems.push(u.key);
      for (const a of listedAddresses) if (!addresses.includes(a)) addresses.push(a);
      unreadable.push({ list: "ContactStrategies", item: u.item, why: u.why, strategyId: u.key, whose: "theirs" });
    } else if (listedAddresses.length === 0) {
      unreadable.push({ list: "ContactStrategies", item: u.item, why: u.why, whose: "cannotBeTold" });
    }
  }
  const ids = [...strategies.map((s) => s.id), ...theirItems];
  for (const id of ids) {
    for (const d of evidenceOf.get(id)?.evidence.unreadableDecisions ?? []) unreadable.push({ list: "Decisions", item: d.item, why: d.why, strategyId: id, whose: "theirs" });
  }
  const [fromAddresses, forStrategies, decisions, letters, alertsFrom] = await Promise.all([
    // With every record the add-only audit trail names as from them whose ContactLog columns were moved elsewhere (T21b-3, A2').
    contactsOfPerson(store, addresses, EVER),
    Promise.all(ids.map((id) => store.contactsForStrategy(id))),
    Promise.all(ids.map((id) => store.decisionsFor(id))),
    Promise.all([...addresses.map((a) => store.lettersFor({ address: a })), ...ids.map((id) => store.lettersFor({ strategyId: id }))]),
    Promise.all(addresses.map((a) => store.alertActionsFrom(a))),
  ]);
  const logged = unique([...fromAddresses.flat(), ...forStrategies.flat()], (c) => c.internetMessageId);
  const held = unique(letters.flat(), (l) => l.id).sort((a, b) => a.preparedAt.localeCompare(b.preparedAt));
  // Every record is exported, whoever's it is: their trails, with the rest of what is read, in one question, which also
  // judges whose each record is (byCreator).
  const targets = [
    ...ids.map((id) => `strategy:${id}`),
    ...logged.map((c) => `contact:${c.internetMessageId}`),
    ...held.filter((l) => !l.strategyId).map((l) => `letter:${l.id}`),
    ...addresses.map((a) => `person:${a}`),
  ];
  // A letter is judged on the trail it belongs to (its strategy's, or its own): one filed under a strategy that does not
  // list the address asked about (an address an alteration dropped) has its marking there (T9 #7). Of such a trail, only
  // the events about their letters are theirs to see.
  const letterTargets = [...new Set(held.map(letterTarget))].filter((t) => !targets.includes(t));
  const read = [...targets, ...letterTargets];
  const trails = new Map((await store.auditForTargets(read)).map((events, i) => [read[i]!, events]));
  const { own, addedOutside, inDoubt } = await byCreator(store, logged, trails);
  const contacts = [...own, ...addedOutside.map((o) => o.record), ...inDoubt.map((o) => o.record)].sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
  // A record whose columns were moved off them (found from the trail, T21b-3) says where it is filed now.
  const movedWords = (o: NotHers) => filedApartDoubt(o, logged);
  const contactDoubts = Object.fromEntries([
    ...[...addedOutside, ...inDoubt].flatMap((o) => (movedWords(o) ? [[o.record.internetMessageId, movedWords(o)]] : [])),
    ...addedOutside.filter((o) => !movedWords(o)).map((o) => [o.record.internetMessageId, `The record of ${o.record.internetMessageId} was written outside the add-in: SharePoint says ${adderOf(o)} added it, though it names ${o.record.recordedBy} as its recorder. It is not ${o.record.recordedBy}'s decision, and is not counted as one.`]),
    // Kept, as the person's data, saying it is in doubt and who changed it (T20-4).
    ...inDoubt.filter((o) => !movedWords(o)).map((o) => [o.record.internetMessageId, `The record of ${o.record.internetMessageId} was changed outside the add-in after ${o.record.recordedBy} recorded it: SharePoint says ${adderOf(o)} changed it last, and nothing of ${o.record.recordedBy}'s on the audit trail says it reads as they decided. It is in doubt, and is not counted as ${o.record.recordedBy}'s decision.`]),
  ]);
  // Alerts on messages recorded under an address that is not theirs (found by strategy) are theirs too.
  const elsewhere = contacts.filter((c) => !addresses.includes(c.senderAddress));
  const alertsOn = await Promise.all(elsewhere.map((c) => store.alertActionsFor(c.internetMessageId)));
  const trail = (target: string) => trails.get(target) ?? [];
  const aboutHeld = (e: AuditEvent) => held.some((l) => e.id.startsWith(`letter:${l.id}:`) || e.detail.includes(`Letter ${l.id}.`));
  const audit = unique([...targets.flatMap(trail), ...letterTargets.flatMap((t) => trail(t).filter(aboutHeld))], (e) => e.id).sort((a, b) => a.at.localeCompare(b.at));
  // Against the single point of contact of the terms in force as the decisions approved them, from the decision's time, as
  // records verify and the pane judge (T9 #6): never the item's own SPOC or approvedAt, which anyone may edit.
  const unread = [...new Set(held.flatMap((l) => (l.strategyId && !evidenceOf.has(l.strategyId) ? [l.strategyId] : [])))];
  const spocs = spocsInForce([...judged, ...(unread.length ? await store.readWithEvidence(unread) : [])], options);
  const letterDoubts = Object.fromEntries(
    held.flatMap((letter) => {
      const spoc = letter.strategyId ? spocs.get(letter.strategyId) : undefined;
      const words = doubtWords(sentDoubts(letter, trail(letterTarget(letter)), { now: new Date(options.now), ...(spoc ? { spoc } : {}) }));
      return words ? [[letter.id, words]] : [];
    }),
  );
  const exported: SubjectAccessExport = {
    requested: address,
    addressesSearched: addresses,
    exportedAt: options.now,
    exportedBy: options.by,
    strategies,
    contacts,
    decisions: decisions.flat(),
    letters: held,
    alertActions: unique([...alertsFrom.flat(), ...alertsOn.flat()], (a) => a.id).sort((a, b) => a.at.localeCompare(b.at)),
    audit,
    unreadable,
    ...(Object.keys(letterDoubts).length ? { letterDoubts } : {}),
    ...(Object.keys(contactDoubts).length ? { contactDoubts } : {}),
  };
  // Audited before anything leaves: an export that cannot be recorded is not made.
  await store.appendAudit({
    id: `person:${address}:export:${options.now}`,
    target: `person:${address}`,
    action: EXPORT_ACTION,
    by: options.by,
    at: options.now,
    detail: `Addresses searched: ${addresses.join(", ")}. ${counts(exported)}.`,
  });
  return exported;
}

/**
 * Who may make an export from the pane: the pack's authoriser (Warwickshire 8: staff consult a
 * senior manager before a person's details leave the office). The pane offers it to no one else;
 * this check is the use case's own, so a caseworker's pane built some other way is refused too.
 */
export function mayExport(actor: Actor, pack: PolicyPack): boolean {
  return actor.roles.includes(pack.authoriser.role);
}

export type ExportOutcome = { ok: true; exported: SubjectAccessExport } | { ok: false; message: string };

/** The pane's export: the asker's role checked, the address normalised (an email or a phone number), then exportPerson. */
export async function exportPersonAs(store: SubjectStore, pack: PolicyPack, roster: StaffRoster, actor: Actor, asked: string, now: IsoInstant): Promise<ExportOutcome> {
  if (!mayExport(actor, pack)) return { ok: false, message: `Only the ${pack.authoriser.title} can export a person's records (Warwickshire 8: a senior manager is consulted before details are shared).` };
  const address = normaliseAddress(asked);
  if (!address.ok) return { ok: false, message: `${address.reason}: give the email address or the phone number the request came from.` };
  return { ok: true, exported: await exportPerson(store, address.address, { by: actor.upn, now, pack, roster }) };
}

/** The address's person: every strategy sharing an address with them, and all those strategies' addresses. */
export function personOf(address: string, all: readonly ContactStrategy[]): { addresses: string[]; strategies: ContactStrategy[] } {
  const addresses = new Set([address]);
  const strategies = new Map<string, ContactStrategy>();
  for (let grew = true; grew; ) {
    grew = false;
    for (const s of all) {
      if (strategies.has(s.id) || !s.addresses.some((a) => addresses.has(a))) continue;
      strategies.set(s.id, s);
      s.addresses.forEach((a) => addresses.add(a));
      grew = true;
    }
  }
  return { addresses: [...addresses], strategies: [...strategies.values()] };
}

export function counts(e: Pick<SubjectAccessExport, "strategies" | "contacts" | "decisions" | "letters" | "alertActions" | "audit" | "unreadable">): string {
  const unreadable = e.unreadable?.length ?? 0;
  return [
    `${e.strategies.length} strategies`,
    `${e.contacts.length} contacts`,
    `${e.decisions.length} decisions`,
    `${e.letters.length} letters`,
    `${e.alertActions.length} alert actions`,
    `${e.audit.length} audit events`,
    ...(unreadable ? [`${unreadable} ${unreadable === 1 ? "record" : "records"} that could not be read (${e.unreadable!.map(unreadableWords).join("; ")})`] : []),
  ].join(", ");
}

/** "ContactStrategies item 7 (strategy demo-pat-obrien): its JSON does not parse" — or "…: whose it is cannot be told". */
export function unreadableWords(u: UnreadableRecord): string {
  const filed = u.strategyId ? ` (strategy ${u.strategyId})` : "";
  return `${u.list} item ${u.item}${filed}: ${u.why}${u.whose === "cannotBeTold" ? "; whose it is cannot be told, so what it holds is not in this export until it is restored" : ""}`;
}

/**
 * A record of their message whose ContactLog item is filed apart from it (its SenderAddress, StrategyKey, ReceivedAt or
 * InternetMessageId column moved outside the add-in, which never writes one so: T21b-3), in words: exported as theirs, as its
 * record says, saying where the item is filed now and who SharePoint says changed it last. Undefined for any other record.
 */
function filedApartDoubt(o: NotHers, logged: readonly LoggedContact[]): string | undefined {
  const { record } = o;
  const item = logged.find((c) => c.internetMessageId === record.internetMessageId && filedApartWords(c.item))?.item;
  if (!item) return undefined;
  return `The record of ${record.internetMessageId} is of their message (it names ${record.senderAddress} as its sender), but its ContactLog item is filed under ${filedApartWords(item)}: its columns were moved outside the add-in, which never files a record so, and SharePoint says ${item.modifiedBy ? nameOf(item.modifiedBy) : adderOf(o)} changed it last. It is in doubt, and is not counted as ${record.recordedBy}'s decision.`;
}

function unique<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...new Map(items.map((item) => [key(item), item])).values()];
}
