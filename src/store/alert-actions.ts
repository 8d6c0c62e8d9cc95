import type { AlertAction } from "../policy/alerts/action";
import type { RecordedAlertAction } from "./port";
import { nameOf } from "../policy/decision";
import { vouches } from "./audit-chain";
import { StoreError } from "./port";

/** What its writer decided: everything but the time, which a retry takes afresh. */
const decided = (a: AlertAction) => JSON.stringify([a.id, a.internetMessageId, a.senderAddress, a.alertKinds, a.outcome, a.by.toLowerCase()]);

/** The action as its writer wrote it, without what SharePoint recorded about its item. */
export function written(action: RecordedAlertAction): AlertAction {
  const { author: _author, recordedAt: _recordedAt, edited: _edited, item: _item, ...rest } = action;
  return rest;
}

/**
 * Recording an action under an id already taken: a retry when the stored action is this one
 * (the same outcome on the same message, naming the same person) written by the person it
 * names — then the stored one stands, with its first time, so its audit event matches it.
 * Anything else is a conflict: a key squatted by someone else, or changed since, must never
 * pass for the caseworker's action.
 */
export function existingAction(existing: RecordedAlertAction, action: AlertAction): AlertAction {
  if (decided(existing) === decided(action) && !existing.edited && (!existing.author || vouches(existing.author, action.by))) return written(existing);
  const who = existing.author ? `${nameOf(existing.author)} wrote it` : "nobody SharePoint knows wrote it";
  throw new StoreError(
    "conflict",
    `An alert action is already recorded under “${action.id}” that is not this one (${existing.outcome.kind} by ${existing.by}; ${who}${existing.edited ? ", and it was changed since" : ""}). ` +
      "It was not taken as this one: tell whoever looks after the records (npm run records -- verify lists it).",
  );
}
