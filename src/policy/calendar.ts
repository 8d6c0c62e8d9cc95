import { easter } from "date-easter";

/** `from` plus n working days: Monday to Friday, skipping bank holidays in England and Wales. */
export function addWorkingDays(from: Date, days: number): Date {
  // Every message classified works out the office's response date from when it arrived: a day's
  // walk of ISO dates each time was a fiftieth of the classifier's time. Remembered by instant and days.
  const key = `${from.getTime()}|${days}`;
  let time = WORKING_DAYS_ON.get(key);
  if (time === undefined) {
    const result = new Date(from.getTime());
    let left = days;
    while (left > 0) {
      result.setUTCDate(result.getUTCDate() + 1);
      if (isWorkingDay(result)) left -= 1;
    }
    time = result.getTime();
    if (WORKING_DAYS_ON.size > 10_000) WORKING_DAYS_ON.clear(); // bounded
    WORKING_DAYS_ON.set(key, time);
  }
  // A new Date each time: callers may change theirs.
  return new Date(time);
}
const WORKING_DAYS_ON = new Map<string, number>();

/** Monday to Friday and not a bank holiday in England and Wales (UTC calendar day). */
export function isWorkingDay(date: Date): boolean {
  const day = date.getUTCDay();
  return day !== 0 && day !== 6 && !bankHolidays(date.getUTCFullYear()).has(date.toISOString().slice(0, 10));
}

/**
 * Bank holidays in England and Wales for a year, as ISO dates. Hand-written because the
 * maintained library for it (`date-holidays`) brings every country's data and moment-timezone
 * into the pane; Easter comes from `date-easter`, the rest from the Banking and Financial
 * Dealings Act 1971, Schedule 1 (New Year's Day, Good Friday, Easter Monday, the first and last
 * Mondays of May, the last Monday of August, Christmas Day, Boxing Day; a day falling on a
 * weekend is replaced by the next weekday), and the days moved or added by royal proclamation,
 * listed below with their source (GOV.UK, "UK bank holidays"). A year's proclamation not yet
 * listed here makes a deadline one day late, never early.
 */
export function bankHolidays(year: number): ReadonlySet<string> {
  let days = HOLIDAYS.get(year);
  if (!days) {
    days = new Set(statutory(year));
    for (const [moved, to] of PROCLAIMED) {
      if (moved.startsWith(`${year}-`)) days.delete(moved);
      for (const added of to) if (added.startsWith(`${year}-`)) days.add(added);
    }
    HOLIDAYS.set(year, days);
  }
  return days;
}
const HOLIDAYS = new Map<number, Set<string>>();

/**
 * Proclamations: [the statutory day removed ("" for none), the days given instead or as well].
 * 2020: the early May bank holiday moved to Friday 8 May (VE Day). 2022: the spring bank holiday
 * moved to Thursday 2 June, Friday 3 June added (Platinum Jubilee), Monday 19 September added
 * (the State Funeral of Queen Elizabeth II). 2023: Monday 8 May added (the Coronation).
 */
const PROCLAIMED: ReadonlyArray<[string, readonly string[]]> = [
  ["2020-05-04", ["2020-05-08"]],
  ["2022-05-30", ["2022-06-02", "2022-06-03"]],
  ["", ["2022-09-19", "2023-05-08"]],
];

function statutory(year: number): string[] {
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const on = (month: number, day: number) => new Date(Date.UTC(year, month - 1, day));
  const plus = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);
  const firstMonday = (month: number) => {
    const d = on(month, 1);
    return plus(d, (8 - d.getUTCDay()) % 7);
  };
  const lastMonday = (month: number) => {
    const d = on(month + 1, 0);
    return plus(d, -((d.getUTCDay() + 6) % 7));
  };
  const weekend = (d: Date) => d.getUTCDay() === 0 || d.getUTCDay() === 6;
  const { month, day } = easter(year);
  const sunday = on(month, day);
  // New Year's Day on a weekend: the Monday after.
  let newYear = on(1, 1);
  while (weekend(newYear)) newYear = plus(newYear, 1);
  // Christmas and Boxing Day on a weekend: each replaced by the next weekday not already a holiday.
  const christmas = on(12, 25);
  const boxing = on(12, 26);
  const taken = new Set<string>();
  const substitute = (d: Date) => {
    let at = d;
    while (weekend(at) || taken.has(iso(at))) at = plus(at, 1);
    taken.add(iso(at));
    return at;
  };
  const christmasObserved = substitute(christmas);
  const boxingObserved = substitute(boxing);
  return [newYear, plus(sunday, -2), plus(sunday, 1), firstMonday(5), lastMonday(5), lastMonday(8), christmasObserved, boxingObserved].map(iso);
}

/** A time as staff in England and Wales read it: "4 December 2026 at 20:51" (UK time); a string that is not one, unchanged. */
const LONG_TIME = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "Europe/London" });
export const longTime = (at: string): string => (Number.isNaN(Date.parse(at)) ? at : LONG_TIME.format(new Date(at)));

/**
 * The calendar day in England and Wales of an instant, as an ISO date: the day staff read beside its time ("15 June 2026
 * at 00:30" for 2026-06-14T23:30:00Z, summer time), whatever offset it was written with. A string that is not an instant:
 * its first ten characters.
 */
const UK_DAY = new Intl.DateTimeFormat("en-GB", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "Europe/London" });
export function ukDay(at: string): string {
  const time = Date.parse(at);
  if (Number.isNaN(time)) return at.slice(0, 10);
  const parts = UK_DAY.formatToParts(new Date(time));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/** A calendar date as staff in England and Wales write it ("25 March 2027"), read as UTC so no time zone moves it a day. */
const LONG_DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** `date` (a Date, or an ISO date or instant) as "25 March 2027"; a string that is not a date comes back unchanged. */
export function longDate(date: Date | string): string {
  const value = typeof date === "string" ? new Date(`${date.slice(0, 10)}T00:00:00Z`) : date;
  if (Number.isNaN(value.getTime())) return String(date);
  // Formatting is slow next to the classifier's other work, and a long message repeats its
  // deadlines: each calendar day is formatted once.
  const day = Math.floor(value.getTime() / 86_400_000);
  let written = WRITTEN.get(day);
  if (written === undefined) {
    if (WRITTEN.size >= 1000) WRITTEN.clear();
    written = LONG_DATE.format(value);
    WRITTEN.set(day, written);
  }
  return written;
}
const WRITTEN = new Map<number, string>();
