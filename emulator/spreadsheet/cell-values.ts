/** How Sheets turns what is written into a cell value: user-entered strings, formulas, and the values scripts read. */
import { isValidDay, zonedDate } from './dates';
import type { CellValue } from './model';

export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

export interface Entered {
  v: CellValue;
  f?: string;
  fmt?: string; // number format Sheets applies on its own (e.g. a typed percentage)
}

const QUOTED = '"((?:[^"]|"")*)"';
const HYPERLINK = new RegExp(`^=\\s*HYPERLINK\\(\\s*${QUOTED}\\s*(?:[;,]\\s*${QUOTED}\\s*)?\\)\\s*$`, 'i');
const STRING_CONSTANT = new RegExp(`^=\\s*${QUOTED}\\s*$`);
const unquote = (s: string): string => s.replace(/""/g, '"');

/** The URL of a `=HYPERLINK(...)` formula, or null. */
export function hyperlinkUrl(formula: string | undefined): string | null {
  const m = formula ? HYPERLINK.exec(formula) : null;
  return m ? unquote(m[1]) : null;
}

/**
 * The value the emulator computes for a formula. Only `=HYPERLINK(url; label)` (its label) and constants
 * (`="text"`, `=12`, `=TRUE`) are evaluated; any other formula reads as '' (a documented limit of the emulator).
 */
export function formulaValue(formula: string): CellValue {
  const link = HYPERLINK.exec(formula);
  if (link) return unquote(link[2] ?? link[1]);
  const str = STRING_CONSTANT.exec(formula);
  if (str) return unquote(str[1]);
  const body = formula.slice(1).trim();
  if (/^[-+]?\d+(\.\d+)?$/.test(body)) return Number(body);
  if (/^(TRUE|FALSE)(\(\))?$/i.test(body)) return body.toUpperCase().startsWith('TRUE');
  return '';
}

function localeDecimal(locale: string): string {
  return /^(en|ja|zh|ko|he|th)/i.test(locale) ? '.' : ',';
}

/** Parses a number typed in the locale ('1,5' in fr_FR, '1.5' in en_US; spaces as thousands separators). */
export function parseLocaleNumber(text: string, locale: string): number | null {
  const dec = localeDecimal(locale);
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  const pattern = dec === ',' ? /^[-+]?\d+(,\d+)?([eE][-+]?\d+)?$/ : /^[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?([eE][-+]?\d+)?$/;
  if (!pattern.test(compact)) return null;
  const normal = dec === ',' ? compact.replace(',', '.') : compact.replace(/,/g, '');
  const n = Number(normal);
  return Number.isFinite(n) ? n : null;
}

/** Parses a string as Sheets does for user-entered text in the given locale and time zone. */
export function parseEntered(text: string, tz: string, locale: string): Entered {
  if (text === '') return { v: '' };
  if (text.startsWith("'")) return { v: text.slice(1) };
  if (text.startsWith('=') && text.length > 1) return { v: formulaValue(text), f: text };
  const trimmed = text.trim();
  if (/^(true|false|vrai|faux)$/i.test(trimmed)) return { v: /^(true|vrai)$/i.test(trimmed) };
  const n = parseLocaleNumber(trimmed, locale);
  if (n !== null) return { v: n };
  const pct = /^(.+?)\s*%$/.exec(trimmed);
  if (pct) {
    const p = parseLocaleNumber(pct[1], locale);
    if (p !== null) return { v: p / 100, fmt: Number.isInteger(p) ? '0%' : '0.00%' };
  }
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(trimmed);
  if (iso) {
    const d = toDate(tz, +iso[1], +iso[2], +iso[3], iso[4], iso[5], iso[6]);
    if (d) return { v: d };
  }
  const dayFirst = localeDecimal(locale) === ',';
  const slash = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(trimmed);
  if (slash) {
    const [day, month] = dayFirst ? [+slash[1], +slash[2]] : [+slash[2], +slash[1]];
    const d = toDate(tz, +slash[3], month, day, slash[4], slash[5], slash[6]);
    if (d) return { v: d };
  }
  return { v: text };
}

function toDate(tz: string, y: number, m: number, d: number, h?: string, mi?: string, s?: string): Date | null {
  if (!isValidDay(y, m, d)) return null;
  const hour = h ? +h : 0;
  const minute = mi ? +mi : 0;
  if (hour > 23 || minute > 59) return null;
  return zonedDate(tz, y, m, d, hour, minute, s ? +s : 0);
}

/** What `setValue(s)` stores: strings are parsed unless the cell is plain text (`@`), null/undefined become ''. */
export function fromScript(input: unknown, plainText: boolean, tz: string, locale: string): Entered {
  if (input === null || input === undefined) return { v: '' };
  if (typeof input === 'string') return plainText ? { v: input } : parseEntered(input, tz, locale);
  if (typeof input === 'number') return { v: Number.isFinite(input) ? input : String(input) };
  if (typeof input === 'boolean') return { v: input };
  if (isDate(input)) return { v: new Date(input.getTime()) };
  return { v: String(input) };
}

/** The value a script reads: '' for empty, a fresh Date for dates. */
export function readValue(v: CellValue | undefined): CellValue {
  if (v === undefined) return '';
  return isDate(v) ? new Date(v.getTime()) : v;
}
