/**
 * French messages shown next to a field of the need or evaluation form when the entry is refused.
 * Each one says what is wrong and what to do, in short sentences.
 */

export const PRECISION_MAX_LENGTH = 2000;
export const COMMENT_MAX_LENGTH = 2000;

const quote = (text: string): string => `« ${text} »`;

export const RECORDING_MESSAGES = {
  notAnObject: 'La saisie est illisible. Fermez le formulaire, rouvrez-le et recommencez.',

  apprenticeMissing: 'Choisissez un alternant.',
  apprenticeUnknown: (id: string) =>
    `L'alternant ${quote(id)} n'existe pas dans l'onglet Alternants. Choisissez un alternant de la liste.`,
  apprenticeLeft: (name: string) =>
    `${name} est sorti(e) de la formation (statut « sorti ») : on ne peut plus rien enregistrer pour cet alternant.`,

  activityMissing: 'Choisissez une activité.',
  activityUnknown: (code: string) =>
    `L'activité ${quote(code)} n'existe pas dans l'onglet Référentiel. Choisissez une activité de la liste.`,

  actorMissing: 'Choisissez qui exprime ce code : Entreprise, Formateur ou Alternant.',
  actorUnknown: (actor: string) =>
    `${quote(actor)} n'est pas un acteur connu. Choisissez Entreprise, Formateur ou Alternant.`,

  codeMissing: 'Choisissez un code : A, EC ou R.',
  codeIsNeed: 'Le code I est un besoin imminent : utilisez le formulaire « Besoin imminent ».',
  codeUnknown: (code: string) =>
    `${quote(code)} n'est pas un code d'évaluation. Choisissez A (autonome), EC (en cours d'acquisition) ou R (ressource).`,

  dateMissing: (what: string) => `Indiquez la date ${what}.`,
  dateMalformed: (what: string, typed: string) =>
    `La date ${what} ${quote(typed)} n'est pas une vraie date. Écrivez-la au format AAAA-MM-JJ (exemple : 2026-03-12).`,
  dateInFuture: (what: string, today: string) =>
    `La date ${what} ne peut pas être dans le futur. Choisissez une date jusqu'au ${today} inclus.`,

  dueBeforeIdentification: (identifiedOn: string) =>
    `L'échéance ne peut pas être avant la date d'identification (${identifiedOn}).`,
  dueBeyondHorizon: (horizonDays: number, latest: string) =>
    `Un besoin imminent doit arriver dans les ${horizonDays} jours. Choisissez une échéance jusqu'au ${latest} au plus tard.`,

  precisionMissing:
    "Décrivez le besoin : le contexte, le matériel, ce à quoi l'entreprise sera attentive. Sans précision, le besoin n'est pas enregistré.",
  precisionTooLong: (length: number) =>
    `La précision est trop longue (${length} caractères). Raccourcissez-la à ${PRECISION_MAX_LENGTH} caractères au plus.`,

  categoryUnknown: (category: string, allowed: string[]) =>
    `La catégorie ${quote(category)} n'existe pas. Choisissez parmi : ${allowed.join(' ; ')}.`,

  commentNotText: 'Le commentaire doit être un texte.',
  commentTooLong: (length: number) =>
    `Le commentaire est trop long (${length} caractères). Raccourcissez-le à ${COMMENT_MAX_LENGTH} caractères au plus.`,

  criteriaNotList: 'Les critères doivent être une liste de critères cochés.',
  criteriaUnknown: (unknown: string[], activityCode: string) =>
    unknown.length === 1
      ? `Le critère ${quote(unknown[0])} n'existe pas pour l'activité ${activityCode}.`
      : `Les critères ${unknown.map(quote).join(', ')} n'existent pas pour l'activité ${activityCode}.`,
};

/** How each date is named inside a sentence ("la date d'identification"). */
export const DATE_NAMES = {
  identifiedOn: "d'identification",
  dueOn: "d'échéance",
  evaluatedOn: "d'évaluation",
} as const;
