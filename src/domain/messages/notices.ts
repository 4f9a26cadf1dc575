/** French notices shown after a recording or by the hourly job. */
export const RECORDING_NOTICES = {
  noGrid: 'Le tableau individuel de cet alternant n’existe pas encore : lancez « Générer les grilles » pour l’afficher. La saisie est bien enregistrée dans le Journal.',
  pending: 'Le quota d’emails du jour est atteint : la notification partira automatiquement plus tard (tâche horaire).',
  sent: (count: number) => `Notification envoyée à ${count} destinataire(s).`,
  failed: (reason: string) => `La notification n’a pas pu partir : ${reason}. La saisie est bien enregistrée.`,
  invalidRecipients: (list: string[]) => `Adresse(s) à corriger dans l’onglet « Alternants » (non notifiées) : ${list.join(' ; ')}.`,
  noRecipient: 'aucune adresse email valide',
} as const;

export const CONFIG_NOT_READY =
  'Le classeur n’est pas encore prêt : lancez « Configurer le classeur », remplissez « Formation », « Référentiel » et « Alternants », puis « Générer les grilles ».';
