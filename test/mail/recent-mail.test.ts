import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type Emulator } from "../../dev/emulator/server";
import { devTokenProvider } from "../../src/graph/auth/dev";
import { createGraphClient } from "../../src/graph/client";
import { encodeQueryValue, odataString } from "../../src/graph/odata";
import { createRecentMail, type RecentMail } from "../../src/mail/recent-mail";
import { estimateSimilarity, fingerprint } from "../../src/policy/classifier/fingerprint";
import { StoreError } from "../../src/store/port";
import { normaliseEmail } from "../../src/policy/address";
import { classify } from "../../src/policy/classifier/classify";
import { classifierOptions } from "../../src/policy/classifier/options";
import { EMPTY_HISTORY } from "../../src/policy/contact";
import { getPack } from "../../src/policy/packs/index";

const READER = { upn: "reader@opcc.example.gov.uk", displayName: "Reader", roles: [] };
const PAT = "pat.o'brien@example.org";
const NOW = Date.parse("2026-11-25T10:00:00Z");
const COMPLAINT = "I am writing about complaint 2025/0933. The investigation into the officer who attended my house in May was not done properly and I want it reopened.";

let emulator: Emulator;
let mail: RecentMail;

const message = (from: string, hoursAgo: number, body: { contentType: string; content: string }, subject = "Complaint") => {
  const at = new Date(NOW - hoursAgo * 3_600_000).toISOString();
  return {
    internetMessageId: `<${from.replace(/\W/g, "")}-${hoursAgo}@example.mail>`,
    subject,
    body,
    from: { emailAddress: { name: from, address: from } },
    toRecipients: [{ emailAddress: { name: "Enquiries", address: "Enquiries@OPCC.example.gov.uk" } }],
    ccRecipients: [{ emailAddress: { name: "Sam", address: "sam.carter@opcc.example.gov.uk" } }],
    receivedDateTime: at,
  };
};

beforeAll(async () => {
  emulator = await startEmulator();
  emulator.registerToken("reader-token", READER);
  emulator.seedMail(READER.upn, [
    message(PAT, 2, { contentType: "html", content: `<p>${COMPLAINT}</p>` }, "Again"),
    message(PAT, 30, { contentType: "text", content: COMPLAINT }),
    message(PAT, 24 * 100, { contentType: "text", content: "An old message, outside the window." }),
    message("riley.evans@example.org", 3, { contentType: "text", content: COMPLAINT }),
  ]);
  const graph = createGraphClient({ graphBaseUrl: emulator.baseUrl, tokens: devTokenProvider("reader-token"), retry: { baseDelayMs: 1, maxDelayMs: 5 } });
  mail = createRecentMail(graph);
});
afterAll(() => emulator.close());
afterEach(() => emulator.faults.clear());

const since = new Date(NOW - 90 * 86_400_000).toISOString();

describe("a sender's recent mail in the reader's mailbox", () => {
  it("finds only that sender's messages in the window, newest first, for an address with an apostrophe", async () => {
    const found = await mail.from(PAT, since);
    expect(found.map((m) => m.subject)).toEqual(["Again", "Complaint"]);
    expect(found[0]!.receivedAt).toBe(new Date(NOW - 2 * 3_600_000).toISOString());
  });

  it("finds them for the address a caseworker typed with a curly apostrophe: normalised to the ASCII one, doubled in the filter", async () => {
    const typed = normaliseEmail("Pat.O’Brien@example.org");
    expect(typed).toEqual({ ok: true, address: PAT });
    const found = await mail.from(typed.ok ? typed.address : "", since);
    expect(found.map((m) => m.subject)).toEqual(["Again", "Complaint"]);
  });

  it("finds the mail of a mailbox that really holds a curly apostrophe by its canonical (ASCII) key, and by the curly form (tester B2)", async () => {
    const real = "quinn.o\u2019neill@example.org";
    emulator.seedMail(READER.upn, [message(real, 6, { contentType: "text", content: COMPLAINT }, "Curly")]);
    const key = normaliseEmail(real);
    expect(key).toEqual({ ok: true, address: "quinn.o'neill@example.org" });
    expect((await mail.from(key.ok ? key.address : "", since)).map((m) => m.subject)).toEqual(["Curly"]);
    expect((await mail.from(real, since)).map((m) => m.subject)).toEqual(["Curly"]);
  });

  it("the emulator compares sender addresses as Graph does, exactly but for case: the ASCII apostrophe does not find the curly mailbox", async () => {
    const real = "robin.o\u2019hara@example.org";
    emulator.seedMail(READER.upn, [message(real, 7, { contentType: "text", content: COMPLAINT }, "Exact")]);
    const graph = createGraphClient({ graphBaseUrl: emulator.baseUrl, tokens: devTokenProvider("reader-token"), retry: { baseDelayMs: 1, maxDelayMs: 5 } });
    const subjects = async (address: string) =>
      ((await graph.client.api("/me/messages").filter(encodeQueryValue(`from/emailAddress/address eq ${odataString(address)}`)).select(["subject"]).get()) as { value: Array<{ subject: string }> }).value.map((m) => m.subject);
    expect(await subjects("robin.o'hara@example.org")).toEqual([]);
    expect(await subjects("Robin.O\u2019Hara@Example.org")).toEqual(["Exact"]);
  });

  it("fingerprints the body as text, so an HTML copy of a complaint is a near-duplicate of the plain one", async () => {
    const [html, plain] = await mail.from(PAT, since);
    expect(estimateSimilarity(html!.fingerprint, plain!.fingerprint)).toBeGreaterThanOrEqual(0.9);
    expect(estimateSimilarity(plain!.fingerprint, fingerprint(COMPLAINT))).toBe(1);
    expect(estimateSimilarity(plain!.fingerprint, fingerprint("Thank you for explaining the complaints process so clearly."))).toBeLessThan(0.2);
  });

  it("fingerprints what a reader sees: a complaint re-sent with zero-width characters in its words is the classifier's same message (tester B2)", async () => {
    const hidden = COMPLAINT.replace(/([a-z])([a-z]+)/gi, "$1\u200b$2\u00ad");
    emulator.seedMail(READER.upn, [message("quinn.hidden@example.org", 4, { contentType: "text", content: hidden })]);
    const [earlier] = await mail.from("quinn.hidden@example.org", since);
    const now = new Date(NOW).toISOString();
    const options = classifierOptions(getPack("warwickshire"), { staffDomains: ["opcc.example.gov.uk"], staffNames: [], history: EMPTY_HISTORY, now });
    const resent = classify({ from: "quinn.hidden@example.org", to: ["enquiries@opcc.example.gov.uk"], cc: [], subject: "Complaint", body: COMPLAINT, receivedAt: now }, options);
    expect(estimateSimilarity(earlier!.fingerprint, resent.fingerprint)).toBe(1);
  });

  it("gives To and Cc apart, as written, and keeps no body", async () => {
    const [first] = await mail.from(PAT, since);
    expect(first).toMatchObject({ to: ["Enquiries@OPCC.example.gov.uk"], cc: ["sam.carter@opcc.example.gov.uk"] });
    expect(JSON.stringify(first)).not.toContain("investigation");
  });

  it("reads the newest 50 of a sender with more, not whichever 50 a bare filter returns", async () => {
    const many = Array.from({ length: 70 }, (_, i) => message("jo.many@example.org", 1 + i, { contentType: "text", content: `message ${i}` }, `m${i}`));
    emulator.seedMail(READER.upn, many);
    const found = await mail.from("jo.many@example.org", since);
    expect(found).toHaveLength(50);
    expect(found.map((m) => m.subject)).toEqual(Array.from({ length: 50 }, (_, i) => `m${i}`));
  });

  it("rides out throttling, and says clearly when the mailbox cannot be read", async () => {
    emulator.faults.add({ path: "/me/messages$", status: 429, retryAfterSeconds: 0, times: 1 });
    expect(await mail.from(PAT, since)).toHaveLength(2);
    emulator.faults.add({ path: "/me/messages$", status: 503, times: 20 });
    const failure = await mail.from(PAT, since).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(StoreError);
    expect((failure as Error).message).toMatch(/Reading recent mail from this sender: Microsoft 365 is not answering/);
  });
});
