/**
 * The `Journal` tab codec: one row per need or evaluation, columns found by header. The journal is the source of
 * truth that grids, synoptic and impact are rebuilt from, so reading it is tolerant: an unreadable row is reported
 * and skipped, and the rest is kept in journal order.
 */
import { cellText, isBlankRow, matchKey, normalizeKey } from './config/cells';
import { Problems, headerIndex } from './config/table';
import { cellToIsoDay, isDateValue } from './dates';
import { CONFIG_MESSAGES, JOURNAL_MESSAGES } from './messages/config';
import { ACTORS, CODES, type IsoDay, type JournalEvent, type Problem, isNeed } from './types';
import { JOURNAL_HEADERS, TABS } from './workbook';

const [RECORDED_AT, EVENT, ID, ACTIVITY, ACTOR, CODE, IDENTIFIED, DUE, PRECISION, EVALUATED] = JOURNAL_HEADERS;
const [CATEGORY, COMMENT, BY, NOTIFICATION, CRITERIA] = JOURNAL_HEADERS.slice(10);
const REQUIRED = [EVENT, ID, ACTIVITY, ACTOR, CODE];
const CRITERIA_SEPARATOR = ';';

/**
 * True for text Sheets would not keep as typed: a formula (`=`), a number, a date, a boolean. Written with a leading
 * apostrophe, Sheets stores it as text and hands it back without the apostrophe (so `0012` stays `0012`).
 */
function needsTextGuard(text: string): boolean {
  return /^[=+\-@'\d.,]/.test(text) || /^(true|false|vrai|faux)$/i.test(text);
}

export function guardText(text: string): string {
  return needsTextGuard(text) ? `'${text}` : text;
}

/** Reverse of `guardText` for stores that keep the apostrophe: only removes one that `guardText` would have added. */
function unguardText(value: unknown): string {
  const text = isDateValue(value) ? value.toISOString() : cellText(value);
  return text.startsWith("'") && needsTextGuard(text.slice(1)) ? text.slice(1) : text;
}

function eventCells(event: JournalEvent, toDayCell: (d: IsoDay) => unknown): Map<string, unknown> {
  const need = isNeed(event) ? event : undefined;
  const evaluation = isNeed(event) ? undefined : event;
  const cells: [string, unknown][] = [
    [RECORDED_AT, guardText(event.recordedAt)],
    [EVENT, guardText(event.eventId)],
    [ID, guardText(event.apprenticeId)],
    [ACTIVITY, guardText(event.activityCode)],
    [ACTOR, event.actor],
    [CODE, event.code],
    [IDENTIFIED, need ? toDayCell(need.identifiedOn) : ''],
    [DUE, need ? toDayCell(need.dueOn) : ''],
    [PRECISION, need ? guardText(need.precision) : ''],
    [EVALUATED, evaluation ? toDayCell(evaluation.evaluatedOn) : ''],
    [CATEGORY, need ? guardText(need.category) : ''],
    [COMMENT, evaluation ? guardText(evaluation.comment) : ''],
    [BY, guardText(event.recordedBy)],
    [NOTIFICATION, event.notification],
    [CRITERIA, evaluation ? guardText(evaluation.criteria.join(CRITERIA_SEPARATOR)) : ''],
  ];
  return new Map(cells.map(([header, value]) => [normalizeKey(header), value]));
}

/** One row in the order of the given header row; a column the codec does not know gets ''. */
export function journalRow(event: JournalEvent, header: unknown[], toDayCell: (d: IsoDay) => unknown): unknown[] {
  const cells = eventCells(event, toDayCell);
  return header.map((title) => cells.get(normalizeKey(title)) ?? '');
}

/** `values` is the whole tab, header row included. */
export function readJournal(
  values: unknown[][],
  dayOf: (d: Date) => IsoDay,
): { events: JournalEvent[]; problems: Problem[] } {
  const problems = new Problems(TABS.journal);
  if (values.length === 0) return { events: [], problems: [] };
  const index = headerIndex(values[0]);
  const missing = REQUIRED.filter((header) => !index.has(normalizeKey(header)));
  missing.forEach((header) => problems.atTab(CONFIG_MESSAGES.columnMissing(header), header));
  if (missing.length > 0) return { events: [], problems: problems.list };

  // Looked up once: the journal may hold 20,000 rows.
  const columns = new Map<string, number | undefined>(JOURNAL_HEADERS.map((h) => [h, index.get(normalizeKey(h))]));
  const firstRows = new Map<string, number>(); // event ids are exact: no case or accent folding
  const events: JournalEvent[] = [];
  values.forEach((cells, i) => {
    if (i === 0 || isBlankRow(cells)) return;
    const sheetRow = i + 1;
    const get = (header: string): unknown => {
      const column = columns.get(header);
      return column === undefined ? '' : cells[column] ?? '';
    };
    const event = readEvent(get, sheetRow, dayOf, problems);
    if (!event) return;
    const firstRow = firstRows.get(event.eventId);
    if (firstRow !== undefined) {
      problems.atCell(sheetRow, EVENT, JOURNAL_MESSAGES.duplicateEvent(event.eventId, firstRow));
      return;
    }
    firstRows.set(event.eventId, sheetRow);
    events.push(event);
  });
  return { events, problems: problems.list };
}

function readEvent(
  get: (header: string) => unknown,
  sheetRow: number,
  dayOf: (d: Date) => IsoDay,
  problems: Problems,
): JournalEvent | undefined {
  const before = problems.list.length;
  const text = (header: string): string => unguardText(get(header));
  const required = (header: string): string => {
    const value = text(header);
    if (value === '') problems.atCell(sheetRow, header, JOURNAL_MESSAGES.blank(header));
    return value;
  };
  const day = (header: string): IsoDay => {
    const value = cellToIsoDay(get(header), dayOf);
    if (value === null) problems.atCell(sheetRow, header, JOURNAL_MESSAGES.blank(header));
    if (value === undefined) problems.atCell(sheetRow, header, JOURNAL_MESSAGES.date(text(header)));
    return value ?? '';
  };

  const eventId = required(EVENT);
  const apprenticeId = required(ID);
  const activityCode = required(ACTIVITY);
  const actor = matchKey(text(ACTOR), ACTORS);
  if (!actor) problems.atCell(sheetRow, ACTOR, JOURNAL_MESSAGES.actor(text(ACTOR)));
  const code = matchKey(text(CODE), CODES);
  if (!code) {
    problems.atCell(sheetRow, CODE, JOURNAL_MESSAGES.code(text(CODE)));
    return undefined;
  }
  // With an unknown actor the dates are still checked, so the row's every problem is reported; the row is dropped.
  const base = { eventId, recordedAt: text(RECORDED_AT), apprenticeId, activityCode, actor: actor ?? ACTORS[0] };
  const tail = { recordedBy: text(BY), notification: text(NOTIFICATION) };
  const event: JournalEvent =
    code === 'I'
      ? {
          ...base,
          code,
          identifiedOn: day(IDENTIFIED),
          dueOn: day(DUE),
          precision: text(PRECISION),
          category: text(CATEGORY),
          ...tail,
        }
      : {
          ...base,
          code,
          evaluatedOn: day(EVALUATED),
          comment: text(COMMENT),
          criteria: criteria(text(CRITERIA)),
          ...tail,
        };
  return problems.list.length === before ? event : undefined;
}

function criteria(text: string): string[] {
  return text
    .split(CRITERIA_SEPARATOR)
    .map((criterion) => criterion.trim())
    .filter((criterion) => criterion !== '');
}
