import { nameOf, type Identity } from "../../policy/decision";
import { vouches } from "../../store/audit-chain";
import type { AuditEvent } from "../../store/port";

/**
 * A correction of a record SharePoint says someone other than its named recorder added (T18-5) replaces no decision of that
 * recorder's: its event says so, naming who added it (T19-7), so the trail never adopts the forged decision as hers, and
 * records verify keeps naming the record written outside the add-in after its correction has made the item the corrector's.
 */
const PHRASE = "Replaces a record added outside the add-in by ";
const SAID = /Replaces a record added outside the add-in by (.+?), naming (\S+) as its recorder \(recorded at ([^)]+)\)/;

/** What a correction's event says it replaced, when that was added outside the add-in (`createdBy` absent: SharePoint named no one). */
export function replacesOutsideWords(createdBy: Identity | undefined, named: string, recordedAt: string): string {
  return `${PHRASE}${createdBy ? nameOf(createdBy) : "someone SharePoint does not name"}, naming ${named} as its recorder (recorded at ${recordedAt}): never ${named}'s decision.`;
}

/**
 * The contacts whose trail holds a correction, in its corrector's own SharePoint name, of a record added outside the add-in:
 * one report each, in words a records officer acts on.
 */
export function replacedOutside(byTarget: ReadonlyMap<string, readonly AuditEvent[]>): Array<{ target: string; message: string }> {
  return [...byTarget].flatMap(([target, trail]) => {
    if (!target.startsWith("contact:")) return [];
    const event = trail.find((e) => e.action.startsWith("corrected (") && !e.edited && !e.unreadable && vouches(e.author, e.by) && e.detail.includes(PHRASE));
    const said = event && SAID.exec(event.detail);
    if (!event || !said) return [];
    const [, adder, named, at] = said;
    const message = `${nameOf(event.author!)} corrected the contact record of ${target.slice("contact:".length)} through the add-in at ${event.at}, replacing a record written outside the add-in: SharePoint said ${adder} added it, naming ${named} as its recorder (recorded at ${at}). It was never ${named}'s decision, and no reader counts it as one. Ask ${adder} why it was added; the ContactLog's version history keeps it.`;
    return [{ target, message }];
  });
}
