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

/** Column of each journal header in this tab (absent: undefined), resolved once for the whole journal. */
type Columns = Record<(typeof JOURNAL_HEADERS)[number], number | undefined>;

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

  const columns = Object.fromEntries(JOURNAL_HEADERS.map((h) => [h, index.get(normalizeKey(h))])) as Columns;
  const reader = new RowReader(columns, dayOf, problems);
  const firstRows = new Map<string, number>(); // event ids are exact: no case or accent folding
  const events: JournalEvent[] = [];
  for (let i = 1; i < values.length; i++) {
    const cells = values[i];
    if (isBlankRow(cells)) continue;
    const sheetRow = i + 1;
    const event = reader.read(cells, sheetRow);
    if (!event) continue;
    const firstRow = firstRows.get(event.eventId);
    if (firstRow !== undefined) {
      problems.atCell(sheetRow, EVENT, JOURNAL_MESSAGES.duplicateEvent(event.eventId, firstRow));
      continue;
    }
    firstRows.set(event.eventId, sheetRow);
    events.push(event);
  }
  return { events, problems: problems.list };
}

/** The exact spellings first, then any spelling that folds to the same key: what `matchKey` finds, in one lookup. */
function keyMatcher<T extends string>(allowed: readonly T[]): (text: string) => T | undefined {
  const exact = new Map<string, T>();
  const folded = new Map<string, T>();
  for (const candidate of allowed) {
    const found = matchKey(candidate, allowed) as T;
    exact.set(candidate, found);
    if (!folded.has(normalizeKey(candidate))) folded.set(normalizeKey(candidate), candidate);
  }
  return (text) => exact.get(text) ?? folded.get(normalizeKey(text));
}
const matchActor = keyMatcher(ACTORS);
const matchCode = keyMatcher(CODES);

/**
 * Reads one row at a time. A journal of 100,000 rows is read in one go, so the per-row work avoids what adds up:
 * closures, header lookups, re-validating a day already seen (the journal holds a few hundred distinct days).
 */
class RowReader {
  private readonly days = new Map<string, IsoDay | null | undefined>(); // day text → what cellToIsoDay made of it
  private cells: unknown[] = [];
  private sheetRow = 0;

  constructor(
    private readonly columns: Columns,
    private readonly dayOf: (d: Date) => IsoDay,
    private readonly problems: Problems,
  ) {}

  read(cells: unknown[], sheetRow: number): JournalEvent | undefined {
    this.cells = cells;
    this.sheetRow = sheetRow;
    const problems = this.problems;
    const before = problems.list.length;
    const eventId = this.required(EVENT);
    const apprenticeId = this.required(ID);
    const activityCode = this.required(ACTIVITY);
    const actor = matchActor(this.text(ACTOR));
    if (!actor) problems.atCell(sheetRow, ACTOR, JOURNAL_MESSAGES.actor(this.text(ACTOR)));
    const code = matchCode(this.text(CODE));
    if (!code) {
      problems.atCell(sheetRow, CODE, JOURNAL_MESSAGES.code(this.text(CODE)));
      return undefined;
    }
    // With an unknown actor the dates are still checked, so the row's every problem is reported; the row is dropped.
    const recordedAt = this.text(RECORDED_AT);
    const event: JournalEvent =
      code === 'I'
        ? {
            eventId,
            recordedAt,
            apprenticeId,
            activityCode,
            actor: actor ?? ACTORS[0],
            code,
            identifiedOn: this.day(IDENTIFIED),
            dueOn: this.day(DUE),
            precision: this.text(PRECISION),
            category: this.text(CATEGORY),
            recordedBy: this.text(BY),
            notification: this.text(NOTIFICATION),
          }
        : {
            eventId,
            recordedAt,
            apprenticeId,
            activityCode,
            actor: actor ?? ACTORS[0],
            code,
            evaluatedOn: this.day(EVALUATED),
            comment: this.text(COMMENT),
            criteria: criteria(this.text(CRITERIA)),
            recordedBy: this.text(BY),
            notification: this.text(NOTIFICATION),
          };
    return problems.list.length === before ? event : undefined;
  }

  private cell(header: keyof Columns): unknown {
    const column = this.columns[header];
    return column === undefined ? '' : this.cells[column] ?? '';
  }

  private text(header: keyof Columns): string {
    const value = this.cell(header);
    // Most cells are plain text: `unguardText` would first ask whether each is a date.
    if (typeof value !== 'string') return unguardText(value);
    const text = value.trim();
    return text.startsWith("'") && needsTextGuard(text.slice(1)) ? text.slice(1) : text;
  }

  private required(header: keyof Columns): string {
    const value = this.text(header);
    if (value === '') this.problems.atCell(this.sheetRow, header, JOURNAL_MESSAGES.blank(header));
    return value;
  }

  private day(header: keyof Columns): IsoDay {
    const cell = this.cell(header);
    let value: IsoDay | null | undefined;
    if (typeof cell === 'string') {
      // The same text always reads the same day; only `Date` cells need the spreadsheet's time zone.
      value = this.days.get(cell);
      if (value === undefined && !this.days.has(cell)) {
        value = cellToIsoDay(cell, this.dayOf);
        this.days.set(cell, value);
      }
    } else {
      value = cellToIsoDay(cell, this.dayOf);
    }
    if (value === null) this.problems.atCell(this.sheetRow, header, JOURNAL_MESSAGES.blank(header));
    if (value === undefined) this.problems.atCell(this.sheetRow, header, JOURNAL_MESSAGES.date(this.text(header)));
    return value ?? '';
  }
}

function criteria(text: string): string[] {
  if (text === '') return [];
  return text
    .split(CRITERIA_SEPARATOR)
    .map((criterion) => criterion.trim())
    .filter((criterion) => criterion !== '');
}
