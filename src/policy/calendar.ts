/** `from` plus n working days (Monday to Friday; bank holidays are not modelled). */
export function addWorkingDays(from: Date, days: number): Date {
  const result = new Date(from.getTime());
  let left = days;
  while (left > 0) {
    result.setUTCDate(result.getUTCDate() + 1);
    const day = result.getUTCDay();
    if (day !== 0 && day !== 6) left -= 1;
  }
  return result;
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
