import type { ContactStrategy, IsoInstant } from "../../policy/strategy";
import type { CaseStore } from "../../store/port";
import { nameOfAddress } from "../staff-names";

/**
 * A proposal the authoriser sent back (Warwickshire 7 / Gwent 7.0: only the authoriser decides a proposal; sending it
 * back returns it to its proposer as a draft). It waits for the proposer, not the authoriser: it leaves the approvals
 * queue, so both are told where it stands — the proposer that it waits for them, the authoriser that it is awaited.
 */
export interface SentBack {
  /** Who sent it back, and when, with the reason they gave. */
  by: string;
  at: IsoInstant;
  why: string;
  /** Who proposed it: the person it now waits for (the last proposal's author, else the item's proposer). */
  proposer?: string;
}

/** The send-back a draft is waiting on, or undefined when its last step was not one (a new draft, or changed since). */
export function sentBackOf(strategy: ContactStrategy): SentBack | undefined {
  const last = strategy.history.at(-1);
  if (strategy.status !== "draft" || last?.type !== "sendBack") return undefined;
  const proposer = strategy.history.findLast((e) => e.type === "propose")?.by ?? strategy.proposedBy;
  return { by: last.by, at: last.at, why: last.why, ...(proposer ? { proposer } : {}) };
}

/** Whether the proposal waits for this person (their sign-in address, compared without case). */
export function sentBackTo(strategy: ContactStrategy, upn: string): boolean {
  const sent = sentBackOf(strategy);
  return Boolean(sent?.proposer && sent.proposer.toLowerCase() === upn.toLowerCase());
}

export interface SentBackEntry {
  strategy: ContactStrategy;
  sentBack: SentBack;
}

/**
 * Proposals sent back and not yet changed and submitted again, oldest first: they wait for their proposer, so the
 * authoriser's queue no longer holds them — the Approvals screen lists them as awaited, and `upn` narrows them to the
 * ones a proposer must act on (the pane prompts them). A prompt, read from the item's history: whether a strategy is
 * in force is still only the decisions' (src/policy/in-force.ts).
 */
export async function sentBackProposals(store: Pick<CaseStore, "listStrategies">, upn?: string): Promise<SentBackEntry[]> {
  const drafts = await store.listStrategies({ statuses: ["draft"] });
  return drafts
    .map((s) => s.value)
    .filter((s) => upn === undefined || sentBackTo(s, upn))
    .flatMap((strategy) => {
      const sentBack = sentBackOf(strategy);
      return sentBack ? [{ strategy, sentBack }] : [];
    })
    .sort((a, b) => a.sentBack.at.localeCompare(b.sentBack.at));
}

/** A member of staff by name where their address gives one ("casey.worker@…" is Casey Worker), else the address. */
export const staffName = (address: string): string => nameOfAddress(address) ?? address;
