/** French texts of the menu, the dialogs and the general answers. */
/** What an empty projection tab says until its first build. */
export const PROJECTION_PLACEHOLDER: Record<string, string> = {
  Synoptique: 'Menu Extensions › OLAP › « Reconstruire le synoptique » remplit cet onglet à partir du Journal.',
  Impact: 'Menu Extensions › OLAP › « Construire le tableau d’impact » remplit cet onglet à partir du Journal.',
  'Impact — besoins': 'Menu Extensions › OLAP › « Construire le tableau d’impact » remplit cet onglet (un besoin par ligne).',
};

export const MESSAGES = {
  unexpected: 'Une erreur inattendue est survenue. Rien n’a été perdu : réessayez dans un instant, et si cela se reproduit, prévenez le référent OLAP du centre.',
  timeout: 'Le traitement a pris trop de temps et s’est arrêté proprement. Relancez la même action : elle reprendra où elle s’est arrêtée.',
  lockBusy: 'Quelqu’un d’autre enregistre en ce moment. Rien n’a été écrit : réessayez dans quelques secondes.',
  setupDone: (created: string[]) =>
    created.length ? `Onglets créés : ${created.join(', ')}. Remplissez « Formation », « Référentiel » et « Alternants », puis lancez « Générer les grilles ».` : 'Le classeur est déjà configuré : aucun onglet n’a été modifié.',
  gridsDone: (done: number, total: number) => `${done} grille(s) sur ${total} à jour.`,
  gridsPartial: (done: number, total: number) =>
    `${done} grille(s) sur ${total} sont prêtes. Le reste n’a pas tenu dans une exécution : relancez « Générer les grilles » pour continuer là où le travail s’est arrêté.`,
  gridsFoldersPartial: (total: number) =>
    `Les dossiers Drive sont en cours de création ; les ${total} grille(s) suivront. Le travail n’a pas tenu dans une exécution : relancez « Générer les grilles » pour continuer là où il s’est arrêté.`,
  configErrors: (count: number) => `La configuration contient ${count} erreur(s). Rien n’a été écrit. Corrigez les cellules indiquées puis relancez.`,
  configWarnings: 'Remarques (non bloquantes) :',
  noPending: 'Aucune saisie en attente.',
  scheduleDone: 'Les tâches horaires sont programmées : notifications en attente, rappels d’échéance et exports partenaires.',
  scheduleAlready: 'Les tâches horaires étaient déjà programmées.',
  authorizationRequired: 'OLAP doit d’abord être autorisé : ouvrez le menu Extensions › OLAP et acceptez les autorisations, puis recommencez.',
  menu: {
    sidebar: 'Ouvrir le panneau de saisie',
    setup: 'Configurer le classeur',
    grids: 'Générer / mettre à jour les grilles',
    synoptic: 'Reconstruire le synoptique',
    impact: 'Construire le tableau d’impact',
    exportNow: 'Exporter vers les partenaires maintenant',
    schedule: 'Programmer les exports et rappels',
    pending: 'Compléter la saisie en attente',
    keys: 'Correspondance des clés pseudonymes',
  },
  sidebarTitle: 'OLAP — saisie',
  dialogTitle: 'Compléter la saisie',
} as const;
