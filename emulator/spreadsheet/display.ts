/** Display values: how Sheets shows a value under a number format, in the spreadsheet's locale and time zone. */
import { isDate } from './cell-values';
import { fromSerial, wallClock } from './dates';
import type { CellValue } from './model';

export const DEFAULT_NUMBER_FORMAT = '0.###############';

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function decimalSeparator(locale: string): string {
  return /^(en|ja|zh|ko|he|th)/i.test(locale) ? '.' : ',';
}

function groupSeparator(locale: string): string {
  if (/^fr/i.test(locale)) return '\u202f';
  return decimalSeparator(locale) === ',' ? '.' : ',';
}

/** True for formats that show a date or a time (`dd/MM/yyyy`, `yyyy-mm-dd`, `HH:mm`…). */
export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  const bare = fmt.replace(/"[^"]*"/g, '').replace(/\\./g, '');
  return /[dyhs]/i.test(bare) || /^m+$/i.test(bare.trim());
}

const TOKEN = /yyyy|yy|dddd|ddd|dd|d|mmmm|mmm|mm|m|hh|h|ss|s|am\/pm|"[^"]*"|\\.|./gi;
const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const DAYS_FR = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];

export function formatDatePattern(date: Date, fmt: string, tz: string): string {
  const w = wallClock(date, tz);
  const tokens = fmt.match(TOKEN) ?? [];
  const lower = tokens.map((t) => t.toLowerCase());
  const weekday = new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay();
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    const t = lower[i];
    const prev = lower.slice(0, i).reverse().find((x) => /^[a-z]/.test(x));
    const next = lower.slice(i + 1).find((x) => /^[a-z]/.test(x));
    const minutes = (t === 'mm' || t === 'm') && (prev?.startsWith('h') || next?.startsWith('s'));
    if (t === 'yyyy') out += pad(w.year, 4);
    else if (t === 'yy') out += pad(w.year % 100);
    else if (t === 'dddd') out += DAYS_FR[weekday];
    else if (t === 'ddd') out += DAYS_FR[weekday].slice(0, 3) + '.';
    else if (t === 'dd') out += pad(w.day);
    else if (t === 'd') out += String(w.day);
    else if (t === 'mmmm') out += MONTHS_FR[w.month - 1];
    else if (t === 'mmm') out += MONTHS_FR[w.month - 1].slice(0, 4).replace(/\.?$/, '.');
    else if (minutes) out += t === 'mm' ? pad(w.minute) : String(w.minute);
    else if (t === 'mm') out += pad(w.month);
    else if (t === 'm') out += String(w.month);
    else if (t === 'hh') out += pad(w.hour);
    else if (t === 'h') out += String(w.hour);
    else if (t === 'ss') out += pad(w.second);
    else if (t === 's') out += String(w.second);
    else if (t.startsWith('"')) out += tokens[i].slice(1, -1);
    else if (t.startsWith('\\')) out += tokens[i].slice(1);
    else out += tokens[i];
  }
  return out;
}

function generalNumber(n: number, locale: string): string {
  const s = Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(15)));
  return s.replace('.', decimalSeparator(locale));
}

/** Number patterns: `0`, `0.00`, `#,##0.00`, `0%`, `0.0%`; anything else shows the number in general form. */
export function formatNumber(n: number, fmt: string | undefined, locale: string): string {
  if (!fmt || fmt === DEFAULT_NUMBER_FORMAT || fmt === '@' || /^general$/i.test(fmt)) return generalNumber(n, locale);
  const m = /^([#,0]*)(?:\.([0#]+))?(\s*%)?$/.exec(fmt.trim());
  if (!m) return generalNumber(n, locale);
  const value = m[3] ? n * 100 : n;
  const frac = m[2] ?? '';
  const minDec = (frac.match(/0/g) ?? []).length;
  const maxDec = frac.length;
  let s = Math.abs(value).toFixed(maxDec);
  if (maxDec > minDec) s = s.replace(new RegExp(`0{1,${maxDec - minDec}}$`), '').replace(/\.$/, '');
  let [int, dec] = s.split('.');
  if (m[1].includes(',')) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, groupSeparator(locale));
  const sign = value < 0 && Number(s) !== 0 ? '-' : '';
  return sign + int + (dec ? decimalSeparator(locale) + dec : '') + (m[3] ? m[3] : '');
}

/** The text Sheets shows for a value (getDisplayValue). */
export function displayValue(v: CellValue | undefined, fmt: string | undefined, tz: string, locale: string): string {
  if (v === undefined || v === '') return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'string') return v;
  if (isDate(v)) {
    if (isDateFormat(fmt)) return formatDatePattern(v, fmt as string, tz);
    const w = wallClock(v, tz);
    const day = `${pad(w.day)}/${pad(w.month)}/${w.year}`;
    return w.hour || w.minute || w.second ? `${day} ${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}` : day;
  }
  if (isDateFormat(fmt)) return formatDatePattern(fromSerial(v, tz), fmt as string, tz);
  return formatNumber(v, fmt, locale);
}
