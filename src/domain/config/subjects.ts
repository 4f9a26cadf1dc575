/**
 * The `Matières` tab (optional): other subjects of the programme and the activities they serve, shown in the grids'
 * `Matières` column. Linked codes are written back in the referential's own spelling.
 */
import { CONFIG_MESSAGES } from '../messages/config';
import type { Activity, Subject } from '../types';
import { SUBJECT_HEADERS } from '../workbook';
import { cellList, cellText, normalizeKey } from './cells';
import { type Problems, readTable, requiredText } from './table';

const [NAME, OBJECTIVE, LINKED] = SUBJECT_HEADERS;

/** `activities` undefined: the referential was not read, so linked codes are kept as typed. */
export function readSubjects(values: unknown[][], activities: Activity[] | undefined, problems: Problems): Subject[] {
  const rows = readTable(values, [NAME, LINKED], problems) ?? [];
  const codes = new Map((activities ?? []).map((activity) => [normalizeKey(activity.code), activity.code]));
  const subjects: Subject[] = [];
  for (const row of rows) {
    const name = requiredText(row, NAME, problems);
    const activityCodes: string[] = [];
    for (const typed of cellList(row.get(LINKED))) {
      const code = activities ? codes.get(normalizeKey(typed)) : typed;
      if (code === undefined) problems.atCell(row.sheetRow, LINKED, CONFIG_MESSAGES.unknownActivity(typed));
      else activityCodes.push(code);
    }
    if (name !== '') subjects.push({ name, objective: cellText(row.get(OBJECTIVE)), activityCodes });
  }
  return subjects;
}
