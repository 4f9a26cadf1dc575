import { impactSheets } from '../../src/domain/impact';
import type { Activity, Apprentice, ApprenticeStatus, Cohort, Indicators, JournalEvent } from '../../src/domain/types';

const activity = (code: string, category: string): Activity => ({
  code, label: `Activité ${code}`, groupCode: 'G1', group: 'Vente', category, mcq: [], criteria: [], resourcesUrl: `https://drive/${code}`,
});
const apprentice = (id: string, firstName: string, lastName: string, status: ApprenticeStatus = 'en formation'): Apprentice => ({
  id, firstName, lastName, status, email: `${firstName.toLowerCase()}@mail.fr`, phone: '06 11 22 33 44', company: `Boulangerie ${lastName}`,
  tutorLastName: '', tutorFirstName: '', tutorEmail: '', trainerLastName: '', trainerFirstName: '', trainerEmail: '', otherTrainers: [], tabUrl: '', depositUrl: '',
});
const indicators = (id: string, values: Partial<Indicators>): Indicators => ({
  id, rupture: null, ruptureDate: null, contractObtained: null, examPassed: null, absenteeismPercent: null,
  employedAfter6Months: null, apprenticeSatisfaction: null, companySatisfaction: null, ...values,
});
const cohortWith = (apprentices: Apprentice[], extra: Partial<Cohort['settings']> = {}, ind: Indicators[] = []): Cohort => ({
  settings: {
    programme: 'CAP', level: '3', centre: 'CFA', horizonDays: 21, categories: ['Qualité', 'Théâtre'], labelThreshold: 3,
    labelMarginPercent: 10, partnerEmails: [], exportFrequency: 'aucune', pseudonymise: false, driveFolderId: '', ...extra,
  },
  periods: [], groups: [], subjects: [], activities: [activity('C1', 'Théâtre'), activity('C2', 'Qualité')], apprentices, indicators: ind,
});
let seq = 0;
const need = (who: string, act: string, category = '', identifiedOn = '2026-11-02'): JournalEvent => ({
  eventId: `e${++seq}`, recordedAt: '', apprenticeId: who, activityCode: act, actor: 'Entreprise', code: 'I', identifiedOn,
  dueOn: '2026-11-10', precision: 'Préparer la vitrine', category, recordedBy: '', notification: '',
});
const needs = (who: string, n: number) => Array.from({ length: n }, () => need(who, 'C1'));

const roster = [apprentice('A1', 'Léa', 'Martin'), apprentice('A2', 'Hugo', 'Petit'), apprentice('A3', 'Zoé', 'Durand', 'sorti'), apprentice('A4', 'Nina', 'Roux')];
const cohort = cohortWith(roster, {}, [
  indicators('A1', { rupture: false, contractObtained: true, examPassed: true, absenteeismPercent: 5.5, apprenticeSatisfaction: 4, companySatisfaction: 5 }),
  indicators('A2', { rupture: false, contractObtained: false }),
  indicators('A3', { rupture: true, ruptureDate: '2026-10-01', contractObtained: false }),
  indicators('A4', { rupture: false, contractObtained: true }),
]);
const events: JournalEvent[] = [
  need('A1', 'C1', '', '2026-11-03'), need('A1', 'C1', 'Qualité'), need('A1', 'C2'), need('A1', 'C2', 'Sport'),
  need('A2', 'C1'), ...Array.from({ length: 3 }, () => need('A4', 'C2')),
  { ...need('A2', 'C1'), code: 'A', evaluatedOn: '2026-11-05', comment: '', criteria: [] } as JournalEvent,
];
const keyOf = (id: string) => `P-${id.toLowerCase()}`;

test('each need counts in its own category, else its activity’s; an unconfigured category gets its own column', () => {
  const { impactRows } = impactSheets(cohort, events, keyOf);
  expect(impactRows[0].slice(0, 9)).toEqual(['ID', 'Nom', 'Prénom', 'Entreprise', 'Qualité', 'Théâtre', 'Sport', 'Total', 'Accompagnement proactif']);
  expect(impactRows[1]).toEqual(['A1', 'MARTIN', 'Léa', 'Boulangerie Martin', 2, 1, 1, 4, 'oui', 'non', '', 'oui', 'oui', 5.5, '', 4, 5]);
  expect(impactRows[3]).toEqual(['A3', 'DURAND', 'Zoé', 'Boulangerie Durand', 0, 0, 0, 0, 'non', 'oui', '01/10/2026', 'non', '', '', '', '', '']);
});

test('every apprentice of the roster is a participant, those who left included', () => {
  const { report } = impactSheets(cohort, events, keyOf);
  expect(report).toMatchObject({ participants: 4, atOrAboveThreshold: 2, sharePercent: 50, labelReached: false });
});

test('the label is reached when 90 % of participants reach the threshold with a 10 % margin', () => {
  const ten = Array.from({ length: 10 }, (_, i) => apprentice(`B${i}`, 'Prénom', `Nom${i}`));
  const nine = ten.slice(0, 9).flatMap((a) => needs(a.id, 3));
  expect(impactSheets(cohortWith(ten), nine, keyOf).report).toMatchObject({ sharePercent: 90, labelReached: true });
  const eight = ten.slice(0, 8).flatMap((a) => needs(a.id, 3));
  expect(impactSheets(cohortWith(ten), eight, keyOf).report.labelReached).toBe(false);
  expect(impactSheets(cohortWith(ten, { labelMarginPercent: 20 }), eight, keyOf).report.labelReached).toBe(true);
});

test('correlations between anticipations and each yes/no indicator, with n', () => {
  const { report } = impactSheets(cohort, events, keyOf);
  // totals 4, 1, 0, 3 against contract 1, 0, 0, 1: r = 3 / √10; against rupture 0, 0, 1, 0: r = −2 / √7.5.
  expect(report.correlations.map((c) => c.indicator)).toEqual(['Rupture', 'Contrat obtenu', 'Réussite examen', 'Insertion à 6 mois']);
  expect(report.correlations[0].r).toBeCloseTo(-2 / Math.sqrt(7.5), 10);
  expect(report.correlations[1]).toMatchObject({ n: 4 });
  expect(report.correlations[1].r).toBeCloseTo(3 / Math.sqrt(10), 10);
});

test('correlation is — with fewer than 3 answers', () => {
  const { report, impact } = impactSheets(cohort, events, keyOf);
  expect(report.correlations[2]).toEqual({ indicator: 'Réussite examen', r: null, n: 1 });
  const row = impact.values.find((r) => r.includes('Réussite examen') && r.includes('—'));
  expect(row?.slice(-3)).toEqual(['Réussite examen', '—', 1]);
});

test('the summary beside the table states participants, share and the label', () => {
  const { impact } = impactSheets(cohort, events, keyOf);
  const label = impact.values.find((r) => r.includes('Label « proactivité pour l\'emploi »'))!;
  expect(label.slice(-3, -1)).toEqual(['Label « proactivité pour l\'emploi »', 'label non atteint']);
  expect(impact.values.find((r) => r.includes('Participants'))!.slice(-2, -1)).toEqual([4]);
});

test('an empty journal gives zeros and « label non atteint », not an error', () => {
  const { report, impactRows } = impactSheets(cohort, [], keyOf);
  expect(report).toMatchObject({ participants: 4, atOrAboveThreshold: 0, sharePercent: 0, labelReached: false });
  expect(impactRows[1].slice(4, 8)).toEqual([0, 0, 0, 'non']);
  expect(impactSheets(cohortWith([]), [], keyOf).report).toMatchObject({ participants: 0, labelReached: false });
});

test('Impact — besoins lists every need with its key, activity, category, dates and resource link', () => {
  const { needsRows } = impactSheets(cohort, events, keyOf);
  expect(needsRows).toHaveLength(1 + 8);
  expect(needsRows[0]).toEqual(['ID', 'Nom', 'Prénom', 'Entreprise', 'Code activité', 'Activité', 'Catégorie', 'Acteur', 'Précision', 'Identifié le', 'Échéance', 'Ressources']);
  expect(needsRows[8]).toEqual(['A1', 'MARTIN', 'Léa', 'Boulangerie Martin', 'C1', 'Activité C1', 'Théâtre', 'Entreprise', 'Préparer la vitrine', '03/11/2026', '10/11/2026', 'https://drive/C1']);
});

test('pseudonymised rows contain no name, email, phone or company', () => {
  const result = impactSheets(cohortWith(roster, { pseudonymise: true }), events, keyOf);
  const everything = JSON.stringify([result.impact, result.needs, result.impactRows, result.needsRows]);
  for (const a of roster) for (const word of [a.lastName, a.firstName, a.email, a.phone, a.company]) expect(everything).not.toContain(word);
  expect(result.impactRows.map((r) => r[0])).toEqual(['Clé', 'P-a1', 'P-a2', 'P-a3', 'P-a4']);
  expect(result.needsRows[1][0]).toMatch(/^P-a\d$/);
});
