/**
 * CSV for partners (SPEC §4.5), made to open right in French Excel and LibreOffice:
 * - a UTF-8 byte-order mark, without which Excel reads UTF-8 as Windows-1252 (accents break);
 * - `;` between fields, because French Excel uses `,` as the decimal separator;
 * - CRLF line ends and RFC 4180 quoting: a field holding `;`, `"`, CR or LF is quoted and its quotes doubled;
 * - numbers with a decimal comma (`12,5`);
 * - booleans as `oui` / `non`, the words of the workbook; null as an empty field.
 *
 * Formula injection (OWASP "CSV injection"): a text field starting with `=`, `+`, `-`, `@`, tab or CR would be run as
 * a formula by the spreadsheet that opens it. Such a field gets a leading apostrophe, the mark spreadsheets use for
 * "this is text": the reader still sees the whole text and nothing is executed. Only text is neutralised, so a real
 * negative number (a `number` value) stays a number; text such as `-5` becomes `'-5`, which is the safe side.
 */

export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[;"\r\n]/;

function fieldText(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value).replace('.', ',') : '';
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function csvField(value: CsvValue): string {
  const text = fieldText(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: CsvValue[][]): string {
  return '\uFEFF' + rows.map((row) => row.map(csvField).join(';') + '\r\n').join('');
}
