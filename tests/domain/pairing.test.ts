import { helpersText, pairings } from '../../src/domain/pairing';
import { progressOf } from '../../src/domain/progress';
import type { Activity, Apprentice, ApprenticeStatus, Cohort, EvaluationCode, JournalEvent } from '../../src/domain/types';

const activity = (code: string): Activity => ({
  code, label: `Activité ${code}`, groupCode: 'G1', group: 'Vente', category: 'Théâtre', mcq: [], criteria: [], resourcesUrl: '',
});
const apprentice = (id: string, firstName: string, lastName: string, status: ApprenticeStatus = 'en formation'): Apprentice => ({
  id, firstName, lastName, status, email: '', phone: '', company: '', tutorLastName: '', tutorFirstName: '', tutorEmail: '',
  trainerLastName: '', trainerFirstName: '', trainerEmail: '', otherTrainers: [], tabUrl: '', depositUrl: '',
});
const cohort = {
  activities: [activity('C1'), activity('C2')],
  apprentices: [
    apprentice('A1', 'Léa', 'Martin'),
    apprentice('A2', 'Hugo', 'Petit'),
    apprentice('A3', 'Zoé', 'Durand', 'sorti'),
    apprentice('A4', 'Nina', 'Roux', 'suspendu'),
    apprentice('A5', 'Tom', 'Blanc'),
    apprentice('A6', 'Inès', 'Noir'),
  ],
} as Cohort;
const base = { recordedAt: '', actor: 'Formateur' as const, recordedBy: '', notification: '' };
const need = (id: string, who: string, act: string, identifiedOn: string, dueOn: string): JournalEvent => ({
  ...base, eventId: id, apprenticeId: who, activityCode: act, code: 'I', identifiedOn, dueOn, precision: 'Inventaire', category: '',
});
const evaluation = (id: string, who: string, act: string, code: EvaluationCode, evaluatedOn: string): JournalEvent => ({
  ...base, eventId: id, apprenticeId: who, activityCode: act, code, evaluatedOn, comment: '', criteria: [],
});
const TODAY = '2026-11-23';
const pairingsOf = (events: JournalEvent[]) => pairings(cohort, progressOf(events, TODAY), TODAY);

test('a helper is another apprentice who is A or R on the activity', () => {
  const [pairing] = pairingsOf([
    need('e1', 'A1', 'C1', '2026-11-20', '2026-11-30'),
    evaluation('e2', 'A2', 'C1', 'A', '2026-11-02'),
    evaluation('e3', 'A4', 'C1', 'R', '2026-11-03'), // suspended, still a resource
    evaluation('e4', 'A5', 'C1', 'EC', '2026-11-04'), // not yet autonomous
    evaluation('e5', 'A6', 'C2', 'A', '2026-11-04'), // another activity
  ]);
  expect(pairing.helpers.map((h) => [h.apprentice.id, h.code])).toEqual([['A2', 'A'], ['A4', 'R']]);
  expect(helpersText(pairing.helpers)).toBe('Hugo PETIT (A), Nina ROUX (R)');
});

test('an apprentice who left is no helper, and their needs are not paired', () => {
  const list = pairingsOf([need('e1', 'A1', 'C1', '2026-11-20', '2026-11-30'), evaluation('e2', 'A3', 'C1', 'A', '2026-11-02'), need('e3', 'A3', 'C2', '2026-11-20', '2026-11-30')]);
  expect(list).toHaveLength(1);
  expect(list[0].helpers).toEqual([]);
});

test('an apprentice with an open need is no helper on that activity, even if A before', () => {
  const [first] = pairingsOf([
    evaluation('e1', 'A2', 'C1', 'A', '2026-11-02'),
    need('e2', 'A2', 'C1', '2026-11-10', '2026-11-25'),
    need('e3', 'A1', 'C1', '2026-11-20', '2026-11-30'),
  ]);
  expect(first.apprentice.id).toBe('A2');
  expect(first.helpers).toEqual([]);
});

test('pairings are sorted by due date, then apprentice, and overdue ones are marked', () => {
  const list = pairingsOf([
    need('e1', 'A5', 'C1', '2026-11-20', '2026-11-30'),
    need('e2', 'A2', 'C2', '2026-11-21', '2026-11-30'),
    need('e3', 'A6', 'C2', '2026-11-01', '2026-11-15'),
    need('e4', 'A1', 'C9', '2026-11-01', '2026-11-15'), // an activity no longer in the referential
  ]);
  expect(list.map((p) => p.need.eventId)).toEqual(['e3', 'e2', 'e1']);
  expect(list.map((p) => p.overdue)).toEqual([true, false, false]);
});

test('beyond eight helpers the text names the first eight and counts the others', () => {
  const many = Array.from({ length: 11 }, (_, i) => ({ apprentice: apprentice(`H${i}`, 'Aide', `Num${i}`), code: 'A' as const }));
  const text = helpersText(many, 'C1');
  expect(text.split('), ')).toHaveLength(8);
  expect(text).toMatch(/^Aide NUM0 \(A\), .*Aide NUM7 \(A\) … et 3 autres \(voir la colonne C1 ci-dessus\)$/);
});
