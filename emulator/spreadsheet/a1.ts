/** A1 notation: column letters, cell and range references, with an optional quoted sheet name. */

export interface Area {
  row: number; // 1-based
  col: number;
  numRows: number;
  numCols: number;
}

export interface ParsedA1 {
  sheetName: string | null;
  /** null bounds are open ('A:C' has no rows, '2:5' no columns, 'A2:C' no end row). */
  row: number | null;
  col: number | null;
  endRow: number | null;
  endCol: number | null;
}

export function columnToLetters(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** `'Feuille 1'!A1:B2` → ['Feuille 1', 'A1:B2']. */
export function splitSheetName(ref: string): [string | null, string] {
  const bang = ref.lastIndexOf('!');
  if (bang < 0) return [null, ref];
  let name = ref.slice(0, bang);
  if (name.startsWith("'") && name.endsWith("'")) name = name.slice(1, -1).replace(/''/g, "'");
  return [name, ref.slice(bang + 1)];
}

const PART = /^\$?([A-Za-z]*)\$?(\d*)$/;

export function parseA1(ref: string): ParsedA1 | null {
  const [sheetName, body] = splitSheetName(ref.trim());
  const pieces = body.split(':');
  if (pieces.length > 2 || body === '') return null;
  const a = PART.exec(pieces[0]);
  const b = pieces.length === 2 ? PART.exec(pieces[1]) : a;
  if (!a || !b || (!a[1] && !a[2]) || (!b[1] && !b[2])) return null;
  if (pieces.length === 1 && (!a[1] || !a[2])) return null; // a single cell needs both parts
  const num = (s: string): number | null => (s ? Number(s) : null);
  const letters = (s: string): number | null => (s ? lettersToColumn(s) : null);
  const parsed: ParsedA1 = { sheetName, row: num(a[2]), col: letters(a[1]), endRow: num(b[2]), endCol: letters(b[1]) };
  if (parsed.row === 0 || parsed.endRow === 0) return null;
  // 'A:C' or '2:5' must be open on both ends of the same axis.
  if ((parsed.row === null) !== (parsed.endRow === null) && parsed.endRow !== null) return null;
  if ((parsed.col === null) !== (parsed.endCol === null)) return null;
  return parsed;
}

/** Resolves open bounds against the sheet size and orders the corners. */
export function resolveA1(p: ParsedA1, maxRows: number, maxCols: number): Area {
  const r1 = p.row ?? 1;
  const r2 = p.endRow ?? maxRows;
  const c1 = p.col ?? 1;
  const c2 = p.endCol ?? maxCols;
  const row = Math.min(r1, r2);
  const col = Math.min(c1, c2);
  return { row, col, numRows: Math.abs(r2 - r1) + 1, numCols: Math.abs(c2 - c1) + 1 };
}

export function areaToA1(a: Area): string {
  const start = columnToLetters(a.col) + a.row;
  if (a.numRows === 1 && a.numCols === 1) return start;
  return `${start}:${columnToLetters(a.col + a.numCols - 1)}${a.row + a.numRows - 1}`;
}

export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
