/**
 * A configuration tab as rows of cells found by header (row 1), whatever the column order, extra columns or stray
 * spaces: users reorder and insert columns, and the method only fixes the header names.
 */
import type { Problem } from '../types';
import { CONFIG_MESSAGES, CONFIG_WHERE } from '../messages/config';
import { cellText, isBlankRow, normalizeKey } from './cells';

export interface Row {
  sheetRow: number; // 1-based row of the sheet
  get(header: string): unknown; // '' when the column does not exist
}

/** Collects problems with their location, so every reader reports everything it finds and never stops early. */
export class Problems {
  readonly list: Problem[] = [];

  constructor(readonly tab: string) {}

  atCell(row: number, column: string, why: string): void {
    this.list.push({ tab: this.tab, row, column, message: CONFIG_WHERE.cell(this.tab, row, column, why) });
  }

  atTab(why: string, column?: string): void {
    this.list.push({ tab: this.tab, ...(column ? { column } : {}), message: CONFIG_WHERE.tab(this.tab, why) });
  }
}

export function headerIndex(header: readonly unknown[]): Map<string, number> {
  const index = new Map<string, number>();
  header.forEach((cell, column) => {
    const key = normalizeKey(cell);
    if (key !== '' && !index.has(key)) index.set(key, column);
  });
  return index;
}

/**
 * The non-blank data rows of a tab, or undefined when a required column is missing (each missing column is
 * reported). A tab with nothing at all in it and no required column reads as empty.
 */
export function readTable(
  values: readonly (readonly unknown[])[],
  required: readonly string[],
  problems: Problems,
): Row[] | undefined {
  const index = headerIndex(values[0] ?? []);
  const missing = required.filter((header) => !index.has(normalizeKey(header)));
  missing.forEach((header) => problems.atTab(CONFIG_MESSAGES.columnMissing(header), header));
  if (missing.length > 0) return undefined;
  const columns = new Map<string, number | undefined>();
  const columnOf = (header: string): number | undefined => {
    if (!columns.has(header)) columns.set(header, index.get(normalizeKey(header)));
    return columns.get(header);
  };
  const rows: Row[] = [];
  values.forEach((cells, i) => {
    if (i === 0 || isBlankRow(cells)) return;
    rows.push({
      sheetRow: i + 1,
      get: (header) => {
        const column = columnOf(header);
        return column === undefined ? '' : cells[column] ?? '';
      },
    });
  });
  return rows;
}

/** The trimmed text of a required cell; reports it and returns '' when blank. */
export function requiredText(row: Row, header: string, problems: Problems): string {
  const text = cellText(row.get(header));
  if (text === '') problems.atCell(row.sheetRow, header, CONFIG_MESSAGES.blank(header));
  return text;
}

/** Remembers the first row of each key, to name both rows of a duplicate. */
export class FirstRows {
  private readonly rows = new Map<string, number>();

  /** The row where `key` was first seen, or undefined (and remembers this row) when it is new. */
  seen(key: string, row: number): number | undefined {
    const normal = normalizeKey(key);
    const first = this.rows.get(normal);
    if (first === undefined) this.rows.set(normal, row);
    return first;
  }

  has(key: string): boolean {
    return this.rows.has(normalizeKey(key));
  }
}
