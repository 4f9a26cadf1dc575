import { eventEmail, isValidEmail, partnerExportEmail } from '../../src/domain/notifications';
import type { Activity, Apprentice, NeedEvent, Settings } from '../../src/domain/types';

const settings = {
  centre: 'CFA des Métiers',
  programme: 'CAP Commerce',
  level: 'niveau 3',
  partnerEmails: ['region@example.fr', 'REGION@example.fr', 'financeur@', ''],
  pseudonymise: true,
} as Settings;

const activity = { code: 'A1.1', label: 'Accueillir un client', group: '', mcq: [], criteria: [] } as unknown as Activity;

const apprentice = {
  id: 'AP01',
  firstName: 'Léa',
  lastName: 'Martin',
  email: 'lea@example.fr',
  company: 'Boulangerie Dupont',
  tutorFirstName: 'Paul',
  tutorLastName: 'Durand',
  tutorEmail: 'paul@dupont.fr',
  trainerFirstName: 'Anne',
  trainerLastName: 'Bernard',
  trainerEmail: 'anne@cfa.fr',
  otherTrainers: [],
} as unknown as Apprentice;

const need = {
  code: 'I',
  actor: 'Formateur',
  identifiedOn: '2026-03-10',
  dueOn: '2026-03-20',
  precision: 'Vitrine',
  category: 'Mobilité',
} as NeedEvent;

const links = { resources: '', deposit: '', questionnaire: '' };
const emailFor = (changes: Partial<Apprentice>) =>
  eventEmail(need, { settings, activity, links, apprentice: { ...apprentice, ...changes } });

describe('who receives the email', () => {
  it('the tutor and every trainer receive the email once', () => {
    const email = emailFor({ trainerEmail: 'Anne@CFA.fr ', otherTrainers: ['anne@cfa.fr', ' paul@DUPONT.fr', 'marc@cfa.fr', ''] });
    expect(email.to).toEqual(['lea@example.fr', 'paul@dupont.fr', 'Anne@CFA.fr', 'marc@cfa.fr']);
  });

  it('a malformed address is set aside, never sent to', () => {
    const email = emailFor({ tutorEmail: 'paul@dupont', otherTrainers: ['marc at cfa.fr'] });
    expect(email.to).toEqual(['lea@example.fr', 'anne@cfa.fr']);
    expect(email.invalidRecipients).toEqual(['paul@dupont', 'marc at cfa.fr']);
  });

  it('a missing address is reported with the name of the person', () => {
    const email = emailFor({ email: '  ', tutorEmail: '' });
    expect(email.to).toEqual(['anne@cfa.fr']);
    expect(email.invalidRecipients).toEqual(['adresse manquante (alternant Léa MARTIN)', 'adresse manquante (tuteur Paul DURAND)']);
  });

  it('a blank roster cell is left out of the recalled data', () => {
    expect(emailFor({}).body).toMatch(/^Entreprise : Boulangerie Dupont$/m);
    expect(emailFor({ company: '' }).body).not.toMatch(/^Entreprise :/m);
  });
});

describe('a valid email address', () => {
  it.each(['lea@example.fr', 'jean-paul.durand+cfa@mail.example.com', ' anne@cfa.fr '])('accepts %s', (address) => {
    expect(isValidEmail(address)).toBe(true);
  });

  it.each(['', 'lea', 'lea@', '@example.fr', 'lea@example', 'lea @example.fr', 'lea@@example.fr', 'a;b@example.fr'])(
    'refuses %j',
    (address) => {
      expect(isValidEmail(address)).toBe(false);
    },
  );
});

describe('the partner export email', () => {
  const email = partnerExportEmail({
    settings,
    periodLabel: 'mars 2026',
    files: [
      { name: 'impact-2026-03.csv', url: 'https://drive.google.com/f1' },
      { name: 'impact-besoins-2026-03.csv', url: 'https://drive.google.com/f2' },
    ],
    folderUrl: 'https://drive.google.com/folder',
    rows: 24,
  });

  it('goes to the partner emails of the settings, once each', () => {
    expect(email.to).toEqual(['region@example.fr']);
    expect(email.invalidRecipients).toEqual(['financeur@']);
  });

  it('gives the period, the number of rows and a link to each file and to the folder', () => {
    expect(email.subject).toBe("CFA des Métiers — Tableau d'impact OLAP : mars 2026");
    expect(email.body).toContain('Lignes : 24');
    expect(email.body).toContain('- impact-besoins-2026-03.csv : https://drive.google.com/f2');
    expect(email.htmlBody).toContain('<a href="https://drive.google.com/folder">');
    expect(email.body).toMatch(/clé anonyme/);
  });

  it('warns when the export is not pseudonymised', () => {
    const named = partnerExportEmail({ settings: { ...settings, pseudonymise: false }, periodLabel: 'S12', files: [], folderUrl: '', rows: 0 });
    expect(named.body).toMatch(/données personnelles/);
  });
});
