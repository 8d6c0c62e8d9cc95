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
