/** The Spreadsheet object, plus the test helpers (toState, peek, userEdit…) that are not round trips. */
import type { Book } from './book';
import { SheetModel } from './model';
import { peekSheet, type SheetPeek } from './peek';
import type { EmRange } from './range';
import type { EmSheet } from './sheet';
import { toState, type SpreadsheetState } from './state';
import { userEdit, type UserEditResult } from './user-edit';
import { splitSheetName } from './a1';

export function defaultSheetName(locale: string, n: number): string {
  return `${/^fr/i.test(locale) ? 'Feuille' : 'Sheet'} ${n}`;
}

export class EmSpreadsheet {
  constructor(private book: Book) {
    book.spreadsheet = this;
  }

  private rec(method: string): void {
    this.book.record(`Spreadsheet.${method}`);
  }
  private get model() {
    return this.book.model;
  }
  private activeModel(): SheetModel {
    return this.model.sheetById(this.model.activeSheetId) ?? this.model.sheets[0];
  }

  getId(): string { this.rec('getId'); return this.model.id; }
  getName(): string { this.rec('getName'); return this.model.name; }
  rename(name: string): void { this.rec('rename'); this.model.name = String(name); }
  getUrl(): string { this.rec('getUrl'); return `https://docs.google.com/spreadsheets/d/${this.model.id}/edit`; }
  getNumSheets(): number { this.rec('getNumSheets'); return this.model.sheets.length; }
  getSheets(): EmSheet[] { this.rec('getSheets'); return this.model.sheets.map((s) => this.book.sheet(s)); }
  getSheetByName(name: string): EmSheet | null {
    this.rec('getSheetByName');
    const s = this.model.sheetByName(String(name));
    return s ? this.book.sheet(s) : null;
  }
  getSheetById(id: number): EmSheet | null {
    this.rec('getSheetById');
    const s = this.model.sheetById(id);
    return s ? this.book.sheet(s) : null;
  }

  /** insertSheet(), (name), (index), (name, index), with index 0-based; the new sheet becomes active. */
  insertSheet(a?: string | number, b?: number | object): EmSheet {
    this.rec('insertSheet');
    let name = typeof a === 'string' ? a : undefined;
    const index = typeof a === 'number' ? a : typeof b === 'number' ? b : this.model.sheets.length;
    if (name !== undefined && this.model.sheetByName(name)) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    if (name === undefined) {
      let n = this.model.sheets.length + 1;
      while (this.model.sheetByName(defaultSheetName(this.model.locale, n))) n++;
      name = defaultSheetName(this.model.locale, n);
    }
    const sheet = new SheetModel(this.model.nextSheetId, name);
    this.book.checkCellLimit(sheet.maxRows * sheet.maxCols);
    this.model.nextSheetId += 1;
    this.model.sheets.splice(Math.max(0, Math.min(index, this.model.sheets.length)), 0, sheet);
    this.model.activeSheetId = sheet.id;
    return this.book.sheet(sheet);
  }
  deleteSheet(sheet: EmSheet): void {
    this.rec('deleteSheet');
    const model = sheet.model;
    if (!this.model.sheets.includes(model)) throw new Error('Sheet not found');
    if (this.model.sheets.filter((s) => !s.hidden && s !== model).length === 0) {
      throw new Error("You can't remove all the visible sheets in a document.");
    }
    this.model.sheets = this.model.sheets.filter((s) => s !== model);
    this.model.protections = this.model.protections.filter((p) => p.sheetId !== model.id);
    if (this.model.activeSheetId === model.id) this.model.activeSheetId = this.model.sheets[0].id;
  }
  getActiveSheet(): EmSheet { this.rec('getActiveSheet'); return this.book.sheet(this.activeModel()); }
  setActiveSheet(sheet: EmSheet): EmSheet {
    this.rec('setActiveSheet');
    this.model.activeSheetId = sheet.model.id;
    sheet.model.hidden = false;
    return sheet;
  }
  getSpreadsheetTimeZone(): string { this.rec('getSpreadsheetTimeZone'); return this.book.ctx.timeZone; }
  setSpreadsheetTimeZone(tz: string): void { this.rec('setSpreadsheetTimeZone'); this.book.ctx.timeZone = String(tz); }
  getSpreadsheetLocale(): string { this.rec('getSpreadsheetLocale'); return this.model.locale; }
  setSpreadsheetLocale(locale: string): void { this.rec('setSpreadsheetLocale'); this.model.locale = String(locale); }

  toast(message: unknown, title?: unknown, timeoutSeconds?: number): void {
    this.rec('toast');
    this.book.toasts.push({
      message: String(message),
      title: title === undefined || title === null ? '' : String(title),
      timeoutSeconds: timeoutSeconds ?? 5,
      at: new Date(this.book.ctx.clock.now()),
    });
  }

  /** `'Feuille 1'!A1:B2`, `Alternants!A:P`, or `A1:C` on the active sheet. */
  getRange(a1: string): EmRange {
    this.rec('getRange');
    const [sheetName] = splitSheetName(String(a1));
    const model = sheetName === null ? this.activeModel() : this.model.sheetByName(sheetName);
    if (!model) throw new Error('Range not found');
    return this.book.sheet(model).rangeFromA1(String(a1));
  }
  getRangeByName(_name: string): null { this.rec('getRangeByName'); return null; }

  // ---- test helpers: not round trips, never recorded ----

  /** Every toast shown, oldest first. */
  get toasts(): { message: string; title: string; timeoutSeconds: number; at: Date }[] {
    return this.book.toasts;
  }
  toState(): SpreadsheetState {
    return toState(this.book);
  }
  peek(sheetName: string): SheetPeek | null {
    const s = this.model.sheetByName(sheetName);
    return s ? peekSheet(this.book, s) : null;
  }
  sheetNames(): string[] {
    return this.model.sheets.map((s) => s.name);
  }
  userEdit(sheetName: string, row: number, column: number, values: unknown[][]): UserEditResult {
    return userEdit(this.book, sheetName, row, column, values);
  }
}
