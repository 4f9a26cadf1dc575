/**
 * The email that brings partners and funders the scheduled export of the impact table (SPEC §4.5). Recipients are
 * the `Emails partenaires` of the settings; the text warns when the export is not pseudonymised.
 */
import type { Settings } from '../types';
import { EMAIL_TEXT as T } from '../messages/emails';
import { sortRecipients } from './recipients';
import { oneLine, renderHtml, renderText, type Block } from './render';
import type { Email } from './index';

export interface PartnerExportContext {
  settings: Settings;
  periodLabel: string;
  files: { name: string; url: string }[];
  folderUrl: string;
  rows: number;
}

export function partnerExportEmail(ctx: PartnerExportContext): Email {
  const { settings, periodLabel, files, folderUrl, rows } = ctx;
  const programme = settings.level.trim() ? `${settings.programme} (${settings.level})` : settings.programme;
  const blocks: Block[] = [
    { kind: 'paragraph', text: T.greeting },
    { kind: 'paragraph', text: T.intros.partnerExport(programme, periodLabel) },
    {
      kind: 'facts',
      facts: [
        { label: T.labels.programme, value: programme },
        { label: T.labels.period, value: periodLabel },
        { label: T.labels.rows, value: String(rows) },
      ],
    },
    { kind: 'paragraph', text: settings.pseudonymise ? T.pseudonymised : T.personalData },
    {
      kind: 'links',
      title: T.filesTitle,
      links: [...files.map((file) => ({ label: file.name, url: file.url })), { label: T.links.folder, url: folderUrl }],
    },
    { kind: 'highlight', title: T.nextStepTitle, text: T.nextSteps.partnerExport },
    { kind: 'paragraph', text: T.partnerFooter(settings.centre) },
  ];
  return {
    // An empty item of the `;`-separated setting is nobody, not a missing address.
    ...sortRecipients(
      settings.partnerEmails
        .filter((address) => (address ?? '').trim() !== '')
        .map((address) => ({ who: T.roles.partner, address })),
    ),
    subject: oneLine(T.subjects.partnerExport(settings.centre, periodLabel)),
    body: renderText(blocks),
    htmlBody: renderHtml(blocks),
  };
}
