import { describe, expect, it } from "vitest";
import { addWorkingDays, longDate } from "../../src/policy/calendar";

describe("the office's calendar", () => {
  it("counts working days past a weekend", () => {
    // Friday 27 November 2026 + 1 working day is Monday 30 November.
    expect(addWorkingDays(new Date("2026-11-27T10:00:00Z"), 1).toISOString().slice(0, 10)).toBe("2026-11-30");
    expect(addWorkingDays(new Date("2026-11-25T10:00:00Z"), 20).toISOString().slice(0, 10)).toBe("2026-12-23");
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
