/**
 * Calendar days as `YYYY-MM-DD` strings, the only date form `google.script.run` carries. Arithmetic in UTC: a day
 * string has no time zone, so adding days never crosses a daylight-saving change. "Today" always comes from the
 * server (the spreadsheet's time zone), never from the browser clock.
 */
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDay(text: string): boolean {
  const m = ISO_DAY.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** `2026-11-23` → `23/11/2026`, the way French users read dates. */
export function frenchDay(day: string): string {
  const m = ISO_DAY.exec(day);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : day;
}

export interface DayRange {
  min: string;
  max: string;
}

/** The method's imminence rule: a due date lies between the identification date and identification + horizon. */
export function dueBounds(identifiedOn: string, horizonDays: number): DayRange | null {
  if (!isIsoDay(identifiedOn)) return null;
  return { min: identifiedOn, max: addDays(identifiedOn, Math.max(0, Math.floor(horizonDays))) };
}

/**
 * The due date to keep when the identification date changes: unchanged when still inside the new bounds, pulled to
 * the nearest bound otherwise, empty when nothing was chosen yet (the trainer asks the company, we do not guess).
 */
export function keepDueInBounds(dueOn: string, bounds: DayRange | null): string {
  if (!bounds || !isIsoDay(dueOn)) return dueOn;
  if (dueOn < bounds.min) return bounds.min;
  if (dueOn > bounds.max) return bounds.max;
  return dueOn;
}
