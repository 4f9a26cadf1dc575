/** French notices shown when a code is typed directly in a grid. */
export const TYPED_CODE_NOTICES = {
  title: 'OLAP',
  pending: (code: string, activity: string) =>
    `Code « ${code} » pour l’activité ${activity} : complétez la saisie dans le panneau OLAP (ou menu Extensions › OLAP › Compléter la saisie en attente). Rien n’est enregistré avant.`,
  putBack:
    'Ces colonnes sont remplies par OLAP à partir du Journal : la cellule a été remise comme avant. Pour enregistrer un besoin ou une évaluation, utilisez le panneau OLAP.',
} as const;
