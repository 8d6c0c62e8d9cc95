import { describe, expect, it } from "vitest";
import { idRanges, itemGaps, parseIdRanges } from "../../src/store/item-gaps";
import { mayConcern, reportedGaps } from "../../src/policy/record-gaps";

describe("deleted items, found by SharePoint's item ids (in order, never reused)", () => {
  const at = (minute: number) => `2026-12-04T10:${String(minute).padStart(2, "0")}:00.000Z`;

  it("finds each run of missing ids below the newest, with the times of the items either side", () => {
    const items = [1, 2, 5, 6, 9].map((item) => ({ item, recordedAt: at(item) }));
    expect(itemGaps(items)).toEqual([
      { from: 3, to: 4, after: at(2), before: at(5) },
      { from: 7, to: 8, after: at(6), before: at(9) },
    ]);
    // Ids from 1: the first items deleted are a gap too; nothing above the newest can be seen.
    expect(itemGaps([{ item: 3, recordedAt: at(3) }])).toEqual([{ from: 1, to: 2, before: at(3) }]);
    expect(itemGaps([1, 2, 3].map((item) => ({ item })))).toEqual([]);
  });

  it("leaves out the ids retention recorded, splitting a run around them", () => {
    const items = [1, 7].map((item) => ({ item }));
    expect(itemGaps(items, new Set([3, 4]))).toEqual([
      { from: 2, to: 2 },
      { from: 5, to: 6 },
    ]);
    expect(itemGaps(items, new Set([2, 3, 4, 5, 6]))).toEqual([]);
  });

  it("writes ids as short ranges and reads them back; a range too long for any list is read as nothing", () => {
    expect(idRanges([12, 3, 4, 5, 9, 4])).toBe("3–5, 9, 12");
    expect(parseIdRanges("3–5, 9, 12")).toEqual([3, 4, 5, 9, 12]);
    expect(parseIdRanges("1-2")).toEqual([1, 2]);
    expect(parseIdRanges("1–99999999, x, 4")).toEqual([4]);
  });
});

describe("which deleted decisions are reported, and on which strategy", () => {
  const gap = { from: 3, to: 3, after: "2026-12-05T09:00:00Z", before: "2026-12-05T12:00:00Z" };
  it("a gap whose next item was recorded before retention recorded Decisions ids may be an old purge: not reported", () => {
    expect(reportedGaps([{ ...gap, after: "2026-11-01T09:00:00Z", before: "2026-12-03T12:00:00Z" }, gap])).toEqual([gap]);
  });
  it("concerns a strategy whose item changed after its latest decision and since just before the gap; not one decided since, nor one untouched since its decision", () => {
    expect(mayConcern(gap, { decidedAt: ["2026-12-01T10:00:00Z"], itemChangedAt: "2026-12-05T10:00:00Z" })).toBe(true);
    expect(mayConcern(gap, { decidedAt: ["2026-12-01T10:00:00Z", "2026-12-05T12:00:00Z"], itemChangedAt: "2026-12-05T12:30:00Z" })).toBe(false);
    expect(mayConcern(gap, { decidedAt: ["2026-12-01T10:00:00Z"], itemChangedAt: "2026-12-01T09:59:59Z" })).toBe(false);
    expect(mayConcern(gap, { decidedAt: ["2026-12-01T10:00:00Z"], itemChangedAt: "2026-12-02T10:00:00Z" })).toBe(false);
    expect(mayConcern(gap, { decidedAt: ["2026-12-01T10:00:00Z"], recordMissing: true })).toBe(true);
  });
});
