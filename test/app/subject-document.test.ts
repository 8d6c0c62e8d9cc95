import { describe, expect, it } from "vitest";
import type { SubjectAccessExport } from "../../src/app/records/subject-access";
import { subjectAccessDocument } from "../../src/app/records/subject-document";
import { strategy } from "../builders/strategy";
import { contactRecord, letterRecord } from "../store/contract";

const HOSTILE = `<script>alert("x")</script><img src=x onerror=alert(1)>`;

function exported(overrides: Partial<SubjectAccessExport> = {}): SubjectAccessExport {
  return {
    requested: "tel:+447700900123",
    addressesSearched: ["tel:+447700900123", "pat.o'brien@example.org"],
    exportedAt: "2026-11-25T10:00:00.000Z",
    exportedBy: "casey.worker@opcc.example.gov.uk",
    strategies: [strategy({ id: "pat", addresses: ["pat.o'brien@example.org", "tel:+447700900123"] })],
    contacts: [contactRecord({ subject: HOSTILE })],
    decisions: [],
    letters: [letterRecord({ text: `Dear Pat\n\n${HOSTILE}` })],
    alertActions: [],
    audit: [{ id: "e1", target: "strategy:pat", action: "propose", by: "casey.worker@opcc.example.gov.uk", at: "2026-11-20T10:00:00.000Z", detail: HOSTILE }],
    ...overrides,
  };
}

describe("the subject access document", () => {
  const html = subjectAccessDocument(exported());

  it("lists every address searched and what it holds, in sections a person can read", () => {
    expect(html).toContain("<h2>Addresses searched</h2>");
    expect(html).toContain("<li>tel:+447700900123</li>");
    expect(html).toContain("<li>pat.o&#39;brien@example.org</li>");
    expect(html).toContain("1 strategies, 1 contacts, 0 decisions, 1 letters, 0 alert actions, 1 audit events.");
    expect(html).toMatch(/<h2>Decisions<\/h2>\n<p>None held\.<\/p>/);
  });

  it("each letter says which it is — its form, who prepared it and when, and whether it was sent (T5 finding 10) — not only its subject and day", () => {
    const two = subjectAccessDocument(
      exported({
        letters: [
          letterRecord({ id: "L1", medium: "outlookNew", largePrint: true, preparedAt: "2026-11-20T10:00:00.000Z" }),
          letterRecord({ id: "L2", medium: "word", preparedAt: "2026-11-20T10:20:00.000Z", status: "sent", sentAt: "2026-11-20T15:00:00.000Z", sentBy: "sam.carter@opcc.example.gov.uk" }),
        ],
      }),
    );
    expect([...two.matchAll(/<h3>(.*?)<\/h3><p>(.*?)<\/p>/g)].map((m) => `${m[1]} | ${m[2]}`)).toEqual([
      "A written warning about how you contact us | Written warning (Outlook message, large print), prepared by Casey Worker on 20 November 2026 at 10:00: drafted, not yet marked sent",
      "A written warning about how you contact us | Written warning (Word document), prepared by Casey Worker on 20 November 2026 at 10:20: sent by Sam Carter on 20 November 2026 at 15:00",
    ]);
  });

  it("holds what people wrote as text: no script, no markup from a message, a letter or an audit event gets through", () => {
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html.match(/&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt;/g)).toHaveLength(3);
  });
  it("names the message of each alert action by its received date and subject, not its Internet id, and says where a set-aside stands (T7 #10)", () => {
    const base = { senderAddress: "jordan.blake@example.net", alertKinds: ["risk-to-life" as const], by: "casey.worker@opcc.example.gov.uk", at: "2026-12-04T23:47:00.000Z" };
    const doc = subjectAccessDocument(
      exported({
        contacts: [contactRecord({ internetMessageId: "<recorded@x>", subject: "Complaint 2025/0933 - last time", receivedAt: "2026-12-03T09:00:00.000Z" })],
        alertActions: [
          { ...base, id: "a1", internetMessageId: "<t7-one@x>", outcome: { kind: "noActionNeeded", reason: "he always says this stuff" }, message: { subject: "T7 one more thing", receivedAt: "2026-12-04T23:40:00.000Z", words: ["I won't be here by the weekend"] } },
          { ...base, id: "a2", internetMessageId: "<recorded@x>", outcome: { kind: "noActionNeeded", reason: "Known to the crisis team already." } },
          { ...base, id: "a3", internetMessageId: "<unknown@x>", outcome: { kind: "noActionNeeded", reason: "Known to the crisis team already." } },
          { ...base, id: "r1", internetMessageId: "<t7-one@x>", by: "morgan.reid@opcc.example.gov.uk", outcome: { kind: "setAsideReviewed", setAside: "a1", verdict: "overturned", note: "Goodbye letters: call 999 now." } },
          { ...base, id: "r2", internetMessageId: "<recorded@x>", by: "morgan.reid@opcc.example.gov.uk", outcome: { kind: "setAsideReviewed", setAside: "a2", verdict: "confirmed", note: "Rang the crisis team myself." } },
        ],
      }),
    );
    const rows = [...doc.split("<caption>Actions on alerts</caption>")[1]!.matchAll(/<tr><td>(.*?)<\/td><td>(.*?)<\/td><td>(.*?)<\/td><\/tr>/g)].map((m) => `${m[2]} | ${m[3]}`);
    expect(rows.slice(0, 3)).toEqual([
      "Received 2026-12-04: “T7 one more thing” | No action needed: he always says this stuff (set-aside overturned by morgan.reid@opcc.example.gov.uk: the alert was reopened for action)",
      "Received 2026-12-03: “Complaint 2025/0933 - last time” | No action needed: Known to the crisis team already. (set-aside confirmed by morgan.reid@opcc.example.gov.uk)",
      "A message whose date and subject are not on record (&lt;unknown@x&gt;) | No action needed: Known to the crisis team already. (set-aside awaiting a manager&#39;s review: the alert stays open)",
    ]);
  });
  it("a set-aside whose kept message was written through Graph as anything but strings still exports, its message not on record", () => {
    const forged = { id: "g1", internetMessageId: "<g@x>", senderAddress: "jordan.blake@example.net", alertKinds: ["risk-to-life" as const], by: "casey.worker@opcc.example.gov.uk", at: "2026-12-04T23:47:00.000Z", outcome: { kind: "noActionNeeded" as const, reason: "Known to the crisis team already." }, message: { subject: 5, receivedAt: 7, words: "x" } as never };
    expect(subjectAccessDocument(exported({ alertActions: [forged] }))).toContain("A message whose date and subject are not on record (&lt;g@x&gt;)");
  });
});
