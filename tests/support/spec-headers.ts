/**
 * The headers of SPEC §3, written out as the SPEC has them, not imported from src: a typo in the add-on's own names
 * must fail the tests.
 */
export const SPEC_HEADERS: Record<string, string[]> = {
  Formation: ['Paramètre', 'Valeur'],
  Périodes: ['Période', 'Début', 'Fin'],
  Référentiel: ['Code groupe', 'Groupe', 'Code activité', 'Activité', 'Catégorie', 'QCM', "Critères d'évaluation", 'Ressources'],
  Matières: ['Matière', 'Objectif', 'Activités liées'],
  Alternants: ['ID', 'Nom', 'Prénom', 'Email', 'Téléphone', 'Entreprise', 'Tuteur nom', 'Tuteur prénom', 'Tuteur email', 'Formateur nom', 'Formateur prénom', 'Formateur email', 'Autres formateurs', 'Statut', 'Onglet', 'Dépôt'],
  Indicateurs: ['ID', 'Rupture', 'Date de rupture', 'Contrat obtenu', 'Réussite examen', 'Absentéisme (%)', 'Insertion à 6 mois', 'Satisfaction alternant', 'Satisfaction entreprise'],
  Journal: ['Horodatage', 'Événement', 'ID', 'Code activité', 'Acteur', 'Code', 'Identifié le', 'Échéance', 'Précision', 'Évalué le', 'Catégorie', 'Commentaire', 'Saisi par', 'Notification'],
  Exports: ['Date', 'Période', 'Destinataires', 'Fichier', 'Lignes', 'Statut'],
};
