import type { RecentMail } from "../mail/recent-mail";
import { addressingOf, foldApostrophes } from "../policy/address";
import type { ContactRecord, SenderHistory } from "../policy/contact";
import { warningsSent, type LetterRecord } from "../policy/letters/record";
import type { ContactStrategy, IsoInstant } from "../policy/strategy";
import type { CaseStore } from "../store/port";
import { byCreator, type NotHers } from "./records/added-outside";
import { contactsOfPerson, type PersonContactsStore } from "./records/person-contacts";

export const HISTORY_DAYS = 90;

export interface HistorySources {
  store: Pick<CaseStore, "contactsFrom" | "lettersFor" | "auditForTargets"> & PersonContactsStore;
  /** The reader's own mailbox; absent where it cannot be read (a shared mailbox's items). */
  mail?: RecentMail;
  /** Domains of office staff: recipients there count as "staff contacted". */
  staffDomains: readonly string[];
  /** A failure in words a caseworker can act on (the pane's); the error's own message otherwise. */
  describe?: (error: unknown) => string;
}

export interface LoadedHistory {
  history: SenderHistory;
  /** Set when the mailbox could not be read: the history shown is the ContactLog's alone. */
  mailProblem?: string;
  /** Set when the ContactLog could not be read: the history shown is the mailbox's alone. */
  logProblem?: string;
  /**
   * The decision already recorded on the message in hand (`current`), when the ContactLog holds one:
   * a caseworker returning to a message sees what was decided, by whom and when. Absent when not
   * recorded — or when the log could not be read (then `logProblem` says so, and nobody may read
   * "not recorded" into it).
   */
  recorded?: ContactRecord;
  /**
   * A record of the message in hand that SharePoint says someone other than its recorder added (T19-2), or that someone
   * else changed since she recorded it and nothing of hers names as it reads (T20-4): not her decision, so not `recorded`;
   * the pane says who added or changed it.
   */
  recordedOutside?: NotHers;
  /**
   * What the records hold about the person, for their timeline: the recorded contacts read (the
   * window, and this message's own) and the letters to their addresses. Absent when the ContactLog
   * could not be read — unknown, not none.
   */
  records?: { contacts: ContactRecord[]; letters: LetterRecord[] };
}

/** The message in hand: its own history excludes it, and its recorded decision is looked for even when it is older than the history's window. */
export interface CurrentMessage {
  internetMessageId: string;
  receivedAt: string;
}

export interface SenderAddresses {
  /** Normalised (src/policy/address): the ContactLog's keys. */
  addresses: readonly string[];
  /** As written in the message, for the mailbox search, whose `eq` is exact ("pat+x@…" is not "pat@…"). Defaults to `addresses`. */
  mailAddresses?: readonly string[];
}

/**
 * The sender's history the classifier may use: recorded contacts from the ContactLog (one
 * indexed query per address, and one of the audit trail's About column for those moved off it: contactsOfPerson) and, for volume and
 * near-duplicates, the sender's recent mail in the reader's mailbox (DESIGN.md, flow 1).
 * A message in both counts once, as recorded. The message in hand is never part of its own
 * history. Decisions on the person's matter come from their recorded messages (`matterDecidedOn`); written warnings from
 * the strategy and from warning letters recorded as sent to the sender's addresses, so a
 * warning to someone who has no strategy yet is counted too.
 */
export async function loadHistory(
  sources: HistorySources,
  sender: SenderAddresses,
  strategy: ContactStrategy | undefined,
  now: Date,
  current?: string | CurrentMessage,
): Promise<LoadedHistory> {
  const since = new Date(now.getTime() - HISTORY_DAYS * 86_400_000).toISOString();
  const message = typeof current === "string" ? { internetMessageId: current, receivedAt: undefined } : current;
  // One query finds both the history and this message's own record, however old the message.
  const logSince = message?.receivedAt && Date.parse(message.receivedAt) < Date.parse(since) ? new Date(message.receivedAt).toISOString() : since;
  // Each once by its canonical form: the mailbox search asks for every apostrophe form of it (recent-mail.ts).
  const mailAddresses = [...new Set([...sender.addresses, ...(sender.mailAddresses ?? [])].map(foldApostrophes))];
  const [log, mail] = await Promise.all([readLog(sources, sender.addresses, logSince), readMail(sources, mailAddresses, since)]);
  const thisRecord = message ? log.records.flat().find((c) => c.internetMessageId === message.internetMessageId) : undefined;
  const thisOutside = message && !thisRecord ? log.notHers.find((o) => o.record.internetMessageId === message.internetMessageId) : undefined;
  const recorded = log.records.map((list) => list.filter((c) => Date.parse(c.receivedAt) >= Date.parse(since)));
  const seen = new Set<string>(message ? [message.internetMessageId] : []);
  const isNew = (id: string) => !seen.has(id) && Boolean(seen.add(id));
  const contacts: SenderHistory["contacts"] = [
    ...recorded.flat().filter((c) => isNew(c.internetMessageId)).map((c) => ({
      at: c.receivedAt,
      subject: c.subject,
      ...(c.fingerprint ? { fingerprint: c.fingerprint } : {}),
      staffContacted: c.staffContacted,
      ...(c.addressedToOthers ? { addressedToOthers: true } : {}),
      categories: c.categories,
    })),
    ...mail.messages.filter((m) => isNew(m.internetMessageId)).map((m) => ({
      at: m.receivedAt,
      subject: m.subject,
      fingerprint: m.fingerprint,
      ...addressingOf(m.to, m.cc, sources.staffDomains),
    })),
  ];
  return {
    history: {
      contacts,
      // The days the person was told the office's decision on their matter, as caseworkers recorded them
      // on their messages (Gwent 5.0) — not a strategy's approval, which decides how contact is handled.
      decisionsCommunicated: mattersDecided(log.records.flat()),
      warningsGiven: [...new Set([...(strategy?.priorWarning.kind === "given" ? [strategy.priorWarning.on] : []), ...warningsSent(log.letters)])].sort().map((on) => `${on}T00:00:00.000Z`),
    },
    ...(mail.problem ? { mailProblem: mail.problem } : {}),
    ...(log.problem ? { logProblem: log.problem } : {}),
    ...(thisRecord ? { recorded: thisRecord } : {}),
    ...(thisOutside ? { recordedOutside: thisOutside } : {}),
    ...(log.problem ? {} : { records: { contacts: log.records.flat(), letters: log.letters } }),
  };
}

/**
 * The decision days recorded on the person's messages, once each, oldest first, as instants at the
 * day's end: a message that arrived on the day itself is not counted as following the decision,
 * since the record does not say which came first (the fairer reading, Gwent 2.0).
 */
export function mattersDecided(records: readonly ContactRecord[]): IsoInstant[] {
  return [...new Set(records.flatMap((r) => (r.matterDecidedOn ? [r.matterDecidedOn] : [])))].sort().map((day) => `${day}T23:59:59.999Z`);
}

/**
 * The ContactLog is the first source, but not the only one: when it cannot be read, the
 * classification still runs on the mailbox's history and the pane says what is missing,
 * rather than losing the suggestion and the record form with it. If both fail, the
 * classifier sees no history and the pane says so twice over.
 */
async function readLog(sources: HistorySources, addresses: readonly string[], since: string) {
  try {
    const [read, letters] = await Promise.all([
      // With those the audit trail names as theirs whose columns were moved off them: in doubt in the pane, never missing (T21b-3).
      contactsOfPerson(sources.store, addresses, since),
      Promise.all(addresses.map((address) => sources.store.lettersFor({ address }))),
    ]);
    // A record added outside the add-in in a colleague's name is not her decision: not in the history the classifier reads,
    // the timeline, or the decisions on their matter (T19-2); nor is one changed outside the add-in since, in doubt (T20-4).
    const { own, addedOutside, inDoubt } = await byCreator(sources.store, read.flat());
    const ownById = new Map(own.map((c) => [c.internetMessageId, c]));
    const records = read.map((list) => list.flatMap((c) => ownById.get(c.internetMessageId) ?? []));
    return { records, letters: letters.flat(), notHers: [...addedOutside, ...inDoubt] as NotHers[] };
  } catch (error) {
    return { records: [], letters: [], notHers: [] as NotHers[], problem: describeWith(sources, error) };
  }
}

/** Mail is a second source: when it fails, the ContactLog's history still stands, and the pane says what is missing. */
async function readMail(sources: HistorySources, addresses: readonly string[], since: string) {
  if (!sources.mail) return { messages: [] };
  const mail = sources.mail;
  try {
    return { messages: (await Promise.all(addresses.map((a) => mail.from(a, since)))).flat() };
  } catch (error) {
    return { messages: [], problem: describeWith(sources, error) };
  }
}

function describeWith(sources: HistorySources, error: unknown): string {
  return sources.describe ? sources.describe(error) : error instanceof Error ? error.message : String(error);
}
