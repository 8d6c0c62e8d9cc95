import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { closingEvent, intentOf } from "../../src/app/records/intent";
import { notRecordedEvent } from "../../src/app/records/missing-decisions";
import { stepAuditEvent } from "../../src/app/strategy/steps";
import type { StrategyDetail } from "../../src/app/strategy/read";
import { subjectAccessDocument } from "../../src/app/records/subject-document";
import { History } from "../../src/taskpane/approvals/History";
import type { AuditEvent } from "../../src/store/port";
import { strategy } from "../builders/strategy";

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&#x27;|&#39;/g, "'").replace(/\s+/g, " ").trim();
const CASEY = "casey.worker@opcc.example.gov.uk";
const MORGAN = "morgan.reid@opcc.example.gov.uk";
const pat = strategy({ id: "pat", history: [{ type: "propose", from: "draft", to: "proposed", by: CASEY, at: "2026-11-25T11:00:00.000Z", why: "Abuse." }] });
const step = stepAuditEvent(pat, pat.history[0]!, 1);
const intent = intentOf(step, "propose: Pat O'Brien's strategy, draft → proposed");
const closed = closingEvent(intent, MORGAN, "2026-12-03T08:00:00.000Z");
const approved = { type: "approve" as const, from: "proposed" as const, to: "active" as const, by: MORGAN, at: "2026-11-26T09:00:00.000Z", why: "Met." };
const undecided = notRecordedEvent({ strategy: { ...pat, history: [...pat.history, approved] }, step: approved, position: 2 }, CASEY, "2026-12-04T08:00:00.000Z");

function historyOf(audit: AuditEvent[]): string {
  const detail = { strategy: { value: pat, etag: "" }, view: { refused: [] }, decisions: [], audit, breaches: [] } as unknown as StrategyDetail;
  return text(renderToStaticMarkup(<History detail={detail} />));
}

describe("the audit trail as people read it", () => {
  it("the strategy's page shows an intent as “Started”, and the event reconcile wrote as “Not completed … (settled by reconcile on …)”, never the raw keys", () => {
    const shown = historyOf([intent, closed, undecided]);
    expect(shown).toContain(`Started: proposing by ${CASEY}`);
    expect(shown).toContain(`Not completed: proposing (settled by reconcile on 3 December 2026) by ${MORGAN}: ${CASEY} began proposing at`);
    expect(shown).toContain(`Not completed: approving (settled by reconcile on 4 December 2026) by ${CASEY}: Pat O'Brien's strategy says ${MORGAN} decided at 2026-11-26T09:00:00.000Z (“Approved”)`);
    expect(shown).not.toMatch(/intent: |not done: /);
    // The intent's own wording is for the trail's readers of the raw list, not repeated here.
    expect(shown).not.toContain("follows when it is done");
  });

  it("a strategy's steps read in words, never the records' keys (T5 finding 11: “sendBack by Morgan Reid”)", () => {
    const sentBack = stepAuditEvent(pat, { type: "sendBack", from: "proposed", to: "draft", by: MORGAN, at: "2026-11-26T09:00:00.000Z", why: "Add the evidence." }, 2);
    const review = stepAuditEvent(pat, { type: "continue", from: "underReview", to: "active", by: MORGAN, at: "2026-12-26T09:00:00.000Z", why: "Still needed." }, 3);
    const shown = historyOf([step, { ...sentBack, author: { displayName: "Morgan Reid", upn: MORGAN } }, review]);
    expect(shown).toContain(`Proposed by ${CASEY}: draft → proposed. Abuse.`);
    expect(shown).toContain("Sent back to the proposer by Morgan Reid: proposed → draft. Add the evidence.");
    expect(shown).toContain(`Continued on review by ${MORGAN}: under review → in force. Still needed.`);
    expect(shown).not.toMatch(/sendBack|propose by|underReview|active\b/);
  });

  it("the decisions list says what was decided in words", () => {
    const detail = {
      strategy: { value: pat, etag: "" },
      view: { refused: [] },
      decisions: [{ id: "d1", kind: "sendBack", author: { displayName: "Morgan Reid", upn: MORGAN }, recordedAt: "2026-11-26T09:00:00.000Z", rationale: "Add the evidence." }],
      audit: [],
      breaches: [],
    } as unknown as StrategyDetail;
    const shown = text(renderToStaticMarkup(<History detail={detail} />));
    expect(shown).toContain("Sent back to the proposer by Morgan Reid: Add the evidence.");
    expect(shown).not.toContain("sendBack");
  });

  it("the subject access document words the trail the same way", () => {
    const html = subjectAccessDocument({
      requested: "pat.o'brien@example.org",
      addressesSearched: ["pat.o'brien@example.org"],
      exportedAt: "2026-12-05T10:00:00.000Z",
      exportedBy: MORGAN,
      strategies: [],
      contacts: [],
      decisions: [],
      letters: [],
      alertActions: [],
      audit: [intent, closed],
    });
    expect(text(html)).toContain("Started: proposing");
    expect(text(html)).toContain("Not completed: proposing (settled by reconcile on 3 December 2026)");
    expect(html).not.toMatch(/intent: |not done: /);
  });
});
