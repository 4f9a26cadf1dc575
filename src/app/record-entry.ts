/**
 * Recording a need or an evaluation (SPEC §4.2): validate everything first (nothing is written otherwise), then,
 * under the document lock, one append to the journal and one write of the grid row; then one email.
 * Budget: 8 spreadsheet calls and 2 MailApp calls whatever the size of the journal or the cohort (the journal is
 * appended to, never read).
 */
import { validateEvaluation, validateNeed, type EvaluationDraft, type NeedDraft } from '../domain/recording';
import { journalRow } from '../domain/journal';
import { recordedSpan, RECORDED_SPAN, GRID_COLUMN } from '../domain/grid';
import { gridTabName, TABS } from '../domain/workbook';
import { cellToIsoDay } from '../domain/dates';
import type { Apprentice, JournalEvent } from '../domain/types';
import { ACTORS } from '../domain/types';
import { MESSAGES } from '../domain/messages/app';
import { RECORDING_NOTICES } from '../domain/messages/notices';
import { sheetCalendar, type Calendar } from '../gas/clock';
import { withDocumentLock } from '../gas/lock';
import { activeUserEmail } from '../gas/session';
import { readLiveConfig } from './live-config';
import { clearPendingFor } from './pending-entry';
import { ensureDepositFolder } from './folders';
import { GRID_KEYS, gridRowsOf } from './generate-grids';
import { notifyEvent, planNotification } from './notify';
import { fail, safely, type Reply } from './respond';
import { services, type Services } from './services';

const LOCK_TIMEOUT_MS = 10000;

function newEventId(calendar: Calendar): string {
  return `EV-${calendar.today().replace(/-/g, '')}-${Utilities.getUuid().slice(0, 8)}`;
}

/** The grid row shows each actor's latest code and the latest need and evaluation: merge the new event in. */
function mergeIntoSpan(current: unknown[], event: JournalEvent, dayOf: (v: unknown) => string): unknown[] {
  const span = [...current];
  span[ACTORS.indexOf(event.actor)] = event.code;
  if (event.code === 'I') {
    const shown = dayOf(span[3]);
    if (!shown || shown <= event.identifiedOn) {
      span[3] = event.identifiedOn;
      span[4] = event.dueOn;
      span[5] = event.precision;
    }
  } else {
    const shown = dayOf(span[6]);
    if (!shown || shown <= event.evaluatedOn) span[6] = event.evaluatedOn;
  }
  return span;
}

function updateGridRow(s: Services, apprentice: Apprentice, event: JournalEvent, calendar: Calendar): boolean {
  const row = gridRowsOf(s, apprentice.id)[event.activityCode];
  const tab = s.store.get(GRID_KEYS.tab(apprentice.id)) ?? gridTabName(apprentice);
  if (!row) return false;
  try {
    const range = s.workbook.range(tab, row, RECORDED_SPAN.first, 1, RECORDED_SPAN.last - RECORDED_SPAN.first + 1);
    const current = range.getValues()[0] ?? recordedSpan(undefined);
    // The grid's date cells read back as Dates, or as text where Sheets did not parse them.
    const toDay = (v: unknown) => cellToIsoDay(v, calendar.dayOf) ?? '';
    range.setValues([mergeIntoSpan(current, event, toDay)]);
    return true;
  } catch (error) {
    console.error(`OLAP grid row ${tab} ${row}: ${error instanceof Error ? error.message : error}`);
    return false;
  }
}

type Draft = NeedDraft | EvaluationDraft;

function record(payload: unknown, validate: (p: unknown, ctx: Parameters<typeof validateNeed>[1]) => { ok: true; draft: Draft } | { ok: false; errors: { field: string; message: string }[] }): Reply {
  const s = services();
  const current = readLiveConfig(s);
  if (!current.ok) return fail(current.messages.map((message) => ({ field: 'payload', message })));
  const { config } = current;
  const calendar = sheetCalendar(config.timeZone);
  const apprentices = config.apprentices;
  const today = calendar.today();
  const checked = validate(payload, { cohort: { settings: config.settings, activities: config.activities, apprentices }, today });
  if (!checked.ok) return fail(checked.errors);

  const draft = checked.draft;
  const apprentice = apprentices.find((a) => a.id === draft.apprenticeId)!;
  const activity = config.activities.find((a) => a.code === draft.activityCode)!;
  const notices: string[] = [];

  const locked = withDocumentLock(LOCK_TIMEOUT_MS, () => {
    const plan = planNotification(s, apprentice);
    const base = { eventId: newEventId(calendar), recordedAt: calendar.timestamp(), recordedBy: activeUserEmail(), notification: plan.status };
    const event = (draft.code === 'I'
      ? { ...(draft as NeedDraft), ...base, category: (draft as NeedDraft).category || activity.category }
      : { ...(draft as EvaluationDraft), ...base }) as JournalEvent;
    s.workbook.appendRow(TABS.journal, journalRow(event, config.journalHeader, (d) => d));
    if (event.code === 'I') {
      const folder = ensureDepositFolder(s, apprentice, activity);
      if (folder.created) {
        const row = gridRowsOf(s, apprentice.id)[activity.code];
        const tab = s.store.get(GRID_KEYS.tab(apprentice.id)) ?? gridTabName(apprentice);
        if (row) s.workbook.writeLinks(tab, GRID_COLUMN['Dépôt'], row, [{ text: 'Déposer', url: folder.url }]);
      }
    }
    if (!updateGridRow(s, apprentice, event, calendar)) notices.push(RECORDING_NOTICES.noGrid);
    // Sent while the lock is held: if sending fails, the journal's last row is still this event's.
    return { event, notification: notifyEvent(s, event, { settings: config.settings, apprentice, activity }, plan) };
  });
  if (!locked.ok) return fail([{ field: 'payload', message: MESSAGES.lockBusy }]);

  const { event, notification } = locked.value;
  notices.push(...notification.notices);
  clearPendingFor(s, event);
  return { ok: true, eventId: event.eventId, notification: notification.status, notices };
}

export const recordNeed = safely('recordNeed', (payload: unknown) => record(payload, validateNeed));
export const recordEvaluation = safely('recordEvaluation', (payload: unknown) => record(payload, validateEvaluation));

