/**
 * The workbook's fixed names (SPEC §3): tabs, headers, settings keys. Users, tests and documentation rely on them.
 * Columns are always found by header, never by position.
 */

export const TABS = {
  settings: 'Formation',
  periods: 'Périodes',
  referential: 'Référentiel',
  subjects: 'Matières',
  roster: 'Alternants',
  indicators: 'Indicateurs',
  journal: 'Journal',
  synoptic: 'Synoptique',
  impact: 'Impact',
  impactNeeds: 'Impact — besoins',
  exports: 'Exports',
} as const;

export const SETTINGS_HEADERS = ['Paramètre', 'Valeur'] as const;

export const SETTING_KEYS = {
  programme: 'Formation',
  level: 'Niveau',
  centre: 'Centre de formation',
  horizonDays: "Horizon d'imminence (jours)",
  categories: 'Catégories',
  labelThreshold: 'Seuil du label',
  labelMarginPercent: 'Marge du label (%)',
  partnerEmails: 'Emails partenaires',
  exportFrequency: 'Fréquence des exports',
  pseudonymise: 'Pseudonymiser les exports',
  driveFolder: 'Dossier Drive',
} as const;

export const DEFAULT_CATEGORIES = ["Qualité de l'alternance", 'Théâtre', 'Mobilité', 'Sport', 'Recherche de contrat'];

export const PERIOD_HEADERS = ['Période', 'Début', 'Fin'] as const;

export const REFERENTIAL_HEADERS = [
  'Code groupe',
  'Groupe',
  'Code activité',
  'Activité',
  'Catégorie',
  'QCM',
  "Critères d'évaluation",
  'Ressources',
] as const;

export const SUBJECT_HEADERS = ['Matière', 'Objectif', 'Activités liées'] as const;

export const ROSTER_HEADERS = [
  'ID',
  'Nom',
  'Prénom',
  'Email',
  'Téléphone',
  'Entreprise',
  'Tuteur nom',
  'Tuteur prénom',
  'Tuteur email',
  'Formateur nom',
  'Formateur prénom',
  'Formateur email',
  'Autres formateurs',
  'Statut',
  'Onglet',
  'Dépôt',
] as const;

export const INDICATOR_HEADERS = [
  'ID',
  'Rupture',
  'Date de rupture',
  'Contrat obtenu',
  'Réussite examen',
  'Absentéisme (%)',
  'Insertion à 6 mois',
  'Satisfaction alternant',
  'Satisfaction entreprise',
] as const;

/** Grid columns before the period columns (SPEC §3, individual grid). */
export const GRID_HEADERS = [
  'Code',
  'Activité',
  'AR',
  'AS',
  'Entreprise',
  'Formateur',
  'Alternant',
  'Identifié le',
  'Échéance',
  'Précision du besoin',
  'Évalué le',
  'Dépôt',
  'QCM',
  'Matières',
] as const;

export const JOURNAL_HEADERS = [
  'Horodatage',
  'Événement',
  'ID',
  'Code activité',
  'Acteur',
  'Code',
  'Identifié le',
  'Échéance',
  'Précision',
  'Évalué le',
  'Catégorie',
  'Commentaire',
  'Saisi par',
  'Notification',
  // Extra column at the right (allowed by SPEC §3): the criteria met, `;`-separated.
  'Critères remplis',
] as const;

export const EXPORT_LOG_HEADERS = ['Date', 'Période', 'Destinataires', 'Fichier', 'Lignes', 'Statut'] as const;

export const NOTIFICATION = { sent: 'envoyée', pending: 'en attente', failedPrefix: 'échec: ' } as const;

/** Tab name of an individual grid: `<ID> · <Prénom> <NOM>`. */
export function gridTabName(apprentice: { id: string; firstName: string; lastName: string }): string {
  const name = `${apprentice.id} · ${apprentice.firstName} ${apprentice.lastName.toUpperCase()}`.replace(/\s+/g, ' ').trim();
  // Sheet names cannot hold these characters and are limited to 100 characters.
  return name.replace(/[\[\]\*\?\/\\:]/g, '-').slice(0, 100);
}
