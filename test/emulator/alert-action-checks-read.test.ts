import { describe, expect, it } from "vitest";
import { CASEY, DEMO_ROSTER, STAFF_DOMAIN } from "../../dev/demo/people";
import { actOnAlerts, loadAlertActions } from "../../src/app/alert-action";
import { alertActionEvent } from "../../src/app/alert-record";
import { escalationTargets } from "../../src/app/set-aside";
import type { AlertAction } from "../../src/policy/alerts/action";
import { getPack } from "../../src/policy/packs/index";
import { NOBODY_PURGES } from "../../src/app/records/retention-items";
import { demoSiteEachTest } from "../fakes/demo-office";

/**
 * Tester T6 (finding 5): what the add-in refuses before writing an alert action ("x" as who it was escalated to, "-" as
 * the police reference, "no action needed" as its own reason) was checked only in the add-in: Casey's own write (her
 * token, with its audit event) read back as a clean record. Now the reader applies the same checks and doubts it.
 */
const pack = getPack("warwickshire");
const demo = demoSiteEachTest();
const { storeOf } = demo;
const MESSAGE = "<t6-checks@example.net>";
const office = escalationTargets({ staffNames: [], staffDomains: [STAFF_DOMAIN] }, pack, DEMO_ROSTER);

describe("an alert action's checks hold where it is read (T6 finding 5)", () => {
  for (const [label, outcome] of [
    ["escalated to 'x'", { kind: "escalated", to: "x" }],
    ["reported to the police with reference '-'", { kind: "reportedToPolice", reference: "-" }],
    ["no action needed, reason 'no action needed'", { kind: "noActionNeeded", reason: "no action needed" }],
  ] as const) {
    it(`${label}: refused by the add-in, and Casey's own audited write reads as in doubt in the pane`, async () => {
      expect(await actOnAlerts({ store: storeOf(CASEY), office, id: "through-product", internetMessageId: MESSAGE, senderAddress: "jordan.blake@example.net", alertKinds: ["threat-to-staff"], outcome, by: CASEY.upn, now: new Date() })).toMatchObject({ ok: false });
      const action: AlertAction = { id: "casey-direct", internetMessageId: MESSAGE, senderAddress: "jordan.blake@example.net", alertKinds: ["crime"], outcome, by: CASEY.upn, at: new Date().toISOString() };
      const { item } = await storeOf(CASEY).recordAlertAction(action);
      await storeOf(CASEY).appendAudit(alertActionEvent({ ...action, ...(item ? { item } : {}) }));
      const entries = await loadAlertActions(storeOf(CASEY), MESSAGE, undefined, NOBODY_PURGES, office);
      expect(entries.map((e) => (e.kind === "recorded" ? [e.action.id, e.doubts.map((d) => d.kind)] : [e.kind]))).toEqual([["casey-direct", ["unchecked"]]]);
    });
  }

  it("control: an escalation to the duty manager written the same way reads clean", async () => {
    const action: AlertAction = { id: "casey-direct", internetMessageId: MESSAGE, senderAddress: "jordan.blake@example.net", alertKinds: ["crime"], outcome: { kind: "escalated", to: "the duty manager" }, by: CASEY.upn, at: new Date().toISOString() };
    const { item } = await storeOf(CASEY).recordAlertAction(action);
    await storeOf(CASEY).appendAudit(alertActionEvent({ ...action, ...(item ? { item } : {}) }));
    const entries = await loadAlertActions(storeOf(CASEY), MESSAGE, undefined, NOBODY_PURGES, office);
    expect(entries.map((e) => (e.kind === "recorded" ? [e.action.id, e.doubts.length] : [e.kind]))).toEqual([["casey-direct", 0]]);
  });
});
