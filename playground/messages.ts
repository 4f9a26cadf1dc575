/** Every French sentence the playground server says (the page's own wording is in public/messages.js). */
export const PLAYGROUND_MESSAGES = {
  listening: (url: string) => `Bac à sable OLAP prêt : ${url}`,
  seeded: (grids: number, recorded: number) => `Démo CAP Cuisine créée : ${grids} grilles, ${recorded} saisies enregistrées.`,
  restored: (file: string) => `Classeur restauré depuis ${file}.`,
  noSheet: (name: string) => `L'onglet « ${name} » n'existe pas.`,
  invalidCell: 'Indiquez une ligne et une colonne (nombres à partir de 1) et des valeurs à saisir.',
  outside: 'Cette cellule est en dehors de la feuille.',
  validation: (a1: string, help: string) =>
    `Il y a eu un problème : les données saisies dans la cellule ${a1} ne respectent pas les règles de validation des données définies pour cette cellule.${help ? ` ${help}` : ''}`,
  notInMenu: (fn: string) => `« ${fn} » n'est pas une commande du menu du module.`,
  notCallable: (fn: string) => `« ${fn} » n'est pas une fonction du module appelable depuis le panneau.`,
  crashed: (fn: string, detail: string) => `Le module a échoué pendant « ${fn} » : ${detail}`,
  noHtml: "Cette fenêtre n'est plus ouverte.",
};
