/** Test-only view of a sheet (no round trip): every property as a matrix over the used area. */
import { areaToA1, type Area } from './a1';
import type { Book } from './book';
import { hyperlinkUrl, readValue } from './cell-values';
import { DEFAULT_NUMBER_FORMAT, displayValue } from './display';
import { allGroups } from './groups';
import type { Cell, CellValue, SheetModel } from './model';

export interface SheetPeek {
  /** Matrices cover the used area: every cell with content, format, note or validation. */
  values: CellValue[][];
  formulas: string[][];
  displayValues: string[][];
  backgrounds: string[][];
  fontColors: string[][];
  fontWeights: string[][];
  notes: string[][];
  links: (string | null)[][];
  /** Criteria values as DataValidation.getCriteriaValues() gives them; a source range as an A1 string. */
  validations: ({ type: string; values: unknown[]; allowInvalid: boolean; helpText: string } | null)[][];
  numberFormats: string[][];
  lastRow: number;
  lastColumn: number;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  frozenColumns: number;
  rowGroups: { start: number; end: number; depth: number; collapsed: boolean }[];
  protections: { type: string; range: string | null; description: string; warningOnly: boolean; editors: string[]; unprotected: string[] }[];
  conditionalRules: { ranges: string[]; type: string; values: unknown[]; background: string | null; fontColor: string | null; bold: boolean | null }[];
  hidden: boolean;
  tabColor: string | null;
}

function usedArea(s: SheetModel): Area {
  let rows = 0;
  let cols = 0;
  s.rows.forEach((r, i) => {
    if (!r) return;
    for (let j = r.length - 1; j >= 0; j--) {
      const c = r[j];
      if (c && Object.keys(c).length) {
        rows = i + 1;
        cols = Math.max(cols, j + 1);
        break;
      }
    }
  });
  return { row: 1, col: 1, numRows: rows, numCols: cols };
}

function linkOf(c: Cell | undefined): string | null {
  return hyperlinkUrl(c?.f) ?? c?.links?.[0]?.url ?? null;
}

export function peekSheet(book: Book, s: SheetModel): SheetPeek {
  const area = usedArea(s);
  const grid = <T>(fn: (c: Cell | undefined) => T): T[][] => s.map(area, fn);
  const refA1 = (v: unknown): unknown =>
    v && typeof v === 'object' && '$range' in (v as object) ? book.refToA1((v as { $range: never }).$range) : Array.isArray(v) ? v.slice() : v;
  return {
    values: grid((c) => readValue(c?.v)),
    formulas: grid((c) => c?.f ?? ''),
    displayValues: grid((c) => displayValue(c?.v, c?.fmt, book.tz, book.locale)),
    backgrounds: grid((c) => c?.bg ?? '#ffffff'),
    fontColors: grid((c) => c?.fc ?? '#000000'),
    fontWeights: grid((c) => c?.fw ?? 'normal'),
    notes: grid((c) => c?.note ?? ''),
    links: grid(linkOf),
    validations: grid((c) => (c?.dv ? { type: c.dv.type, values: c.dv.values.map(refA1), allowInvalid: c.dv.allowInvalid, helpText: c.dv.helpText } : null)),
    numberFormats: grid((c) => c?.fmt ?? DEFAULT_NUMBER_FORMAT),
    lastRow: s.lastRow(),
    lastColumn: s.lastColumn(),
    maxRows: s.maxRows,
    maxColumns: s.maxCols,
    frozenRows: s.frozenRows,
    frozenColumns: s.frozenCols,
    rowGroups: allGroups(s).map((g) => ({ ...g, collapsed: s.collapsed.includes(`${g.depth}:${g.start}`) })),
    protections: book.model.protections
      .filter((p) => p.sheetId === s.id)
      .map((p) => ({
        type: p.type,
        range: p.area ? areaToA1(p.area) : null,
        description: p.description,
        warningOnly: p.warningOnly,
        editors: p.editors.slice(),
        unprotected: p.unprotected.map(areaToA1),
      })),
    conditionalRules: s.conditionalRules.map((r) => ({
      ranges: r.ranges.map((x) => book.refToA1(x)),
      type: r.type,
      values: r.values.slice(),
      background: r.background,
      fontColor: r.fontColor,
      bold: r.bold,
    })),
    hidden: s.hidden,
    tabColor: s.tabColor,
  };
}
