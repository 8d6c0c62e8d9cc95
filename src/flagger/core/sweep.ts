import { CATEGORY_COLOUR, CATEGORY_NAME, IN_DOUBT_CATEGORY_NAME } from "../../app/flag-message";
import { isInForceVerdict, judgeIncoming, type IncomingOutcome } from "../../app/incoming";
import { checkSender, type SenderCheckContext } from "../../app/sender-check";
import { recordInDoubt } from "../../policy/in-force";
import type { PolicyPack } from "../../policy/packs/schema";
import type { Scorer } from "../../policy/scorer/types";
import type { CaseStore } from "../../store/port";
import { SyncStateLost, type Checkpoints, type FolderMessage, type MailboxAccess, type MessageWrite } from "./ports";

/** What a sweep needs besides the mailbox: the pane's sender check, the store, and its own place. */
export interface SweepServices {
  senders: SenderCheckContext;
  store: Pick<CaseStore, "appendAudits">;
  checkpoints: Checkpoints;
  pack: PolicyPack;
  staffDomains: readonly string[];
  /** The office's staff by name (its configuration's `staffNames`): threats naming them are threats to staff. */
  staffNames?: readonly string[];
  now: () => Date;
  /** Who the strategy's record says noted a breach or an alert (the worker, by name). */
  recorder: string;
  /** The learned scorer, when its weights loaded: alerts it raises are recorded like the rules'. */
  scorer?: Scorer | undefined;
}

export interface FolderSummary {
  mailbox: string;
  folder: string;
  /** Messages read from the folder's delta pages. */
  swept: number;
  /** Of those, from a person whose strategy is in force for the address. */
  restricted: number;
  /** Of those, from a person whose strategy's record is in doubt (not in force on what can be read, but it may be): marked with the doubt. */
  inDoubt: number;
  /** Messages the flagger categorised or flagged (already done by a rule or the pane: not counted). */
  flagged: number;
  moved: number;
  breaches: number;
  alerts: number;
  pages: number;
  /** Writes a crash had left unconfirmed were finished first. */
  resumed: boolean;
  /** Graph had lost the round's sync state: the folder was read afresh (nothing is flagged twice). */
  restarted: boolean;
}

/**
 * Sweeps one folder from where the last sweep left it, a delta page at a time, so that every new
 * message is seen and nothing is done twice, whenever the process is stopped:
 *
 * 1. the page's messages are judged by the pane's own sender check (src/app/sender-check, from the
 *    approved snapshot through `inForceView`); everyone else's mail is left as it is;
 * 2. breaches and alerts go on the strategy's record first (idempotent on the message);
 * 3. the writes to the messages are noted in the checkpoint as pending, then made (`$batch`);
 * 4. only then is the link to the next page (or the round's deltaLink) saved.
 *
 * A crash before 3 reads the same page again (nothing on it has changed); after 3, the next sweep
 * reads back the pending messages and makes only what is missing, then moves on. A write is made
 * only when the message lacks it — the category, the flag, the folder — so a message a rule or the
 * pane already marked, or a page read twice, is never written twice.
 */
export async function sweepFolder(mailbox: MailboxAccess, folder: string, services: SweepServices): Promise<FolderSummary> {
  const key = `${mailbox.upn.toLowerCase()}|${folder}`;
  const summary: FolderSummary = { mailbox: mailbox.upn, folder, swept: 0, restricted: 0, inDoubt: 0, flagged: 0, moved: 0, breaches: 0, alerts: 0, pages: 0, resumed: false, restarted: false };
  const saved = (await services.checkpoints.load(key)) ?? {};
  let link = saved.link;
  if (saved.pending) {
    await finishWrites(mailbox, saved.pending.writes);
    link = saved.pending.after;
    await services.checkpoints.save(key, { link });
    summary.resumed = true;
  }
  for (;;) {
    let page;
    try {
      page = await mailbox.deltaPage(folder, link);
    } catch (error) {
      if (!(error instanceof SyncStateLost) || link === undefined || summary.restarted) throw error;
      link = undefined;
      summary.restarted = true;
      continue;
    }
    summary.pages += 1;
    summary.swept += page.messages.length;
    const after = "next" in page.link ? page.link.next : page.link.delta;
    const { judged, doubted } = await judgePage(mailbox, page.messages, services);
    summary.restricted += judged.length;
    summary.inDoubt += doubted.length;
    await services.store.appendAudits(judged.flatMap((j) => j.outcome.events));
    summary.breaches += judged.filter((j) => j.outcome.breaches.length > 0).length;
    summary.alerts += judged.filter((j) => j.outcome.alerts.length > 0).length;
    const writes = [...(await writesFor(mailbox, judged)), ...doubtWrites(doubted)];
    if (writes.length > 0) {
      await services.checkpoints.save(key, { ...(link ? { link } : {}), pending: { writes, after } });
      await ensureCategories(mailbox, writes);
      await mailbox.apply(writes);
      summary.flagged += writes.filter((w) => w.categories || w.flag).length;
      summary.moved += writes.filter((w) => w.moveTo).length;
    }
    await services.checkpoints.save(key, { link: after });
    link = after;
    if ("delta" in page.link) return summary;
  }
}

interface Judged {
  message: FolderMessage;
  outcome: IncomingOutcome;
}

async function judgePage(mailbox: MailboxAccess, messages: readonly FolderMessage[], services: SweepServices): Promise<{ judged: Judged[]; doubted: FolderMessage[] }> {
  const restricted = [];
  const doubted: FolderMessage[] = [];
  for (const message of messages) {
    const verdict = await checkSender(message, { ...services.senders, staffDomains: services.staffDomains });
    // The index knows this address but its strategy could not be read: stop here, keep the place, try again next sweep.
    if (verdict.kind === "unavailable") throw new Error(`The strategy for ${verdict.matchedAddress} could not be read (${verdict.problem}); the page will be read again.`);
    if (isInForceVerdict(verdict)) restricted.push({ message, verdict });
    // Its record is in doubt (a decision unreadable, deleted or changed after it was recorded): fail closed — marked, with no restriction claimed or judged.
    else if (verdict.kind === "strategy" && recordInDoubt(verdict.view)) doubted.push(message);
  }
  if (restricted.length === 0) return { judged: [], doubted };
  const bodies = await mailbox.bodies(restricted.map((r) => r.message.id));
  const now = services.now().toISOString();
  const judged = restricted.map(({ message, verdict }) => ({
    message,
    outcome: judgeIncoming(message, verdict, { mailbox: mailbox.upn, body: bodies.get(message.id) ?? "", pack: services.pack, staffDomains: services.staffDomains, ...(services.staffNames ? { staffNames: services.staffNames } : {}), now, by: services.recorder, scorer: services.scorer }),
  }));
  return { judged, doubted };
}

/** Mail from a person whose record is in doubt: the in-doubt category and a follow-up flag, only what it lacks. */
function doubtWrites(doubted: readonly FolderMessage[]): MessageWrite[] {
  return doubted.flatMap((message) => {
    const write = missingFrom(message, { id: message.id, categories: [...message.categories, IN_DOUBT_CATEGORY_NAME], flag: true });
    return write ? [write] : [];
  });
}

/** The master categories the writes use, added to the mailbox if missing. */
async function ensureCategories(mailbox: MailboxAccess, writes: readonly MessageWrite[]): Promise<void> {
  for (const name of [CATEGORY_NAME, IN_DOUBT_CATEGORY_NAME]) {
    if (writes.some((w) => w.categories?.includes(name))) await mailbox.ensureCategory(name, CATEGORY_COLOUR);
  }
}

/** Only what each message lacks: the category, the follow-up flag, high importance for an alert, the divert folder. */
async function writesFor(mailbox: MailboxAccess, judged: readonly Judged[]): Promise<MessageWrite[]> {
  const writes: MessageWrite[] = [];
  for (const { message, outcome } of judged) {
    const moveTo = outcome.divertTo ? await mailbox.folderId(outcome.divertTo) : undefined;
    const write = missingFrom(message, { id: message.id, categories: [...message.categories, CATEGORY_NAME], flag: true, ...(outcome.alerts.length > 0 ? { importance: "high" as const } : {}), ...(moveTo ? { moveTo } : {}) });
    if (write) writes.push(write);
  }
  return writes;
}

/** The parts of `wanted` a message in this state does not have yet; undefined when it has them all. */
function missingFrom(state: Pick<FolderMessage, "categories" | "flagStatus" | "importance" | "folderId">, wanted: MessageWrite): MessageWrite | undefined {
  const write: MessageWrite = { id: wanted.id };
  const category = wanted.categories?.includes(IN_DOUBT_CATEGORY_NAME) ? IN_DOUBT_CATEGORY_NAME : CATEGORY_NAME;
  if (wanted.categories && !state.categories.includes(category)) write.categories = [...state.categories, category];
  // A flag someone has since completed is their decision, not a gap to fill.
  if (wanted.flag && state.flagStatus === "notFlagged") write.flag = true;
  if (wanted.importance && state.importance !== "high") write.importance = "high";
  if (wanted.moveTo && state.folderId !== wanted.moveTo) write.moveTo = wanted.moveTo;
  return Object.keys(write).length > 1 ? write : undefined;
}

/** Writes a crash left unconfirmed: read the messages back and make only what did not land. */
async function finishWrites(mailbox: MailboxAccess, writes: readonly MessageWrite[]): Promise<void> {
  const states = await mailbox.states(writes.map((w) => w.id));
  const remaining = writes.flatMap((w) => {
    const state = states.get(w.id);
    const rest = state ? missingFrom(state, w) : undefined;
    return rest ? [rest] : [];
  });
  if (remaining.length === 0) return;
  await ensureCategories(mailbox, remaining);
  await mailbox.apply(remaining);
}
