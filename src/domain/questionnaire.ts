/**
 * The activity's need questionnaire (QCM). Tutors have no access to the spreadsheet and the add-on asks for no Forms
 * scope, so the questionnaire is an email ready to send: « dans les jours qui viennent, ce serait plutôt … » with
 * the options to keep. From the grid it goes to the tutor; from a notification it comes back to the trainer.
 */
import type { Activity, Apprentice } from './types';

const MAX_BODY = 1500; // mail clients cut mailto links around 2,000 characters

export function questionnaireText(activity: Activity, apprentice: Apprentice): { subject: string; body: string } {
  const options = activity.mcq.map((o) => `[ ] ${o}`).join('\n');
  const subject = `Besoin à venir — ${activity.code} ${activity.label} — ${apprentice.firstName} ${apprentice.lastName.toUpperCase()}`;
  const body =
    `Bonjour,\n\nPour « ${activity.label} », dans les jours qui viennent, ce serait plutôt :\n${options}\n[ ] Autre : …\n\n` +
    `Pour quand ? (date) :\nCe qu’il faut savoir (contexte, matériel, point de vigilance) :\n\nMerci !`;
  return { subject, body: body.slice(0, MAX_BODY) };
}

export function mailtoLink(to: string[], subject: string, body: string): string {
  const enc = encodeURIComponent;
  return `mailto:${to.map(encodeURIComponent).join(',')}?subject=${enc(subject)}&body=${enc(body)}`;
}
