/**
 * Reading single cells the way Sheets hands them to a script: strings with stray spaces, numbers, booleans, `''`
 * for blanks, `Date`s from another realm. Each reader returns the value, or `undefined` when the cell is unreadable,
 * so the caller can name the cell in a French problem.
 */
import { z } from 'zod';

/** Case-, accent- and spacing-insensitive form of a header, a setting key or a list value. */
export function normalizeKey(value: unknown): string {
  return cellText(value)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’`]/g, "'")
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** The trimmed text of a cell; an ID typed `12` arrives as the number 12 and reads `'12'`. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value).trim();
}

export function isBlankCell(value: unknown): boolean {
  return cellText(value) === '';
}

export function isBlankRow(row: readonly unknown[] | undefined): boolean {
  return !row || row.every(isBlankCell);
}

/** `21`, `"21"`, `" 21 "`, `"21,0"`, `"12 %"` → a number; blank → null; anything else → undefined. */
export function cellNumber(value: unknown): number | null | undefined {
  if (typeof value === 'number') return isFinite(value) ? value : undefined;
  const text = cellText(value).replace(/\s/g, '').replace(/%$/, '').replace(',', '.');
  if (text === '') return null;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(text)) return undefined;
  return Number(text);
}

const YES = new Set(['oui', 'o', 'true', 'vrai', 'yes', '1']);
const NO = new Set(['non', 'n', 'false', 'faux', 'no', '0']);

/** `oui`/`non`, tolerant of case, accents and the `TRUE`/`FALSE` of a checkbox; blank → null. */
export function cellYesNo(value: unknown): boolean | null | undefined {
  if (typeof value === 'boolean') return value;
  const key = normalizeKey(value);
  if (key === '') return null;
  if (YES.has(key)) return true;
  if (NO.has(key)) return false;
  return undefined;
}

/** A `;`-separated list (new lines also separate); blanks dropped, duplicates kept once. */
export function cellList(value: unknown, separators: RegExp = /[;\n]/): string[] {
  const items = cellText(value)
    .split(separators)
    .map((item) => item.trim())
    .filter((item) => item !== '');
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = normalizeKey(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Email lists: people also type commas or spaces between addresses, which no address can contain. */
export function cellEmailList(value: unknown): string[] {
  return cellList(value, /[;,\s]+/).map((email) => email.toLowerCase());
}

const emailSchema = z.email();

export function isEmail(text: string): boolean {
  return emailSchema.safeParse(text).success;
}

/** Finds `allowed` entry matching `value` regardless of case and accents. */
export function matchKey<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  const key = normalizeKey(value);
  return allowed.find((candidate) => normalizeKey(candidate) === key);
}
