import { inject } from "vitest";
import { MORGAN, tokenOf } from "../../dev/demo/people";
import { decide, propose, saveDraft } from "../../src/app/strategy/actions";
import { devTokenProvider } from "../../src/graph/auth/dev";
import { createGraphClient } from "../../src/graph/client";
import { addMonths } from "../../src/policy/lifecycle/dates";
import { warwickshirePack as pack } from "../../src/policy/packs/warwickshire";
import type { Actor } from "../../src/policy/strategy";
import type { CaseStore } from "../../src/store/port";
import { resolveSiteId } from "../../src/store/sharepoint/site";
import { createSharePointStore } from "../../src/store/sharepoint/store";
import { strategy } from "../builders/strategy";

/** The office's records on the shared emulator, written as the product writes them, for browser tests to start from. */

/** A day `offset` days from today, yyyy-mm-dd. */
export const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** The demo site's store, signed in as `actor` (SharePoint's permissions are theirs). */
export function storeAs(actor: Actor): Promise<CaseStore> {
  const graph = createGraphClient({ graphBaseUrl: `${inject("emulatorOrigin")}/v1.0`, tokens: devTokenProvider(tokenOf(actor)) });
  return resolveSiteId(graph, "opcc.sharepoint.com:/sites/contact-strategies").then((site) => createSharePointStore(graph, site));
}

/** A proposal made through the product's own use cases, by `proposer`. */
export async function proposal(id: string, name: string, address: string, proposer: Actor): Promise<void> {
  const store = await storeAs(proposer);
  const at = new Date().toISOString();
  const draft = strategy({ id, person: { displayName: name }, addresses: [address], reviewDate: addMonths(day(0), 3) });
  const saved = await saveDraft(store, draft, undefined, proposer, at);
  const result = await propose(store, pack, saved, proposer, "Proposed for the test.", at);
  if (!result.ok) throw new Error(result.message);
}

/** A strategy in force: proposed by `proposer`, approved by Morgan with every criterion confirmed. */
export async function inForce(id: string, name: string, address: string, proposer: Actor): Promise<void> {
  await proposal(id, name, address, proposer);
  const morgan = await storeAs(MORGAN);
  const criteriaConfirmed = pack.criteria.map((c) => c.id);
  const approved = await decide(morgan, pack, (await morgan.getStrategy(id))!, { type: "approve", by: MORGAN, at: new Date().toISOString(), why: "Criteria met: the abuse went on after the warning.", criteriaConfirmed, reviewDate: day(60) }, { warningChecked: true, evidenceChecked: true, criteriaNotes: criteriaConfirmed.map((c) => ({ id: c, note: `From the case file, on ${c}.` })) });
  if (!approved.ok) throw new Error(approved.message);
}

/** Delivers one plain-text message to `to`'s Inbox on the emulator, received now. */
export async function deliver(to: string, message: { id: string; subject: string; text: string; from: { name: string; address: string }; replyTo?: string }): Promise<void> {
  const response = await fetch(`${inject("emulatorOrigin")}/_emulator/mail`, {
    method: "POST",
    body: JSON.stringify({
      to,
      messages: [
        {
          internetMessageId: `<${message.id}@example.org>`,
          subject: message.subject,
          body: { contentType: "text", content: message.text },
          from: { emailAddress: message.from },
          toRecipients: [{ emailAddress: { name: "OPCC Enquiries", address: "enquiries@opcc.example.gov.uk" } }],
          ccRecipients: [],
          replyTo: message.replyTo ? [{ emailAddress: { address: message.replyTo } }] : [],
          receivedDateTime: new Date().toISOString(),
        },
      ],
    }),
  });
  if (response.status !== 201) throw new Error(`The emulator did not take the message: ${response.status}`);
}
