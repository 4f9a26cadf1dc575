/** The Sheet object: ranges, size and structure, layout, protections, conditional rules and row groups. */
import { parseA1, resolveA1 } from './a1';
import type { Book } from './book';
import { EmConditionalFormatRule, cloneRuleSpec } from './conditional-format';
import { allGroups, depthOf, EmGroup, groupAt } from './groups';
import type { SheetModel } from './model';
import { createProtection, EmProtection } from './protection';
import { clearValue } from './range-base';
import { clearCell, EmRange } from './range';

export class EmSheet {
  constructor(
    private book: Book,
    readonly model: SheetModel,
  ) {}

  private rec(method: string, cells = 0): void {
    this.book.record(`Sheet.${method}`, cells);
  }

  /** Builds a range with Google's checks on its coordinates (no round trip of its own). */
  rangeAt(row: number, col: number, numRows = 1, numCols = 1): EmRange {
    if (row < 1) throw new Error('The starting row of the range is too small.');
    if (col < 1) throw new Error('The starting column of the range is too small.');
    if (numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (numCols < 1) throw new Error('The number of columns in the range must be at least 1.');
    if (row + numRows - 1 > this.model.maxRows || col + numCols - 1 > this.model.maxCols) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return this.book.range(this.model, { row, col, numRows, numCols });
  }

  rangeFromA1(a1: string): EmRange {
    const p = parseA1(a1);
    if (!p) throw new Error('Range not found');
    const a = resolveA1(p, this.model.maxRows, this.model.maxCols);
    return this.rangeAt(a.row, a.col, a.numRows, a.numCols);
  }

  getRange(a: number | string, col?: number, numRows?: number, numCols?: number): EmRange {
    this.rec('getRange');
    return typeof a === 'string' ? this.rangeFromA1(a) : this.rangeAt(a, col as number, numRows ?? 1, numCols ?? 1);
  }
  getDataRange(): EmRange {
    this.rec('getDataRange');
    const extra = this.book.ctx.quirks?.dataRangeExtraRows ?? 0;
    const rows = Math.max(1, this.model.lastRow() + extra);
    if (rows > this.model.maxRows) this.model.maxRows = rows;
    return this.rangeAt(1, 1, rows, Math.max(1, this.model.lastColumn()));
  }
  getSheetValues(row: number, col: number, numRows: number, numCols: number): unknown[][] {
    this.rec('getSheetValues', Math.max(0, numRows * numCols));
    const r = this.rangeAt(row, col, numRows === -1 ? this.model.lastRow() - row + 1 : numRows, numCols === -1 ? this.model.lastColumn() - col + 1 : numCols);
    return r.__values();
  }

  getName(): string { this.rec('getName'); return this.model.name; }
  getSheetName(): string { this.rec('getSheetName'); return this.model.name; }
  setName(name: string): this {
    this.rec('setName');
    const other = this.book.model.sheetByName(name);
    if (other && other !== this.model) throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    this.model.name = String(name);
    return this;
  }
  getSheetId(): number { this.rec('getSheetId'); return this.model.id; }
  getIndex(): number { this.rec('getIndex'); return this.book.model.sheets.indexOf(this.model) + 1; }
  getParent(): unknown { this.rec('getParent'); return this.book.spreadsheet; }
  activate(): this { this.rec('activate'); this.book.model.activeSheetId = this.model.id; this.model.hidden = false; return this; }

  getLastRow(): number { this.rec('getLastRow'); return this.model.lastRow(); }
  getLastColumn(): number { this.rec('getLastColumn'); return this.model.lastColumn(); }
  getMaxRows(): number { this.rec('getMaxRows'); return this.model.maxRows; }
  getMaxColumns(): number { this.rec('getMaxColumns'); return this.model.maxCols; }

  private addRows(method: string, before: number, count: number): this {
    this.rec(method);
    if (before < 1 || before > this.model.maxRows + 1) throw new Error('Those rows are out of bounds.');
    this.book.checkCellLimit(count * this.model.maxCols);
    this.model.insertRows(before, count);
    return this;
  }
  private addColumns(method: string, before: number, count: number): this {
    this.rec(method);
    if (before < 1 || before > this.model.maxCols + 1) throw new Error('Those columns are out of bounds.');
    this.book.checkCellLimit(count * this.model.maxRows);
    this.model.insertColumns(before, count);
    return this;
  }
  insertRows(rowIndex: number, numRows = 1): this { return this.addRows('insertRows', rowIndex, numRows); }
  insertRowsBefore(before: number, howMany: number): this { return this.addRows('insertRowsBefore', before, howMany); }
  insertRowsAfter(after: number, howMany: number): this { return this.addRows('insertRowsAfter', after + 1, howMany); }
  insertRowBefore(before: number): this { return this.addRows('insertRowBefore', before, 1); }
  insertRowAfter(after: number): this { return this.addRows('insertRowAfter', after + 1, 1); }
  insertColumns(colIndex: number, numColumns = 1): this { return this.addColumns('insertColumns', colIndex, numColumns); }
  insertColumnsBefore(before: number, howMany: number): this { return this.addColumns('insertColumnsBefore', before, howMany); }
  insertColumnsAfter(after: number, howMany: number): this { return this.addColumns('insertColumnsAfter', after + 1, howMany); }
  insertColumnBefore(before: number): this { return this.addColumns('insertColumnBefore', before, 1); }
  insertColumnAfter(after: number): this { return this.addColumns('insertColumnAfter', after + 1, 1); }

  deleteRow(row: number): this { return this.removeRows('deleteRow', row, 1); }
  deleteRows(row: number, howMany: number): this { return this.removeRows('deleteRows', row, howMany); }
  private removeRows(method: string, row: number, count: number): this {
    this.rec(method);
    if (row < 1 || count < 1 || row + count - 1 > this.model.maxRows) throw new Error('Those rows are out of bounds.');
    if (count >= this.model.maxRows - this.model.frozenRows) throw new Error('Sorry, it is not possible to delete all non-frozen rows.');
    this.model.deleteRows(row, count);
    return this;
  }
  deleteColumn(col: number): this { return this.removeColumns('deleteColumn', col, 1); }
  deleteColumns(col: number, howMany: number): this { return this.removeColumns('deleteColumns', col, howMany); }
  private removeColumns(method: string, col: number, count: number): this {
    this.rec(method);
    if (col < 1 || count < 1 || col + count - 1 > this.model.maxCols) throw new Error('Those columns are out of bounds.');
    if (count >= this.model.maxCols - this.model.frozenCols) throw new Error('Sorry, it is not possible to delete all non-frozen columns.');
    this.model.deleteColumns(col, count);
    return this;
  }

  /** Writes after the last row with content, growing the sheet when it is full. */
  appendRow(rowContents: unknown[]): this {
    this.rec('appendRow', Array.isArray(rowContents) ? rowContents.length : 0);
    const values = Array.isArray(rowContents) ? rowContents : [];
    const row = this.model.lastRow() + 1;
    if (row > this.model.maxRows) {
      this.book.checkCellLimit(this.model.maxCols);
      this.model.maxRows = row;
    }
    if (values.length > this.model.maxCols) {
      this.book.checkCellLimit((values.length - this.model.maxCols) * this.model.maxRows);
      this.model.maxCols = values.length;
    }
    if (values.length) this.book.range(this.model, { row, col: 1, numRows: 1, numCols: values.length }).__write([values]);
    return this;
  }

  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): this {
    this.rec('clear');
    const content = !options?.formatOnly || !!options?.contentsOnly;
    const format = !options?.contentsOnly || !!options?.formatOnly;
    this.eachCell((c) => clearCell(c, { content, format }));
    return this;
  }
  clearContents(): this { this.rec('clearContents'); this.eachCell(clearValue); return this; }
  clearFormats(): this { this.rec('clearFormats'); this.eachCell((c) => clearCell(c, { format: true })); return this; }
  clearNotes(): this { this.rec('clearNotes'); this.eachCell((c) => delete c.note); return this; }
  private eachCell(fn: (c: NonNullable<NonNullable<SheetModel['rows'][number]>[number]>) => void): void {
    for (const r of this.model.rows) if (r) for (const c of r) if (c) fn(c);
  }

  setFrozenRows(n: number): this { this.rec('setFrozenRows'); this.model.frozenRows = n; return this; }
  getFrozenRows(): number { this.rec('getFrozenRows'); return this.model.frozenRows; }
  setFrozenColumns(n: number): this { this.rec('setFrozenColumns'); this.model.frozenCols = n; return this; }
  getFrozenColumns(): number { this.rec('getFrozenColumns'); return this.model.frozenCols; }
  setColumnWidth(col: number, width: number): this { this.rec('setColumnWidth'); this.model.columnWidths[col] = width; return this; }
  setColumnWidths(start: number, num: number, width: number): this {
    this.rec('setColumnWidths');
    for (let c = start; c < start + num; c++) this.model.columnWidths[c] = width;
    return this;
  }
  getColumnWidth(col: number): number { this.rec('getColumnWidth'); return this.model.columnWidths[col] ?? 100; }
  setRowHeight(row: number, h: number): this { this.rec('setRowHeight'); this.model.rowHeights[row] = h; return this; }
  setRowHeights(start: number, num: number, h: number): this {
    this.rec('setRowHeights');
    for (let r = start; r < start + num; r++) this.model.rowHeights[r] = h;
    return this;
  }
  getRowHeight(row: number): number { this.rec('getRowHeight'); return this.model.rowHeights[row] ?? 21; }
  autoResizeColumns(_start: number, _num: number): this { this.rec('autoResizeColumns'); return this; }
  autoResizeColumn(_col: number): this { this.rec('autoResizeColumn'); return this; }

  hideSheet(): this {
    this.rec('hideSheet');
    const visible = this.book.model.sheets.filter((s) => !s.hidden);
    if (visible.length === 1 && visible[0] === this.model) throw new Error("You can't hide all the sheets in a document.");
    this.model.hidden = true;
    return this;
  }
  showSheet(): this { this.rec('showSheet'); this.model.hidden = false; return this; }
  isSheetHidden(): boolean { this.rec('isSheetHidden'); return this.model.hidden; }
  setTabColor(color: string | null): this { this.rec('setTabColor'); this.model.tabColor = color; return this; }
  getTabColor(): string | null { this.rec('getTabColor'); return this.model.tabColor; }

  protect(): EmProtection { this.rec('protect'); return createProtection(this.book, this.model, null); }
  getProtections(type: unknown): EmProtection[] {
    this.rec('getProtections');
    return this.book.model.protections.filter((p) => p.sheetId === this.model.id && p.type === String(type)).map((p) => new EmProtection(this.book, p));
  }

  setConditionalFormatRules(rules: EmConditionalFormatRule[]): void {
    this.rec('setConditionalFormatRules');
    this.model.conditionalRules = rules.map((r) => cloneRuleSpec(r.spec));
  }
  getConditionalFormatRules(): EmConditionalFormatRule[] {
    this.rec('getConditionalFormatRules');
    return this.model.conditionalRules.map((s) => new EmConditionalFormatRule(cloneRuleSpec(s), this.book.codec));
  }

  getRowGroupDepth(row: number): number { this.rec('getRowGroupDepth'); return depthOf(this.model, row); }
  getRowGroup(row: number, depth: number): EmGroup | null {
    this.rec('getRowGroup');
    const span = groupAt(this.model, row, depth);
    return span ? new EmGroup(this.book, this.model, span) : null;
  }
  setRowGroupControlPosition(position: unknown): this { this.rec('setRowGroupControlPosition'); this.model.groupControlAfter = String(position) !== 'BEFORE'; return this; }
  getRowGroupControlPosition(): string { this.rec('getRowGroupControlPosition'); return this.model.groupControlAfter ? 'AFTER' : 'BEFORE'; }
  expandAllRowGroups(): this { this.rec('expandAllRowGroups'); this.model.collapsed = []; return this; }
  collapseAllRowGroups(): this {
    this.rec('collapseAllRowGroups');
    this.model.collapsed = allGroups(this.model).map((g) => `${g.depth}:${g.start}`);
    return this;
  }
}
