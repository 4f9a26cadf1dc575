/**
 * The active spreadsheet, read once and written in blocks. Every method is one or two service calls; none loops over
 * cells. Use cases take this interface, so the rules never see SpreadsheetApp.
 */
import { richLink, type Link } from './rich-text';

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
  /** One read of an A1 range of a tab (`A1:P`). */
  readRange(name: string, notation: string): unknown[][];
  appendRow(name: string, row: unknown[]): void;
  /** Creates a tab (at the end) and returns it, or returns the existing one. */
  ensureSheet(name: string): { sheet: Sheet; created: boolean };
  /** Replaces a tab's whole content with one block: clear, then one write per attribute. */
  replaceContent(name: string, block: Block): Sheet;
  /**
   * Rewrites a projection tab (Synoptique, Impact…) with one write per attribute given, no clear: the block is padded
   * to the size it had last time, given by `previous`, so leftovers of a larger block are blanked in the same write.
   * Frozen rows are set only when the tab is created. Returns the size written.
   */
  writeProjection(name: string, block: Block, previous: { rows: number; columns: number }): { rows: number; columns: number };
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
    readRange(name, notation) {
      const tab = sheet(name);
      if (!tab) throw new Error(`Missing tab ${name}`);
      return tab.getRange(notation).getValues();
    },
    appendRow(name, row) {
      const tab = sheet(name);
      if (!tab) throw new Error(`Missing tab ${name}`);
      tab.appendRow(row.map(asSheetValue));
    },
    ensureSheet(name) {
      const existing = sheet(name);
      if (existing) return { sheet: existing, created: false };
      const created = ss.insertSheet(name, ss.getNumSheets());
      sheets.set(name, created);
      return { sheet: created, created: true };
    },
    replaceContent(name, block) {
      const { sheet: tab } = this.ensureSheet(name);
      tab.clear();
      const rows = block.values.length;
      const columns = rows ? block.values[0].length : 0;
      if (rows && columns) {
        if (tab.getMaxRows() < rows) tab.insertRowsAfter(tab.getMaxRows(), rows - tab.getMaxRows());
        if (tab.getMaxColumns() < columns) tab.insertColumnsAfter(tab.getMaxColumns(), columns - tab.getMaxColumns());
        const range = tab.getRange(1, 1, rows, columns);
        range.setValues(block.values.map((row) => row.map(asSheetValue)));
        if (block.backgrounds) range.setBackgrounds(block.backgrounds);
        if (block.fontColors) range.setFontColors(block.fontColors);
        if (block.fontWeights) range.setFontWeights(block.fontWeights as GoogleAppsScript.Spreadsheet.FontWeight[][]);
        if (block.notes) range.setNotes(block.notes);
      }
      tab.setFrozenRows(block.frozenRows ?? 0);
      tab.setFrozenColumns(block.frozenColumns ?? 0);
      return tab;
    },
    insertSheet(name) {
      const created = ss.insertSheet(name, ss.getNumSheets());
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
      this.range(name, startRow, column, links.length, 1).setRichTextValues(links.map((l) => [richLink(l)]));
    },
    writeProjection(name, block, previous) {
      const { sheet: tab, created } = this.ensureSheet(name);
      const rows = Math.max(block.values.length, previous.rows, 1);
      const columns = Math.max(block.values[0]?.length ?? 0, previous.columns, 1);
      const pad = <T>(matrix: T[][] | undefined, blank: T): T[][] | undefined =>
        matrix && Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => matrix[r]?.[c] ?? blank));
      if (created || tab.getMaxRows() < rows || tab.getMaxColumns() < columns) {
        if (tab.getMaxRows() < rows) tab.insertRowsAfter(tab.getMaxRows(), rows - tab.getMaxRows());
        if (tab.getMaxColumns() < columns) tab.insertColumnsAfter(tab.getMaxColumns(), columns - tab.getMaxColumns());
      }
      const range = tab.getRange(1, 1, rows, columns);
      range.setValues(pad(block.values.map((row) => row.map(asSheetValue)), '' as unknown)!);
      if (block.backgrounds) range.setBackgrounds(pad(block.backgrounds, null)!);
      if (block.fontColors) range.setFontColors(pad(block.fontColors, null)!);
      if (block.fontWeights) range.setFontWeights(pad(block.fontWeights, 'normal') as GoogleAppsScript.Spreadsheet.FontWeight[][]);
      if (created) {
        tab.setFrozenRows(block.frozenRows ?? 0);
        tab.setFrozenColumns(block.frozenColumns ?? 0);
      }
      return { rows: block.values.length, columns: block.values[0]?.length ?? 0 };
    },
    toast(message, title) {
      ss.toast(message, title ?? 'OLAP');
    },
  };
}
