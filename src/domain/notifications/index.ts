/**
 * The content of every email OLAP sends: one per recorded need or evaluation, the reminder of an overdue need, and
 * the partner export. Pure: sending (MailApp, quota, retries) belongs to the use cases and adapters.
 */
export type { EventEmailContext } from './event-email';
export type { PartnerExportContext } from './partner-email';
export { eventEmail, overdueReminderEmail } from './event-email';
export { partnerExportEmail } from './partner-email';
export { isValidEmail } from './recipients';
export { escapeHtml } from './render';

/** The links recalled in every email about an apprentice's activity. */
export interface EmailLinks {
  resources: string; // the activity's resource folder
  deposit: string; // the apprentice's deposit folder
  questionnaire: string; // the activity's need questionnaire (QCM)
  grid?: string; // the individual grid, useful to CFA staff only
}

/**
 * A ready-to-send email. `invalidRecipients` lists the addresses left out because they are malformed (as typed),
 * or a French note naming the person when the address is blank, so the sidebar can ask staff to fix the roster.
 */
export interface Email {
  to: string[];
  subject: string;
  body: string; // plain-text alternative
  htmlBody: string;
  invalidRecipients: string[];
}
