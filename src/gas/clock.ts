/**
 * Days in the spreadsheet's time zone. Apps Script runs JavaScript in the script's time zone, not the sheet's
 * (PLATFORM.md), so every conversion goes through Utilities.formatDate with the sheet's zone. Conversions are
 * memoised: a 20,000-row journal holds a few hundred distinct days, not 60,000.
 */
import type { IsoDay } from '../domain/types';

export interface Calendar {
  today(): IsoDay;
  /** 'YYYY-MM-DD HH:mm:ss' in the sheet's zone, for the journal's timestamp column. */
  timestamp(): string;
  dayOf(date: Date): IsoDay;
}

export function sheetCalendar(timeZone: string): Calendar {
  const days = new Map<number, IsoDay>();
  const dayOf = (date: Date): IsoDay => {
    const key = date.getTime();
    let day = days.get(key);
    if (day === undefined) {
      day = Utilities.formatDate(date, timeZone, 'yyyy-MM-dd');
      days.set(key, day);
    }
    return day;
  };
  return {
    today: () => Utilities.formatDate(new Date(), timeZone, 'yyyy-MM-dd'),
    timestamp: () => Utilities.formatDate(new Date(), timeZone, 'yyyy-MM-dd HH:mm:ss'),
    dayOf,
  };
}
