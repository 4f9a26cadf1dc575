/**
 * Every French text of the emails. They are read by apprentices, tutors and trainers, some far from employment and
 * from written French: short sentences, everyday words, one idea per sentence, no abbreviation left unexplained.
 */

export const EMAIL_TEXT = {
  greeting: 'Bonjour,',

  subjects: {
    event: (centre: string, meaning: string, code: string, activity: string, apprentice: string) =>
      `${centre} — ${meaning} (${code}) : ${activity} — ${apprentice}`,
    overdue: (centre: string, activity: string, apprentice: string) =>
      `${centre} — Échéance dépassée : ${activity} — ${apprentice}`,
    partnerExport: (centre: string, period: string) => `${centre} — Tableau d'impact OLAP : ${period}`,
  },

  intros: {
    need: (apprentice: string, actor: string) =>
      `Un besoin imminent a été noté pour ${apprentice}. Il a été exprimé par : ${actor}.`,
    evaluation: (apprentice: string, meaning: string) =>
      `Une évaluation a été notée pour ${apprentice} : ${meaning}.`,
    overdue: (dueOn: string, days: number) =>
      days > 0
        ? `L'échéance de ce besoin était le ${dueOn}. Elle est dépassée de ${days} jour${days > 1 ? 's' : ''}. Le besoin n'a pas encore été évalué.`
        : `L'échéance de ce besoin était le ${dueOn}. Le besoin n'a pas encore été évalué.`,
    partnerExport: (programme: string, period: string) =>
      `Voici le tableau d'impact de la formation ${programme} pour la période ${period}.`,
  },

  labels: {
    apprentice: 'Alternant',
    company: 'Entreprise',
    tutor: 'Tuteur',
    trainer: 'Formateur',
    activity: 'Activité',
    group: 'Groupe',
    code: 'Code',
    expressedBy: 'Besoin exprimé par',
    evaluatedBy: 'Évalué par',
    identifiedOn: 'Identifié le',
    dueOn: 'Échéance',
    precision: 'Précision du besoin',
    category: 'Catégorie',
    evaluatedOn: 'Évalué le',
    comment: 'Commentaire',
    programme: 'Formation',
    period: 'Période',
    rows: 'Lignes',
  },

  criteriaMet: (met: number, total: number) => `Critères atteints (${met} sur ${total})`,
  criteriaToWork: 'Critères à travailler',
  noCriterionMet: 'Aucun critère coché pour le moment.',
  mcqReminder: 'Pour rappel, les choix du questionnaire de cette activité',

  nextStepTitle: 'Et maintenant ?',
  nextSteps: {
    need: (firstName: string, dueOn: string) =>
      `${firstName} prépare sa réponse à ce besoin pour le ${dueOn}. ` +
      `${firstName} utilise les ressources de l'activité et en parle avec son formateur. ` +
      `${firstName} dépose son travail dans son dossier de dépôt. ` +
      "Le tuteur confie l'activité dès que possible, puis donne son avis.",
    A: (firstName: string) =>
      `Bravo : ${firstName} sait faire cette activité seul(e). ` +
      `${firstName} peut maintenant aider d'autres alternants sur cette activité.`,
    EC: (firstName: string) =>
      `${firstName} apprend encore cette activité. ` +
      "Continuez à la lui confier en entreprise. Les ressources et le formateur sont là pour aider.",
    R: (firstName: string) =>
      `${firstName} peut aider d'autres alternants sur cette activité. ` +
      'Le formateur pourra les mettre en relation.',
    overdue: (firstName: string) =>
      `Faites le point ensemble cette semaine. Si ${firstName} sait faire, le formateur note une évaluation (A, EC ou R). ` +
      "Sinon, notez un nouveau besoin avec une nouvelle échéance. Les ressources de l'activité peuvent aider.",
    partnerExport:
      "Les fichiers CSV s'ouvrent avec Excel ou LibreOffice. Les colonnes sont séparées par des points-virgules. " +
      'Le texte est en UTF-8.',
  },

  pseudonymised:
    "Les alternants y sont désignés par une clé anonyme. Aucun nom, email, téléphone ni entreprise n'apparaît.",
  personalData:
    'Attention : ces fichiers contiennent des données personnelles. Ne les transférez pas en dehors de vos équipes.',

  linksTitle: 'Liens utiles',
  links: {
    resources: "Ressources de l'activité",
    deposit: (firstName: string) => `Dossier de dépôt de ${firstName}`,
    questionnaire: 'Questionnaire du besoin',
    grid: "Tableau individuel (pour l'équipe du centre)",
    folder: 'Dossier partagé des exports',
    notYetAvailable: 'pas encore disponible',
  },
  filesTitle: 'Fichiers',

  footer: (centre: string, programme: string, level: string) =>
    `Message envoyé par ${centre} avec OLAP, pour la formation ${programme} (${level}). ` +
    'Pour toute question, écrivez au formateur.',
  partnerFooter: (centre: string) => `Message envoyé par ${centre} avec OLAP.`,

  /** Shown to CFA staff when someone in the roster has no address: they then know whose row to fill in. */
  missingAddress: (who: string) => `adresse manquante (${who})`,
  roles: {
    apprentice: (name: string) => `alternant ${name}`,
    tutor: (name: string) => `tuteur ${name}`,
    trainer: (name: string) => `formateur ${name}`,
    otherTrainer: 'autre formateur',
    partner: 'partenaire',
  },
};
