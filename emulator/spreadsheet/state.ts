/** JSON-serialisable snapshot of a workbook; Dates are tagged `{ $date: ISO }` so that they round-trip. */
import type { Book } from './book';
import { isDate } from './cell-values';
import { BookModel, SheetModel, type Cell, type ConditionalRuleSpec, type ProtectionSpec } from './model';

export interface SheetState {
  id: number;
  name: string;
  maxRows: number;
  maxCols: number;
  frozenRows: number;
  frozenCols: number;
  hidden: boolean;
  tabColor: string | null;
  rowDepth: number[];
  collapsed: string[];
  groupControlAfter: boolean;
  conditionalRules: unknown[];
  columnWidths: Record<number, number>;
  rowHeights: Record<number, number>;
  /** Sparse cells: [row, column, cell] with 1-based coordinates. */
  cells: [number, number, unknown][];
}

export interface SpreadsheetState {
  version: 1;
  id: string;
  name: string;
  locale: string;
  timeZone: string;
  activeSheetId: number;
  nextSheetId: number;
  nextProtectionId: number;
  sheets: SheetState[];
  protections: unknown[];
}

export function encode(v: unknown): unknown {
  if (isDate(v)) return { $date: v.toISOString() };
  if (Array.isArray(v)) return v.map(encode);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) if (x !== undefined) out[k] = encode(x);
    return out;
  }
  return v;
}

export function decode(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(decode);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.$date === 'string' && Object.keys(o).length === 1) return new Date(o.$date);
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(o)) out[k] = decode(x);
    return out;
  }
  return v;
}

const isUsed = (c: Cell | undefined): c is Cell => !!c && Object.keys(c).length > 0;

export function toState(book: Book): SpreadsheetState {
  const m = book.model;
  return {
    version: 1,
    id: m.id,
    name: m.name,
    locale: m.locale,
    timeZone: book.ctx.timeZone,
    activeSheetId: m.activeSheetId,
    nextSheetId: m.nextSheetId,
    nextProtectionId: m.nextProtectionId,
    protections: m.protections.map(encode),
    sheets: m.sheets.map((s) => {
      const cells: [number, number, unknown][] = [];
      s.rows.forEach((r, i) => r?.forEach((c, j) => isUsed(c) && cells.push([i + 1, j + 1, encode(c)])));
      return {
        id: s.id,
        name: s.name,
        maxRows: s.maxRows,
        maxCols: s.maxCols,
        frozenRows: s.frozenRows,
        frozenCols: s.frozenCols,
        hidden: s.hidden,
        tabColor: s.tabColor,
        rowDepth: s.rowDepth.map((d) => d ?? 0),
        collapsed: s.collapsed.slice(),
        groupControlAfter: s.groupControlAfter,
        conditionalRules: s.conditionalRules.map(encode),
        columnWidths: { ...s.columnWidths },
        rowHeights: { ...s.rowHeights },
        cells,
      };
    }),
  };
}

/** Rebuilds the model. The context's time zone stays the authority (state.timeZone is informative). */
export function fromState(state: SpreadsheetState): BookModel {
  const m = new BookModel(state.id, state.name, state.locale);
  m.activeSheetId = state.activeSheetId;
  m.nextSheetId = state.nextSheetId;
  m.nextProtectionId = state.nextProtectionId;
  m.protections = state.protections.map((p) => decode(p) as ProtectionSpec);
  for (const s of state.sheets) {
    const sheet = new SheetModel(s.id, s.name);
    Object.assign(sheet, {
      maxRows: s.maxRows,
      maxCols: s.maxCols,
      frozenRows: s.frozenRows,
      frozenCols: s.frozenCols,
      hidden: s.hidden,
      tabColor: s.tabColor,
      rowDepth: s.rowDepth.slice(),
      collapsed: s.collapsed.slice(),
      groupControlAfter: s.groupControlAfter,
      conditionalRules: s.conditionalRules.map((r) => decode(r) as ConditionalRuleSpec),
      columnWidths: { ...s.columnWidths },
      rowHeights: { ...s.rowHeights },
    });
    for (const [row, col, cell] of s.cells) Object.assign(sheet.ensure(row, col), decode(cell) as Cell);
    m.sheets.push(sheet);
  }
  return m;
}
