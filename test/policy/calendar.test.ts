import { describe, expect, it } from "vitest";
import { addWorkingDays, bankHolidays, longDate } from "../../src/policy/calendar";

describe("the office's calendar", () => {
  it("counts working days past a weekend", () => {
    // Friday 27 November 2026 + 1 working day is Monday 30 November.
    expect(addWorkingDays(new Date("2026-11-27T10:00:00Z"), 1).toISOString().slice(0, 10)).toBe("2026-11-30");
    expect(addWorkingDays(new Date("2026-11-25T10:00:00Z"), 20).toISOString().slice(0, 10)).toBe("2026-12-23");
  });

  it("skips bank holidays in England and Wales: Christmas, Boxing Day's substitute, New Year, Easter", () => {
    // Wednesday 23 December 2026 + 1 is Thursday 24; + 2 skips Friday 25 (Christmas) and Monday 28 (Boxing Day, a Saturday).
    expect(addWorkingDays(new Date("2026-12-23T10:00:00Z"), 2).toISOString().slice(0, 10)).toBe("2026-12-29");
    // Thursday 31 December 2026 + 1 skips Friday 1 January.
    expect(addWorkingDays(new Date("2026-12-31T10:00:00Z"), 1).toISOString().slice(0, 10)).toBe("2027-01-04");
    // Thursday 25 March 2027 + 1 skips Good Friday (26 March) and Easter Monday (29 March).
    expect(addWorkingDays(new Date("2027-03-25T10:00:00Z"), 1).toISOString().slice(0, 10)).toBe("2027-03-30");
  });

  it("lists each year's bank holidays as GOV.UK publishes them, proclamations included", () => {
    expect([...bankHolidays(2022)].sort()).toEqual(["2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03", "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27"]);
    expect([...bankHolidays(2023)].sort()).toEqual(["2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08", "2023-05-29", "2023-08-28", "2023-12-25", "2023-12-26"]);
    expect([...bankHolidays(2026)].sort()).toEqual(["2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28"]);
    expect([...bankHolidays(2027)].sort()).toEqual(["2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28"]);
  });

  it("writes dates as staff in England and Wales do, whatever the time of day", () => {
    expect(longDate("2027-03-25")).toBe("25 March 2027");
    expect(longDate(new Date("2027-03-25T23:30:00Z"))).toBe("25 March 2027");
    expect(longDate("2027-03-25T00:30:00+01:00")).toBe("25 March 2027"); // the calendar date written, not shifted to UTC
  });

  it("gives back what is not a date rather than 'Invalid Date'", () => {
    expect(longDate("next spring")).toBe("next spring");
  });
});
