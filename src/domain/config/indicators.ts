/**
 * The `Indicateurs` tab: one row of outcome indicators per apprentice, keyed by `ID`, read into the impact table.
 * Every indicator may stay blank (not known yet); a filled one must be readable.
 */
import { cellToIsoDay } from '../dates';
import { CONFIG_MESSAGES } from '../messages/config';
import type { Apprentice, Indicators, IsoDay } from '../types';
import { INDICATOR_HEADERS } from '../workbook';
import { cellNumber, cellText, cellYesNo, normalizeKey } from './cells';
import { FirstRows, type Problems, type Row, readTable, requiredText } from './table';

const [ID, RUPTURE, RUPTURE_DATE, CONTRACT, EXAM, ABSENTEEISM, EMPLOYED, APPRENTICE_SAT, COMPANY_SAT] =
  INDICATOR_HEADERS;

function yesNo(row: Row, header: string, problems: Problems): boolean | null {
  const value = cellYesNo(row.get(header));
  if (value === undefined) problems.atCell(row.sheetRow, header, CONFIG_MESSAGES.yesNo(cellText(row.get(header))));
  return value ?? null;
}

function numberIn(row: Row, header: string, min: number, max: number, problems: Problems): number | null {
  const value = cellNumber(row.get(header));
  if (value === null) return null;
  if (value === undefined || value < min || value > max) {
    problems.atCell(row.sheetRow, header, CONFIG_MESSAGES.number(cellText(row.get(header)), min, max));
    return null;
  }
  return value;
}

function day(row: Row, header: string, dayOf: (d: Date) => IsoDay, problems: Problems): IsoDay | null {
  const value = cellToIsoDay(row.get(header), dayOf);
  if (value === undefined) problems.atCell(row.sheetRow, header, CONFIG_MESSAGES.date(cellText(row.get(header))));
  return value ?? null;
}

/** `apprentices` undefined: the roster was not read, so IDs are not checked against it. */
export function readIndicators(
  values: unknown[][],
  apprentices: Apprentice[] | undefined,
  dayOf: (d: Date) => IsoDay,
  problems: Problems,
): Indicators[] {
  const rows = readTable(values, [ID], problems) ?? [];
  const knownIds = new Map((apprentices ?? []).map((apprentice) => [normalizeKey(apprentice.id), apprentice.id]));
  const seen = new FirstRows();
  const indicators: Indicators[] = [];
  for (const row of rows) {
    const typedId = requiredText(row, ID, problems);
    const id = apprentices ? knownIds.get(normalizeKey(typedId)) : typedId;
    if (typedId !== '' && id === undefined) problems.atCell(row.sheetRow, ID, CONFIG_MESSAGES.unknownId(typedId));
    const firstRow = typedId === '' ? undefined : seen.seen(typedId, row.sheetRow);
    if (firstRow !== undefined) {
      problems.atCell(row.sheetRow, ID, CONFIG_MESSAGES.duplicateIndicators(typedId, firstRow));
    }
    const read: Indicators = {
      id: id ?? typedId,
      rupture: yesNo(row, RUPTURE, problems),
      ruptureDate: day(row, RUPTURE_DATE, dayOf, problems),
      contractObtained: yesNo(row, CONTRACT, problems),
      examPassed: yesNo(row, EXAM, problems),
      absenteeismPercent: numberIn(row, ABSENTEEISM, 0, 100, problems),
      employedAfter6Months: yesNo(row, EMPLOYED, problems),
      apprenticeSatisfaction: numberIn(row, APPRENTICE_SAT, 1, 5, problems),
      companySatisfaction: numberIn(row, COMPANY_SAT, 1, 5, problems),
    };
    if (id && firstRow === undefined) indicators.push(read);
  }
  return indicators;
}
