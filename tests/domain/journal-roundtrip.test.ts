import * as vm from 'node:vm';
import { journalRow, readJournal } from '../../src/domain/journal';
import { ACTORS, EVALUATION_CODES, type JournalEvent } from '../../src/domain/types';
import { JOURNAL_HEADERS } from '../../src/domain/workbook';

/** A small seeded generator (mulberry32): the property runs on the same events every time. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Fragments Sheets would read as something else than text: numbers, dates, booleans, formulas, percentages.
const FRAGMENTS = ['0012', '1.10', '3/4', '12 %', '=SUM(A1)', '-', '+33', '@x', 'vrai', 'TRUE', 'Banquet', 'Œuvre',
  "l'équipe", ';', ' ', '2026-03-02', '02/03/2026', 'à', 'G1.1', '\n'];

function generator(seed: number) {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const text = (min = 0): string => {
    let out = '';
    while (out.trim().length < min || (out.length < 30 && next() < 0.6)) out += pick(FRAGMENTS);
    return out.trim(); // cells are read trimmed
  };
  const day = (): string => new Date(Date.UTC(2024, 0, 1 + Math.floor(next() * 1500))).toISOString().slice(0, 10);
  return (n: number): JournalEvent => {
    const base = {
      eventId: `${text(1)}-${n}`,
      recordedAt: pick([`${day()}T08:30:00.000Z`, '']),
      apprenticeId: text(1),
      activityCode: text(1),
      actor: pick(ACTORS),
      recordedBy: pick(['a.durand@cfa.fr', '']),
      notification: pick(['envoyée', 'en attente', 'échec: adresse invalide']),
    };
    if (next() < 0.5) return { ...base, code: 'I', identifiedOn: day(), dueOn: day(), precision: text(), category: text() };
    const criteria = Array.from({ length: Math.floor(next() * 4) }, () => text(1).replace(/;/g, ',').trim()).filter(Boolean);
    return { ...base, code: pick(EVALUATION_CODES), evaluatedOn: day(), comment: text(), criteria: [...new Set(criteria)] };
  };
}

/** How Sheets stores what a script writes in a default-format cell (French locale): a simplified model. */
function sheetsStores(cell: unknown): unknown {
  if (typeof cell !== 'string') return cell;
  if (cell.startsWith("'")) return cell.slice(1); // forced text: the apostrophe is not part of the value
  if (cell.startsWith('=')) return '#ERROR!';
  const compact = cell.trim().replace(/\s/g, '');
  if (/^(true|false|vrai|faux)$/i.test(compact)) return /^(true|vrai)$/i.test(compact);
  if (/^[-+]?\d+(,\d+)?%?$/.test(compact)) return Number(compact.replace(',', '.').replace('%', ''));
  if (/^\d{4}-\d\d-\d\d|^\d{1,2}\/\d{1,2}\/\d{4}$/.test(compact)) return new Date(0);
  return cell;
}

const dayOf = (d: Date) => d.toISOString().slice(0, 10);
const foreignDay = (day: string): Date => vm.runInNewContext(`new Date('${day}T12:00:00Z')`);

describe('Journal round trip', () => {
  const nextEvent = generator(20260302);
  const events = Array.from({ length: 400 }, (_, n) => nextEvent(n));
  // The actual header: columns in any order, and a column the codec does not know.
  const header = ['Remarque', ...[...JOURNAL_HEADERS].reverse()];

  it('gives back the same events through a Sheets default-format tab', () => {
    const rows = events.map((event) => journalRow(event, header, foreignDay).map(sheetsStores));
    expect(readJournal([header, ...rows], dayOf)).toEqual({ events, problems: [] });
  });

  it('gives back the same events through a plain-text tab, which keeps the apostrophes', () => {
    const rows = events.map((event) => journalRow(event, header, (day) => day));
    expect(readJournal([header, ...rows], dayOf)).toEqual({ events, problems: [] });
  });

  it('covers needs and evaluations of every actor', () => {
    expect(new Set(events.map((e) => `${e.code} ${e.actor}`)).size).toBe(12);
  });
});
