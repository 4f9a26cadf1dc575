/**
 * The active spreadsheet, read once and written in blocks. Every method is one or two service calls; none loops over
 * cells. Use cases take this interface, so the rules never see SpreadsheetApp.
 */
import { richLink, type Link } from './rich-text';
import { cosmetic } from './cosmetic';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface Block {
  values: unknown[][];
  backgrounds?: (string | null)[][];
  fontColors?: (string | null)[][];
  fontWeights?: string[][];
  notes?: string[][];
  frozenRows?: number;
  frozenColumns?: number;
}

export interface Workbook {
  timeZone(): string;
  url(): string;
  sheet(name: string): Sheet | null;
  /** getDataRange().getValues() of a tab, header included; null when the tab does not exist. */
  read(name: string): unknown[][] | null;
  /** Row 1 of a tab, as wide as its last column; [] when the tab does not exist. */
  readHeader(name: string): unknown[];
  appendRow(name: string, row: unknown[]): void;
  /** Creates a tab (at the end) and returns it, or returns the existing one. */
  ensureSheet(name: string): { sheet: Sheet; created: boolean };
  /**
   * Rewrites a projection tab (Synoptique, Impact…) with one write per attribute and nothing else: the block is padded
   * to the size written last time (`memory`), so leftovers of a larger block are blanked in the same write, and the
   * sheet is measured and grown only when the remembered grid is unknown or too small. A grid a user shrank by hand
   * makes the write fail once: it is then measured, grown and written again. Returns what to remember next time.
   */
  writeProjection(name: string, block: Block, memory: ProjectionMemory): ProjectionMemory;
  /** Builds a tab under a temporary name at the end; `replace` then swaps it for the finished one. */
  insertSheet(name: string): Sheet;
  deleteSheet(sheet: Sheet): void;
  rename(sheet: Sheet, name: string): void;
  /** A range of a tab (the sheet handle is cached per execution). */
  range(name: string, row: number, column: number, rows: number, columns: number): GoogleAppsScript.Spreadsheet.Range;
  /** Writes one column of (possibly linked) texts from `startRow`: two calls. */
  writeLinks(name: string, column: number, startRow: number, links: Link[]): void;
  toast(message: string, title?: string): void;
}

/**
 * Sheets reads a written text like a typed one: `=2 pièces` would become a formula and `- 3 vis` an error. A leading
 * apostrophe keeps such a text as typed (the apostrophe itself is not part of the value).
 */
export function asSheetValue(value: unknown): unknown {
  return typeof value === 'string' && /^[=+\-@]/.test(value) ? `'${value}` : value;
}

/** What a projection tab's next rewrite needs to know about the last one. */
export interface ProjectionMemory {
  rows: number;
  columns: number;
  maxRows?: number;
  maxColumns?: number;
  frozen?: boolean;
}

/** Grows the sheet's grid (measured, unless `known`) to hold `rows` × `columns`. */
function fit(tab: Sheet, rows: number, columns: number, known?: { maxRows: number; maxColumns: number }): { maxRows: number; maxColumns: number } {
  let maxRows = known?.maxRows ?? tab.getMaxRows();
  let maxColumns = known?.maxColumns ?? tab.getMaxColumns();
  if (maxRows < rows) {
    tab.insertRowsAfter(maxRows, rows - maxRows);
    maxRows = rows;
  }
  if (maxColumns < columns) {
    tab.insertColumnsAfter(maxColumns, columns - maxColumns);
    maxColumns = columns;
  }
  return { maxRows, maxColumns };
}

export function activeWorkbook(): Workbook {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheets = new Map<string, Sheet | null>();
  let zone: string | null = null;

  const sheet = (name: string): Sheet | null => {
    if (!sheets.has(name)) sheets.set(name, ss.getSheetByName(name));
    return sheets.get(name) ?? null;
  };

  return {
    timeZone: () => (zone ??= ss.getSpreadsheetTimeZone()),
    url: () => ss.getUrl(),
    sheet,
    read(name) {
      const tab = sheet(name);
      return tab ? tab.getDataRange().getValues() : null;
    },
    readHeader(name) {
      const tab = sheet(name);
      if (!tab) return [];
      const width = tab.getLastColumn();
      return width > 0 ? tab.getRange(1, 1, 1, width).getValues()[0] : [];
    },
    appendRow(name, row) {
      const tab = sheet(name);
      if (!tab) throw new Error(`Missing tab ${name}`);
      tab.appendRow(row.map(asSheetValue));
    },
    ensureSheet(name) {
      const existing = sheet(name);
      if (existing) return { sheet: existing, created: false };
      const created = ss.insertSheet(name, ss.getSheets().length);
      sheets.set(name, created);
      return { sheet: created, created: true };
    },
    insertSheet(name) {
      const created = ss.insertSheet(name, ss.getSheets().length);
      sheets.set(name, created);
      return created;
    },
    deleteSheet(tab) {
      for (const [key, value] of sheets) if (value === tab) sheets.delete(key);
      ss.deleteSheet(tab);
    },
    rename(tab, name) {
      for (const [key, value] of sheets) if (value === tab) sheets.delete(key);
      tab.setName(name);
      sheets.set(name, tab);
    },
    range(name, row, column, rows, columns) {
      const tab = sheet(name);
      if (!tab) throw new Error(`Missing tab ${name}`);
      return tab.getRange(row, column, rows, columns);
    },
    writeLinks(name, column, startRow, links) {
      if (links.length === 0) return;
      const range = this.range(name, startRow, column, links.length, 1);
      try {
        range.setRichTextValues(links.map((l) => [richLink(l)]));
      } catch (error) {
        // Without rich text, the address itself: Sheets shows a typed URL as a link.
        console.warn(`OLAP liens sans texte enrichi (${name}) : ${(error as { message?: unknown } | null)?.message ?? error}`);
        range.setValues(links.map((l) => [l.url || l.text]));
      }
    },
    writeProjection(name, block, memory) {
      const existing = sheet(name);
      const tab = existing ?? this.ensureSheet(name).sheet;
      const height = Math.max(block.values.length, 1);
      const width = Math.max(block.values.reduce((w, row) => Math.max(w, row.length), 0), 1);
      // A new tab holds nothing to blank; an existing one is padded to what was written there last time.
      const rows = Math.max(height, existing ? memory.rows : 0);
      const columns = Math.max(width, existing ? memory.columns : 0);
      const pad = <T>(matrix: T[][], blank: T): T[][] =>
        Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => matrix[r]?.[c] ?? blank));
      let grid = existing && memory.maxRows && memory.maxColumns ? { maxRows: memory.maxRows, maxColumns: memory.maxColumns } : fit(tab, 0, 0);
      if (grid.maxRows < rows || grid.maxColumns < columns) grid = fit(tab, rows, columns, grid);
      const write = () => {
        const range = tab.getRange(1, 1, rows, columns);
        range.setValues(pad(block.values.map((row) => row.map(asSheetValue)), '' as unknown));
        cosmetic(`${name} colours`, () => {
          if (block.backgrounds) range.setBackgrounds(pad(block.backgrounds, null));
          if (block.fontColors) range.setFontColors(pad(block.fontColors, null));
          if (block.fontWeights) range.setFontWeights(pad(block.fontWeights, 'normal') as GoogleAppsScript.Spreadsheet.FontWeight[][]);
        });
      };
      try {
        write();
      } catch (error) {
        const measured = fit(tab, rows, columns);
        if (measured.maxRows === grid.maxRows && measured.maxColumns === grid.maxColumns) throw error;
        grid = measured;
        write();
      }
      if (!existing || memory.frozen === undefined) {
        cosmetic(`${name} frozen rows`, () => {
          tab.setFrozenRows(block.frozenRows ?? 0);
          tab.setFrozenColumns(block.frozenColumns ?? 0);
        });
      }
      return { rows: height, columns: width, ...grid, frozen: true };
    },
    toast(message, title) {
      ss.toast(message, title ?? 'OLAP');
    },
  };
}
