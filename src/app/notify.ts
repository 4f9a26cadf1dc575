/**
 * Notifications (SPEC §4.3): one email per recorded event to the apprentice, the tutor and the trainers. The quota is
 * checked first; when it is too low the event stays `en attente` and the hourly job sends it later. The journal's
 * Notification cell is the only record of what left, so no event is notified twice.
 */
import { eventEmail, type Email } from '../domain/notifications';
import { apprenticeRecipients } from '../domain/notifications/recipients';
import type { Activity, Apprentice, JournalEvent, Settings } from '../domain/types';
import { NOTIFICATION, TABS } from '../domain/workbook';
import { RECORDING_NOTICES } from '../domain/messages/notices';
import { columnOf } from '../domain/table';
import { knownFolders, resourcesLink } from './folders';
import { questionnaireReplyLink } from './questionnaire';
import type { Services } from './services';

export interface NotificationPlan {
  status: string;
  recipients: string[];
  invalid: string[];
}

/** Decides before appending what the journal will say: sent now, pending (quota) or impossible (no address). */
export function planNotification(s: Services, apprentice: Apprentice): NotificationPlan {
  const { to, invalidRecipients } = apprenticeRecipients(apprentice);
  if (to.length === 0) return { status: NOTIFICATION.failedPrefix + RECORDING_NOTICES.noRecipient, recipients: to, invalid: invalidRecipients };
  const status = s.mailer.remainingQuota() >= to.length ? NOTIFICATION.sent : NOTIFICATION.pending;
  return { status, recipients: to, invalid: invalidRecipients };
}

export function emailFor(s: Services, event: JournalEvent, ctx: { settings: Settings; apprentice: Apprentice; activity: Activity }): Email {
  const folders = knownFolders(s);
  return eventEmail(event, {
    ...ctx,
    links: {
      resources: resourcesLink(ctx.activity, folders.resourcesUrl(ctx.activity.code)),
      deposit: folders.depositUrl(ctx.apprentice.id, ctx.activity.code),
      questionnaire: ctx.activity.mcq.length ? questionnaireReplyLink(ctx.apprentice, ctx.activity) : '',
    },
  });
}

/** Rewrites the Notification cell of a journal row (a rare path: a failed send or a pending one leaving). */
export function setJournalNotification(s: Services, row: number, status: string): void {
  const header = s.workbook.readHeader(TABS.journal);
  const col = columnOf(header, 'Notification');
  if (col >= 0) s.workbook.range(TABS.journal, row, col + 1, 1, 1).setValues([[status]]);
}

/** Sends the email of a just-appended event (the lock is held, so the journal's last row is this event). */
export function notifyEvent(s: Services, event: JournalEvent, ctx: { settings: Settings; apprentice: Apprentice; activity: Activity }, plan: NotificationPlan): { status: string; notices: string[] } {
  const notices = plan.invalid.length ? [RECORDING_NOTICES.invalidRecipients(plan.invalid)] : [];
  if (plan.status !== NOTIFICATION.sent) {
    notices.push(plan.status === NOTIFICATION.pending ? RECORDING_NOTICES.pending : RECORDING_NOTICES.failed(RECORDING_NOTICES.noRecipient));
    return { status: plan.status, notices };
  }
  const email = emailFor(s, event, ctx);
  const sent = s.mailer.send({ ...email, name: ctx.settings.centre || 'OLAP' });
  if (sent.ok) return { status: NOTIFICATION.sent, notices: [RECORDING_NOTICES.sent(email.to.length), ...notices] };
  // The quota ran out between the check and the send: the event waits for the hourly job like any pending one.
  const quota = /too many times/i.test(sent.reason);
  const status = quota ? NOTIFICATION.pending : NOTIFICATION.failedPrefix + sent.reason;
  const sheet = s.workbook.sheet(TABS.journal);
  if (sheet) setJournalNotification(s, sheet.getLastRow(), status);
  return { status, notices: [...notices, quota ? RECORDING_NOTICES.pending : RECORDING_NOTICES.failed(sent.reason)] };
}
