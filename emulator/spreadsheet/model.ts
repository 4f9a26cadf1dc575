/** The in-memory workbook: sheets store cells sparsely in row arrays, so a single-cell call never costs O(cells). */
import type { Area } from './a1';

export type CellValue = string | number | boolean | Date;

export interface LinkRun {
  start: number;
  end: number;
  url: string;
}

export interface ValidationSpec {
  type: string; // a DataValidationCriteria name, e.g. 'VALUE_IN_LIST'
  values: unknown[]; // criteria values; a range is stored as { $range: RangeRef }
  allowInvalid: boolean;
  helpText: string;
}

export interface RangeRef {
  sheetId: number;
  area: Area;
}

export interface Cell {
  v?: CellValue; // absent means empty ('')
  f?: string; // formula, e.g. '=HYPERLINK("url";"label")'
  fmt?: string; // number format
  bg?: string;
  fc?: string;
  fw?: string;
  fst?: string;
  fsz?: number;
  fl?: string;
  ha?: string;
  va?: string;
  wrap?: string;
  note?: string;
  links?: LinkRun[]; // rich-text links of the cell's text
  dv?: ValidationSpec;
}

export interface ConditionalRuleSpec {
  ranges: RangeRef[];
  type: string; // BooleanCriteria name
  values: unknown[];
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
}

export interface ProtectionSpec {
  id: number;
  type: 'SHEET' | 'RANGE';
  sheetId: number;
  area: Area | null; // null for a whole-sheet protection
  description: string;
  warningOnly: boolean;
  editors: string[];
  unprotected: Area[];
}

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;
export const MAX_CELLS = 10_000_000;

export function hasContent(cell: Cell | undefined): boolean {
  return !!cell && ((cell.v !== undefined && cell.v !== '') || !!cell.f);
}

export class SheetModel {
  rows: (Array<Cell | undefined> | undefined)[] = [];
  maxRows = DEFAULT_ROWS;
  maxCols = DEFAULT_COLUMNS;
  frozenRows = 0;
  frozenCols = 0;
  hidden = false;
  tabColor: string | null = null;
  rowDepth: number[] = []; // index row-1 → group depth
  collapsed: string[] = []; // `${depth}:${start}` of collapsed row groups
  groupControlAfter = true;
  conditionalRules: ConditionalRuleSpec[] = [];
  columnWidths: Record<number, number> = {};
  rowHeights: Record<number, number> = {};

  constructor(
    public id: number,
    public name: string,
  ) {}

  cell(row: number, col: number): Cell | undefined {
    return this.rows[row - 1]?.[col - 1];
  }

  ensure(row: number, col: number): Cell {
    let r = this.rows[row - 1];
    if (!r) r = this.rows[row - 1] = [];
    let c = r[col - 1];
    if (!c) c = r[col - 1] = {};
    return c;
  }

  /** Calls `fn` for every cell of the area, creating it. */
  eachCell(a: Area, fn: (cell: Cell, i: number, j: number) => void): void {
    for (let i = 0; i < a.numRows; i++) for (let j = 0; j < a.numCols; j++) fn(this.ensure(a.row + i, a.col + j), i, j);
  }

  /** Reads the area into a matrix, without creating cells. */
  map<T>(a: Area, fn: (cell: Cell | undefined) => T): T[][] {
    const out: T[][] = [];
    for (let i = 0; i < a.numRows; i++) {
      const r = this.rows[a.row - 1 + i];
      const line: T[] = new Array(a.numCols);
      for (let j = 0; j < a.numCols; j++) line[j] = fn(r?.[a.col - 1 + j]);
      out.push(line);
    }
    return out;
  }

  lastRow(): number {
    for (let i = Math.min(this.rows.length, this.maxRows) - 1; i >= 0; i--) {
      const r = this.rows[i];
      if (r && r.some(hasContent)) return i + 1;
    }
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (const r of this.rows) {
      if (!r) continue;
      for (let j = r.length - 1; j >= last; j--) {
        if (hasContent(r[j])) {
          last = j + 1;
          break;
        }
      }
    }
    return last;
  }

  insertRows(before: number, count: number): void {
    if (this.rows.length >= before) this.rows.splice(before - 1, 0, ...new Array(count).fill(undefined));
    if (this.rowDepth.length >= before) {
      const depth = this.rowDepth[before - 2] && this.rowDepth[before - 1] ? Math.min(this.rowDepth[before - 2], this.rowDepth[before - 1]) : 0;
      this.rowDepth.splice(before - 1, 0, ...new Array(count).fill(depth));
    }
    this.maxRows += count;
  }

  deleteRows(start: number, count: number): void {
    this.rows.splice(start - 1, count);
    this.rowDepth.splice(start - 1, count);
    this.maxRows -= count;
  }

  insertColumns(before: number, count: number): void {
    for (const r of this.rows) if (r && r.length >= before) r.splice(before - 1, 0, ...new Array(count).fill(undefined));
    this.maxCols += count;
  }

  deleteColumns(start: number, count: number): void {
    for (const r of this.rows) if (r) r.splice(start - 1, count);
    this.maxCols -= count;
  }
}

export class BookModel {
  sheets: SheetModel[] = [];
  protections: ProtectionSpec[] = [];
  activeSheetId = 0;
  nextSheetId = 1;
  nextProtectionId = 1;

  constructor(
    public id: string,
    public name: string,
    public locale: string,
  ) {}

  cellCount(): number {
    return this.sheets.reduce((n, s) => n + s.maxRows * s.maxCols, 0);
  }

  sheetById(id: number): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  /** Sheet names are case-insensitive in Sheets ('Journal' and 'journal' cannot coexist). */
  sheetByName(name: string): SheetModel | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }
}
