import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type Emulator } from "../../dev/emulator/server";
import { devTokenProvider } from "../../src/graph/auth/dev";
import { createGraphClient } from "../../src/graph/client";
import { createMessageFinder, type MessageFinder } from "../../src/mail/find-message";
import { openMessage } from "../../src/app/open-message";
import { openedWords } from "../../src/taskpane/shared/ReopenedAlerts";
import { FakeMailbox } from "../fakes/mailbox";
import { outlook } from "../outlook/office-mock";

const CASEY = { upn: "casey.worker@opcc.example.gov.uk", displayName: "Casey Worker", roles: [] };
const GOODBYE = "<t7-6-goodbye@example.org>";

let emulator: Emulator;
let messages: MessageFinder;

beforeAll(async () => {
  emulator = await startEmulator();
  emulator.registerToken("casey-token", CASEY);
  emulator.seedMail(CASEY.upn, [
    {
      internetMessageId: GOODBYE,
      subject: "T7 six goodbye letters",
      body: { contentType: "text", content: "I have written my goodbye letters to my kids and I won't be here by the weekend." },
      from: { emailAddress: { name: "Quinn Reopen", address: "quinn.reopen@example.org" } },
      toRecipients: [{ emailAddress: { name: "Enquiries", address: "enquiries@opcc.example.gov.uk" } }],
      ccRecipients: [],
      receivedDateTime: "2026-12-04T23:40:00.000Z",
    },
  ]);
  messages = createMessageFinder(createGraphClient({ graphBaseUrl: emulator.baseUrl, tokens: devTokenProvider("casey-token"), retry: { maxRetries: 0 } }));
});
afterAll(() => emulator.close());

describe("“Open the message” on a reopened alert (T7 #6: the alert must be reachable, not only re-selected by chance)", () => {
  it("finds the message in the reader's mailbox by its Internet id and opens that one in Outlook", async () => {
    const mailbox = new FakeMailbox();
    expect(await openMessage({ messages, mailbox }, GOODBYE)).toEqual({ kind: "opened" });
    expect(mailbox.opened).toHaveLength(1);
    expect(mailbox.opened[0]).toBe(await messages.idOf(GOODBYE));
  });

  it("a message this mailbox does not hold opens nothing, and the pane says so plainly — Outlook itself would say nothing", async () => {
    const mailbox = new FakeMailbox();
    const outcome = await openMessage({ messages, mailbox }, "<somewhere-else@example.org>");
    expect(outcome).toEqual({ kind: "notInMailbox" });
    expect(mailbox.opened).toEqual([]);
    expect(openedWords(outcome, "“T7 six goodbye letters”", "Casey Worker")).toBe(
      "“T7 six goodbye letters” is not in your mailbox, so it cannot be opened from here: search the office's shared mailboxes for its subject, or ask Casey Worker.",
    );
  });

  it("a lookup that fails opens nothing and says why", async () => {
    const mailbox = new FakeMailbox();
    const failing: MessageFinder = { idOf: () => Promise.reject(new Error("Looking for the message in your mailbox: the connection failed.")) };
    const outcome = await openMessage({ messages: failing, mailbox }, GOODBYE);
    expect(outcome.kind).toBe("failed");
    expect(mailbox.opened).toEqual([]);
    expect(openedWords(outcome, "“T7 six goodbye letters”")).toBe("“T7 six goodbye letters” could not be opened from here (Looking for the message in your mailbox: the connection failed): search for its subject in Outlook.");
  });

  it("an Outlook that cannot open another message (iOS, Android) says so: the button never does nothing", async () => {
    const { mailbox } = outlook({ mailbox: { displayMessageForm: undefined } });
    const outcome = await openMessage({ messages, mailbox }, GOODBYE);
    expect(outcome).toEqual({ kind: "failed", message: "This Outlook cannot open another message from the pane." });
    expect(openedWords(outcome, "“T7 six goodbye letters”")).toBe("“T7 six goodbye letters” could not be opened from here (This Outlook cannot open another message from the pane): search for its subject in Outlook.");
  });
});
