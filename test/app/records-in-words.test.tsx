import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CASEY, MORGAN } from "../../dev/demo/people";
import { alertActionEvent } from "../../src/app/alert-record";
import { repairEvent } from "../../src/app/records/audit-repair";
import { closingEvent, intentOf } from "../../src/app/records/intent";
import { checkOnStart } from "../../src/app/records/start-check";
import { verifyRecords } from "../../src/app/records/verify";
import { saveDraft } from "../../src/app/strategy/actions";
import type { StrategyDetail } from "../../src/app/strategy/read";
import { stepAuditEvent } from "../../src/app/strategy/steps";
import type { AlertAction } from "../../src/policy/alerts/action";
import { createMemoryStore } from "../../src/store/memory/store";
import type { AuditEvent } from "../../src/store/port";
import { History } from "../../src/taskpane/approvals/History";
import { strategy } from "../builders/strategy";

/**
 * What people read from the records check (`records verify`, the pane's check at start) and the events it writes says
 * what was done in words: "began proposing", "it gives no police reference" — the records' keys ("propose",
 * "policeReference") stay in the machine fields (the break's kind and requirement, the event's action).
 */
const KEYS = /“(propose|approve|sendBack|record)”|\((policeReference|escalatedToWhom|reasonRestates|ownProposal|notAuthoriser)\)|began “/;
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&#x27;|&#39;/g, "'").replace(/\s+/g, " ").trim();
const pat = strategy({ id: "pat", history: [{ type: "propose", from: "draft", to: "proposed", by: CASEY.upn, at: "2026-11-25T11:00:00.000Z", why: "Abuse." }] });
const step = stepAuditEvent(pat, pat.history[0]!, 1);

describe("the records check says what it found in words, and keeps the keys for machines", () => {
  it("an alert action written without the add-in: verify says what it lacks in words, the requirement's code in its own field", async () => {
    const store = createMemoryStore();
    const casey = store.as({ upn: CASEY.upn, displayName: CASEY.displayName });
    const action: AlertAction = { id: "casey-direct", internetMessageId: "<t6@example.net>", senderAddress: "jordan.blake@example.net", alertKinds: ["crime"], outcome: { kind: "reportedToPolice", reference: "-" }, by: CASEY.upn, at: new Date().toISOString() };
    const { item } = await casey.recordAlertAction(action);
    await casey.appendAudit(alertActionEvent({ ...action, ...(item ? { item } : {}) }));
    const found = (await verifyRecords(store)).breaks.filter((b) => b.kind === "alertActionUnchecked");
    expect(found).toEqual([expect.objectContaining({ kind: "alertActionUnchecked", requirement: "policeReference" })]);
    expect(found[0]!.message).toContain("lacks what the add-in requires before writing one: it gives no police reference. It was written without the add-in.");
    expect(found[0]!.message).not.toMatch(KEYS);
  });

  it("a step begun and never landed: verify, the pane's check at start and the event it writes say “began proposing”", async () => {
    const store = createMemoryStore();
    const casey = store.as({ upn: CASEY.upn, displayName: CASEY.displayName });
    await saveDraft(casey, { ...pat, history: [] }, undefined, CASEY, "2026-11-25T10:00:00.000Z");
    const intent = intentOf(step, "propose");
    await casey.appendAudit(intent);
    const unfinished = (await verifyRecords(store)).breaks.filter((b) => b.kind === "unfinished");
    expect(unfinished.map((b) => b.message)).toEqual([`${CASEY.upn} began proposing at ${step.at}, and it never landed; nothing on the trail says so yet.`]);
    const morgan = store.as({ upn: MORGAN.upn, displayName: MORGAN.displayName });
    const repaired = (await checkOnStart(morgan, MORGAN.upn, new Date("2026-11-25T12:00:00.000Z"))).repaired;
    expect(repaired.map((r) => r.message)).toEqual([`${CASEY.upn} began proposing at ${step.at}; it did not land, and the trail now says so.`]);
    const closed = (await store.auditFor("strategy:pat")).find((e) => e.action === "not done: propose")!;
    expect(closed.detail).toMatch(/^casey\.worker@opcc\.example\.gov\.uk began proposing at /);
    expect([...unfinished.map((b) => b.message), ...repaired.map((r) => r.message), closed.detail]).not.toContainEqual(expect.stringMatching(KEYS));
  });

  it("the events it writes read in words where the strategy's page shows them: an intent's detail, a closing, an event written later", () => {
    expect(intentOf(step, "take the step").detail).toBe("About to take the step. “Proposed” follows when it is done; without it, the change did not land.");
    expect(closingEvent(intentOf(step, "x"), MORGAN.upn, "2026-12-03T08:00:00.000Z").detail).not.toMatch(KEYS);
    const later = repairEvent({ event: step, kind: "propose", sameKind: () => false }, MORGAN.upn, "2026-12-03T08:00:00.000Z", "Morgan wrote this when finishing it");
    expect(later.action).toBe("propose (written later)");
    const detail = { strategy: { value: pat, etag: "" }, view: { refused: [] }, decisions: [], audit: [later] as AuditEvent[], breaches: [] } as unknown as StrategyDetail;
    expect(text(renderToStaticMarkup(<History detail={detail} />))).toContain(`Proposed (written later) by ${MORGAN.upn}`);
  });
});
