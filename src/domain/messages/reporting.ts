/**
 * French text of the reporting tabs (`Synoptique`, `Impact`, `Impact — besoins`) and of export periods.
 * Column headers the CSV partners receive are here too, so wording is reviewed in one place.
 */

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export const SYNOPTIC_TEXT = {
  title: (programme: string, level: string, onDay: string) =>
    ['Synoptique', [programme, level].filter((part) => part.trim() !== '').join(' · '), `au ${onDay}`].filter(Boolean).join(' — '),
  summary: (apprentices: number, activities: number, openNeeds: number, overdueNeeds: number) =>
    `${plural(apprentices, 'alternant', 'alternants')} · ${plural(activities, 'activité', 'activités')} · ` +
    `${plural(openNeeds, 'besoin ouvert', 'besoins ouverts')}, dont ${overdueNeeds} en retard`,
  idHeader: 'ID',
  nameHeader: 'Alternant',
  companyHeader: 'Entreprise',
  groupHeader: 'Groupes',
  totalsGroup: 'Totaux',
  totalHeaders: ['Besoins ouverts', 'En retard', 'A', 'EC', 'R'] as const,
  activityTotals: [
    'Besoins ouverts (I) par activité',
    'Besoins en retard par activité',
    'Autonomes (A) par activité',
    "En cours d'acquisition (EC) par activité",
    'Ressources (R) par activité',
  ] as const,
  suspendedNote: 'Statut : suspendu',
  leftTitle: 'Alternants sortis (hors totaux par activité et hors mises en relation)',
  overdueMark: 'I !',
  overdueNote: (dueOn: string, precision: string) => `Besoin en retard : échéance dépassée le ${dueOn}.\n${precision}`,
  openNote: (dueOn: string, precision: string) => `Besoin ouvert, échéance le ${dueOn}.\n${precision}`,
  legendTitle: 'Légende',
  legendOverdue: 'besoin imminent en retard (échéance dépassée, aucune évaluation depuis)',
  legendLeft: 'alternant sorti de la formation',
  legendLeftSample: 'sorti',
  legendEmpty: 'case vide : rien de noté sur cette activité',
} as const;

export const PAIRING_TEXT = {
  title: 'Mises en relation',
  intro: 'Pour chaque besoin ouvert, les autres alternants autonomes (A) ou ressources (R) sur la même activité.',
  headers: ['Activité', 'Besoin', 'Alternant', 'Échéance', 'Personnes ressources'] as const,
  none: 'Aucun besoin ouvert.',
  noHelper: 'aucune personne ressource pour le moment',
  overdueSuffix: ' (en retard)',
  more: (count: number, activityCode: string) =>
    ` … et ${count} autres` + (activityCode ? ` (voir la colonne ${activityCode} ci-dessus)` : ''),
} as const;

export const IMPACT_TEXT = {
  keyHeader: 'Clé',
  identityHeaders: ['ID', 'Nom', 'Prénom', 'Entreprise'] as const,
  totalHeader: 'Total',
  proactiveHeader: 'Accompagnement proactif',
  noCategory: 'Sans catégorie',
  yes: 'oui',
  no: 'non',
  summaryHeaders: ['Synthèse', 'Valeur', 'n'] as const,
  participants: 'Participants',
  threshold: 'Seuil du label (besoins anticipés par participant)',
  atOrAbove: 'Participants au niveau du seuil ou au-dessus',
  share: 'Part au niveau du seuil ou au-dessus (%)',
  required: 'Part exigée (%) : 100 − marge du label',
  label: 'Label « proactivité pour l\'emploi »',
  labelReached: 'label atteint',
  labelNotReached: 'label non atteint',
  correlationTitle: 'Corrélation (Pearson) entre le nombre d\'anticipations et :',
  noCorrelation: '—',
  correlationNote: '— : moins de 3 réponses, ou réponses toutes identiques.',
} as const;

export const IMPACT_NEEDS_TEXT = {
  headers: ['Code activité', 'Activité', 'Catégorie', 'Acteur', 'Précision', 'Identifié le', 'Échéance', 'Ressources'] as const,
} as const;

const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

export const PERIOD_TEXT = {
  week: (week: number, year: number) => `semaine ${week} de ${year}`,
  month: (month: number, year: number) => `${MONTHS[month - 1]} ${year}`,
} as const;

/** What the menu actions tell the user when they finish. */
export const REPORTING_NOTICES = {
  synopticDone: (apprentices: number, openNeeds: number, overdue: number) =>
    `Synoptique reconstruit : ${apprentices} alternant(s), ${openNeeds} besoin(s) ouvert(s) dont ${overdue} en retard.`,
  impactDone: (participants: number, sharePercent: number, labelReached: boolean) =>
    `Tableau d’impact construit : ${participants} participant(s), ${sharePercent} % au-dessus du seuil — label « proactivité pour l’emploi » ${labelReached ? 'atteint' : 'non atteint'}.`,
  exportDone: (files: number, recipients: number) => `Export envoyé : ${files} fichier(s) partagé(s) avec ${recipients} partenaire(s).`,
  exportLogged: 'envoyé',
  exportFailed: (reason: string) => `échec : ${reason}`,
  noPartner: 'Aucun email partenaire : renseignez « Emails partenaires » dans l’onglet « Formation » avant d’exporter.',
  mailFailed: (reason: string) => `L’email aux partenaires n’a pas pu partir : ${reason}. Les fichiers sont dans le dossier « Exports ».`,
  keysTitle: 'Correspondance des clés pseudonymes (réservé à l’équipe du CFA)',
  keysIntro: 'Ces clés remplacent les noms dans les exports. Ne transmettez pas ce tableau aux partenaires.',
  manualPeriod: (day: string) => `export manuel du ${day}`,
} as const;
