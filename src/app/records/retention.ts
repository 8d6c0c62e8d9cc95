import { contactKey } from "../../policy/address";
import { inForceView } from "../../policy/in-force";
import type { PolicyPack } from "../../policy/packs/schema";
import { cutoffFor, keeping, lastActivity, type RetentionRule } from "../../policy/retention";
import type { StaffRoster } from "../../policy/roster";
import type { IsoInstant, StrategyStatus } from "../../policy/strategy";
import type { LetterRecord } from "../../policy/letters/record";
import { vouches } from "../../store/audit-chain";
import { describeUnreadable, StoreError, type AuditEvent, type CaseStore, type PurgeCounts } from "../../store/port";
import { letterTarget } from "../../store/letter-sender";
import { letterDraftedEvent } from "../letters";
import { letterDoubts, spocsInForce } from "./letters-judged";
import { retentionItemsEvent } from "./retention-items";

/**
 * Retention as the office runs it (`npm run records -- purge`, on a schedule): a plan first —
 * what would go and what is kept and why, which `--dry-run` prints and nothing else — then the
 * purge, audited before it starts and when it ends (`retention:<month>`), so a purge is on record
 * even when it is cut short, and a repeat finishes it.
 */
export interface RetentionPlan {
  contactCutoff: IsoInstant;
  strategyCutoff: IsoInstant;
  /** Each with the ContactLog item the plan read (`item`): the purge deletes that item, never another its id names (T11 #9). */
  contacts: Array<{ id: string; receivedAt: IsoInstant; senderAddress: string; item?: string }>;
  /**
   * Contacts past the period whose record names another id than its item's InternetMessageId column (RecordJson rewritten
   * to carry another contact's id, T11 #9): never deleted, nor anything filed under the id they carry; with why.
   */
  /** (Absent in a plan built by hand: none.) */
  contactsInDoubt?: Array<{ id: string; receivedAt: IsoInstant; why: string }>;
  /** Contacts past the period kept because a strategy still relies on them. */
  kept: Array<{ id: string; receivedAt: IsoInstant; strategyId: string; why: string }>;
  strategies: Array<{ id: string; person: string; status: StrategyStatus; lastActivity: IsoInstant }>;
  /** Letters whose items SharePoint created before their period's cut-off (`recordedAt`, SharePoint's createdDateTime). */
  /** Each with the list item the plan read (`item`): the purge deletes that item, never another its id names (T11 #6). */
  letters: Array<{ id: string; preparedAt: IsoInstant; recordedAt: IsoInstant; address: string; item?: string }>;
  /**
   * Letters that would go but are kept, with why: `records verify` doubts them (a letter rewritten after it was marked sent
   * says nothing retention can trust), SharePoint gives no time of their creation, or their preparedAt says they are past
   * their period when SharePoint recorded them within it (rewritten: T10 #12). And, whatever their age, a letter whose text
   * names another id than its item's LetterKey column (rewritten to name another letter, T11 #6): in doubt, never deleted.
   */
  lettersKept: Array<{ id: string; preparedAt: IsoInstant; recordedAt?: IsoInstant; why: string }>;
  /** Strategy items that cannot be read (edited outside the add-in): never deleted, whatever they claim; with why. */
  skipped: Array<{ id: string; item: string; why: string }>;
}

type PlanStore = Pick<CaseStore, "listStrategies" | "readWithEvidence" | "contactsOnRecord" | "allLetters" | "auditTrail">;

const WHY_KEPT = { inForce: "its strategy is in force", live: "its strategy is not ended", disputed: "its strategy is disputed", recentlyEnded: "its strategy ended within its period" } as const;

export async function planRetention(store: PlanStore, input: { rule: RetentionRule; now: IsoInstant; pack: PolicyPack; roster: StaffRoster }): Promise<RetentionPlan> {
  const today = input.now.slice(0, 10);
  const contactCutoff = cutoffFor(today, input.rule.contactMonths);
  const strategyCutoff = cutoffFor(today, input.rule.endedStrategyMonths);
  const listed = await store.listStrategies();
  // An unreadable item is read from its decisions (its approved addresses still keep their contacts), never deleted.
  const unreadable = new Map((listed.unreadable ?? []).filter((u) => u.key).map((u) => [u.key, u]));
  const ids = [...listed.map((s) => s.value.id), ...unreadable.keys()];
  const [read, old, letters] = await Promise.all([store.readWithEvidence(ids), store.contactsOnRecord({ before: contactCutoff }), store.allLetters()]);
  // Each address a keeping strategy lists, and each keeping strategy: the contacts they keep.
  const keptBy = new Map<string, { strategyId: string; why: string }>();
  const strategies: RetentionPlan["strategies"] = [];
  for (const { strategy, evidence } of read) {
    const s = strategy.value;
    const view = inForceView(s, evidence, input.pack, input.roster);
    // The item's status and dates are anyone's to edit: it goes only when a decision that counts ended or rejected it
    // before the cut-off (SharePoint's time), whatever the item claims.
    const closed = !view.inForce && view.lastDecision && (view.lastDecision.kind === "end" || view.lastDecision.kind === "reject") ? view.lastDecision : undefined;
    const claimed = keeping(s, view.inForce, strategyCutoff);
    const verdict: typeof claimed = claimed.keeps ? claimed : !closed ? { keeps: true, why: "live" } : closed.recordedAt >= strategyCutoff ? { keeps: true, why: "recentlyEnded" } : claimed;
    if (!verdict.keeps && evidence.recordMissing) continue; // gone, or unreadable: nothing here to delete on its word
    if (!verdict.keeps) {
      strategies.push({ id: s.id, person: s.person.displayName, status: s.status, lastActivity: lastActivity(s) });
      continue;
    }
    for (const key of [`strategy:${s.id}`, ...s.addresses]) keptBy.set(key, { strategyId: s.id, why: WHY_KEPT[verdict.why] });
  }
  const skipped = [...(listed.unreadable ?? [])].map((u) => ({ id: u.key, item: u.item, why: `${describeUnreadable(u)}: unreadable, so never deleted by retention; restore it from the list's version history` }));
  const contactsInDoubt: NonNullable<RetentionPlan["contactsInDoubt"]> = [];
  const plan: RetentionPlan = { contactCutoff, strategyCutoff, contacts: [], kept: [], contactsInDoubt, strategies, letters: [], lettersKept: [], skipped };
  for (const { contact: c, item, keyedAs } of old.sort((a, b) => a.contact.receivedAt.localeCompare(b.contact.receivedAt))) {
    // Its record was rewritten to carry another contact's id: deleting by that id would take the other contact's audit
    // events and alert actions (T11 #9: an old item made to carry the id of a threat recorded today).
    if (keyedAs !== undefined) {
      contactsInDoubt.push({ id: c.internetMessageId, receivedAt: c.receivedAt, why: `its record names it ${c.internetMessageId} but its item's InternetMessageId column says ${keyedAs || "nothing"}: rewritten, so which contact it is cannot be told; in doubt, never deleted on its word` });
      continue;
    }
    const keeper = (c.strategyId && keptBy.get(`strategy:${c.strategyId}`)) || keptBy.get(c.senderAddress);
    if (keeper) plan.kept.push({ id: c.internetMessageId, receivedAt: c.receivedAt, ...keeper });
    else plan.contacts.push({ id: c.internetMessageId, receivedAt: c.receivedAt, senderAddress: c.senderAddress, ...(item ? { item } : {}) });
  }
  // Letters about a strategy going go with it; a warning to someone without one goes with their old contacts — unless a
  // strategy kept lists their address (compared normalised: the letter keeps the address as written, "Pat
  // <Pat+opcc@Example.org>", the strategy its normalised form). Their age is SharePoint's time of the item's creation, which
  // no writer sets: never the letter's preparedAt or strategyId, which any caseworker may rewrite through Graph (Letters has
  // no list permissions) — a colleague's letter backdated, or refiled under a long-ended strategy, went at the next purge
  // (T10 #12); nor a range on the PreparedAt column, emptied and in no range (T9 #8, E58).
  const going = new Set(strategies.map((s) => s.id));
  // A letter whose text names another id than its item's key column is not judged at all: its text was rewritten to name
  // another letter (T11 #6: an old item made to carry the id of a colleague's letter of today had that letter purged).
  for (const { letter, recordedAt, keyedAs } of letters.filter((l) => l.keyedAs !== undefined)) {
    const why = `its text names it ${letter.id} but its item's LetterKey column says ${keyedAs || "nothing"}: rewritten, so which letter it is cannot be told; in doubt, never deleted on its word`;
    plan.lettersKept.push({ id: letter.id, preparedAt: letter.preparedAt, ...(recordedAt ? { recordedAt } : {}), why });
  }
  const onRecord = new Set(ids);
  // A letter past its period that no strategy going takes and a strategy kept keeps (or one no strategy on record has) is
  // kept, and named with why: what files it is its own word, anyone's to rewrite, so an old letter refiled under a live
  // strategy or an invented one is not kept unseen (T11 #5).
  const heldBack: Array<{ letter: LetterRecord; recordedAt: IsoInstant; why: string }> = [];
  const due = letters.flatMap(({ letter, recordedAt, item, keyedAs }) => {
    if (keyedAs !== undefined) return [];
    const cutoff = letter.strategyId ? (going.has(letter.strategyId) ? strategyCutoff : undefined) : keptBy.has(contactKey(letter.address)) ? undefined : contactCutoff;
    if (!cutoff && recordedAt && Date.parse(recordedAt) < Date.parse(contactCutoff)) heldBack.push({ letter, recordedAt, why: heldBy(letter, keptBy, onRecord) });
    return cutoff ? [{ letter, recordedAt, item, cutoff }] : [];
  });
  // The whole trail when any letter is due: a letter's record of its drafting is filed where it was drafted, which a
  // refiled letter no longer says.
  const events = due.length || heldBack.length ? await store.auditTrail() : [];
  const trails = new Map<string, AuditEvent[]>();
  for (const e of events) trails.set(e.target, [...(trails.get(e.target) ?? []), e]);
  const byId = new Map(events.map((e) => [e.id, e]));
  const spocs = spocsInForce(read, input);
  for (const { letter, recordedAt, why } of heldBack) {
    const refiled = refiledSinceDrafted(letter, byId.get(letterDraftedEvent(letter).id));
    const doubts = letterDoubts(letter, trails.get(letterTarget(letter)) ?? [], spocs, new Date(input.now));
    const doubt = refiled ? `; ${refiled}: it was refiled since` : doubts.length ? `; records verify doubts it (${doubts.map((d) => d.message).join(" ")})` : "";
    plan.lettersKept.push({ id: letter.id, preparedAt: letter.preparedAt, recordedAt, why: `SharePoint recorded it on ${recordedAt.slice(0, 10)}, past its period, but ${why}${doubt}` });
  }
  for (const { letter, recordedAt, item, cutoff } of due) {
    const kept = (why: string) => plan.lettersKept.push({ id: letter.id, preparedAt: letter.preparedAt, ...(recordedAt ? { recordedAt } : {}), why });
    if (!recordedAt) {
      kept("SharePoint gives no time of its creation, so its age cannot be told");
      continue;
    }
    if (Date.parse(recordedAt) >= Date.parse(cutoff)) {
      if (Date.parse(letter.preparedAt) < Date.parse(cutoff)) kept(`it says it was prepared on ${letter.preparedAt.slice(0, 10)}, but SharePoint recorded it on ${recordedAt.slice(0, 10)}, within its period: its record was rewritten`);
      continue;
    }
    const refiled = refiledSinceDrafted(letter, byId.get(letterDraftedEvent(letter).id));
    if (refiled) {
      kept(`${refiled}: it was refiled since, so it is not deleted on what it says`);
      continue;
    }
    const doubts = letterDoubts(letter, trails.get(letterTarget(letter)) ?? [], spocs, new Date(input.now));
    if (doubts.length) {
      kept(`records verify doubts it (${doubts.map((d) => d.message).join(" ")}), so it is not deleted on what it says`);
      continue;
    }
    plan.letters.push({ id: letter.id, preparedAt: letter.preparedAt, recordedAt, address: letter.address, ...(item ? { item } : {}) });
  }
  return plan;
}

/** Why a letter past its period is not due, in its own words (its strategyId and address, which anyone may rewrite). */
function heldBy(letter: LetterRecord, keptBy: ReadonlyMap<string, { strategyId: string; why: string }>, onRecord: ReadonlySet<string>): string {
  if (letter.strategyId && !onRecord.has(letter.strategyId)) return `it says it is about strategy ${letter.strategyId}, which is not on record, so it goes with nothing`;
  const keeper = letter.strategyId ? keptBy.get(`strategy:${letter.strategyId}`) : keptBy.get(contactKey(letter.address));
  if (letter.strategyId) return `it says it is about strategy ${letter.strategyId}, ${keeper ? `kept (${keeper.why})` : "not deleted by this purge"}`;
  return `it says it went to ${letter.address}, an address strategy ${keeper?.strategyId ?? "(unknown)"} keeps (${keeper?.why ?? "kept"})`;
}

/**
 * How a letter differs from its preparer's record of drafting it (the add-in writes one, on the letter's trail, with the
 * address it went to): filed on another record, or to another address — what retention files and keeps letters by, and
 * what anyone may rewrite in the letter (T10 #12). Undefined when it agrees, or when there is no such record by its writer
 * (a letter recorded outside the add-in) to judge it by.
 */
function refiledSinceDrafted(letter: LetterRecord, drafted: AuditEvent | undefined): string | undefined {
  if (!drafted || drafted.edited || !vouches(drafted.author, drafted.by)) return undefined;
  if (drafted.target !== letterTarget(letter)) return `its record of drafting, by ${drafted.by}, is filed on ${drafted.target}, but it now says ${letterTarget(letter)}`;
  const to = letter.address || "no address";
  if (![",", ";"].some((end) => drafted.detail.includes(`” to ${to}${end}`))) return `its record of drafting, by ${drafted.by}, gives another address than ${to}`;
  return undefined;
}

export function planSummary(plan: RetentionPlan): string {
  const skipped = plan.skipped.length ? `; ${plan.skipped.length} unreadable strategy ${plan.skipped.length === 1 ? "record" : "records"} skipped (${plan.skipped.map((s) => s.item).join(", ")})` : "";
  const doubted = plan.contactsInDoubt ?? [];
  const inDoubt = doubted.length ? `; ${doubted.length} old ${doubted.length === 1 ? "contact" : "contacts"} in doubt kept (${doubted.map((c) => `${c.id}: ${c.why}`).join("; ")})` : "";
  const lettersKept = plan.lettersKept.length ? `; ${plan.lettersKept.length} old ${plan.lettersKept.length === 1 ? "letter" : "letters"} kept (${plan.lettersKept.map((l) => `${l.id}: ${l.why}`).join("; ")})` : "";
  return `${plan.contacts.length} contacts received before ${plan.contactCutoff.slice(0, 10)}, ${plan.strategies.length} strategies ended or rejected before ${plan.strategyCutoff.slice(0, 10)}, ${plan.letters.length} letters; ${plan.kept.length} old contacts kept for a strategy${inDoubt}${lettersKept}${skipped}`;
}

/** Deletes what the plan lists, audited before and after. */
export async function applyRetention(store: Pick<CaseStore, "purge" | "appendAudit">, plan: RetentionPlan, input: { by: string; now: IsoInstant }): Promise<PurgeCounts> {
  const target = `retention:${input.now.slice(0, 7)}`;
  const event = (step: string, action: string, detail: string) => ({ id: `${target}:${input.now}:${step}`, target, action, by: input.by, at: input.now, detail });
  await store.appendAudit(event("start", "retention purge started", `${planSummary(plan)}.`));
  let counts: PurgeCounts;
  try {
    // The AuditTrail and AlertActions items about to go are recorded first, by id: any other id missing is not retention's.
    counts = await store.purge({ contacts: plan.contacts.map((c) => ({ id: c.id, ...(c.item ? { item: c.item } : {}) })), strategies: plan.strategies.map((s) => s.id), letters: plan.letters.map((l) => ({ id: l.id, ...(l.item ? { item: l.item } : {}) })) }, (items) =>
      store.appendAudit(retentionItemsEvent(items, input.by, input.now)),
    );
  } catch (error) {
    // Refused by SharePoint (the person may not delete from an add-only list): the purge's first delete is the
    // AuditTrail's, so nothing went; the trail says it was refused, and the person gets SharePoint's answer in one line.
    if (error instanceof StoreError && error.code === "forbidden") {
      await store.appendAudit(event("refused", "retention purge refused", `${input.by} may not delete these records: ${error.message}`));
      throw new StoreError("forbidden", `Retention refused by SharePoint: ${error.message} No record was deleted (their audit events and decisions go first).`, error);
    }
    throw error;
  }
  const done = Object.entries(counts).map(([what, n]) => `${n} ${what}`).join(", ");
  const doubted = plan.contactsInDoubt ?? [];
  const inDoubt = doubted.length ? ` ${doubted.length} old contacts in doubt kept: ${doubted.map((c) => c.id).join(", ")}.` : "";
  const lettersKept = plan.lettersKept.length ? ` ${plan.lettersKept.length} old letters kept: ${plan.lettersKept.map((l) => l.id).join(", ")}.` : "";
  await store.appendAudit(event("done", "retention purge", `Deleted ${done}. ${plan.kept.length} old contacts kept for a strategy.${inDoubt}${lettersKept}`));
  return counts;
}
