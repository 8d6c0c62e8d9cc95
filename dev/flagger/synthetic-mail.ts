/**
 * A large office mailbox for the flagger's tests and benchmark: `count` messages to the office's
 * enquiries address, a share of them from people under the demo office's strategies (Pat O'Brien
 * in force on Morgan's approval, writing to the office instead of Sam, her single point of
 * contact — a breach — or to Sam — none; some only asking for replies at her address), and the
 * rest from everyone else, including people who must not be touched: Alex Morgan (proposed, not
 * in force) and look-alikes of Pat's address.
 */
const ENQUIRIES = { emailAddress: { name: "OPCC Enquiries", address: "enquiries@opcc.example.gov.uk" } };
const SAM = { emailAddress: { name: "Sam Carter", address: "sam.carter@opcc.example.gov.uk" } };
const PAT = { emailAddress: { name: "Pat O'Brien", address: "pat.o'brien@example.org" } };
const who = (name: string, address: string) => ({ emailAddress: { name, address } });
const DECOYS = [who("Alex Morgan", "alex.morgan@example.com"), who("Pat OBrien", "pat.obrien@example.org"), who("P O'Brien", "pat.o'brien@example.org.uk")];

export type SyntheticKind = "restrictedToOffice" | "restrictedToSpoc" | "restrictedReplyTo" | "decoy" | "other";

export interface SyntheticMessage {
  kind: SyntheticKind;
  data: Record<string, unknown>;
}

/** Deterministic: message i is restricted when i falls on the share's stride, so a run is repeatable. */
export function syntheticMailbox(count: number, restrictedShare: number, start = new Date("2026-11-20T08:00:00Z")): SyntheticMessage[] {
  const stride = Math.round(1 / restrictedShare);
  return Array.from({ length: count }, (_, i) => {
    const at = new Date(start.getTime() + i * 30_000).toISOString().replace(/\.\d{3}Z$/, "Z");
    const restricted = i % stride === stride - 1;
    const n = Math.floor(i / stride);
    const kind: SyntheticKind = restricted ? (["restrictedToOffice", "restrictedToOffice", "restrictedToSpoc", "restrictedReplyTo"] as const)[n % 4]! : i % 97 === 5 ? "decoy" : "other";
    const from = kind === "restrictedReplyTo" ? who("P. O'Brien (library)", "library.pc.12@example.net") : restricted ? PAT : kind === "decoy" ? DECOYS[i % DECOYS.length]! : who(`Resident ${i}`, `resident.${i}@example.com`);
    const body = restricted ? `Dear office,\n\nThis is letter ${n} about my complaint, reference OPCC/2026/${1000 + n}. Please reply.\n\nPat` : `Hello,\n\nA question about a community meeting (${i}).\n\nThanks`;
    return {
      kind,
      data: {
        internetMessageId: `<synthetic-${i}@example.mail>`,
        subject: restricted ? `My complaint, again (${n})` : `Community meeting question ${i}`,
        bodyPreview: body.slice(0, 255),
        body: { contentType: "text", content: body },
        from,
        sender: from,
        replyTo: kind === "restrictedReplyTo" ? [PAT] : [],
        toRecipients: [kind === "restrictedToSpoc" ? SAM : ENQUIRIES],
        ccRecipients: [],
        receivedDateTime: at,
        sentDateTime: at,
        importance: "normal",
      },
    };
  });
}

export const isRestricted = (kind: SyntheticKind) => kind.startsWith("restricted");
/** Mail from Pat (or asking for replies at her address) to the office, not to Sam: a breach of her single point of contact (Warwickshire 7). */
export const breaksStrategy = (kind: SyntheticKind) => kind === "restrictedToOffice" || kind === "restrictedReplyTo";
