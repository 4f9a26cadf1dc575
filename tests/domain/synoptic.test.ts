import { CODE_COLOURS, LEFT_COLOUR, OVERDUE_COLOUR } from '../../src/domain/codes';
import { synopticSheet } from '../../src/domain/synoptic';
import type { Activity, Apprentice, ApprenticeStatus, Cohort, EvaluationCode, JournalEvent } from '../../src/domain/types';

const activity = (code: string, groupCode: string, group: string): Activity => ({
  code, label: `Activité ${code}`, groupCode, group, category: 'Théâtre', mcq: [], criteria: [], resourcesUrl: '',
});
const apprentice = (id: string, firstName: string, lastName: string, status: ApprenticeStatus = 'en formation'): Apprentice => ({
  id, firstName, lastName, status, email: '', phone: '', company: `Entreprise ${id}`, tutorLastName: '', tutorFirstName: '',
  tutorEmail: '', trainerLastName: '', trainerFirstName: '', trainerEmail: '', otherTrainers: [], tabUrl: '', depositUrl: '',
});
const activities = [activity('C1', 'G1', 'Vente'), activity('C2', 'G1', 'Vente'), activity('C3', 'G2', 'Stock')];
const cohort: Cohort = {
  settings: {
    programme: 'CAP Équipier polyvalent', level: 'niveau 3', centre: 'CFA', horizonDays: 21, categories: ['Théâtre'],
    labelThreshold: 3, labelMarginPercent: 10, partnerEmails: [], exportFrequency: 'aucune', pseudonymise: true, driveFolderId: '',
  },
  periods: [], subjects: [], indicators: [], activities, groups: [],
  apprentices: [apprentice('A1', 'Léa', 'Martin'), apprentice('A2', 'Hugo', 'Petit'), apprentice('A3', 'Zoé', 'Durand', 'sorti'), apprentice('A4', 'Nina', 'Roux')],
};
const base = { recordedAt: '2026-11-01T08:00:00Z', actor: 'Formateur' as const, recordedBy: '', notification: '' };
const need = (id: string, who: string, act: string, identifiedOn: string, dueOn: string): JournalEvent => ({
  ...base, eventId: id, apprenticeId: who, activityCode: act, code: 'I', identifiedOn, dueOn, precision: 'Inventaire', category: '',
});
const evaluation = (id: string, who: string, act: string, code: EvaluationCode, evaluatedOn: string): JournalEvent => ({
  ...base, eventId: id, apprenticeId: who, activityCode: act, code, evaluatedOn, comment: '', criteria: [],
});
const TODAY = '2026-11-23';
const events = [
  need('e1', 'A1', 'C1', '2026-11-10', '2026-11-20'), // overdue
  evaluation('e2', 'A1', 'C2', 'A', '2026-11-03'),
  need('e3', 'A1', 'C2', '2026-11-20', '2026-11-30'), // open, after an A
  evaluation('e4', 'A2', 'C1', 'A', '2026-11-05'),
  evaluation('e5', 'A2', 'C2', 'EC', '2026-11-06'),
  evaluation('e6', 'A3', 'C1', 'R', '2026-11-01'),
  evaluation('e7', 'A4', 'C1', 'R', '2026-11-07'),
  evaluation('e8', 'A4', 'C2', 'A', '2026-11-08'),
];
const { block, summary } = synopticSheet(cohort, events, TODAY);
const rowOf = (first: string | number, column = 0) => block.values.findIndex((row) => row[column] === first);
const C1 = 3; // ID, Alternant, Entreprise, then activities in referential order
const TOTALS = C1 + activities.length;

test('the block is one rectangle for values, backgrounds, colours and weights', () => {
  const width = block.values[0].length;
  for (const grid of [block.values, block.backgrounds, block.fontColors, block.fontWeights, block.notes!]) {
    expect(grid).toHaveLength(block.values.length);
    expect(grid.every((row) => row.length === width)).toBe(true);
  }
  expect(block.frozenRows).toBe(rowOf('ID') + 1); // title, summary, band and header stay visible
});

test('a band row names each group over its activities, and the header lists the activity codes', () => {
  const header = block.values[rowOf('ID')];
  expect(header.slice(C1, TOTALS)).toEqual(['C1', 'C2', 'C3']);
  expect(block.values[rowOf('ID') - 1].slice(C1, TOTALS)).toEqual(['G1 · Vente', '', 'G2 · Stock']);
});

test('the synoptic shows I for an open need even if the apprentice was A before', () => {
  const r = rowOf('A1');
  expect(block.values[r][C1 + 1]).toBe('I');
  expect(block.backgrounds[r][C1 + 1]).toBe(CODE_COLOURS.I);
});

test('an overdue need is flagged, and the legend explains the flag', () => {
  const r = rowOf('A1');
  expect(block.values[r][C1]).toBe('I !');
  expect(block.backgrounds[r][C1]).toBe(CODE_COLOURS.I);
  expect(block.notes![r][C1]).toContain('20/11/2026');
  const legend = rowOf('Légende');
  expect(block.values.slice(legend).some((row) => row[0] === 'I !' && String(row[1]).includes('retard'))).toBe(true);
});

test('cells take the colour of their code, like the grids', () => {
  const r = rowOf('A2');
  expect(block.values[r].slice(C1, TOTALS)).toEqual(['A', 'EC', '']);
  expect(block.backgrounds[r].slice(C1, TOTALS)).toEqual([CODE_COLOURS.A, CODE_COLOURS.EC, null]);
});

test('each apprentice has totals: open needs, overdue, A, EC, R', () => {
  expect(block.values[rowOf('A1')].slice(TOTALS, TOTALS + 5)).toEqual([2, 1, 0, 0, 0]);
  expect(block.values[rowOf('A4')].slice(TOTALS, TOTALS + 5)).toEqual([0, 0, 1, 0, 1]);
});

test('each activity has totals over the current apprentices only', () => {
  const open = rowOf('Besoins ouverts (I) par activité', 1);
  expect(block.values[open].slice(C1, TOTALS + 1)).toEqual([1, 1, 0, 2]);
  const resources = rowOf('Ressources (R) par activité', 1);
  expect(block.values[resources].slice(C1, TOTALS)).toEqual([1, 0, 0]); // Zoé, who left, is not counted
});

test('apprentices who left are shown apart, below the totals, greyed', () => {
  const r = rowOf('A3');
  expect(r).toBeGreaterThan(rowOf('Ressources (R) par activité', 1));
  expect(block.values[r][C1]).toBe('R');
  expect(block.backgrounds[r].slice(0, TOTALS).every((colour) => colour === LEFT_COLOUR)).toBe(true);
});

test('Mises en relation lists each open need by due date with its helpers', () => {
  const header = rowOf('Mises en relation') + 2;
  expect(block.values[header].slice(0, 5)).toEqual(['Activité', 'Besoin', 'Alternant', 'Échéance', 'Personnes ressources']);
  const pair = (row: number) => [block.values[row][0], ...block.values[row].slice(2, 5)];
  expect(pair(header + 1)).toEqual(['C1', 'Léa MARTIN', '20/11/2026 (en retard)', 'Hugo PETIT (A), Nina ROUX (R)']);
  expect(block.backgrounds[header + 1][3]).toBe(OVERDUE_COLOUR);
  expect(pair(header + 2)).toEqual(['C2', 'Léa MARTIN', '30/11/2026', 'Nina ROUX (A)']);
});

test('the summary counts the roster, the activities and the open needs', () => {
  expect(summary).toEqual({ apprentices: 4, activities: 3, openNeeds: 2, overdueNeeds: 1 });
  expect(block.values[0][0]).toBe('Synoptique — CAP Équipier polyvalent · niveau 3 — au 23/11/2026');
});

test('the same inputs give exactly the same block', () => {
  expect(synopticSheet(cohort, events, TODAY)).toEqual({ block, summary });
});

test('an empty journal gives an empty synoptic, not an error', () => {
  const empty = synopticSheet(cohort, [], TODAY);
  expect(empty.summary.openNeeds).toBe(0);
  expect(empty.block.values.some((row) => row[0] === 'Aucun besoin ouvert.')).toBe(true);
});
