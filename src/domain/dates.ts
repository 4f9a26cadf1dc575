/**
 * Calendar days as `YYYY-MM-DD` strings. The arithmetic is done in UTC on purpose: a day string has no time zone,
 * so adding days never crosses a daylight-saving change.
 */
import type { IsoDay } from './types';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written `YYYY-MM-DD` (rejects `2026-02-30`). */
export function isIsoDay(text: unknown): text is IsoDay {
  if (typeof text !== 'string') return false;
  const m = ISO_DAY.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

export function addDays(day: IsoDay, days: number): IsoDay {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDay, to: IsoDay): number {
  const [y1, m1, d1] = from.split('-').map(Number);
  const [y2, m2, d2] = to.split('-').map(Number);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86400000);
}

/** `2026-11-23` → `23/11/2026`, the way French users read dates. */
export function frenchDay(day: IsoDay): string {
  const m = ISO_DAY.exec(day);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : day;
}

/** Cross-realm check: a `Date` made by Sheets (or another vm context) fails `instanceof Date`. */
export function isDateValue(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]' && !isNaN((value as Date).getTime());
}

/** Days since 1899-12-30: how Sheets stores a date as a number. */
export function serialToIsoDay(serial: number): IsoDay {
  return new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86400000).toISOString().slice(0, 10);
}

/**
 * Reads a cell that should hold a day: a `Date` (converted with `dayOf`, which knows the spreadsheet's time zone),
 * a date serial number, `YYYY-MM-DD` or `DD/MM/YYYY` text. Returns null for a blank cell, undefined when unreadable.
 */
export function cellToIsoDay(value: unknown, dayOf: (date: Date) => IsoDay): IsoDay | null | undefined {
  if (value === null || value === undefined) return null;
  if (isDateValue(value)) return dayOf(value);
  if (typeof value === 'number') return isFinite(value) && value > 0 ? serialToIsoDay(value) : undefined;
  const text = String(value).trim();
  if (text === '') return null;
  if (isIsoDay(text)) return text;
  const fr = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (fr) {
    const iso = `${fr[3]}-${fr[2].padStart(2, '0')}-${fr[1].padStart(2, '0')}`;
    return isIsoDay(iso) ? iso : undefined;
  }
  return undefined;
}
