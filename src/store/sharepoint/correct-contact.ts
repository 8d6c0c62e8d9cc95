import type { ContactRecord } from "../../policy/contact";
import { compareAgain, conflictMessage, decisionOf, withDecision } from "../contact-decision";
import { StoreError, type ContactDecision, type MessageFields, type StoredContact, type Versioned } from "../port";
import { findByKey } from "./create-once";
import type { ListClient } from "./list-client";
import { contactDecisionFields, storedContactFrom } from "./mapping";

/**
 * Corrects the decision on a ContactLog item with optimistic concurrency: PATCH with If-Match
 * on the eTag the caller compared against. A write SharePoint refused (412) or whose answer
 * was lost is never simply repeated — that could overwrite a colleague's correction. The item
 * is read again and compared once more (`compareAgain`): already holding our decision, it is
 * done (a retry after a dropped connection, including the transport's own retry of the
 * conditional PATCH); still reading exactly as the caller read it, one more PATCH on the fresh
 * eTag; anything else — the decision changed, or the record changed in another field, which
 * the correction would carry as hers (T14 #4) — is a conflict the caseworker is told about.
 */
export async function correctContact(list: ListClient, expected: Versioned<ContactRecord>, decision: ContactDecision, read?: MessageFields): Promise<StoredContact> {
  const key = expected.value.internetMessageId;
  const item = await findByKey(list, "InternetMessageId", key);
  if (!item) throw new StoreError("notFound", `The contact record for ${key} no longer exists.`);
  let basis: Versioned<ContactRecord> = expected;
  for (let attempt = 1; ; attempt += 1) {
    try {
      const fields = contactDecisionFields(withDecision(basis.value, decision, read), decisionOf(basis.value), read !== undefined);
      await list.update(item.id, fields, basis.etag);
      return storedContactFrom(await list.get(item.id));
    } catch (error) {
      // Refused for lack of permission, throttled, invalid: nothing was written; say so as it is.
      if (!(error instanceof StoreError && (error.code === "conflict" || error.code === "unavailable"))) throw error;
      const now = storedContactFrom(await list.get(item.id));
      const verdict = compareAgain(now.value, expected.value, decision);
      if (verdict === "applied") return now;
      if (verdict !== "retry") throw new StoreError("conflict", conflictMessage(key, verdict, now.value, expected.value), error);
      if (attempt >= 2) throw error.code === "unavailable" ? error : new StoreError("conflict", conflictMessage(key), error);
      basis = now;
    }
  }
}
