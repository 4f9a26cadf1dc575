/** Range geometry, values, formulas and number formats. Styles and rules are added in range.ts. */
import { areaToA1, type Area } from './a1';
import type { Book } from './book';
import { formulaValue, fromScript } from './cell-values';
import { DEFAULT_NUMBER_FORMAT, displayValue } from './display';
import type { Cell, RangeRef, SheetModel } from './model';

export function clearValue(cell: Cell): void {
  delete cell.v;
  delete cell.f;
  delete cell.links;
}

export class RangeBase {
  constructor(
    protected book: Book,
    protected sheet: SheetModel,
    protected area: Area,
  ) {}

  /** Internal reference (not a round trip): lets builders remember the range. */
  __ref(): RangeRef {
    return { sheetId: this.sheet.id, area: { ...this.area } };
  }

  /** Internal read and write (not round trips): used by Sheet.appendRow / getSheetValues and userEdit. */
  __values(): unknown[][] {
    return this.sheet.map(this.area, (c) => this.book.read(c?.v));
  }
  __write(values: unknown[][]): void {
    this.each((cell, i, j) => this.write(cell, values[i][j]));
  }

  protected get size(): number {
    return this.area.numRows * this.area.numCols;
  }

  protected rec(method: string, cells = 0): void {
    this.book.record(`Range.${method}`, cells);
  }

  protected topLeft(): Cell | undefined {
    return this.sheet.cell(this.area.row, this.area.col);
  }

  protected each(fn: (cell: Cell, i: number, j: number) => void): void {
    this.sheet.eachCell(this.area, fn);
  }

  /** Google's messages when a matrix does not fit the range. */
  protected checkMatrix(data: unknown): unknown[][] {
    if (!Array.isArray(data)) throw new Error(`The parameters (${typeof data}) don't match the method signature.`);
    if (data.length !== this.area.numRows) {
      throw new Error(`The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${this.area.numRows}.`);
    }
    for (const row of data) {
      const n = Array.isArray(row) ? row.length : 0;
      if (n !== this.area.numCols) {
        throw new Error(`The number of columns in the data does not match the number of columns in the range. The data has ${n} but the range has ${this.area.numCols}.`);
      }
    }
    return data as unknown[][];
  }

  protected write(cell: Cell, input: unknown): void {
    const asGiven = this.book.ctx.quirks?.parseStringsOnWrite === false && typeof input === 'string' && !input.startsWith('=');
    const entered = fromScript(input, asGiven || cell.fmt === '@', this.book.tz, this.book.locale);
    clearValue(cell);
    if (entered.v !== '') cell.v = entered.v;
    if (entered.f) cell.f = entered.f;
    if (entered.fmt && !cell.fmt) cell.fmt = entered.fmt;
  }

  protected writeFormula(cell: Cell, formula: unknown): void {
    const f = formula === null || formula === undefined ? '' : String(formula);
    if (f !== '' && !f.startsWith('=')) return this.write(cell, f);
    clearValue(cell);
    if (f === '') return;
    cell.f = f;
    const v = formulaValue(f);
    if (v !== '') cell.v = v;
  }

  getRow(): number { this.rec('getRow'); return this.area.row; }
  getColumn(): number { this.rec('getColumn'); return this.area.col; }
  getRowIndex(): number { this.rec('getRowIndex'); return this.area.row; }
  getNumRows(): number { this.rec('getNumRows'); return this.area.numRows; }
  getNumColumns(): number { this.rec('getNumColumns'); return this.area.numCols; }
  getHeight(): number { this.rec('getHeight'); return this.area.numRows; }
  getWidth(): number { this.rec('getWidth'); return this.area.numCols; }
  getLastRow(): number { this.rec('getLastRow'); return this.area.row + this.area.numRows - 1; }
  getLastColumn(): number { this.rec('getLastColumn'); return this.area.col + this.area.numCols - 1; }
  getA1Notation(): string { this.rec('getA1Notation'); return areaToA1(this.area); }
  getGridId(): number { this.rec('getGridId'); return this.sheet.id; }
  getSheet(): unknown { this.rec('getSheet'); return this.book.sheet(this.sheet); }

  getValues(): unknown[][] {
    this.rec('getValues', this.size);
    return this.sheet.map(this.area, (c) => this.book.read(c?.v));
  }
  getValue(): unknown {
    this.rec('getValue', 1);
    return this.book.read(this.topLeft()?.v);
  }
  setValues(values: unknown[][]): this {
    this.rec('setValues', this.size);
    const data = this.checkMatrix(values);
    this.each((cell, i, j) => this.write(cell, data[i][j]));
    return this;
  }
  /** Sets every cell of the range to the value, as Apps Script does. */
  setValue(value: unknown): this {
    this.rec('setValue', this.size);
    this.each((cell) => this.write(cell, value));
    return this;
  }
  isBlank(): boolean {
    this.rec('isBlank', this.size);
    return this.sheet.map(this.area, (c) => !!c && (c.v !== undefined || !!c.f)).every((r) => r.every((x) => !x));
  }

  getDisplayValues(): string[][] {
    this.rec('getDisplayValues', this.size);
    return this.sheet.map(this.area, (c) => displayValue(c?.v, c?.fmt, this.book.tz, this.book.locale));
  }
  getDisplayValue(): string {
    this.rec('getDisplayValue', 1);
    const c = this.topLeft();
    return displayValue(c?.v, c?.fmt, this.book.tz, this.book.locale);
  }

  getFormulas(): string[][] {
    this.rec('getFormulas', this.size);
    return this.sheet.map(this.area, (c) => c?.f ?? '');
  }
  getFormula(): string {
    this.rec('getFormula', 1);
    return this.topLeft()?.f ?? '';
  }
  setFormula(formula: string): this {
    this.rec('setFormula', this.size);
    this.each((cell) => this.writeFormula(cell, formula));
    return this;
  }
  setFormulas(formulas: string[][]): this {
    this.rec('setFormulas', this.size);
    const data = this.checkMatrix(formulas);
    this.each((cell, i, j) => this.writeFormula(cell, data[i][j]));
    return this;
  }

  getNumberFormats(): string[][] {
    this.rec('getNumberFormats', this.size);
    return this.sheet.map(this.area, (c) => c?.fmt ?? DEFAULT_NUMBER_FORMAT);
  }
  getNumberFormat(): string {
    this.rec('getNumberFormat', 1);
    return this.topLeft()?.fmt ?? DEFAULT_NUMBER_FORMAT;
  }
  setNumberFormat(format: string): this {
    this.rec('setNumberFormat', this.size);
    this.each((cell) => (cell.fmt = String(format)));
    return this;
  }
  setNumberFormats(formats: string[][]): this {
    this.rec('setNumberFormats', this.size);
    const data = this.checkMatrix(formats);
    this.each((cell, i, j) => (cell.fmt = String(data[i][j])));
    return this;
  }
}
