/**
 * The hourly job (SPEC §4.4): pending notifications leave oldest first within the quota, needs that became overdue
 * are reminded once to the three actors, and the partner export runs when its period is due. The journal is the
 * durable state: a notification's cell turns `envoyée` and a reminder's cell is stamped right after each send, so a
 * run interrupted anywhere, then run again, sends nothing twice and misses nothing. It never throws to the trigger
 * for a data problem: it logs it and goes on.
 */
import { readJournal } from '../domain/journal';
import { progressOf } from '../domain/progress';
import { overdueReminderEmail } from '../domain/notifications';
import { apprenticeRecipients } from '../domain/notifications/recipients';
import { columnOf } from '../domain/table';
import { NOTIFICATION, TABS } from '../domain/workbook';
import type { JournalEvent, NeedEvent } from '../domain/types';
import { MESSAGES } from '../domain/messages/app';
import { knownFolders, resourcesLink } from './folders';
import { emailFor } from './notify';
import { questionnaireReplyLink } from './questionnaire';
import { readLiveConfig, type LiveConfig } from './live-config';
import { dueExportKey, exportToPartnersWith } from './export-partners';
import { fail, safely, type Reply } from './respond';
import { services, type Services } from './services';

export const REMINDER_HEADER = 'Rappel échéance';
// MailApp's own messages: an address it refuses will never work; a spent quota will, tomorrow.
const PERMANENT_FAILURE = /invalid email|no recipient|recipients per message|body size/i;
const QUOTA_FAILURE = /too many times/i;
const HANDLER = 'runScheduledJobs';

export const scheduleJobs = safely('scheduleJobs', () => {
  const s = services();
  if (s.triggers.authorizationRequired()) return fail([{ field: 'payload', message: MESSAGES.authorizationRequired }]);
  const already = s.triggers.hasHandler(HANDLER);
  if (!already) s.triggers.installHourly(HANDLER);
  return { ok: true, installed: !already, message: already ? MESSAGES.scheduleAlready : MESSAGES.scheduleDone };
});

/** The day's remaining email quota, asked once per run and counted down locally (one MailApp call, not one per mail). */
interface Quota {
  left: number;
}

interface JournalView {
  events: JournalEvent[];
  rowOf: Map<string, number>; // event id → sheet row
  notificationColumn: number; // 1-based
  reminderColumn: number; // 1-based; created at the right when missing
  reminded: Set<string>;
}

function journalView(s: Services, dayOf: (d: Date) => string): JournalView | null {
  const values = s.workbook.read(TABS.journal);
  if (!values || values.length === 0) return null;
  const header = values[0];
  const { events } = readJournal(values, dayOf);
  const idCol = columnOf(header, 'Événement');
  let reminderCol = columnOf(header, REMINDER_HEADER);
  if (reminderCol < 0) {
    reminderCol = header.filter((h) => String(h).trim() !== '').length;
    s.workbook.range(TABS.journal, 1, reminderCol + 1, 1, 1).setValues([[REMINDER_HEADER]]);
  }
  const rowOf = new Map<string, number>();
  const reminded = new Set<string>();
  values.forEach((row, i) => {
    if (i === 0) return;
    const id = String(row[idCol] ?? '').trim();
    if (!id) return;
    rowOf.set(id, i + 1);
    if (String(row[reminderCol] ?? '').trim()) reminded.add(id);
  });
  return { events, rowOf, notificationColumn: columnOf(header, 'Notification') + 1, reminderColumn: reminderCol + 1, reminded };
}

function sendPending(s: Services, config: LiveConfig, view: JournalView, quota: Quota, log: string[]): void {
  const pending = view.events.filter((e) => e.notification === NOTIFICATION.pending);
  let sent = 0;
  for (const event of pending) {
    const apprentice = config.apprentices.find((a) => a.id === event.apprenticeId);
    const activity = config.activities.find((a) => a.code === event.activityCode);
    const row = view.rowOf.get(event.eventId);
    if (!apprentice || !activity || !row) {
      log.push(`notification ${event.eventId} : alternant ou activité introuvable, laissée en attente`);
      continue;
    }
    const { to } = apprenticeRecipients(apprentice);
    if (quota.left < to.length) break; // oldest first: the rest waits for the next hour
    const email = emailFor(s, event, { settings: config.settings, apprentice, activity });
    const result = s.mailer.send({ ...email, name: config.settings.centre || 'OLAP' });
    if (!result.ok && !PERMANENT_FAILURE.test(result.reason)) {
      // Quota gone or a passing outage: the event stays `en attente` and leaves with a later run.
      log.push(`notification ${event.eventId} : ${result.reason}, laissée en attente`);
      if (QUOTA_FAILURE.test(result.reason)) break;
      continue;
    }
    if (result.ok) quota.left -= email.to.length;
    const status = result.ok ? NOTIFICATION.sent : NOTIFICATION.failedPrefix + result.reason;
    s.workbook.range(TABS.journal, row, view.notificationColumn, 1, 1).setValues([[status]]);
    if (result.ok) sent++;
  }
  log.push(`notifications en attente envoyées : ${sent}/${pending.length}`);
}

function sendReminders(s: Services, config: LiveConfig, view: JournalView, today: string, quota: Quota, log: string[]): void {
  const progress = progressOf(view.events, today);
  const overdue: NeedEvent[] = [];
  for (const p of progress.values()) for (const need of p.openNeeds) if (need.dueOn < today && !view.reminded.has(need.eventId)) overdue.push(need);
  overdue.sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
  const folders = knownFolders(s);
  let sent = 0;
  for (const need of overdue) {
    const apprentice = config.apprentices.find((a) => a.id === need.apprenticeId);
    const activity = config.activities.find((a) => a.code === need.activityCode);
    const row = view.rowOf.get(need.eventId);
    if (!apprentice || !activity || !row || apprentice.status === 'sorti') continue;
    const email = overdueReminderEmail(need, {
      settings: config.settings,
      apprentice,
      activity,
      today,
      links: {
        resources: resourcesLink(activity, folders.resourcesUrl(activity.code)),
        deposit: folders.depositUrl(apprentice.id, activity.code),
        questionnaire: activity.mcq.length ? questionnaireReplyLink(apprentice, activity) : '',
      },
    });
    if (email.to.length === 0) continue;
    if (quota.left < email.to.length) break;
    const result = s.mailer.send({ ...email, name: config.settings.centre || 'OLAP' });
    if (!result.ok) {
      log.push(`rappel ${need.eventId} : ${result.reason}`);
      continue;
    }
    quota.left -= email.to.length;
    s.workbook.range(TABS.journal, row, view.reminderColumn, 1, 1).setValues([[`envoyé le ${today}`]]);
    sent++;
  }
  log.push(`rappels d’échéance envoyés : ${sent}/${overdue.length}`);
}

export function runScheduledJobsWith(s: Services): Reply {
  const log: string[] = [];
  const step = (name: string, work: () => void) => {
    try {
      work();
    } catch (error) {
      log.push(`${name} : ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const current = readLiveConfig(s);
  if (!current.ok) {
    console.log(`OLAP tâche horaire : ${current.messages.join(' ')}`);
    return { ok: true, log: current.messages };
  }
  const { config } = current;
  const today = s.calendar.today();
  step('notifications', () => {
    const view = journalView(s, s.calendar.dayOf);
    if (!view) return;
    const quota: Quota = { left: s.mailer.remainingQuota() };
    sendPending(s, config, view, quota, log);
    sendReminders(s, config, view, today, quota, log);
  });
  step('export', () => {
    const key = dueExportKey(s, config.settings.exportFrequency);
    if (!key) return;
    const result = exportToPartnersWith(s, key);
    log.push(result.ok ? `export ${key} envoyé` : `export ${key} : ${(result.errors as { message: string }[]).map((e) => e.message).join(' ')}`);
  });
  console.log(`OLAP tâche horaire : ${log.join(' ; ')}`);
  return { ok: true, log };
}

export const runScheduledJobs = safely('runScheduledJobs', (_e?: unknown) => runScheduledJobsWith(services()));
