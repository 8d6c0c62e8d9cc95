import { describe, expect, it } from "vitest";
import { actOnAlerts } from "../../src/app/alert-action";
import { checkOutcome } from "../../src/policy/alerts/action";
import { uncheckedWords } from "../../src/app/alert-record";
import { createMemoryStore } from "../../src/store/memory/store";
import type { CaseStore } from "../../src/store/port";
import { StoreError } from "../../src/store/port";

const MESSAGE = "<suicide@example.net>";
const base = {
  id: "act-1",
  internetMessageId: MESSAGE,
  senderAddress: "jordan.blake@example.net",
  alertKinds: ["risk-to-life" as const],
  by: "casey.worker@opcc.example.gov.uk",
  now: new Date("2026-11-25T10:05:00.000Z"),
};

describe("a record written through Graph is checked as the add-in checks it (T7 #1)", () => {
  it("an escalation to its own recorder, or a police reference of n/a, is doubted when read", () => {
    const by = { upn: "casey.worker@opcc.example.gov.uk", displayName: "Casey Worker" };
    expect(checkOutcome({ kind: "escalated", to: "Casey Worker" }, { recordedBy: by })).toMatchObject({ code: "escalatedToSelf" });
    expect(checkOutcome({ kind: "reportedToPolice", reference: "n/a" }, { recordedBy: by })).toMatchObject({ code: "policeReference" });
    expect(uncheckedWords("escalatedToSelf")).toBe("It was escalated to the person who recorded it, which tells no one");
    expect(checkOutcome({ kind: "escalated", to: "Dana Chief" }, { recordedBy: by })).toBeUndefined();
    expect(checkOutcome({ kind: "reportedToPolice", reference: "WK/2611/0042" }, { recordedBy: by })).toBeUndefined();
  });
});

describe("a new matter under a contact strategy, dealt with as a new matter (Warwickshire 7.2; T7 #16)", () => {
  const newMatter = { ...base, id: "act-new", internetMessageId: "<new-matter@example.net>", alertKinds: ["crime" as const, "new-matter" as const] };

  it("is recorded with its reference and audited on the message, as the other actions are", async () => {
    const store = createMemoryStore();
    const result = await actOnAlerts({ store, ...newMatter, outcome: { kind: "dealtWithAsNewMatter", reference: " OPCC/2026/0533 " } });
    expect(result).toMatchObject({ ok: true, action: { outcome: { kind: "dealtWithAsNewMatter", reference: "OPCC/2026/0533" } } });
    const [event] = await store.auditFor("contact:<new-matter@example.net>");
    expect(event).toMatchObject({ action: "alert dealtWithAsNewMatter", by: base.by, detail: "Dealt with as a new matter (reference OPCC/2026/0533) (alerts: crime, new-matter; AlertActions item 1)" });
  });

  it.each([
    ["n/a", "newMatterReference"],
    ["tbc", "newMatterReference"],
    ["", "newMatterReference"],
    ["no action needed", "newMatterReference"],
    // T8 #7: words that are not a reference, and a bare number.
    ...["ref", "see above", "abc", "xxx", "123", "new matter", "to follow", "not yet", "same as before"].map((r) => [r, "newMatterReference"]),
  ])("refuses the reference %j, writing nothing", async (reference, code) => {
    const store = createMemoryStore();
    const result = await actOnAlerts({ store, ...newMatter, outcome: { kind: "dealtWithAsNewMatter", reference } });
    expect(result).toMatchObject({ ok: false, code, message: expect.stringContaining("Give the reference the new matter is dealt with under") });
    expect(await store.alertActionsFor(newMatter.internetMessageId)).toEqual([]);
  });

  it("is refused on a message that raised no new-matter alert", async () => {
    const store = createMemoryStore();
    const result = await actOnAlerts({ store, ...base, outcome: { kind: "dealtWithAsNewMatter", reference: "OPCC/2026/0533" } });
    expect(result).toMatchObject({ ok: false, code: "notNewMatter" });
  });
});

describe("acting on an alert", () => {
  it("records the action and audits it on the message", async () => {
    const store = createMemoryStore();
    const result = await actOnAlerts({ store, ...base, outcome: { kind: "reportedToPolice", reference: "  WK-2611-0042 " } });
    expect(result).toMatchObject({ ok: true, action: { outcome: { kind: "reportedToPolice", reference: "WK-2611-0042" } } });
    expect(await store.alertActionsFor(MESSAGE)).toHaveLength(1);
    const [event] = await store.auditFor(`contact:${MESSAGE}`);
    expect(event).toMatchObject({ action: "alert reportedToPolice", by: base.by, detail: "Reported to the police (reference WK-2611-0042) (alerts: risk-to-life; AlertActions item 1)" });
  });

  it.each([
    [{ kind: "noActionNeeded" as const, reason: "" }, "reasonRequired", /Say why no action is needed/],
    [{ kind: "noActionNeeded" as const, reason: "  n/a  " }, "reasonRequired", /at least 10 letters/],
    [{ kind: "noActionNeeded" as const, reason: ".........." }, "reasonRequired", /in words/],
    [{ kind: "noActionNeeded" as const, reason: "aaaaaaaaaaaa" }, "reasonRequired", /in words/],
    [{ kind: "escalated" as const, to: "..." }, "escalatedToWhom", /who you escalated it to/],
    [{ kind: "reportedToPolice" as const, reference: "-" }, "policeReference", /police reference/],
    [{ kind: "escalated" as const, to: " " }, "escalatedToWhom", /who you escalated it to/],
    [{ kind: "reportedToPolice" as const, reference: "" }, "policeReference", /police reference/],
    // T7 #1: escalated to the person recording it, or a police reference that holds no reference.
    [{ kind: "escalated" as const, to: "Casey Worker" }, "escalatedToSelf", /Escalating to yourself tells no one/],
    [{ kind: "escalated" as const, to: "casey.worker@opcc.example.gov.uk" }, "escalatedToSelf", /Escalating to yourself/],
    [{ kind: "escalated" as const, to: "myself" }, "escalatedToSelf", /Escalating to yourself/],
    [{ kind: "reportedToPolice" as const, reference: "n/a" }, "policeReference", /with its digits/],
    [{ kind: "reportedToPolice" as const, reference: "unknown" }, "policeReference", /with its digits/],
    [{ kind: "reportedToPolice" as const, reference: "TBC" }, "policeReference", /with its digits/],
    [{ kind: "reportedToPolice" as const, reference: "999" }, "policeReference", /with its digits/],
    [{ kind: "reportedToPolice" as const, reference: "none" }, "policeReference", /with its digits/],
  ])("refuses %j, writing nothing", async (outcome, code, message) => {
    const store = createMemoryStore();
    const result = await actOnAlerts({ store, ...base, outcome });
    expect(result).toMatchObject({ ok: false, code, message: expect.stringMatching(message), policyRef: expect.stringMatching(/warwickshire-managing-public-contact-policy\.txt §(?:7\.2|6)$/) });
    expect(await store.alertActionsFor(MESSAGE)).toEqual([]);
    expect(await store.auditFor(`contact:${MESSAGE}`)).toEqual([]);
  });

  it("a retry after the audit failed completes it, with one action and one audit event", async () => {
    const memory = createMemoryStore();
    let failAudit = true;
    const store: Pick<CaseStore, "recordAlertAction" | "appendAudit" | "alertActionsFor"> = {
      alertActionsFor: (id) => memory.alertActionsFor(id),
      recordAlertAction: (a) => memory.recordAlertAction(a),
      appendAudit: async (e) => {
        if (failAudit) throw new StoreError("unavailable", "SharePoint did not answer.");
        return memory.appendAudit(e);
      },
    };
    const outcome = { kind: "escalated" as const, to: "Dana Chief" };
    await expect(actOnAlerts({ store, ...base, outcome })).rejects.toThrow(/did not answer/);
    failAudit = false;
    await actOnAlerts({ store, ...base, outcome });
    expect(await memory.alertActionsFor(MESSAGE)).toHaveLength(1);
    expect(await memory.auditFor(`contact:${MESSAGE}`)).toHaveLength(1);
  });
});
