/**
 * The domain at network scale (issue 6 §5): a training network's 1,000 apprentices × 60 activities × 100,000 journal
 * events, projected by the pure domain functions in Node — no emulator, no service call, wall-clock time only.
 */
import { performance } from 'node:perf_hooks';
import { impactSheets } from '../src/domain/impact';
import { readJournal, journalRow } from '../src/domain/journal';
import { pairings } from '../src/domain/pairing';
import { progressOf } from '../src/domain/progress';
import { synopticSheet } from '../src/domain/synoptic';
import type { Activity, ActivityGroup, Apprentice, Cohort, JournalEvent } from '../src/domain/types';
import { JOURNAL_HEADERS } from '../src/domain/workbook';

export const NETWORK = { apprentices: 1000, activities: 60, activitiesPerGroup: 4, events: 100_000, today: '2026-11-23' };

/** mulberry32: seeded, so every run measures the same data. */
function seeded(seed: number): (n: number) => number {
  return (n) => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

const day = (offset: number): string => new Date(Date.UTC(2026, 0, 1 + offset)).toISOString().slice(0, 10);

export function networkData(): { cohort: Cohort; events: JournalEvent[] } {
  const random = seeded(42);
  const categories = ["Qualité de l'alternance", 'Théâtre', 'Mobilité', 'Sport', 'Recherche de contrat'];
  const activities: Activity[] = Array.from({ length: NETWORK.activities }, (_, i) => {
    const g = Math.floor(i / NETWORK.activitiesPerGroup);
    return { code: `G${g + 1}.${(i % NETWORK.activitiesPerGroup) + 1}`, label: `Activité ${i + 1}`, groupCode: `G${g + 1}`, group: `Groupe ${g + 1}`, category: categories[i % categories.length], mcq: [], criteria: [], resourcesUrl: '' };
  });
  const groups: ActivityGroup[] = [];
  for (const a of activities) {
    const last = groups[groups.length - 1];
    if (last && last.code === a.groupCode) last.activities.push(a);
    else groups.push({ code: a.groupCode, label: a.group, activities: [a] });
  }
  const apprentices: Apprentice[] = Array.from({ length: NETWORK.apprentices }, (_, i) => ({
    id: `A${String(i + 1).padStart(4, '0')}`, firstName: 'Prénom', lastName: `Nom${i}`, status: i % 50 === 0 ? 'sorti' : 'en formation',
    email: `a${i}@eleve.test`, phone: '', company: `Entreprise ${i}`, tutorLastName: '', tutorFirstName: '', tutorEmail: '',
    trainerLastName: '', trainerFirstName: '', trainerEmail: '', otherTrainers: [], tabUrl: '', depositUrl: '',
  }));
  const cohort: Cohort = {
    settings: {
      programme: 'Réseau de CFA', level: 'niveau 4', centre: 'Réseau', horizonDays: 21, categories, labelThreshold: 3,
      labelMarginPercent: 10, partnerEmails: [], exportFrequency: 'aucune', pseudonymise: true, driveFolderId: '',
    },
    periods: [], groups, subjects: [], activities, apprentices, indicators: [],
  };
  const events: JournalEvent[] = Array.from({ length: NETWORK.events }, (_, i): JournalEvent => {
    const common = {
      eventId: `EV-${i}`, recordedAt: '', apprenticeId: apprentices[random(NETWORK.apprentices)].id,
      activityCode: activities[random(NETWORK.activities)].code, actor: (['Entreprise', 'Formateur', 'Alternant'] as const)[random(3)],
      recordedBy: 'formatrice@cfa.test', notification: 'envoyée',
    };
    const when = random(320);
    return random(3) === 0
      ? { ...common, code: 'I', identifiedOn: day(when), dueOn: day(when + 14), precision: `Besoin ${i}`, category: '' }
      : { ...common, code: (['A', 'EC', 'R'] as const)[random(3)], evaluatedOn: day(when), comment: '', criteria: [] };
  });
  return { cohort, events };
}

export interface Timing {
  label: string;
  /** Median of the runs, ms. */
  medianMs: number;
  runsMs: number[];
}

function time(label: string, runs: number, fn: () => unknown): Timing {
  const runsMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    runsMs.push(performance.now() - start);
  }
  const sorted = [...runsMs].sort((a, b) => a - b);
  return { label, medianMs: sorted[Math.floor(sorted.length / 2)], runsMs };
}

export interface NetworkReport {
  timings: Timing[];
  /** Sizes of what was computed, so a reader can check the work was real. */
  facts: { progressEntries: number; openNeeds: number; synopticCells: number; impactRows: number; needRows: number };
}

/**
 * What this machine does in a bare loop: 100,000 two-level `Map` updates keyed by the events' apprentice and activity.
 * The figures only compare across machines through this one (a slow, shared 2-vCPU VM takes ~75 ms here).
 */
function calibrationLoop(events: JournalEvent[]): number {
  const byApprentice = new Map<string, Map<string, number>>();
  for (const event of events) {
    let byActivity = byApprentice.get(event.apprenticeId);
    if (!byActivity) {
      byActivity = new Map();
      byApprentice.set(event.apprenticeId, byActivity);
    }
    byActivity.set(event.activityCode, (byActivity.get(event.activityCode) ?? 0) + 1);
  }
  return byApprentice.size;
}

export function measureNetworkScale(runs = 5): NetworkReport {
  const { cohort, events } = networkData();
  const { today } = NETWORK;
  // The journal as the sheet would hand it over: the parse is part of every projection use case.
  const header = [...JOURNAL_HEADERS];
  const sheetValues: unknown[][] = [header, ...events.map((e) => journalRow(e, header, (d) => d))];
  const dayOf = (d: Date) => d.toISOString().slice(0, 10);
  time('warm-up', 1, () => synopticSheet(cohort, events, today));

  const progress = progressOf(events, today);
  const list = pairings(cohort, progress, today);
  const keyOf = (id: string) => `P-${id}`;
  const timings = [
    time('calibration: bare loop, 100,000 two-level Map updates', runs, () => calibrationLoop(events)),
    time('readJournal (100,000 rows → events)', runs, () => readJournal(sheetValues, dayOf)),
    time('progressOf', runs, () => progressOf(events, today)),
    time('pairings (from progress)', runs, () => pairings(cohort, progress, today)),
    time('synopticSheet (given progress and pairings)', runs, () => synopticSheet(cohort, events, today, progress, list)),
    time('synopticSheet (alone: computes progress and pairings)', runs, () => synopticSheet(cohort, events, today)),
    time('impactSheets', runs, () => impactSheets(cohort, events, keyOf)),
    // Each projection once, as a caller holding the progress does it.
    time('total: progressOf + pairings + synopticSheet + impactSheets', runs, () => {
      const p = progressOf(events, today);
      const l = pairings(cohort, p, today);
      synopticSheet(cohort, events, today, p, l);
      impactSheets(cohort, events, keyOf);
    }),
  ];
  const { block, summary } = synopticSheet(cohort, events, today, progress, list);
  const impact = impactSheets(cohort, events, keyOf);
  return {
    timings,
    facts: {
      progressEntries: progress.size,
      openNeeds: summary.openNeeds,
      synopticCells: block.values.length * (block.values[0]?.length ?? 0),
      impactRows: impact.impactRows.length,
      needRows: impact.needsRows.length,
    },
  };
}
