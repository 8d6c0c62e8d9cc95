import type { GraphClient } from "../graph/client";
import { encodeQueryValue, equalsAny } from "../graph/odata";
import { toStoreError } from "../store/sharepoint/errors";

/** A message of the reader's own mailbox, found by the Internet message id the records keep. */
export interface MessageFinder {
  /** The message's Graph (REST) id in the reader's mailbox, or undefined when it holds no such message. */
  idOf(internetMessageId: string): Promise<string | undefined>;
}

/**
 * Over Graph's `/me/messages` (delegated `Mail.Read`): the records name a message by its Internet message id, the same in
 * every mailbox it reached, while Outlook opens one by the item id it has in this mailbox.
 */
export function createMessageFinder(graph: GraphClient): MessageFinder {
  return {
    async idOf(internetMessageId) {
      try {
        const page = (await graph.client
          .api("/me/messages")
          .filter(encodeQueryValue(equalsAny("internetMessageId", [internetMessageId])))
          .select(["id"])
          .top(1)
          .get()) as { value: Array<{ id?: string }> };
        return page.value.find((m) => typeof m.id === "string" && m.id)?.id;
      } catch (error) {
        throw toStoreError(error, "Looking for the message in your mailbox");
      }
    },
  };
}
