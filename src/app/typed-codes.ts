/**
 * Codes typed in a grid (SPEC §4.2). The simple onEdit cannot open a form, so it puts the cells back as the journal
 * says they are, remembers the entry, and the sidebar (which polls) or the menu opens the completion form. A code
 * never stays in a grid without its journal event. Pastes over several cells are put back too; AR, AS and period
 * ticks stay editable. Writes made by scripts do not fire onEdit, so putting cells back cannot loop.
 */
import { apprenticeIdOfTab, ACTOR_COLUMN, GRID_FIRST_ROW, RECORDED_SPAN, recordedSpan } from '../domain/grid';
import { progressKey, progressOf } from '../domain/progress';
import { readJournal } from '../domain/journal';
import { ACTORS, CODES, type Actor, type Code } from '../domain/types';
import { TABS } from '../domain/workbook';
import { TYPED_CODE_NOTICES } from '../domain/messages/typed-codes';
import { sheetCalendar } from '../gas/clock';
import { savePending } from './pending-entry';
import { gridRowsOf } from './generate-grids';
import { services, type Services } from './services';

type EditEvent = { range?: GoogleAppsScript.Spreadsheet.Range; value?: unknown; oldValue?: unknown };

const asCode = (value: unknown): Code | null => {
  const text = String(value ?? '').trim().toUpperCase();
  return (CODES as readonly string[]).includes(text) ? (text as Code) : null;
};

const actorOfColumn = (column: number): Actor | null => ACTORS.find((a) => ACTOR_COLUMN[a] === column) ?? null;

export function onEdit(e?: EditEvent): void {
  try {
    if (!e || !e.range) return;
    handleEdit(services(), e);
  } catch (error) {
    // A simple trigger has no one to answer: log for the staff, never throw at the user.
    console.error(`OLAP onEdit: ${error instanceof Error ? error.message : error}`);
  }
}

function handleEdit(s: Services, e: EditEvent): void {
  const range = e.range!;
  const sheet = range.getSheet();
  const name = sheet.getName();
  const apprenticeId = apprenticeIdOfTab(name);
  if (!apprenticeId) return;

  const top = range.getRow();
  const left = range.getColumn();
  const rows = range.getNumRows();
  const columns = range.getNumColumns();
  const first = Math.max(left, RECORDED_SPAN.first);
  const last = Math.min(left + columns - 1, RECORDED_SPAN.last);
  if (first > last || top + rows - 1 < GRID_FIRST_ROW) return; // AR, AS, periods, header block: the user's own

  const gridRows = gridRowsOf(s, apprenticeId);
  const codeOfRow = new Map(Object.entries(gridRows).map(([code, row]) => [row, code]));
  const single = rows === 1 && columns === 1;

  // What the user typed, before putting anything back (a paste gives no e.value: read the range).
  const typed: unknown[][] = single ? [[e.value ?? range.getValue()]] : range.getValues();

  // Put the protected cells back as the journal says they are.
  const startRow = Math.max(top, GRID_FIRST_ROW);
  const calendar = sheetCalendar(s.workbook.timeZone());
  const { events } = readJournal(s.workbook.read(TABS.journal) ?? [], calendar.dayOf);
  const progress = progressOf(events.filter((ev) => ev.apprenticeId === apprenticeId), calendar.today());
  const restored: unknown[][] = [];
  for (let row = startRow; row < top + rows; row++) {
    const code = codeOfRow.get(row);
    const span = code ? recordedSpan(progress.get(progressKey(apprenticeId, code))) : recordedSpan(undefined).map(() => '');
    restored.push(span.slice(first - RECORDED_SPAN.first, last - RECORDED_SPAN.first + 1));
  }
  sheet.getRange(startRow, first, restored.length, last - first + 1).setValues(restored);

  // Remember the first code typed in an actor column as the entry to complete.
  let pending = null as null | { row: number; column: number; code: Code; actor: Actor; activityCode: string };
  for (let r = 0; r < rows && !pending; r++) {
    for (let c = 0; c < columns && !pending; c++) {
      const actor = actorOfColumn(left + c);
      const code = asCode(typed[r]?.[c]);
      const activityCode = codeOfRow.get(top + r);
      if (actor && code && activityCode) pending = { row: top + r, column: left + c, code, actor, activityCode };
    }
  }
  if (pending) {
    savePending(s, { apprenticeId, activityCode: pending.activityCode, actor: pending.actor, code: pending.code, sheetName: name, row: pending.row, column: pending.column, createdAt: new Date().toISOString() });
    s.workbook.toast(TYPED_CODE_NOTICES.pending(pending.code, pending.activityCode), TYPED_CODE_NOTICES.title);
  } else {
    s.workbook.toast(TYPED_CODE_NOTICES.putBack, TYPED_CODE_NOTICES.title);
  }
}
