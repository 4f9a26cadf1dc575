/**
 * Partner exports (SPEC §4.5): the impact table and the list of needs as two CSV files for French Excel and
 * LibreOffice, saved in an `Exports` folder shared with the partners (no Drive notification), one email
 * with the links, one row in `Exports`. Budget: at most 4 Drive calls (the folder and its sharing are made once;
 * then two files) and 1 MailApp call per export.
 */
import { toCsv } from '../domain/csv';
import { partnerExportEmail, isValidEmail } from '../domain/notifications';
import { exportPeriodKey, periodLabel } from '../domain/export-schedule';
import { frenchDay } from '../domain/dates';
import { TABS } from '../domain/workbook';
import { REPORTING_NOTICES } from '../domain/messages/reporting';
import { folderUrl } from '../gas/drive';
import { tell } from '../gas/ui';
import { ensureExportsFolder } from './folders';
import { computeImpact } from './build-impact';
import { fail, safely, type Reply } from './respond';
import { services, type Services } from './services';

const SHARED = 'olap.exports.sharedWith';
export const LAST_EXPORT = 'olap.exports.last';

export function exportToPartnersWith(s: Services, periodKey: string | null): Reply {
  const computed = computeImpact(s);
  if (!computed.ok) return computed.reply;
  const { cohort, impactRows, needsRows, report } = computed.data;
  const partners = cohort.settings.partnerEmails;
  if (partners.length === 0) return fail([{ field: 'Emails partenaires', message: REPORTING_NOTICES.noPartner }]);
  const bad = partners.filter((p) => !isValidEmail(p));
  if (bad.length) return fail(bad.map((p) => ({ field: 'Emails partenaires', message: `Onglet « Formation », ligne « Emails partenaires » : « ${p} » n’est pas une adresse email valide.` })));

  const today = s.calendar.today();
  const label = periodKey ? periodLabel(periodKey) : REPORTING_NOTICES.manualPeriod(frenchDay(today));
  const folderId = ensureExportsFolder(s);
  const already = new Set((s.store.get(SHARED) ?? '').split(';').filter(Boolean));
  const newPartners = partners.filter((p) => !already.has(p));
  if (newPartners.length) {
    const refused = s.drive.shareWith(folderId, newPartners, 'reader');
    s.store.set({ [SHARED]: [...already, ...newPartners.filter((p) => !refused.includes(p))].join(';') });
  }
  const stamp = today.replace(/-/g, '');
  const files = [
    s.drive.createFile(`OLAP-impact-${stamp}.csv`, folderId, 'text/csv', toCsv(impactRows)),
    s.drive.createFile(`OLAP-besoins-${stamp}.csv`, folderId, 'text/csv', toCsv(needsRows)),
  ].map((f, i) => ({ name: i === 0 ? `OLAP-impact-${stamp}.csv` : `OLAP-besoins-${stamp}.csv`, url: f.url }));

  const email = partnerExportEmail({ settings: cohort.settings, periodLabel: label, files, folderUrl: folderUrl(folderId), rows: impactRows.length - 1 });
  const sent = s.mailer.send({ ...email, name: cohort.settings.centre || 'OLAP' });
  if (periodKey && sent.ok) s.store.set({ [LAST_EXPORT]: periodKey });
  const status = sent.ok ? REPORTING_NOTICES.exportLogged : REPORTING_NOTICES.exportFailed(sent.reason);
  s.workbook.appendRow(TABS.exports, [s.calendar.timestamp(), label, partners.join('; '), files.map((f) => f.url).join('\n'), impactRows.length - 1 + needsRows.length - 1, status]);
  if (!sent.ok) return fail([{ field: 'payload', message: REPORTING_NOTICES.mailFailed(sent.reason) }], { files });
  return { ok: true, files, recipients: partners, period: label, participants: report.participants };
}

/** The export the hourly job owes, if any: once per ISO week or calendar month. */
export function dueExportKey(s: Services, frequency: Parameters<typeof exportPeriodKey>[1]): string | null {
  const key = exportPeriodKey(s.calendar.today(), frequency);
  return key && key !== s.store.get(LAST_EXPORT) ? key : null;
}

export const exportToPartners = safely('exportToPartners', () => {
  const s = services();
  const result = exportToPartnersWith(s, null);
  if (result.ok) tell(REPORTING_NOTICES.exportDone((result.files as unknown[]).length, (result.recipients as unknown[]).length));
  else tell((result.errors as { message: string }[]).map((e) => `• ${e.message}`).join('\n'));
  return result;
});
