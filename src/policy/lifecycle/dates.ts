import type { IsoDate, IsoInstant } from "../strategy";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The calendar date (UTC) of an instant. */
export function dateOf(at: IsoInstant): IsoDate {
  return at.slice(0, 10);
}

export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/**
 * `date` plus whole calendar months, clamped to the month's last day (31 Jan + 1 month is
 * 28/29 Feb), as a person reading "review within six months" would count.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const firstOfTarget = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth() + 1, 0)).getUTCDate();
  firstOfTarget.setUTCDate(Math.min(d, lastDay));
  return firstOfTarget.toISOString().slice(0, 10);
}
