import { Caption1 } from "@fluentui/react-components";
import { uncheckedWords, type AlertActionDoubt, type AlertActionEntry, type ForgedWhy } from "../../app/alert-record";
import type { ItemGap } from "../../store/item-gaps";
import { describeAlertOutcome } from "../../policy/alerts/action";
import { longDate } from "../../policy/calendar";
import { nameOf, type Identity } from "../../policy/decision";
import { useAlertStyles } from "./alerts.styles";
import type { ReviewNotCounted, SetAsideState } from "../../policy/alerts/set-aside";

/** What became of each set-aside on the message, and the reviews that do not count (src/app/set-aside.ts). */
export interface SetAsides {
  states: ReadonlyMap<string, SetAsideState>;
  notCounted: readonly ReviewNotCounted[];
}

/** A note as a sentence: its own closing mark, or a full stop. */
const sentence = (note: string) => (/[.!?]$/.test(note) ? note : `${note}.`);

/** A set-aside's standing, in a caseworker's words. */
function setAsideText(state: SetAsideState | undefined): string | undefined {
  switch (state?.state) {
    case undefined:
    case "stands":
      return undefined;
    case "awaiting":
      return "Not yet confirmed by a manager: the alert stays open until a manager confirms or overturns this set-aside.";
    case "confirmed":
      return state.own ? `Set aside by ${nameOf(state.by)}, with no second authoriser: it stands on one person's word, reviewed by nobody.` : `Confirmed by ${nameOf(state.by)}${state.note ? `: ${sentence(state.note)}` : "."}`;
    case "overturned":
      return `Overturned by ${nameOf(state.by)}: ${sentence(state.note)} The alert is open: act on it.`;
  }
}

const when = (at: string) => `${longDate(at.slice(0, 10))} ${at.slice(11, 16)} UTC`;
const who = (author: Identity | undefined, claimed: string) => (author ? nameOf(author) : claimed);


/** What a reader must not take on trust, in a caseworker's words. */
function doubtText(doubt: AlertActionDoubt): string {
  switch (doubt.kind) {
    case "notByAuthor":
      return `It names ${doubt.claimed} as who did it, but ${doubt.author ? nameOf(doubt.author) : "nobody SharePoint knows"} recorded it.`;
    case "changed":
      return `Changed after it was recorded${doubt.by ? ` by ${nameOf(doubt.by)}` : ""}${doubt.at ? ` on ${when(doubt.at)}` : ""}: it may not say what was done. The audit trail holds what was recorded.`;
    case "notAudited":
      return "Not on the audit trail: ask whoever looks after the records.";
    case "misdated":
      return `It says it was done on ${when(doubt.claimed)}, but SharePoint recorded it on ${when(doubt.recorded)}: ${Date.parse(doubt.claimed) < Date.parse(doubt.recorded) ? "backdated" : "dated ahead"}. It is listed by when it was recorded.`;
    case "replaced":
      return `Not the action first recorded: its audit event names AlertActions item ${doubt.named}, which was deleted, and this one was added in its place.`;
    case "malformed":
      return `Not as the add-in writes it (${doubt.why}): added or changed outside the add-in. It decides nothing; ask whoever looks after the records.`;
    case "misfiled":
      return `It names ${[doubt.id ? `another action (${doubt.id})` : "", doubt.internetMessageId ? `another message (${doubt.internetMessageId})` : ""].filter(Boolean).join(" and ")} than the one it is filed under: added outside the add-in. It decides nothing; ask whoever looks after the records.`;
    case "duplicateId":
      return "Another item on this message carries the same action id: which one was recorded cannot be told. It decides nothing.";
    case "unchecked":
      return `${uncheckedWords(doubt.code)}: it was written without the add-in, which refuses such a record.`;
  }
}

function forgedText(why: ForgedWhy): string {
  switch (why.kind) {
    case "namesNoItem":
      return "it names no item in the actions list, as every event the add-in writes does";
    case "anotherAction":
      return `the item it names (${why.item}) holds another action`;
    case "notYetAllocated":
      return `the item it names (${why.item}) did not exist yet when it was written`;
  }
}

const items = (gap: ItemGap) => (gap.from === gap.to ? `item ${gap.from}` : `items ${gap.from}–${gap.to}`);

/** One entry, in a caseworker's words: the action, who SharePoint says recorded it and when, and what to doubt. */
function Entry({ entry, setAsides }: { entry: AlertActionEntry; setAsides?: SetAsides | undefined }) {
  const styles = useAlertStyles();
  switch (entry.kind) {
    case "deleted":
      return (
        <li data-testid="alert-action" data-state="deleted">
          An alert action was deleted from the records{entry.gap.after || entry.gap.before ? `, recorded ${entry.gap.after ? `after ${when(entry.gap.after)}` : ""}${entry.gap.after && entry.gap.before ? " and " : ""}${entry.gap.before ? `before ${when(entry.gap.before)}` : ""}` : ""}
          <Caption1 className={styles.doubt}>
            Removed with its audit event ({items(entry.gap)} of the actions list is missing, and no retention purge recorded it): what it said, and which message it was about, are gone. It may have been about this one. Ask whoever looks after the records.
          </Caption1>
        </li>
      );
    case "forged":
      return (
        <li data-testid="alert-action" data-state="forged">
          {entry.event.detail.replace(/ \(alerts: [^)]*\)$/, "")} — {who(entry.event.author, entry.event.by)}, {when(entry.event.recordedAt ?? entry.event.at)}
          <Caption1 className={styles.doubt}>Never recorded: the audit trail has an event for this action, but {forgedText(entry.why)}. Someone wrote the event by hand; nothing was done on its word.</Caption1>
        </li>
      );
    case "removed":
      return (
        <li data-testid="alert-action" data-state="removed">
          {entry.event.detail.replace(/ \(alerts: [^)]*\)$/, "")} — {who(entry.event.author, entry.event.by)}, {when(entry.event.recordedAt ?? entry.event.at)}
          <Caption1 className={styles.doubt}>
            {entry.pastNewest ? "Removed, or never recorded: the audit trail records it, but it is not among the actions, and the item it names is past the newest one there." : "Removed: the audit trail records it, but it is no longer among the actions."}
          </Caption1>
        </li>
      );
    case "recorded": {
      const standing = setAsideText(setAsides?.states.get(entry.action.id));
      const notCounted = setAsides?.notCounted.find((n) => n.actionId === entry.action.id);
      return (
        <li data-testid="alert-action" data-state={entry.doubts.some((d) => d.kind === "changed") ? "changed" : entry.doubts.length ? "doubted" : "recorded"}>
          {describeAlertOutcome(entry.action.outcome)} — {who(entry.action.author, entry.action.by)}, {entry.action.actedAt ? `done on ${when(entry.action.actedAt)} (by their computer's clock) while the records could not be reached, recorded on ` : ""}
          {when(entry.action.recordedAt ?? entry.action.at)}
          {entry.doubts.map((doubt) => (
            <Caption1 key={doubt.kind} className={styles.doubt}>
              {doubtText(doubt)}
            </Caption1>
          ))}
          {standing && (
            <Caption1 className={styles.doubt} data-testid="set-aside-state">
              {standing}
            </Caption1>
          )}
          {notCounted && (
            <Caption1 className={styles.doubt} data-testid="review-not-counted">
              Does not count: {notCounted.why}.
            </Caption1>
          )}
        </li>
      );
    }
  }
}

/**
 * What has already been done about the message's alerts, in the order SharePoint recorded it. The person and time shown
 * are SharePoint's (`createdBy`, `createdDateTime`), never what the record carries; an action changed after it was
 * recorded, recorded in someone else's name, misdated, or removed (its audit event outlives it) is said to be, an audit
 * event for an action that never existed is said to be forged, and an action deleted with its event is shown as a gap.
 */
export function AlertActionList({ entries, setAsides }: { entries: readonly AlertActionEntry[]; setAsides?: SetAsides | undefined }) {
  const styles = useAlertStyles();
  return (
    <ul className={styles.list}>
      {entries.map((entry, i) => (
        <Entry key={`${entry.kind}:${entry.kind === "recorded" ? entry.action.id : entry.kind === "deleted" ? entry.gap.from : entry.actionId}:${i}`} entry={entry} setAsides={setAsides} />
      ))}
    </ul>
  );
}
