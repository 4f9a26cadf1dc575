import { eventEmail, overdueReminderEmail, type EmailLinks } from '../../src/domain/notifications';
import type { Activity, Apprentice, EvaluationEvent, NeedEvent, Settings } from '../../src/domain/types';

const settings = { centre: 'CFA des Métiers', programme: 'CAP Commerce', level: 'niveau 3' } as Settings;

const activity: Activity = {
  code: 'A1.1',
  label: 'Accueillir un client',
  groupCode: 'G1',
  group: 'Accueil',
  category: 'Mobilité',
  mcq: ['accueillir seul', 'accueillir avec le tuteur'],
  criteria: ['Dit bonjour', 'Écoute la demande', 'Oriente le client'],
  resourcesUrl: 'https://drive.google.com/r',
};

const apprentice: Apprentice = {
  id: 'AP01',
  lastName: 'Martin',
  firstName: 'Léa',
  email: 'lea@example.fr',
  phone: '',
  company: 'Boulangerie Dupont',
  tutorLastName: 'Durand',
  tutorFirstName: 'Paul',
  tutorEmail: 'paul@dupont.fr',
  trainerLastName: 'Bernard',
  trainerFirstName: 'Anne',
  trainerEmail: 'anne@cfa.fr',
  otherTrainers: ['marc@cfa.fr'],
  status: 'en formation',
  tabUrl: '',
  depositUrl: 'https://drive.google.com/d',
};

const links: EmailLinks = {
  resources: 'https://drive.google.com/r',
  deposit: 'https://drive.google.com/d',
  questionnaire: 'https://forms.example/q?a=1&b=2',
};

const base = { eventId: 'E1', recordedAt: '2026-03-10T09:00:00Z', apprenticeId: 'AP01', activityCode: 'A1.1' };
const need: NeedEvent = {
  ...base,
  actor: 'Entreprise',
  recordedBy: 'anne@cfa.fr',
  notification: 'en attente',
  code: 'I',
  identifiedOn: '2026-03-10',
  dueOn: '2026-03-20',
  precision: 'Préparer la vitrine.\nApporter sa blouse.',
  category: 'Mobilité',
};
const evaluation: EvaluationEvent = {
  ...base,
  actor: 'Formateur',
  recordedBy: 'anne@cfa.fr',
  notification: 'en attente',
  code: 'EC',
  evaluatedOn: '2026-03-18',
  comment: 'Bon accueil, à oser davantage.',
  criteria: ['Dit bonjour', 'Oriente le client'],
};

const ctx = { settings, apprentice, activity, links };

describe('the email of a need', () => {
  const email = eventEmail(need, ctx);

  it('goes to the apprentice, the tutor and every trainer', () => {
    expect(email.to).toEqual(['lea@example.fr', 'paul@dupont.fr', 'anne@cfa.fr', 'marc@cfa.fr']);
    expect(email.invalidRecipients).toEqual([]);
  });

  it('names the centre, the code and its meaning, the activity and the apprentice in its subject', () => {
    expect(email.subject).toBe('CFA des Métiers — Besoin imminent (I) : Accueillir un client — Léa MARTIN');
  });

  it.each(['body', 'htmlBody'] as const)('recalls all the data of the need in the %s', (part) => {
    for (const expected of [
      'Léa MARTIN',
      'Boulangerie Dupont',
      'Paul DURAND',
      'A1.1 – Accueillir un client',
      'I – besoin imminent',
      'Entreprise',
      '10/03/2026',
      '20/03/2026',
      'Mobilité',
      'Préparer la vitrine.',
      'accueillir avec le tuteur',
      'https://drive.google.com/r',
      'https://drive.google.com/d',
    ]) {
      expect(email[part]).toContain(expected);
    }
  });

  it('says what to do next: the apprentice prepares to answer by the due date', () => {
    expect(email.body).toMatch(/Et maintenant \?\nLéa prépare sa réponse à ce besoin pour le 20\/03\/2026\./);
  });

  it('keeps the precision on several lines', () => {
    expect(email.body).toContain('Précision du besoin :\n   Préparer la vitrine.\n   Apporter sa blouse.');
    expect(email.htmlBody).toContain('Préparer la vitrine.<br>Apporter sa blouse.');
  });

  it('escapes the links it puts in the HTML', () => {
    expect(email.htmlBody).toContain('href="https://forms.example/q?a=1&amp;b=2"');
    expect(email.body).toContain('Questionnaire du besoin : https://forms.example/q?a=1&b=2');
  });

  it('says a link is not yet available rather than showing an empty link', () => {
    const noFolder = eventEmail(need, { ...ctx, links: { ...links, resources: '' } });
    expect(noFolder.body).toContain("Ressources de l'activité : pas encore disponible");
    expect(noFolder.htmlBody).not.toContain('href=""');
  });
});

describe('user texts in the HTML body', () => {
  it('a precision with <script> is shown as typed', () => {
    const email = eventEmail({ ...need, precision: '<script>alert("x")</script> & <b>gras</b>' }, ctx);
    expect(email.htmlBody).not.toMatch(/<script|<b>/);
    expect(email.htmlBody).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;gras&lt;/b&gt;');
    expect(email.body).toContain('<script>alert("x")</script> & <b>gras</b>');
  });

  it('a company or an activity label with markup is shown as typed', () => {
    const email = eventEmail(need, {
      ...ctx,
      apprentice: { ...apprentice, company: 'Dupont <i>&</i> Fils' },
      activity: { ...activity, label: 'Servir <img src=x>' },
    });
    expect(email.htmlBody).toContain('Dupont &lt;i&gt;&amp;&lt;/i&gt; Fils');
    expect(email.htmlBody).not.toContain('<img');
  });

  it('a link that is not a web address is never clickable', () => {
    const email = eventEmail(need, { ...ctx, links: { ...links, deposit: 'javascript:alert(1)' } });
    expect(email.htmlBody).not.toContain('href="javascript');
  });
});

describe('the email of an evaluation', () => {
  const email = eventEmail(evaluation, ctx);

  it('names the code and its meaning in its subject', () => {
    expect(email.subject).toBe("CFA des Métiers — En cours d'acquisition (EC) : Accueillir un client — Léa MARTIN");
  });

  it('recalls the evaluation, its comment, the criteria met and the ones left to work on', () => {
    expect(email.body).toContain("Code : EC – en cours d'acquisition");
    expect(email.body).toContain('Évalué par : Formateur');
    expect(email.body).toContain('Évalué le : 18/03/2026');
    expect(email.body).toContain('Commentaire : Bon accueil, à oser davantage.');
    expect(email.body).toContain('Critères atteints (2 sur 3) :\n- Dit bonjour\n- Oriente le client');
    expect(email.body).toContain('Critères à travailler :\n- Écoute la demande');
  });

  it('tells an autonomous apprentice they can now help others', () => {
    expect(eventEmail({ ...evaluation, code: 'A' }, ctx).body).toMatch(/Léa peut maintenant aider d'autres alternants/);
  });
});

describe('the reminder of an overdue need', () => {
  const email = overdueReminderEmail(need, { ...ctx, today: '2026-03-23' });

  it('says the due date is past, by how many days, and what to do', () => {
    expect(email.subject).toBe('CFA des Métiers — Échéance dépassée : Accueillir un client — Léa MARTIN');
    expect(email.body).toContain("L'échéance de ce besoin était le 20/03/2026. Elle est dépassée de 3 jours.");
    expect(email.body).toMatch(/Faites le point ensemble/);
  });

  it('recalls the need and goes to the same people', () => {
    expect(email.body).toContain('Préparer la vitrine.');
    expect(email.to).toEqual(eventEmail(need, ctx).to);
  });
});
