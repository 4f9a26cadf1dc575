/**
 * Periods of the partner exports (SPEC §4.4): at most one export per ISO week or per calendar month. A period key is
 * what the `Exports` log remembers, so the hourly job can tell whether this period's export was already sent.
 */
import { PERIOD_TEXT } from './messages/reporting';
import type { ExportFrequency, IsoDay } from './types';

const WEEK_KEY = /^(\d{4})-W(\d{2})$/;
const MONTH_KEY = /^(\d{4})-(\d{2})$/;

const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * ISO-8601 week: weeks start on Monday and belong to the year of their Thursday, so 2027-01-01 (a Friday) is in
 * week 53 of 2026 and 2024-12-30 (a Monday) is in week 1 of 2025.
 */
export function isoWeek(day: IsoDay): { year: number; week: number } {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  const weekday = date.getUTCDay() || 7; // Monday 1 … Sunday 7
  const thursday = new Date(Date.UTC(y, m - 1, d + 4 - weekday));
  const year = thursday.getUTCFullYear();
  const dayOfYear = (thursday.getTime() - Date.UTC(year, 0, 1)) / 86400000;
  return { year, week: Math.floor(dayOfYear / 7) + 1 };
}

/** `2026-W48` for a weekly export, `2026-11` for a monthly one, null when exports are off. */
export function exportPeriodKey(today: IsoDay, frequency: ExportFrequency): string | null {
  if (frequency === 'hebdomadaire') {
    const { year, week } = isoWeek(today);
    return `${year}-W${pad2(week)}`;
  }
  if (frequency === 'mensuelle') return today.slice(0, 7);
  return null;
}

/** `semaine 48 de 2026`, `novembre 2026`; an unknown key is shown as it is. */
export function periodLabel(key: string): string {
  const week = WEEK_KEY.exec(key);
  if (week) return PERIOD_TEXT.week(Number(week[2]), Number(week[1]));
  const month = MONTH_KEY.exec(key);
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) return PERIOD_TEXT.month(Number(month[2]), Number(month[1]));
  return key;
}

/**
 * Due when exports are on and the current period has not been exported yet. Any other last key (an earlier period,
 * or one of the other frequency after the setting changed) means this period still owes its export.
 */
export function isExportDue(today: IsoDay, frequency: ExportFrequency, lastExportedKey: string | null): boolean {
  const key = exportPeriodKey(today, frequency);
  return key !== null && key !== lastExportedKey;
}
