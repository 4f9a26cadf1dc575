/**
 * The `Périodes` tab (optional): each period in the company becomes a column of every grid, so each needs a
 * distinct name and readable dates in order.
 */
import { cellToIsoDay, frenchDay } from '../dates';
import { CONFIG_MESSAGES } from '../messages/config';
import type { IsoDay, Period } from '../types';
import { PERIOD_HEADERS } from '../workbook';
import { cellText } from './cells';
import { FirstRows, type Problems, type Row, readTable, requiredText } from './table';

const [NAME, START, END] = PERIOD_HEADERS;

function requiredDay(row: Row, header: string, dayOf: (d: Date) => IsoDay, problems: Problems): IsoDay | undefined {
  const value = row.get(header);
  const day = cellToIsoDay(value, dayOf);
  if (day === null) problems.atCell(row.sheetRow, header, CONFIG_MESSAGES.blank(header));
  else if (day === undefined) problems.atCell(row.sheetRow, header, CONFIG_MESSAGES.date(cellText(value)));
  return day ?? undefined;
}

export function readPeriods(values: unknown[][], dayOf: (d: Date) => IsoDay, problems: Problems): Period[] {
  const rows = readTable(values, PERIOD_HEADERS, problems) ?? [];
  const names = new FirstRows();
  const periods: Period[] = [];
  for (const row of rows) {
    const name = requiredText(row, NAME, problems);
    const start = requiredDay(row, START, dayOf, problems);
    const end = requiredDay(row, END, dayOf, problems);
    const firstRow = name === '' ? undefined : names.seen(name, row.sheetRow);
    if (firstRow !== undefined) problems.atCell(row.sheetRow, NAME, CONFIG_MESSAGES.duplicatePeriod(name, firstRow));
    if (start && end && end < start) {
      problems.atCell(row.sheetRow, END, CONFIG_MESSAGES.endBeforeStart(frenchDay(end), frenchDay(start)));
    }
    if (name && start && end) periods.push({ name, start, end });
  }
  return periods;
}
