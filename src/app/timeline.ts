import type { ContactRecord } from "../policy/contact";
import type { TrustedDecision } from "../policy/in-force";
import { letterDay, type LetterRecord } from "../policy/letters/record";
import type { IsoDate, IsoInstant, PriorWarning } from "../policy/strategy";

/**
 * One thing the office did about this person before the message in hand, as the records
 * already hold it: a caseworker's decision on an earlier message (ContactLog), a letter
 * (Letters; a sent warning is a warning given, Gwent 7.0 / Warwickshire 6), a decision on their
 * strategy that counts (Decisions, judged by src/policy/in-force), or the written warning the
 * strategy itself records when no letter of it is stored.
 */
export type TimelineEntry =
  | { kind: "contact"; at: IsoInstant; record: ContactRecord }
  | { kind: "letter"; at: IsoInstant; letter: LetterRecord }
  | { kind: "strategy"; at: IsoInstant; decision: TrustedDecision }
  | { kind: "warning"; at: IsoInstant; reference?: string }
  /** The day the person was told the office's decision on their matter, as caseworkers recorded it on their messages (Gwent 5.0). */
  | { kind: "matterDecided"; at: IsoInstant; on: IsoDate; recordedBy: string };

export interface TimelineSources {
  /** The person's recorded contacts as read (any order); undefined when the ContactLog could not be read. */
  contacts: readonly ContactRecord[] | undefined;
  /** Letters to the person's addresses or on their strategy; undefined when they could not be read. */
  letters: readonly LetterRecord[] | undefined;
  /** Decisions on their strategy that count, oldest first; undefined when there is a strategy whose decisions could not be read. */
  decisions: readonly TrustedDecision[] | undefined;
  /** The prior warning the strategy records, if any. */
  priorWarning?: PriorWarning | undefined;
  /** The message in hand: never part of its own timeline. */
  current: string;
}

export interface Timeline {
  /** Newest first. */
  entries: TimelineEntry[];
  /** What could not be read: the timeline is partial, never "nothing happened". */
  unknown: Array<"contacts" | "letters" | "decisions">;
}

/**
 * The person's timeline, newest first. A letter counts from when it was sent (or prepared, for
 * a draft); the same letter read under two addresses is shown once; the strategy's own warning
 * record is shown only when no sent warning letter is the same warning (its reference or day).
 */
export function personTimeline(sources: TimelineSources): Timeline {
  const entries: TimelineEntry[] = [];
  const unknown: Timeline["unknown"] = [];
  if (sources.contacts) {
    const seen = new Set<string>([sources.current]);
    for (const record of sources.contacts) {
      if (seen.has(record.internetMessageId)) continue;
      seen.add(record.internetMessageId);
      entries.push({ kind: "contact", at: record.receivedAt, record });
    }
    // Each decision day once (the message in hand's own record counts too), by whoever first recorded it.
    const decided = new Map<IsoDate, string>();
    for (const record of [...sources.contacts].sort((a, b) => a.recordedAt.localeCompare(b.recordedAt))) {
      if (record.matterDecidedOn && !decided.has(record.matterDecidedOn)) decided.set(record.matterDecidedOn, record.recordedBy);
    }
    for (const [on, recordedBy] of decided) entries.push({ kind: "matterDecided", at: `${on}T23:59:59.999Z`, on, recordedBy });
  } else unknown.push("contacts");
  const letters = sources.letters ? [...new Map(sources.letters.map((l) => [l.id, l])).values()] : undefined;
  if (letters) for (const letter of letters) entries.push({ kind: "letter", at: letter.sentAt ?? letter.preparedAt, letter });
  else unknown.push("letters");
  if (sources.decisions) for (const decision of sources.decisions) entries.push({ kind: "strategy", at: decision.recordedAt, decision });
  else unknown.push("decisions");
  const warning = sources.priorWarning;
  if (warning?.kind === "given") {
    const sent = (letters ?? []).filter((l) => l.kind === "warning" && l.status === "sent");
    const same = sent.some((l) => l.id === warning.reference || (l.sentAt !== undefined && letterDay(l) === warning.on));
    if (!same) entries.push({ kind: "warning", at: `${warning.on}T00:00:00.000Z`, ...(warning.reference ? { reference: warning.reference } : {}) });
  }
  entries.sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  return { entries, unknown };
}
