/**
 * Delegated Microsoft Graph scopes the add-in asks for — the least that does the job:
 * read the signed-in user, read their own mail (a sender's recent messages, for the
 * history beside a classification), and read/write the one contact-strategy site:
 * `Sites.Selected` reaches only sites an admin has granted the app (`npm run provision --
 * --grant-app`), never the rest of the tenant's SharePoint, and never more than the user
 * may do there. Categories and notifications on the open message go through office.js.
 * (docs/decisions/0002-manifest.md; the manifest's WebApplicationInfo lists the same.)
 */
export const GRAPH_SCOPES = ["User.Read", "Mail.Read", "Sites.Selected"] as const;

/**
 * Asked for only when a member of staff turns on their own Inbox rule (src/app/inbox-rule.ts):
 * reading and writing their mailbox's rules is a mailbox setting (Graph messageRule: List needs
 * MailboxSettings.Read, Create/Update/Delete MailboxSettings.ReadWrite). Not in the manifest's
 * WebApplicationInfo: nested app authentication asks for it incrementally, with consent then.
 */
export const INBOX_RULE_SCOPES = ["MailboxSettings.ReadWrite"] as const;
