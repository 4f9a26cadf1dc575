/**
 * French messages about the configuration tabs and the Journal: each problem names the tab, the row and the column,
 * then says why and what to type instead. A message is `where(...)` + one of the reasons below.
 */

const quote = (text: string): string => `« ${text} »`;
const list = (values: readonly string[]): string => values.map(quote).join(', ');

export const CONFIG_WHERE = {
  cell: (tab: string, row: number, column: string, why: string) =>
    `Onglet ${quote(tab)}, ligne ${row}, colonne ${quote(column)} : ${why}`,
  tab: (tab: string, why: string) => `Onglet ${quote(tab)} : ${why}`,
};

export const CONFIG_MESSAGES = {
  tabMissing: (tab: string) =>
    `L'onglet ${quote(tab)} est introuvable. Lancez « Configurer le classeur » pour le créer, puis remplissez-le.`,
  columnMissing: (column: string) =>
    `la colonne ${quote(column)} est introuvable en ligne 1. Ajoutez cet en-tête (l'ordre des colonnes est libre).`,
  blank: (column: string) => `la case est vide alors que ${quote(column)} est obligatoire.`,

  settingMissing: (key: string) =>
    `le paramètre ${quote(key)} est obligatoire. Ajoutez une ligne ${quote(key)} dans la colonne « Paramètre » ` +
    `et sa valeur dans la colonne « Valeur ».`,
  settingBlank: (key: string) => `le paramètre ${quote(key)} est obligatoire : indiquez sa valeur.`,
  horizon: (typed: string) =>
    `${quote(typed)} n'est pas un horizon valable : indiquez un nombre entier de jours supérieur à 0 (exemple : 21).`,
  labelThreshold: (typed: string) =>
    `${quote(typed)} n'est pas un seuil valable : indiquez un nombre entier de besoins, 1 ou plus (exemple : 3).`,
  labelMargin: (typed: string) =>
    `${quote(typed)} n'est pas une marge valable : indiquez un pourcentage entre 0 et 100 (exemple : 10).`,
  frequency: (typed: string, allowed: readonly string[]) =>
    `${quote(typed)} n'est pas une fréquence connue. Écrivez ${list(allowed)}.`,
  yesNo: (typed: string) => `${quote(typed)} n'est ni « oui » ni « non ». Écrivez « oui » ou « non ».`,

  email: (typed: string) => `${quote(typed)} n'est pas une adresse email valide.`,
  tutorEmailMissing: (column: string) =>
    `la case ${quote(column)} est vide : le tuteur ne recevra pas les notifications tant qu'elle n'est pas remplie.`,
  emailInList: (typed: string) =>
    `${quote(typed)} n'est pas une adresse email valide. ` +
    'Séparez les adresses par « ; » (exemple : a.martin@cfa.fr;b.durand@cfa.fr).',
  status: (typed: string, allowed: readonly string[]) =>
    `${quote(typed)} n'est pas un statut connu. Écrivez ${list(allowed)}.`,
  duplicateId: (id: string, firstRow: number) =>
    `l'ID ${quote(id)} est déjà utilisé ligne ${firstRow}. Chaque alternant a un ID unique, jamais réutilisé.`,
  duplicateIndicators: (id: string, firstRow: number) =>
    `l'ID ${quote(id)} a déjà ses indicateurs ligne ${firstRow}. Gardez une seule ligne par alternant.`,
  unknownId: (id: string) => `l'ID ${quote(id)} n'existe pas dans l'onglet « Alternants ».`,

  duplicateActivity: (code: string, firstRow: number) =>
    `le code activité ${quote(code)} est déjà utilisé ligne ${firstRow}. Chaque sous-activité a un code unique.`,
  groupRenamed: (code: string, label: string, firstRow: number) =>
    `le groupe ${quote(code)} s'appelle ${quote(label)} ligne ${firstRow}. ` +
    'Écrivez le même nom de groupe sur chaque ligne du groupe.',
  noGroup: (column: string) =>
    `l'activité n'a pas de groupe : indiquez ${quote(column)} ` +
    '(chaque ligne répète le code et le nom de son groupe).',
  category: (typed: string, allowed: readonly string[]) =>
    `la catégorie ${quote(typed)} n'existe pas dans l'onglet « Formation ». Choisissez parmi ${list(allowed)}, ` +
    `ou laissez vide pour la catégorie par défaut.`,
  emptyReferential:
    "aucune activité n'est saisie. Écrivez une ligne par sous-activité à partir de la ligne 2 " +
    '(10 à 15 groupes de 2 à 4 sous-activités).',
  unknownActivity: (code: string) => `le code activité ${quote(code)} n'existe pas dans l'onglet « Référentiel ».`,

  date: (typed: string) => `${quote(typed)} n'est pas une date lisible. Écrivez-la JJ/MM/AAAA (exemple : 12/03/2026).`,
  endBeforeStart: (end: string, start: string) => `la fin (${end}) est avant le début (${start}).`,
  duplicatePeriod: (name: string, firstRow: number) =>
    `la période ${quote(name)} existe déjà ligne ${firstRow}. Donnez un nom différent à chaque période.`,
  number: (typed: string, min: number, max: number) =>
    `${quote(typed)} n'est pas un nombre entre ${min} et ${max}.`,

  groupCount: (count: number) =>
    `le référentiel compte ${count} groupe${count > 1 ? 's' : ''} ; la méthode en recommande 10 à 15.`,
  groupSize: (code: string, count: number) =>
    `le groupe ${quote(code)} compte ${count} sous-activité${count > 1 ? 's' : ''} ; ` +
    'la méthode en recommande 2 à 4.',
};

export const JOURNAL_MESSAGES = {
  actor: (typed: string) =>
    `${quote(typed)} n'est pas un acteur connu (Entreprise, Formateur ou Alternant). Ligne ignorée.`,
  code: (typed: string) => `${quote(typed)} n'est pas un code connu (I, A, EC ou R). Ligne ignorée.`,
  blank: (column: string) => `la case ${quote(column)} est vide. Ligne ignorée.`,
  date: (typed: string) => `${quote(typed)} n'est pas une date lisible. Ligne ignorée.`,
  duplicateEvent: (eventId: string, firstRow: number) =>
    `l'événement ${quote(eventId)} est déjà enregistré ligne ${firstRow}. Ligne ignorée.`,
};

const byAddOn = (what: string): string => `${what} Rempli par le module : ne le modifiez pas.`;
const yesNoNote = (question: string): string => `oui ou non : ${question} Vide : pas encore connu.`;

/** Notes of the tabs created by « Configurer le classeur »: what to type, with an example (never a sample row). */
export const TEMPLATE_NOTES = {
  settingsColumns: {
    Paramètre: 'Nom du paramètre. Ne le modifiez pas : le module retrouve chaque réglage par ce nom.',
    Valeur: 'Valeur du paramètre. Survolez le nom du paramètre pour savoir quoi écrire.',
  },
  settings: {
    Formation: 'Obligatoire. Nom du diplôme ou de la formation, repris dans les emails. Exemple : CAP Cuisine.',
    Niveau: 'Obligatoire. Niveau de la formation. Exemple : CAP, niveau 3.',
    'Centre de formation': 'Obligatoire. Nom du CFA, repris dans les emails. Exemple : CFA des métiers de Lyon.',
    "Horizon d'imminence (jours)":
      "Nombre maximum de jours entre l'identification d'un besoin et son échéance. Par défaut : 21.",
    Catégories: "Catégories d'anticipation séparées par « ; ». La première est la catégorie par défaut.",
    'Seuil du label':
      'Nombre minimum de besoins anticipés par participant ' +
      "pour le label « proactivité pour l'emploi ». Par défaut : 3.",
    'Marge du label (%)': 'Part des participants admise sous le seuil, en %. Par défaut : 10.',
    'Emails partenaires':
      'Adresses qui reçoivent les exports, séparées par « ; ». Exemple : suivi@region.fr;contact@opco.fr',
    'Fréquence des exports': 'aucune, hebdomadaire ou mensuelle. Par défaut : aucune.',
    'Pseudonymiser les exports':
      'oui : les exports ne contiennent ni nom, ni email, ni téléphone, ni entreprise. Par défaut : oui.',
    'Dossier Drive': byAddOn('Dossier Drive de la formation.'),
  } as Record<string, string>,
  periods: {
    Période: 'Nom de la période en entreprise, repris en colonne de chaque grille. Exemple : Période 1.',
    Début: 'Premier jour de la période. Exemple : 02/09/2026.',
    Fin: 'Dernier jour de la période, après le début. Exemple : 18/10/2026.',
  } as Record<string, string>,
  referential: {
    'Code groupe':
      'Une ligne par sous-activité (10 à 15 groupes de 2 à 4). ' +
      'Code du groupe, répété sur chaque ligne du groupe. Exemple : G1.',
    Groupe: 'Nom du groupe, répété sur chaque ligne du groupe. Exemple : Accueillir le client.',
    'Code activité': 'Code unique de la sous-activité. Exemple : G1.1.',
    Activité: "La sous-activité, dite comme l'entreprise la demande. Exemple : Préparer la salle avant le service.",
    Catégorie: "Catégorie d'anticipation (voir l'onglet Formation). Vide : la catégorie par défaut.",
    QCM:
      '« Dans les jours qui viennent, ce serait plutôt… » : choix séparés par « ; ». ' +
      'Exemple : un banquet;un service en terrasse.',
    "Critères d'évaluation":
      "Grille d'évaluation de l'activité : critères séparés par « ; ». " +
      "Exemple : respecte l'hygiène;tient les délais.",
    Ressources: byAddOn("Lien vers le dossier de ressources de l'activité."),
  } as Record<string, string>,
  subjects: {
    Matière: 'Nom de la matière. Exemple : Sciences appliquées.',
    Objectif: "Objectif de la matière lié aux activités. Exemple : connaître les règles d'hygiène.",
    'Activités liées': 'Codes activité du Référentiel, séparés par « ; ». Exemple : G1.1;G2.3.',
  } as Record<string, string>,
  roster: {
    ID: "Identifiant unique de l'alternant, jamais réutilisé même après son départ. Exemple : 2026-01.",
    Nom: 'Obligatoire. Nom de famille. Exemple : Martin.',
    Prénom: 'Obligatoire. Exemple : Léa.',
    Email: "Obligatoire : l'alternant reçoit chaque notification. Exemple : lea.martin@exemple.fr",
    Téléphone: 'Exemple : 06 12 34 56 78.',
    Entreprise: "Entreprise d'accueil. Exemple : Boulangerie Dupont.",
    'Tuteur nom': "Nom du tuteur dans l'entreprise. Exemple : Dupont.",
    'Tuteur prénom': 'Exemple : Paul.',
    'Tuteur email': 'Le tuteur reçoit chaque notification (vide : avertissement, il ne la reçoit pas). Exemple : p.dupont@boulangerie.fr',
    'Formateur nom': 'Nom du formateur référent. Exemple : Durand.',
    'Formateur prénom': 'Exemple : Anne.',
    'Formateur email': 'Obligatoire : le formateur référent reçoit chaque notification. Exemple : a.durand@cfa.fr',
    'Autres formateurs':
      "Emails d'autres formateurs à prévenir, séparés par « ; ». Exemple : b.petit@cfa.fr;c.roux@cfa.fr",
    Statut: 'en formation, suspendu ou sorti. Vide : en formation.',
    Onglet: byAddOn("Lien vers la grille de l'alternant."),
    Dépôt: byAddOn("Lien vers le dossier de dépôt de l'alternant."),
  } as Record<string, string>,
  indicators: {
    ID: "ID de l'alternant (onglet Alternants). Une ligne par alternant.",
    Rupture: yesNoNote('le contrat a-t-il été rompu ?'),
    'Date de rupture': "Date de la rupture du contrat, s'il y en a une. Exemple : 15/01/2027.",
    'Contrat obtenu': yesNoNote("l'alternant a-t-il obtenu un contrat ?"),
    'Réussite examen': yesNoNote("l'alternant a-t-il réussi l'examen ?"),
    'Absentéisme (%)': "Part des heures d'absence, de 0 à 100. Exemple : 4,5.",
    'Insertion à 6 mois': yesNoNote('en emploi ou en formation six mois après la fin ?'),
    'Satisfaction alternant': "Note de l'alternant, de 1 (pas satisfait) à 5 (très satisfait).",
    'Satisfaction entreprise': "Note de l'entreprise, de 1 (pas satisfaite) à 5 (très satisfaite).",
  } as Record<string, string>,
  journal: {
    Horodatage: byAddOn("Moment de l'enregistrement. Une correction est un nouvel enregistrement."),
    Événement: byAddOn("Identifiant unique de l'événement."),
    ID: byAddOn("ID de l'alternant."),
    'Code activité': byAddOn("Code de l'activité."),
    Acteur: byAddOn('Entreprise, Formateur ou Alternant : qui a exprimé le code.'),
    Code: byAddOn('I (besoin imminent), A (autonome), EC (en cours) ou R (ressource).'),
    'Identifié le': byAddOn("Date d'identification du besoin."),
    Échéance: byAddOn('Date à laquelle le besoin doit être couvert.'),
    Précision: byAddOn('Précision du besoin.'),
    'Évalué le': byAddOn("Date de l'évaluation."),
    Catégorie: byAddOn("Catégorie d'anticipation du besoin."),
    Commentaire: byAddOn("Commentaire de l'évaluation."),
    'Saisi par': byAddOn("Adresse de la personne qui a fait l'enregistrement."),
    Notification: byAddOn("envoyée, en attente (quota d'emails atteint : renvoi plus tard) ou échec : raison."),
    'Critères remplis': byAddOn("Critères d'évaluation remplis, séparés par « ; »."),
  } as Record<string, string>,
  exports: {
    Date: byAddOn("Date de l'export."),
    Période: byAddOn('Semaine ou mois exporté.'),
    Destinataires: byAddOn('Adresses des partenaires prévenus.'),
    Fichier: byAddOn('Lien vers le fichier exporté.'),
    Lignes: byAddOn('Nombre de lignes exportées.'),
    Statut: byAddOn("Résultat de l'export."),
  } as Record<string, string>,
};

export const YES_NO = ['oui', 'non'] as const;
