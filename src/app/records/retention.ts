import { contactKey } from "../../policy/address";
import { inForceView } from "../../policy/in-force";
import type { PolicyPack } from "../../policy/packs/schema";
import { cutoffFor, keeping, lastActivity, type RetentionRule } from "../../policy/retention";
import type { StaffRoster } from "../../policy/roster";
import type { IsoInstant, StrategyStatus } from "../../policy/strategy";
import { describeUnreadable, StoreError, type CaseStore, type PurgeCounts } from "../../store/port";
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
  contacts: Array<{ id: string; receivedAt: IsoInstant; senderAddress: string }>;
  /** Contacts past the period kept because a strategy still relies on them. */
  kept: Array<{ id: string; receivedAt: IsoInstant; strategyId: string; why: string }>;
  strategies: Array<{ id: string; person: string; status: StrategyStatus; lastActivity: IsoInstant }>;
  letters: Array<{ id: string; preparedAt: IsoInstant; address: string }>;
  /** Strategy items that cannot be read (edited outside the add-in): never deleted, whatever they claim; with why. */
  skipped: Array<{ id: string; item: string; why: string }>;
}

type PlanStore = Pick<CaseStore, "listStrategies" | "readWithEvidence" | "contactsReceived" | "allLetters">;

const WHY_KEPT = { inForce: "its strategy is in force", live: "its strategy is not ended", disputed: "its strategy is disputed", recentlyEnded: "its strategy ended within its period" } as const;

export async function planRetention(store: PlanStore, input: { rule: RetentionRule; now: IsoInstant; pack: PolicyPack; roster: StaffRoster }): Promise<RetentionPlan> {
  const today = input.now.slice(0, 10);
  const contactCutoff = cutoffFor(today, input.rule.contactMonths);
  const strategyCutoff = cutoffFor(today, input.rule.endedStrategyMonths);
  const listed = await store.listStrategies();
  // An unreadable item is read from its decisions (its approved addresses still keep their contacts), never deleted.
  const unreadable = new Map((listed.unreadable ?? []).filter((u) => u.key).map((u) => [u.key, u]));
  const ids = [...listed.map((s) => s.value.id), ...unreadable.keys()];
  const [read, old, letters] = await Promise.all([store.readWithEvidence(ids), store.contactsReceived({ before: contactCutoff }), store.allLetters()]);
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
  const plan: RetentionPlan = { contactCutoff, strategyCutoff, contacts: [], kept: [], strategies, letters: [], skipped };
  for (const c of old.sort((a, b) => a.receivedAt.localeCompare(b.receivedAt))) {
    const keeper = (c.strategyId && keptBy.get(`strategy:${c.strategyId}`)) || keptBy.get(c.senderAddress);
    if (keeper) plan.kept.push({ id: c.internetMessageId, receivedAt: c.receivedAt, ...keeper });
    else plan.contacts.push({ id: c.internetMessageId, receivedAt: c.receivedAt, senderAddress: c.senderAddress });
  }
  // Letters about a strategy go with it; a warning to someone without one goes with their old
  // contacts — unless a strategy kept lists their address (compared normalised: the letter keeps
  // the address as written, "Pat <Pat+opcc@Example.org>", the strategy its normalised form).
  // Their age is the letter's own preparedAt, read from every letter on record: never a range on the PreparedAt column,
  // which anyone may edit — emptied, a letter was in no range and never went (T9 #8, E58).
  const cutoff = Date.parse(contactCutoff);
  plan.letters = letters.filter((l) => Date.parse(l.preparedAt) < cutoff && !l.strategyId && !keptBy.has(contactKey(l.address))).map((l) => ({ id: l.id, preparedAt: l.preparedAt, address: l.address }));
  return plan;
}

export function planSummary(plan: RetentionPlan): string {
  const skipped = plan.skipped.length ? `; ${plan.skipped.length} unreadable strategy ${plan.skipped.length === 1 ? "record" : "records"} skipped (${plan.skipped.map((s) => s.item).join(", ")})` : "";
  return `${plan.contacts.length} contacts received before ${plan.contactCutoff.slice(0, 10)}, ${plan.strategies.length} strategies ended or rejected before ${plan.strategyCutoff.slice(0, 10)}, ${plan.letters.length} letters; ${plan.kept.length} old contacts kept for a strategy${skipped}`;
}

/** Deletes what the plan lists, audited before and after. */
export async function applyRetention(store: Pick<CaseStore, "purge" | "appendAudit">, plan: RetentionPlan, input: { by: string; now: IsoInstant }): Promise<PurgeCounts> {
  const target = `retention:${input.now.slice(0, 7)}`;
  const event = (step: string, action: string, detail: string) => ({ id: `${target}:${input.now}:${step}`, target, action, by: input.by, at: input.now, detail });
  await store.appendAudit(event("start", "retention purge started", `${planSummary(plan)}.`));
  let counts: PurgeCounts;
  try {
    // The AuditTrail and AlertActions items about to go are recorded first, by id: any other id missing is not retention's.
    counts = await store.purge({ contacts: plan.contacts.map((c) => c.id), strategies: plan.strategies.map((s) => s.id), letters: plan.letters.map((l) => l.id) }, (items) =>
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
  await store.appendAudit(event("done", "retention purge", `Deleted ${done}. ${plan.kept.length} old contacts kept for a strategy.`));
  return counts;
}
