/** Time-zone arithmetic for the spreadsheet's zone: wall-clock parts of an instant, and instants of wall-clock times. */

export interface WallClock {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const HOUR = 3_600_000;
const formatters = new Map<string, Intl.DateTimeFormat>();
const offsets = new Map<string, number>(); // `${tz}|${hourBucket}` → offset in ms

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(tz, f);
  }
  return f;
}

/** Offset of `tz` from UTC at instant `t` (ms), cached per hour: offsets change on hour boundaries. */
export function zoneOffset(t: number, tz: string): number {
  const bucket = Math.floor(t / HOUR);
  const key = `${tz}|${bucket}`;
  const cached = offsets.get(key);
  if (cached !== undefined) return cached;
  const at = bucket * HOUR;
  const parts: Record<string, number> = {};
  for (const p of formatter(tz).formatToParts(new Date(at))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  const offset = asUtc - at;
  if (offsets.size > 100_000) offsets.clear();
  offsets.set(key, offset);
  return offset;
}

export function wallClock(date: Date, tz: string): WallClock {
  const t = date.getTime();
  const shifted = new Date(t + zoneOffset(t, tz));
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  };
}

/** The instant at which the wall clock of `tz` shows the given time (midnight by default). */
export function zonedDate(tz: string, year: number, month: number, day: number, hour = 0, minute = 0, second = 0): Date {
  const guess = Date.UTC(year, month - 1, day, hour, minute, second);
  let t = guess - zoneOffset(guess, tz);
  const second_ = guess - zoneOffset(t, tz);
  if (second_ !== t) t = second_;
  return new Date(t);
}

/** True when the calendar date exists (no 31/02). */
export function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Sheets' serial number (days since 30/12/1899) of a date, in the zone's wall clock. */
export function toSerial(date: Date, tz: string): number {
  const t = date.getTime();
  return (t + zoneOffset(t, tz) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

export function fromSerial(serial: number, tz: string): Date {
  const wall = Date.UTC(1899, 11, 30) + Math.round(serial * 86_400_000);
  return new Date(wall - zoneOffset(wall - zoneOffset(wall, tz), tz));
}
