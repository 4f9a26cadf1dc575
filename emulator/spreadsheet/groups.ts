/** Row groups: stored as a depth per row; a group is a maximal run of rows at or above a depth. */
import type { Book } from './book';
import type { SheetModel } from './model';

export const MAX_GROUP_DEPTH = 8;

export interface GroupSpan {
  start: number;
  end: number;
  depth: number;
}

export function depthOf(sheet: SheetModel, row: number): number {
  return sheet.rowDepth[row - 1] ?? 0;
}

/** The group at `depth` that contains `row`, or null. */
export function groupAt(sheet: SheetModel, row: number, depth: number): GroupSpan | null {
  if (depth < 1 || depthOf(sheet, row) < depth) return null;
  let start = row;
  let end = row;
  while (start > 1 && depthOf(sheet, start - 1) >= depth) start--;
  while (end < sheet.maxRows && depthOf(sheet, end + 1) >= depth) end++;
  return { start, end, depth };
}

export function allGroups(sheet: SheetModel): GroupSpan[] {
  const out: GroupSpan[] = [];
  const max = Math.max(0, ...sheet.rowDepth.map((d) => d ?? 0));
  for (let depth = 1; depth <= max; depth++) {
    let start = 0;
    for (let r = 1; r <= sheet.rowDepth.length + 1; r++) {
      const inside = depthOf(sheet, r) >= depth;
      if (inside && !start) start = r;
      if (!inside && start) {
        out.push({ start, end: r - 1, depth });
        start = 0;
      }
    }
  }
  return out.sort((a, b) => a.start - b.start || a.depth - b.depth);
}

export function shiftDepth(sheet: SheetModel, row: number, numRows: number, delta: number): void {
  for (let r = row; r < row + numRows; r++) {
    sheet.rowDepth[r - 1] = Math.max(0, Math.min(MAX_GROUP_DEPTH, depthOf(sheet, r) + delta));
  }
  for (let i = 0; i < sheet.rowDepth.length; i++) if (sheet.rowDepth[i] === undefined) sheet.rowDepth[i] = 0;
}

const key = (g: GroupSpan): string => `${g.depth}:${g.start}`;

export class EmGroup {
  constructor(
    private book: Book,
    private sheet: SheetModel,
    private span: GroupSpan,
  ) {}
  private rec(method: string): void {
    this.book.record(`Group.${method}`);
  }
  getDepth(): number { this.rec('getDepth'); return this.span.depth; }
  getRange(): unknown {
    this.rec('getRange');
    return this.book.range(this.sheet, { row: this.span.start, col: 1, numRows: this.span.end - this.span.start + 1, numCols: this.sheet.maxCols });
  }
  getControlIndex(): number {
    this.rec('getControlIndex');
    return this.sheet.groupControlAfter ? this.span.end + 1 : this.span.start - 1;
  }
  isCollapsed(): boolean { this.rec('isCollapsed'); return this.sheet.collapsed.includes(key(this.span)); }
  collapse(): this {
    this.rec('collapse');
    if (!this.sheet.collapsed.includes(key(this.span))) this.sheet.collapsed.push(key(this.span));
    return this;
  }
  expand(): this {
    this.rec('expand');
    this.sheet.collapsed = this.sheet.collapsed.filter((k) => k !== key(this.span));
    return this;
  }
  remove(): void {
    this.rec('remove');
    this.sheet.collapsed = this.sheet.collapsed.filter((k) => k !== key(this.span));
    shiftDepth(this.sheet, this.span.start, this.span.end - this.span.start + 1, -1);
  }
}
