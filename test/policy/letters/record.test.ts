import { describe, expect, it } from "vitest";
import { transition } from "../../../src/policy/lifecycle/transition";
import { priorWarningOnRecord, warningsSent } from "../../../src/policy/letters/record";
import { getPack } from "../../../src/policy/packs/index";
import { command, head, strategy } from "../../builders/strategy";
import { letterRecord } from "../../store/contract";

const pack = getPack("warwickshire");
const proposed = strategy({ status: "proposed", proposedBy: "casey.worker@opcc.example.gov.uk", priorWarning: { kind: "none" } });
const approve = command("approve", head, { criteriaConfirmed: pack.criteria.map((c) => c.id), reviewDate: "2027-03-31" });
const sentWarning = letterRecord({ id: "W1", status: "sent", sentAt: "2026-10-02T11:00:00.000Z", sentBy: "casey.worker@opcc.example.gov.uk" });

describe("warnings recorded for a person without a strategy, seen by the warning-first guard", () => {
  it("a sent warning letter counts as the written warning when the strategy is approved (Warwickshire 6)", () => {
    expect(transition(proposed, approve, pack)).toMatchObject({ ok: false, code: "noPriorWarning" });
    expect(transition(proposed, approve, pack, { warningsOnRecord: warningsSent([sentWarning]) })).toMatchObject({ ok: true, strategy: { status: "active" } });
  });

  it("a drafted warning never sent is not a warning given; nor is another kind of letter", () => {
    const drafted = letterRecord({ id: "W2" });
    const signposting = letterRecord({ id: "S1", kind: "signposting", status: "sent", sentAt: "2026-10-02T11:00:00.000Z" });
    expect(warningsSent([drafted, signposting])).toEqual([]);
    expect(transition(proposed, approve, pack, { warningsOnRecord: warningsSent([drafted, signposting]) })).toMatchObject({ ok: false, code: "noPriorWarning" });
  });

  it("gives a proposal its prior warning from the record: the latest sent, by date, with the letter as reference", () => {
    const later = { ...sentWarning, id: "W3", sentAt: "2026-11-01T09:00:00.000Z" };
    expect(warningsSent([later, sentWarning])).toEqual(["2026-10-02", "2026-11-01"]);
    expect(priorWarningOnRecord([later, sentWarning])).toEqual({ kind: "given", on: "2026-11-01", reference: "W3" });
    expect(priorWarningOnRecord([])).toBeUndefined();
  });

  it("dates a warning by its day in the UK, the day shown beside its time, however its time was written (T9 #11)", () => {
    const summerNight = { ...sentWarning, id: "W4", sentAt: "2026-06-14T23:30:00.000Z" };
    const withOffset = { ...sentWarning, id: "W5", sentAt: "2026-06-15T00:30:00+01:00" };
    expect(warningsSent([summerNight])).toEqual(["2026-06-15"]);
    expect(warningsSent([withOffset])).toEqual(["2026-06-15"]);
    expect(priorWarningOnRecord([summerNight])).toEqual({ kind: "given", on: "2026-06-15", reference: "W4" });
    expect(warningsSent([{ ...sentWarning, sentAt: "2026-12-14T23:30:00.000Z" }])).toEqual(["2026-12-14"]);
  });
});
