/** MailApp only (GmailApp would need the restricted mail.google.com scope). */
export interface OutgoingMail {
  to: string[];
  subject: string;
  body: string;
  htmlBody: string;
  name?: string;
}

export interface Mailer {
  remainingQuota(): number;
  send(mail: OutgoingMail): { ok: true } | { ok: false; reason: string };
}

export function mailApp(): Mailer {
  return {
    remainingQuota: () => MailApp.getRemainingDailyQuota(),
    send(mail) {
      try {
        // The (recipient, subject, body, options) form: the plain text is the body, the HTML an option.
        MailApp.sendEmail(mail.to.join(','), mail.subject, mail.body, { htmlBody: mail.htmlBody, name: mail.name });
        return { ok: true };
      } catch (error) {
        return { ok: false, reason: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}
