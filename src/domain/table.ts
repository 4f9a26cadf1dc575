/** Finding columns by header, the way users see them: trimmed, case- and accent-insensitive (config/cells.ts). */
import { normalizeKey } from './config/cells';

/** 0-based index of a header in a header row, or -1. */
export function columnOf(header: unknown[], name: string): number {
  const wanted = normalizeKey(name);
  return header.findIndex((cell) => normalizeKey(cell) === wanted);
}

/** Sheet row (1-based, header in row 1) of each key found in a column. */
export function sheetRowsByKey(values: unknown[][], keyHeader: string): Map<string, number> {
  const rows = new Map<string, number>();
  const col = values.length ? columnOf(values[0], keyHeader) : -1;
  if (col < 0) return rows;
  values.forEach((row, i) => {
    const key = String(row[col] ?? '').trim();
    if (i > 0 && key && !rows.has(key)) rows.set(key, i + 1);
  });
  return rows;
}

/** A short stable fingerprint (FNV-1a) of a text, to know whether a projection changed. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0') + ':' + text.length.toString(36);
}
