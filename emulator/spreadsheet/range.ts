/** The Range object scripts use: values (range-base.ts) plus styles, notes, rich text, rules and structure. */
import { hyperlinkUrl } from './cell-values';
import { shiftDepth } from './groups';
import type { Cell } from './model';
import { createProtection } from './protection';
import { clearValue, RangeBase } from './range-base';
import { EmRichTextValue } from './rich-text';
import { cloneSpec, EmDataValidation } from './validation';

type StyleKey = 'bg' | 'fc' | 'fw' | 'fst' | 'fsz' | 'fl' | 'ha' | 'va' | 'wrap';
const STYLE_KEYS: StyleKey[] = ['bg', 'fc', 'fw', 'fst', 'fsz', 'fl', 'ha', 'va', 'wrap'];

const NAMED: Record<string, string> = { white: '#ffffff', black: '#000000', red: '#ff0000', green: '#008000', blue: '#0000ff', yellow: '#ffff00', orange: '#ffa500', gray: '#808080', grey: '#808080' };
/** Sheets reads colours back as lower-case hex. */
export function normalizeColor(c: string): string {
  const lower = c.trim().toLowerCase();
  return NAMED[lower] ?? lower;
}

export class EmRange extends RangeBase {
  private setStyle(method: string, key: StyleKey, value: unknown, map: (v: unknown) => unknown = (v) => v): this {
    this.rec(method, this.size);
    this.each((cell) => setKey(cell, key, value, map));
    return this;
  }
  private setStyles(method: string, key: StyleKey, values: unknown[][], map: (v: unknown) => unknown = (v) => v): this {
    this.rec(method, this.size);
    const data = this.checkMatrix(values);
    this.each((cell, i, j) => setKey(cell, key, data[i][j], map));
    return this;
  }
  private readStyles<T>(method: string, key: StyleKey, fallback: T): T[][] {
    this.rec(method, this.size);
    return this.sheet.map(this.area, (c) => ((c?.[key] as T | undefined) ?? fallback));
  }

  setBackground(color: string | null): this { return this.setStyle('setBackground', 'bg', color, color2); }
  setBackgrounds(colors: (string | null)[][]): this { return this.setStyles('setBackgrounds', 'bg', colors, color2); }
  getBackgrounds(): string[][] { return this.readStyles('getBackgrounds', 'bg', '#ffffff'); }
  getBackground(): string { this.rec('getBackground', 1); return this.topLeft()?.bg ?? '#ffffff'; }
  setFontColor(color: string | null): this { return this.setStyle('setFontColor', 'fc', color, color2); }
  setFontColors(colors: (string | null)[][]): this { return this.setStyles('setFontColors', 'fc', colors, color2); }
  getFontColors(): string[][] { return this.readStyles('getFontColors', 'fc', '#000000'); }
  getFontColor(): string { this.rec('getFontColor', 1); return this.topLeft()?.fc ?? '#000000'; }
  setFontWeight(w: string | null): this { return this.setStyle('setFontWeight', 'fw', w); }
  setFontWeights(w: (string | null)[][]): this { return this.setStyles('setFontWeights', 'fw', w); }
  getFontWeights(): string[][] { return this.readStyles('getFontWeights', 'fw', 'normal'); }
  getFontWeight(): string { this.rec('getFontWeight', 1); return this.topLeft()?.fw ?? 'normal'; }
  setFontStyle(s: string | null): this { return this.setStyle('setFontStyle', 'fst', s); }
  setFontSize(n: number): this { return this.setStyle('setFontSize', 'fsz', n); }
  setFontLine(l: string | null): this { return this.setStyle('setFontLine', 'fl', l); }
  setHorizontalAlignment(a: string | null): this { return this.setStyle('setHorizontalAlignment', 'ha', a); }
  setHorizontalAlignments(a: (string | null)[][]): this { return this.setStyles('setHorizontalAlignments', 'ha', a); }
  setVerticalAlignment(a: string | null): this { return this.setStyle('setVerticalAlignment', 'va', a); }
  setWrap(w: boolean): this { return this.setStyle('setWrap', 'wrap', w ? 'WRAP' : 'OVERFLOW'); }
  setWrapStrategy(s: unknown): this { return this.setStyle('setWrapStrategy', 'wrap', String(s)); }
  setBorder(..._args: unknown[]): this { this.rec('setBorder', this.size); return this; }
  merge(): this { this.rec('merge', this.size); return this; }
  mergeAcross(): this { this.rec('mergeAcross', this.size); return this; }
  breakApart(): this { this.rec('breakApart', this.size); return this; }

  setNote(note: string | null): this { return this.setNotesFrom('setNote', () => note); }
  setNotes(notes: (string | null)[][]): this {
    const data = this.checkMatrix(notes);
    return this.setNotesFrom('setNotes', (i, j) => data[i][j]);
  }
  private setNotesFrom(method: string, get: (i: number, j: number) => unknown): this {
    this.rec(method, this.size);
    this.each((cell, i, j) => {
      const n = get(i, j);
      if (n === null || n === undefined || n === '') delete cell.note;
      else cell.note = String(n);
    });
    return this;
  }
  getNote(): string { this.rec('getNote', 1); return this.topLeft()?.note ?? ''; }
  getNotes(): string[][] { this.rec('getNotes', this.size); return this.sheet.map(this.area, (c) => c?.note ?? ''); }
  clearNote(): this { this.rec('clearNote', this.size); this.each((c) => delete c.note); return this; }

  getRichTextValue(): EmRichTextValue | null { this.rec('getRichTextValue', 1); return richOf(this.topLeft()); }
  getRichTextValues(): (EmRichTextValue | null)[][] { this.rec('getRichTextValues', this.size); return this.sheet.map(this.area, richOf); }
  setRichTextValue(value: EmRichTextValue): this { this.rec('setRichTextValue', this.size); this.each((c) => writeRich(c, value)); return this; }
  setRichTextValues(values: EmRichTextValue[][]): this {
    this.rec('setRichTextValues', this.size);
    const data = this.checkMatrix(values) as EmRichTextValue[][];
    this.each((c, i, j) => writeRich(c, data[i][j]));
    return this;
  }

  getDataValidation(): EmDataValidation | null { this.rec('getDataValidation', 1); return this.ruleOf(this.topLeft()); }
  getDataValidations(): (EmDataValidation | null)[][] { this.rec('getDataValidations', this.size); return this.sheet.map(this.area, (c) => this.ruleOf(c)); }
  setDataValidation(rule: EmDataValidation | null): this {
    this.rec('setDataValidation', this.size);
    this.each((c) => setRule(c, rule));
    return this;
  }
  setDataValidations(rules: (EmDataValidation | null)[][]): this {
    this.rec('setDataValidations', this.size);
    const data = this.checkMatrix(rules) as (EmDataValidation | null)[][];
    this.each((c, i, j) => setRule(c, data[i][j]));
    return this;
  }
  clearDataValidations(): this { this.rec('clearDataValidations', this.size); this.each((c) => delete c.dv); return this; }
  private ruleOf(c: Cell | undefined): EmDataValidation | null {
    return c?.dv ? new EmDataValidation(cloneSpec(c.dv), this.book.codec) : null;
  }

  /** Checkbox validation on every cell, each set to the unchecked value (false by default). */
  insertCheckboxes(checked?: unknown, unchecked?: unknown): this {
    this.rec('insertCheckboxes', this.size);
    const values = [checked, unchecked].filter((v) => v !== undefined);
    this.each((c) => {
      c.dv = { type: 'CHECKBOX', values: values.slice(), allowInvalid: false, helpText: '' };
      clearValue(c);
      const off = values.length === 2 ? unchecked : false;
      if (off !== '') c.v = off as string | boolean;
    });
    return this;
  }
  /** Removes checkbox validation, and the value of cells holding a checked or unchecked value. */
  removeCheckboxes(): this {
    this.rec('removeCheckboxes', this.size);
    this.each((c) => {
      if (c.dv?.type !== 'CHECKBOX') return;
      const [on, off] = checkboxStates(c);
      if (c.v === on || c.v === off) clearValue(c);
      delete c.dv;
    });
    return this;
  }
  check(): this { return this.setChecked('check', true); }
  uncheck(): this { return this.setChecked('uncheck', false); }
  private setChecked(method: string, state: boolean): this {
    this.rec(method, this.size);
    this.each((c) => {
      if (c.dv?.type !== 'CHECKBOX') return;
      const [on, off] = checkboxStates(c);
      if (c.v === on || c.v === off) c.v = (state ? on : off) as Cell["v"];
    });
    return this;
  }
  /** true when all are checked, false when none is, null when mixed or when a cell is not a checkbox. */
  isChecked(): boolean | null {
    this.rec('isChecked', this.size);
    const states = this.sheet.map(this.area, (c) => (c?.dv?.type === 'CHECKBOX' ? c.v === checkboxStates(c)[0] : null)).flat();
    if (states.some((s) => s === null)) return null;
    return states.every((s) => s) ? true : states.every((s) => !s) ? false : null;
  }

  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean; commentsOnly?: boolean; validationsOnly?: boolean }): this {
    this.rec('clear', this.size);
    const o = options ?? {};
    const all = !o.contentsOnly && !o.formatOnly && !o.commentsOnly && !o.validationsOnly;
    this.each((c) => clearCell(c, { content: all || !!o.contentsOnly, format: all || !!o.formatOnly, notes: !!o.commentsOnly, validations: !!o.validationsOnly }));
    return this;
  }
  clearContent(): this { this.rec('clearContent', this.size); this.each(clearValue); return this; }
  clearFormat(): this { this.rec('clearFormat', this.size); this.each((c) => clearCell(c, { format: true })); return this; }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): EmRange {
    this.rec('offset');
    return this.book.sheet(this.sheet).rangeAt(this.area.row + rowOffset, this.area.col + columnOffset, numRows ?? this.area.numRows, numColumns ?? this.area.numCols);
  }
  getCell(row: number, column: number): EmRange {
    this.rec('getCell');
    if (row < 1 || column < 1 || row > this.area.numRows || column > this.area.numCols) throw new Error('Cell reference out of range');
    return this.book.range(this.sheet, { row: this.area.row + row - 1, col: this.area.col + column - 1, numRows: 1, numCols: 1 });
  }
  activate(): this { this.rec('activate'); this.book.model.activeSheetId = this.sheet.id; return this; }
  protect(): unknown { this.rec('protect'); return createProtection(this.book, this.sheet, { ...this.area }); }
  shiftRowGroupDepth(delta: number): this {
    this.rec('shiftRowGroupDepth', this.area.numRows);
    shiftDepth(this.sheet, this.area.row, this.area.numRows, delta);
    return this;
  }
}

function color2(v: unknown): unknown {
  return typeof v === 'string' ? normalizeColor(v) : v;
}

function setKey(cell: Cell, key: StyleKey, value: unknown, map: (v: unknown) => unknown): void {
  if (value === null || value === undefined) delete cell[key];
  else (cell as Record<string, unknown>)[key] = map(value);
}

export function clearCell(c: Cell, what: { content?: boolean; format?: boolean; notes?: boolean; validations?: boolean }): void {
  if (what.content) clearValue(c);
  if (what.format) {
    for (const k of STYLE_KEYS) delete c[k];
    delete c.fmt;
  }
  if (what.notes) delete c.note;
  if (what.validations) delete c.dv;
}

function checkboxStates(c: Cell): [unknown, unknown] {
  const v = c.dv?.values ?? [];
  return v.length === 2 ? [v[0], v[1]] : v.length === 1 ? [v[0], false] : [true, false];
}

function richOf(c: Cell | undefined): EmRichTextValue | null {
  const v = c?.v;
  if (v !== undefined && typeof v !== 'string') return null; // numbers, dates and booleans are not text
  const text = v ?? '';
  const url = hyperlinkUrl(c?.f);
  if (url) return new EmRichTextValue(text, [{ start: 0, end: text.length, url }]);
  return new EmRichTextValue(text, (c?.links ?? []).map((l) => ({ ...l })));
}

function writeRich(c: Cell, value: EmRichTextValue): void {
  clearValue(c);
  if (value.text !== '') c.v = value.text;
  if (value.links.length) c.links = value.links.map((l) => ({ ...l }));
}

function setRule(c: Cell, rule: EmDataValidation | null): void {
  if (rule) c.dv = cloneSpec(rule.spec);
  else delete c.dv;
}
