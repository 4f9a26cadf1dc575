/**
 * Writes a projection tab (Synoptique, Impact…) with one write per attribute and nothing else on a rebuild: the size
 * written last time and the tab's grid size are remembered in document properties, so leftovers of a larger block
 * are blanked in the same write and the grid is measured (and grown) only when the tab is new or too small. A tab
 * whose grid a user shrank makes the write fail once: it is then measured, grown and written again.
 */
import { asSheetValue, type Block } from '../gas/spreadsheet';
import { sheetCalendar } from '../gas/clock';
import type { Services } from './services';

interface Remembered {
  rows: number;
  columns: number;
  maxRows?: number;
  maxColumns?: number;
}

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function fit(tab: Sheet, rows: number, columns: number): { maxRows: number; maxColumns: number } {
  let maxRows = tab.getMaxRows();
  let maxColumns = tab.getMaxColumns();
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

export function writeProjectionTab(s: Services, name: string, block: Block): void {
  const key = `olap.size.${name}`;
  const previous = s.store.getJson<Remembered>(key, { rows: 0, columns: 0 });
  const height = block.values.length;
  const width = block.values.reduce((w, row) => Math.max(w, row.length), 0);
  let tab = s.workbook.sheet(name);
  const created = !tab;
  if (!tab) tab = s.workbook.ensureSheet(name).sheet;
  // A new tab holds nothing to blank; an existing one is padded to what was written there last time.
  const rows = Math.max(height, created ? 0 : previous.rows, 1);
  const columns = Math.max(width, created ? 0 : previous.columns, 1);
  const pad = <T>(matrix: T[][], blank: T): T[][] =>
    Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => matrix[r]?.[c] ?? blank));
  let grid =
    !created && previous.maxRows !== undefined && previous.maxColumns !== undefined
      ? { maxRows: previous.maxRows, maxColumns: previous.maxColumns }
      : null;
  if (!grid || grid.maxRows < rows || grid.maxColumns < columns) grid = fit(tab, rows, columns);
  const write = (sheet: Sheet) => {
    const range = sheet.getRange(1, 1, rows, columns);
    range.setValues(pad(block.values.map((row) => row.map(asSheetValue)), '' as unknown));
    if (block.backgrounds) range.setBackgrounds(pad(block.backgrounds, null));
    if (block.fontColors) range.setFontColors(pad(block.fontColors, null));
    if (block.fontWeights) range.setFontWeights(pad(block.fontWeights, 'normal') as GoogleAppsScript.Spreadsheet.FontWeight[][]);
  };
  try {
    write(tab);
  } catch (error) {
    // The remembered grid was stale (rows or columns deleted by hand): measure, grow, write again.
    const measured = fit(tab, rows, columns);
    if (measured.maxRows === grid.maxRows && measured.maxColumns === grid.maxColumns) throw error;
    grid = measured;
    write(tab);
  }
  if (created) {
    tab.setFrozenRows(block.frozenRows ?? 0);
    tab.setFrozenColumns(block.frozenColumns ?? 0);
  }
  const size: Remembered = { rows: Math.max(height, 1), columns: Math.max(width, 1), ...grid };
  if (size.rows !== previous.rows || size.columns !== previous.columns || size.maxRows !== previous.maxRows || size.maxColumns !== previous.maxColumns) {
    s.store.setJson(key, size);
  }
}

/** The spreadsheet's time zone is remembered at setup (see snapshot.ts): projections do not pay a call to ask it. */
const TIME_ZONE_KEY = 'olap.timeZone';

export function withRememberedTimeZone(s: Services): Services {
  const zone = s.store.get(TIME_ZONE_KEY);
  if (!zone) return s;
  const calendar = sheetCalendar(zone);
  return {
    get workbook() {
      return s.workbook;
    },
    get store() {
      return s.store;
    },
    get drive() {
      return s.drive;
    },
    get mailer() {
      return s.mailer;
    },
    get triggers() {
      return s.triggers;
    },
    get calendar() {
      return calendar;
    },
  };
}
