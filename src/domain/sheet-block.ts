/**
 * A projection tab as one rectangle of values and formats, so the adapter writes it with one call per matrix
 * (`setValues`, `setBackgrounds`…): Sheets refuses ragged rows, so every row has the block's width.
 */
import { LIGHT_HEADER_COLOUR } from './codes';

export interface SheetBlock {
  values: (string | number)[][];
  backgrounds: (string | null)[][];
  fontColors: (string | null)[][];
  fontWeights: ('bold' | 'normal')[][];
  notes?: string[][];
  frozenRows: number;
  frozenColumns: number;
}

/** How a cell looks; an absent field is the sheet's default (no fill, black, normal weight). */
export interface Style {
  background?: string | null;
  fontColor?: string | null;
  bold?: boolean;
}

export interface Cell extends Style {
  value: string | number;
  note?: string;
}

export const PLAIN: Style = {};

export const headerCell = (value: string, note?: string): Cell => ({
  value,
  background: LIGHT_HEADER_COLOUR,
  bold: true,
  note,
});

/**
 * Writes a block row by row straight into its matrices. At network scale a synoptic holds 1.4 million cells: one
 * object per cell, converted afterwards, was most of its time (allocation and garbage collection). So a new row of
 * each matrix is one shared, frozen blank row (`''`, no fill, normal weight, no note), copied only when a cell of it
 * gets something else: most rows carry no font colour, many no bold. Frozen, a shared row throws if a reader tries
 * to change it in place instead of silently changing every blank row.
 */
export class BlockWriter {
  private readonly values: (string | number)[][] = [];
  private readonly backgrounds: (string | null)[][] = [];
  private readonly fontColors: (string | null)[][] = [];
  private readonly fontWeights: ('bold' | 'normal')[][] = [];
  private notes: string[][] | undefined; // made on the first note: most blocks have none
  private readonly blank: { text: Blank<string>; colour: Blank<null>; weight: Blank<'normal'> };

  constructor(readonly width: number) {
    this.blank = { text: blank(width, ''), colour: blank(width, null), weight: blank(width, 'normal') };
  }

  get height(): number {
    return this.values.length;
  }

  /** Appends a blank row and returns its index. */
  addRow(): number {
    const { text, colour, weight } = this.blank;
    this.values.push(text.shared);
    this.backgrounds.push(colour.shared);
    this.fontColors.push(colour.shared);
    this.fontWeights.push(weight.shared);
    this.notes?.push(text.shared);
    return this.values.length - 1;
  }

  set(row: number, column: number, value: string | number, style: Style = PLAIN, note?: string): void {
    if (value !== '') own(this.values, row, this.blank.text)[column] = value;
    if (style.background) own(this.backgrounds, row, this.blank.colour)[column] = style.background;
    if (style.fontColor) own(this.fontColors, row, this.blank.colour)[column] = style.fontColor;
    if (style.bold) own(this.fontWeights, row, this.blank.weight)[column] = 'bold';
    if (note) {
      this.notes ??= this.values.map(() => this.blank.text.shared);
      own(this.notes, row, this.blank.text)[column] = note;
    }
  }

  /** Appends a row of plain values from the left (no fill, no note). */
  pushValues(values: readonly (string | number)[]): void {
    const row = this.addRow();
    const target = own(this.values as (string | number)[][], row, this.blank.text);
    for (let column = 0; column < values.length; column++) target[column] = values[column];
  }

  /** Appends a row of cells from the left; the rest of the row stays blank. */
  push(cells: readonly Cell[]): void {
    const row = this.addRow();
    cells.forEach((cell, column) => this.set(row, column, cell.value, cell, cell.note));
  }

  build(frozenRows: number, frozenColumns: number): SheetBlock {
    const { values, backgrounds, fontColors, fontWeights } = this;
    const block: SheetBlock = { values, backgrounds, fontColors, fontWeights, frozenRows, frozenColumns };
    if (this.notes) block.notes = this.notes;
    return block;
  }
}

/** A blank row: the frozen one rows share, and a plain copy to copy from (copying a frozen array is much slower). */
interface Blank<T> {
  shared: T[];
  template: T[];
}

function blank<T>(width: number, value: T): Blank<T> {
  return { shared: Object.freeze(new Array<T>(width).fill(value)) as T[], template: new Array<T>(width).fill(value) };
}

/** The row of a matrix, copied from the blank the first time it is written. */
function own<T>(matrix: T[][], row: number, blank: Blank<unknown>): T[] {
  if (matrix[row] === blank.shared) matrix[row] = blank.template.slice() as T[];
  return matrix[row];
}

/** Pads every row to the widest one (at least one column). */
export function toSheetBlock(rows: Cell[][], frozenRows: number, frozenColumns: number): SheetBlock {
  let width = 1;
  for (const row of rows) width = Math.max(width, row.length);
  const writer = new BlockWriter(width);
  for (const row of rows) writer.push(row);
  return writer.build(frozenRows, frozenColumns);
}
