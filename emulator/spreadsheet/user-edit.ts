/**
 * A person typing or pasting in the Sheets UI (test helper, not a round trip): strings are parsed in the
 * spreadsheet's locale, rejected when they break a strict data validation, and the onEdit event is returned.
 */
import { areaToA1 } from './a1';
import type { Book } from './book';
import { isDate, parseEntered, readValue, type Entered } from './cell-values';
import { toSerial } from './dates';
import { displayValue } from './display';
import type { CellValue, RangeRef } from './model';
import { user } from './protection';
import { clearValue } from './range-base';
import { satisfies } from './validation';

export type UserEditResult = { ok: true; event: GoogleAppsScript.Events.SheetsOnEdit } | { ok: false; message: string };

function typed(input: unknown, plainText: boolean, book: Book): Entered {
  if (input === null || input === undefined || input === '') return { v: '' };
  if (typeof input === 'string') return plainText ? { v: input } : parseEntered(input, book.tz, book.locale);
  if (typeof input === 'number' || typeof input === 'boolean') return { v: input };
  if (isDate(input)) return { v: new Date(input.getTime()) };
  return parseEntered(String(input), book.tz, book.locale);
}

/** How the onEdit event spells a value: text as is, booleans TRUE/FALSE, dates as their serial number. */
function eventValue(v: CellValue, book: Book): string {
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (isDate(v)) return String(toSerial(v, book.tz));
  return String(v);
}

export function userEdit(book: Book, sheetName: string, row: number, column: number, values: unknown[][]): UserEditResult {
  const sheet = book.model.sheetByName(sheetName);
  if (!sheet) return { ok: false, message: `There is no sheet named "${sheetName}".` };
  const numRows = values.length;
  const numCols = Math.max(0, ...values.map((r) => r.length));
  if (row < 1 || column < 1 || numRows < 1 || numCols < 1) return { ok: false, message: 'Nothing to edit.' };
  if (row + numRows - 1 > sheet.maxRows || column + numCols - 1 > sheet.maxCols) {
    return { ok: false, message: 'The coordinates of the range are outside the dimensions of the sheet.' };
  }
  const area = { row, col: column, numRows, numCols };
  const listFromRange = (ref: RangeRef): string[] => {
    const src = book.model.sheetById(ref.sheetId);
    return src ? src.map(ref.area, (c) => displayValue(c?.v, c?.fmt, book.tz, book.locale)).flat() : [];
  };

  const entered: Entered[][] = [];
  for (let i = 0; i < numRows; i++) {
    const line: Entered[] = [];
    for (let j = 0; j < numCols; j++) {
      const cell = sheet.cell(row + i, column + j);
      const e = typed(values[i][j], cell?.fmt === '@', book);
      const dv = cell?.dv;
      if (dv && !dv.allowInvalid && !e.f) {
        const text = displayValue(e.v, cell?.fmt, book.tz, book.locale);
        if (!satisfies(dv, e.v, text, listFromRange)) {
          const a1 = areaToA1({ row: row + i, col: column + j, numRows: 1, numCols: 1 });
          return { ok: false, message: `There was a problem\nThe data you entered in cell ${a1} violates the data validation rules set on this cell.` };
        }
      }
      line.push(e);
    }
    entered.push(line);
  }

  const single = numRows === 1 && numCols === 1;
  const oldValue = single ? readValue(sheet.cell(row, column)?.v) : '';
  sheet.eachCell(area, (cell, i, j) => {
    const e = entered[i][j];
    clearValue(cell);
    if (e.v !== '') cell.v = e.v;
    if (e.f) cell.f = e.f;
    if (e.fmt && !cell.fmt) cell.fmt = e.fmt;
  });

  const event: Record<string, unknown> = {
    authMode: 'LIMITED',
    range: book.range(sheet, area),
    source: book.spreadsheet,
    user: user(book.ctx.userEmail),
    triggerUid: 'simple-trigger',
  };
  if (single) {
    const newValue = entered[0][0].v;
    if (newValue !== '') event.value = eventValue(newValue, book);
    if (oldValue !== '') event.oldValue = eventValue(oldValue, book);
  }
  return { ok: true, event: event as unknown as GoogleAppsScript.Events.SheetsOnEdit };
}
