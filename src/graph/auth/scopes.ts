/**
 * Delegated Microsoft Graph scopes the add-in asks for — the least that does the job:
 * read the signed-in user, read their own mail (a sender's recent messages, for the
 * history beside a classification), and read/write the list items of the contact-strategy site.
 * Categories and notifications on the open message go through office.js, not Graph.
 * (docs/decisions/0002-manifest.md; the manifest's WebApplicationInfo lists the same.)
 */
export const GRAPH_SCOPES = ["User.Read", "Mail.Read", "Sites.ReadWrite.All"] as const;
