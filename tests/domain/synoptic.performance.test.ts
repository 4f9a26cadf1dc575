import { impactSheets } from '../../src/domain/impact';
import { progressOf } from '../../src/domain/progress';
import { synopticSheet } from '../../src/domain/synoptic';
import type { Activity, Apprentice, Cohort, JournalEvent } from '../../src/domain/types';

// 25 times the largest cohort the SPEC designs for (40 × 60, 20,000 events), in the same shape.
const APPRENTICES = 1000;
const ACTIVITIES = 60;
const EVENTS = 100_000;

let seed = 42;
/** mulberry32: a seeded generator, so the measure is repeatable. */
const random = (n: number): number => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
};
const day = (offset: number): string => new Date(Date.UTC(2026, 0, 1 + offset)).toISOString().slice(0, 10);

const activities: Activity[] = Array.from({ length: ACTIVITIES }, (_, i) => ({
  code: `C${i}`, label: `Activité ${i}`, groupCode: `G${Math.floor(i / 4)}`, group: `Groupe ${Math.floor(i / 4)}`,
  category: 'Théâtre', mcq: [], criteria: [], resourcesUrl: '',
}));
const apprentices: Apprentice[] = Array.from({ length: APPRENTICES }, (_, i) => ({
  id: `A${i}`, firstName: 'Prénom', lastName: `Nom${i}`, status: i % 50 === 0 ? 'sorti' : 'en formation', email: '', phone: '',
  company: `Entreprise ${i}`, tutorLastName: '', tutorFirstName: '', tutorEmail: '', trainerLastName: '', trainerFirstName: '',
  trainerEmail: '', otherTrainers: [], tabUrl: '', depositUrl: '',
}));
const cohort: Cohort = {
  settings: {
    programme: 'CAP', level: '3', centre: 'CFA', horizonDays: 21, categories: ['Qualité', 'Théâtre'], labelThreshold: 3,
    labelMarginPercent: 10, partnerEmails: [], exportFrequency: 'aucune', pseudonymise: true, driveFolderId: '',
  },
  periods: [], groups: [], subjects: [], activities, apprentices, indicators: [],
};
const events: JournalEvent[] = Array.from({ length: EVENTS }, (_, i): JournalEvent => {
  const common = { eventId: `e${i}`, recordedAt: '', apprenticeId: `A${random(APPRENTICES)}`, activityCode: `C${random(ACTIVITIES)}`, actor: 'Formateur' as const, recordedBy: '', notification: '' };
  const when = random(330);
  return random(3) === 0
    ? { ...common, code: 'I', identifiedOn: day(when), dueOn: day(when + 14), precision: 'Besoin', category: '' }
    : { ...common, code: (['A', 'EC', 'R'] as const)[random(3)], evaluatedOn: day(when), comment: '', criteria: [] };
});

test('1,000 apprentices × 60 activities × 100,000 events are projected well within a run', () => {
  const started = Date.now();
  const progress = progressOf(events, '2026-11-23');
  const { block, summary } = synopticSheet(cohort, events, '2026-11-23');
  const { report, needsRows } = impactSheets(cohort, events, (id) => `P-${id}`);
  const elapsed = Date.now() - started;
  console.log(`progressOf + synopticSheet + impactSheets: ${elapsed} ms`);

  expect(elapsed).toBeLessThan(5000);
  expect(progress.size).toBeGreaterThan(45_000); // 60,000 × (1 − e^(−100,000 / 60,000)) ≈ 48,700 pairs have an event
  expect(summary.openNeeds).toBeGreaterThan(0);
  expect(summary.apprentices).toBe(APPRENTICES);
  expect(block.values.every((row) => row.length === block.values[0].length)).toBe(true);
  expect(report.participants).toBe(APPRENTICES);
  expect(needsRows.length - 1).toBe(events.filter((e) => e.code === 'I').length);
});
