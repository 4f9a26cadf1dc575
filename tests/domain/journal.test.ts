import * as vm from 'node:vm';
import { guardText, journalRow, readJournal } from '../../src/domain/journal';
import type { EvaluationEvent, NeedEvent } from '../../src/domain/types';
import { JOURNAL_HEADERS } from '../../src/domain/workbook';

const dayOf = (d: Date) => d.toISOString().slice(0, 10);
const HEADER = [...JOURNAL_HEADERS];
const asDayCell = (day: string) => `day:${day}`;

const need: NeedEvent = {
  eventId: 'ev-1',
  recordedAt: '2026-03-02T09:15:00.000Z',
  apprenticeId: 'A1',
  activityCode: 'G1.1',
  actor: 'Entreprise',
  code: 'I',
  identifiedOn: '2026-03-02',
  dueOn: '2026-03-16',
  precision: 'Banquet de 80 couverts, vigilance sur le dressage',
  category: 'Mobilité',
  recordedBy: 'a.durand@cfa.fr',
  notification: 'envoyée',
};

const evaluation: EvaluationEvent = {
  eventId: 'ev-2',
  recordedAt: '2026-03-20T14:00:00.000Z',
  apprenticeId: 'A1',
  activityCode: 'G1.1',
  actor: 'Formateur',
  code: 'EC',
  evaluatedOn: '2026-03-20',
  comment: 'Bon rythme',
  criteria: ['hygiène', 'délais'],
  recordedBy: 'a.durand@cfa.fr',
  notification: 'en attente',
};

/** What Sheets stores for a guarded text: the apostrophe only forces text, it is not part of the value. */
const stored = (row: unknown[]) => row.map((cell) => (typeof cell === 'string' ? cell.replace(/^'/, '') : cell));

describe('writing a Journal row', () => {
  it('follows the order of the actual header row, leaving unknown columns blank', () => {
    const header = ['Code', 'Remarque', 'Événement', ' échéance ', 'Précision', 'Évalué le'];
    expect(journalRow(need, header, asDayCell)).toEqual(['I', '', 'ev-1', 'day:2026-03-16', need.precision, '']);
  });

  it('joins the criteria met with « ; » and leaves the need columns of an evaluation blank', () => {
    const row = journalRow(evaluation, HEADER, asDayCell);
    const cell = (header: string) => row[HEADER.indexOf(header as never)];
    expect(cell('Critères remplis')).toBe('hygiène;délais');
    expect(cell('Évalué le')).toBe('day:2026-03-20');
    expect([cell('Identifié le'), cell('Échéance'), cell('Précision'), cell('Catégorie')]).toEqual(['', '', '', '']);
  });

  it('forces as text what Sheets would turn into a number, a date or a formula', () => {
    expect(guardText('0012')).toBe("'0012");
    expect(guardText('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(guardText('2026-03-02T09:15:00.000Z')).toBe("'2026-03-02T09:15:00.000Z");
    expect(guardText('Banquet')).toBe('Banquet');
  });
});

describe('reading the Journal', () => {
  it('keeps journal order and skips blank rows', () => {
    const values = [HEADER, stored(journalRow(need, HEADER, (d) => d)), HEADER.map(() => ''), stored(journalRow(evaluation, HEADER, (d) => d))];
    expect(readJournal(values, dayOf)).toEqual({ events: [need, evaluation], problems: [] });
  });

  it('reads what Sheets hands back: Dates from another realm, IDs as numbers, any case', () => {
    const row = stored(journalRow({ ...need, apprenticeId: '12' }, HEADER, (d) => vm.runInNewContext(`new Date('${d}T00:00:00Z')`)));
    row[HEADER.indexOf('ID')] = 12;
    row[HEADER.indexOf('Acteur')] = 'entreprise';
    const { events, problems } = readJournal([HEADER, row], dayOf);
    expect(problems).toEqual([]);
    expect(events[0]).toMatchObject({ apprenticeId: '12', actor: 'Entreprise', identifiedOn: '2026-03-02', dueOn: '2026-03-16' });
  });

  it('reports an unreadable row with its sheet row and column, and keeps reading the next ones', () => {
    const bad = stored(journalRow(need, HEADER, (d) => d));
    bad[HEADER.indexOf('Acteur')] = 'Tuteur';
    bad[HEADER.indexOf('Échéance')] = 'bientôt';
    const { events, problems } = readJournal([HEADER, bad, stored(journalRow(evaluation, HEADER, (d) => d))], dayOf);
    expect(events).toEqual([evaluation]);
    expect(problems.map((p) => [p.row, p.column])).toEqual([[2, 'Acteur'], [2, 'Échéance']]);
    expect(problems[0].message).toContain("Onglet « Journal », ligne 2, colonne « Acteur » : « Tuteur » n'est pas un acteur connu");
  });

  it('reports a need without due date and an evaluation without date', () => {
    const noDue = stored(journalRow(need, HEADER, (d) => d));
    noDue[HEADER.indexOf('Échéance')] = '';
    const noDate = stored(journalRow(evaluation, HEADER, (d) => d));
    noDate[HEADER.indexOf('Évalué le')] = 'hier';
    const { events, problems } = readJournal([HEADER, noDue, noDate], dayOf);
    expect(events).toEqual([]);
    expect(problems.map((p) => [p.row, p.column])).toEqual([[2, 'Échéance'], [3, 'Évalué le']]);
  });

  it('keeps the first of two events with the same id', () => {
    const row = stored(journalRow(need, HEADER, (d) => d));
    const { events, problems } = readJournal([HEADER, row, [...row]], dayOf);
    expect(events).toEqual([need]);
    expect(problems[0].message).toContain('déjà enregistré ligne 2');
  });

  it('reads an old journal without the criteria column, and reports a missing required column', () => {
    const header = HEADER.filter((h) => h !== 'Critères remplis');
    const { events } = readJournal([header, stored(journalRow(evaluation, header, (d) => d))], dayOf);
    expect(events).toEqual([{ ...evaluation, criteria: [] }]);
    const missing = readJournal([HEADER.filter((h) => h !== 'Acteur')], dayOf);
    expect(missing.problems).toEqual([expect.objectContaining({ tab: 'Journal', column: 'Acteur' })]);
    expect(readJournal([], dayOf)).toEqual({ events: [], problems: [] });
  });
});
