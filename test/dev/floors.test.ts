import { describe, expect, it } from "vitest";
import { checkFloors, raisedFloors, withPooled, type Ratio } from "../../dev/eval/floors";

// The held-out gate of decision 0009: pooled per corpus at 0.02, per file with one message of grace.
const measured = (entries: Record<string, Ratio>) => withPooled(new Map(Object.entries(entries)), [8]);

describe("the held-out gate", () => {
  it("pools a corpus's held-out files message by message, as written and renamed apart", () => {
    const m = measured({
      "alerts/held-out crime recall": { hit: 8, of: 10 },
      "alerts/held-out-3 crime recall": { hit: 21, of: 30 },
      "alerts/held-out-3 renamed crime recall": { hit: 20, of: 30 },
      "alerts/dev crime recall": { hit: 5, of: 5 },
      "jigsaw/held-out abusive recall": { hit: 40, of: 100 },
    });
    expect(m.get("alerts/held-out (to -8) crime recall")).toEqual({ hit: 29, of: 40 });
    // One renamed file is its own pool, and a corpus with one held-out part (Jigsaw) is not pooled under another name.
    expect(m.has("alerts/held-out (to -8) renamed crime recall")).toBe(false);
    expect(m.has("jigsaw/held-out (to -8) abusive recall")).toBe(false);
    expect(m.has("alerts/dev (to -8) crime recall")).toBe(false);
  });

  it("lets one file lose one message where that is more than 0.02 of its cell, but not two", () => {
    const floors = { "alerts/held-out-3 crime recall": 0.7 };
    // 22/31 = 0.710 measured when the floor was set; one message fewer is 0.677 (passes), two fewer 0.645 (fails).
    expect(checkFloors(floors, measured({ "alerts/held-out-3 crime recall": { hit: 21, of: 31 } }))).toEqual([]);
    expect(checkFloors(floors, measured({ "alerts/held-out-3 crime recall": { hit: 20, of: 31 } }))).toHaveLength(1);
  });

  it("holds a pooled part at 0.02, so the messages a model loses in one file must be made up in the others", () => {
    const floors = { "alerts/held-out (to -8) crime recall": 0.75 };
    const lostEverywhere = measured({ "alerts/held-out crime recall": { hit: 70, of: 100 }, "alerts/held-out-2 crime recall": { hit: 70, of: 100 } });
    const [failure] = checkFloors(floors, lostEverywhere);
    expect(failure).toMatch(/alerts\/held-out \(to -8\) crime recall: 0\.700 \(140\/200\) is more than 0\.020 below its floor 0\.75/);
    const traded = measured({ "alerts/held-out crime recall": { hit: 69, of: 100 }, "alerts/held-out-2 crime recall": { hit: 82, of: 100 } });
    expect(checkFloors(floors, traded)).toEqual([]);
  });

  it("pools a newly registered file apart: the pool before it keeps its floors, so a harder file cannot re-base them lower", () => {
    const withTen = (entries: Record<string, Ratio>) => withPooled(new Map(Object.entries(entries)), [8, 10]);
    const m = withTen({
      "alerts/held-out crime recall": { hit: 8, of: 10 },
      "alerts/held-out-8 crime recall": { hit: 9, of: 10 },
      "alerts/held-out-10 crime recall": { hit: 2, of: 10 },
    });
    expect(m.get("alerts/held-out (to -8) crime recall")).toEqual({ hit: 17, of: 20 });
    expect(m.get("alerts/held-out (to -10) crime recall")).toEqual({ hit: 19, of: 30 });
    const floors = { "alerts/held-out (to -8) crime recall": 0.85 };
    expect(checkFloors(floors, m)).toEqual([]);
    // Raising sets the new pool's floors from what it measures and leaves the older pool's as they were.
    expect(raisedFloors(floors, m)).toMatchObject({ "alerts/held-out (to -8) crime recall": 0.85, "alerts/held-out (to -10) crime recall": 0.63 });
  });

  it("fails a floor whose figure was not measured at all", () => {
    expect(checkFloors({ "alerts/held-out-9 overall recall": 0.7 }, measured({}))).toEqual(["alerts/held-out-9 overall recall: not measured (is its corpus missing?)"]);
  });

  it("raises floors to what the held-out parts measure, pooled ones too, and never lowers one", () => {
    const m = measured({ "alerts/held-out crime recall": { hit: 9, of: 10 }, "alerts/held-out-2 crime recall": { hit: 6, of: 10 }, "alerts/dev crime recall": { hit: 1, of: 1 } });
    const raised = raisedFloors({ "alerts/held-out crime recall": 0.95, "alerts/held-out-2 crime recall": 0.5 }, m);
    expect(raised).toEqual({ "alerts/held-out (to -8) crime recall": 0.75, "alerts/held-out crime recall": 0.95, "alerts/held-out-2 crime recall": 0.6 });
  });
});
