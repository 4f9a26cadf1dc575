/** Every sentence the sidebar and the dialog show, in one place so the wording can be reviewed as a whole. */
export const CODE_TITLES: Record<string, string> = {
  I: 'besoin imminent',
  A: 'autonome',
  EC: "en cours d'acquisition",
  R: 'ressource',
};

export const ACTOR_TITLES: Record<string, string> = {
  Entreprise: 'Entreprise',
  Formateur: 'Formateur',
  Alternant: 'Alternant',
};

export const MSG = {
  loading: 'Chargement…',
  loaded: 'Prêt : choisissez un alternant.',
  saving: 'Enregistrement en cours…',
  noMatch: 'Aucun alternant ne correspond à la recherche.',
  matches: (n: number) => (n === 1 ? '1 alternant trouvé.' : `${n} alternants trouvés.`),
  left: 'sorti',
  chooseActivity: '— Choisir une activité —',
  chooseCategory: '— Sans catégorie —',

  required: {
    apprenticeId: 'Choisissez un alternant.',
    activityCode: 'Choisissez une activité.',
    actor: "Indiquez qui exprime le besoin ou l'évaluation.",
    code: 'Choisissez un code.',
    identifiedOn: "Indiquez la date d'identification.",
    dueOn: "Indiquez l'échéance.",
    precision: 'Décrivez le besoin : contexte, matériel, point de vigilance de l’entreprise…',
    evaluatedOn: "Indiquez la date d'évaluation.",
  },
  badDate: 'Date invalide : utilisez le sélecteur ou le format JJ/MM/AAAA.',
  futureDate: 'La date ne peut pas être dans le futur.',
  dueBeforeIdentified: "L'échéance ne peut pas précéder la date d'identification.",
  dueTooLate: (days: number, max: string) =>
    `L'échéance doit tomber dans les ${days} jours suivant l'identification (au plus tard le ${max}).`,
  precisionTooLong: (max: number) => `La précision ne doit pas dépasser ${max} caractères.`,
  commentTooLong: (max: number) => `Le commentaire ne doit pas dépasser ${max} caractères.`,
  errorsIntro: (n: number) =>
    n === 1 ? 'La saisie n’a pas été enregistrée : 1 champ à corriger.' : `La saisie n’a pas été enregistrée : ${n} champs à corriger.`,
  notSaved: 'La saisie n’a pas été enregistrée.',

  counter: (used: number, max: number) => `${used} / ${max} caractères`,
  quickChoiceAdded: (option: string) => `« ${option} » ajouté à la précision.`,
  activityGroupless: 'Autres activités',
  dueHint: (max: string) => `Au plus tard le ${max} (horizon d'imminence).`,
  suggestion: (code: string, all: boolean) =>
    all
      ? `Tous les critères sont cochés : le code suggéré est ${code} (${CODE_TITLES[code]}).`
      : `Tous les critères ne sont pas cochés : le code suggéré est ${code} (${CODE_TITLES[code]}).`,
  applySuggestion: (code: string) => `Retenir ${code}`,

  saved: (kind: 'need' | 'evaluation') => (kind === 'need' ? 'Besoin enregistré.' : 'Évaluation enregistrée.'),
  notification: {
    sent: "Courriel envoyé à l'alternant, au tuteur et au(x) formateur(s).",
    pending: 'Courriel en attente : il sera envoyé plus tard (quota journalier de courriels atteint).',
    failed: (why: string) => `Échec de l'envoi du courriel${why ? ` : ${why}` : ''}. La saisie est bien enregistrée.`,
    other: (status: string) => `Notification : ${status}.`,
  },

  pending: {
    announce: (code: string, who: string, activity: string, actor: string) =>
      `Un code ${code} a été saisi dans la grille de ${who} (activité ${activity}, ${actor}). Complétez la saisie ou abandonnez-la.`,
    prefilled: 'Le formulaire est prérempli avec la saisie de la grille.',
    dismissed: 'Saisie abandonnée : la grille reste inchangée.',
    none: 'Aucune saisie en attente : vous pouvez remplir le formulaire.',
  },

  overview: {
    title: (name: string) => `Situation de ${name}`,
    loading: 'Chargement de la situation de l’alternant…',
    selected: 'Activité choisie',
    noCode: '—',
    openNeed: (due: string) => `Besoin ouvert, échéance le ${due}`,
    overdue: (due: string) => `Besoin en retard : échéance dépassée depuis le ${due}`,
    noOpenNeed: 'Aucun besoin ouvert.',
    openNeeds: 'Besoins ouverts',
    noOpenNeeds: 'Aucun besoin ouvert pour cet alternant.',
    helpers: 'Qui peut aider ?',
    noHelpers: 'Personne n’est encore autonome ou ressource sur cette activité.',
    all: (n: number) => `Toutes les activités (${n})`,
    activity: 'Activité',
  },

  network: 'Le serveur ne répond pas. Vérifiez la connexion puis réessayez.',
  serverFailure: 'Une erreur inattendue est survenue côté Google Sheets. Réessayez ; si cela persiste, prévenez le responsable du classeur.',
  unavailable: 'Cette page doit être ouverte depuis le module OLAP de Google Sheets.',
} as const;
