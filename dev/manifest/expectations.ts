import { GRAPH_SCOPES } from "../../src/graph/auth/scopes";

/**
 * What the manifest is meant to say. The checks compare against these exactly, so a
 * broader permission or an extra Graph scope has to be argued for here (and in
 * docs/decisions/0002-manifest.md), not slipped into the XML.
 */
export interface ManifestExpectations {
  /** The one origin every URL must be on (AppDomains, icons, pages, scripts). */
  origin: string;
  permissions: string;
  /** Base manifest: Mailbox MinVersion (what older clients need to show the read pane). */
  baseMailboxVersion: string;
  /** VersionOverrides V1_1: Mailbox DefaultMinVersion (event-based activation, Smart Alerts). */
  overridesMailboxVersion: string;
  /** Delegated Graph scopes in WebApplicationInfo; must equal what MSAL asks for. */
  scopes: readonly string[];
  /** LaunchEvent Type → SendMode (undefined when the event has none). */
  launchEvents: Readonly<Record<string, string | undefined>>;
}

export const EXPECTED: ManifestExpectations = {
  origin: "https://localhost:3000",
  // ReadWriteItem: categories and notification messages on the open item need write access
  // to that item, nothing more. ReadWriteMailbox would allow EWS/REST on the whole mailbox.
  permissions: "ReadWriteItem",
  baseMailboxVersion: "1.1",
  overridesMailboxVersion: "1.12",
  // Taken from the code that requests tokens, so the manifest and MSAL cannot drift apart.
  scopes: GRAPH_SCOPES,
  launchEvents: {
    OnNewMessageCompose: undefined,
    OnMessageRecipientsChanged: undefined,
    // SoftBlock: a warning the writer can act on; send is blocked only while the add-in is
    // reachable, so an outage never stops staff replying to the public.
    OnMessageSend: "SoftBlock",
  },
};
