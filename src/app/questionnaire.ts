/** Questionnaire links: from the grid the trainer asks the tutor; in an email, the answer goes to the trainer. */
import type { Activity, Apprentice } from '../domain/types';
import { mailtoLink, questionnaireText } from '../domain/questionnaire';

export function questionnaireLink(apprentice: Apprentice, activity: Activity): string {
  const { subject, body } = questionnaireText(activity, apprentice);
  return mailtoLink([apprentice.tutorEmail].filter(Boolean), subject, body);
}

export function questionnaireReplyLink(apprentice: Apprentice, activity: Activity): string {
  const { subject, body } = questionnaireText(activity, apprentice);
  return mailtoLink([apprentice.trainerEmail].filter(Boolean), subject, body);
}
