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
    expect(shown).toContain(`Started: propose by ${CASEY}`);
    expect(shown).toContain(`Not completed: propose (settled by reconcile on 3 December 2026) by ${MORGAN}: ${CASEY} began “propose”`);
    expect(shown).toContain(`Not completed: approve (settled by reconcile on 4 December 2026) by ${CASEY}: Pat O'Brien's strategy says ${MORGAN} decided “approve”`);
    expect(shown).not.toMatch(/intent: |not done: /);
    // The intent's own wording is for the trail's readers of the raw list, not repeated here.
    expect(shown).not.toContain("follows when it is done");
  });

  it("an ordinary event reads as written", () => {
    expect(historyOf([step])).toContain(`propose by ${CASEY}: draft → proposed. Abuse.`);
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
    expect(text(html)).toContain("Started: propose");
    expect(text(html)).toContain("Not completed: propose (settled by reconcile on 3 December 2026)");
    expect(html).not.toMatch(/intent: |not done: /);
  });
});
