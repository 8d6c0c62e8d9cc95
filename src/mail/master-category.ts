import type { GraphClient } from "../graph/client";
import { toStoreError } from "../store/sharepoint/errors";

/**
 * Puts a category in a mailbox's master list once (idempotent): the administrator's step the
 * add-in cannot do itself — it asks for read/write item, and managing master categories needs
 * read/write mailbox (docs/decisions/0006-category-permission.md). Through Graph
 * (`/users/{upn}/outlook/masterCategories`), with an app-only token holding
 * MailboxSettings.ReadWrite. Outlook compares category names case-insensitively, and a duplicate
 * is refused with 409 (Graph "Create Outlook category"), which here means it is already there.
 * Returns whether it added the category.
 */
export async function ensureMasterCategory(graph: GraphClient, mailbox: string, category: { displayName: string; color: string }): Promise<boolean> {
  const path = `/users/${encodeURIComponent(mailbox)}/outlook/masterCategories`;
  try {
    const existing = ((await graph.client.api(path).get()) as { value: Array<{ displayName: string }> }).value;
    if (existing.some((c) => c.displayName.toLowerCase() === category.displayName.toLowerCase())) return false;
    await graph.client.api(path).post(category);
    return true;
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode === 409) return false;
    throw toStoreError(error, `Adding the “${category.displayName}” category to ${mailbox}`);
  }
}
