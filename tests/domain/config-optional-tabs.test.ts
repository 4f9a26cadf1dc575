import * as vm from 'node:vm';
import { readCohort } from '../../src/domain/config';
import type { Problem } from '../../src/domain/types';
import { INDICATOR_HEADERS, PERIOD_HEADERS, SUBJECT_HEADERS } from '../../src/domain/workbook';

const dayOf = (d: Date) => d.toISOString().slice(0, 10);
/** Sheets hands dates made in another realm: `instanceof Date` is false for them. */
const foreignDate = (y: number, m: number, d: number): Date => vm.runInNewContext(`new Date(Date.UTC(${y}, ${m - 1}, ${d}, 12))`);
const errorsOf = (result: ReturnType<typeof readCohort>): Problem[] => (result.ok ? [] : result.errors);

const ROSTER = [
  ['ID', 'Nom', 'Prénom', 'Email', 'Tuteur email', 'Formateur email'],
  ['A1', 'Martin', 'Léa', 'a@x.fr', 't@x.fr', 'f@x.fr'],
  [12, 'Petit', 'Jo', 'j@x.fr', 't@x.fr', 'f@x.fr'],
];
const REFERENTIAL = [
  ['Code groupe', 'Groupe', 'Code activité', 'Activité'],
  ['G1', 'Salle', 'G1.1', 'Dresser'],
  ['G1', 'Salle', 'G1.2', 'Servir'],
];

describe('Périodes tab', () => {
  const periods = (rows: unknown[][]) => readCohort({ periods: [[...PERIOD_HEADERS], ...rows] }, dayOf);

  it('reads dates from another realm, typed as dd/mm/yyyy text, or as date serials', () => {
    const result = periods([
      ['Période 1', foreignDate(2026, 9, 2), foreignDate(2026, 10, 18)],
      ['Période 2', '3/11/2026', ' 20/12/2026 '],
      ['Période 3', 46054, '2027-02-28'],
    ]);
    expect(result.ok && result.value.periods).toEqual([
      { name: 'Période 1', start: '2026-09-02', end: '2026-10-18' },
      { name: 'Période 2', start: '2026-11-03', end: '2026-12-20' },
      { name: 'Période 3', start: '2026-02-01', end: '2027-02-28' },
    ]);
  });

  it('refuses a period without name, with unreadable dates, or ending before it starts', () => {
    const errors = errorsOf(periods([['', '01/09/2026', '30/09/2026'], ['P2', '31/02/2026', ''], ['P3', '10/10/2026', '01/10/2026']]));
    expect(errors.map((e) => [e.row, e.column])).toEqual([[2, 'Période'], [3, 'Début'], [3, 'Fin'], [4, 'Fin']]);
    expect(errors[1].message).toContain("« 31/02/2026 » n'est pas une date lisible");
    expect(errors[3].message).toContain('la fin (01/10/2026) est avant le début (10/10/2026)');
  });

  it('is optional: a missing or empty tab gives no period and no error', () => {
    for (const values of [null, [], [['', '']]]) {
      const result = readCohort({ periods: values }, dayOf);
      expect(result.ok && result.value.periods).toEqual([]);
    }
  });
});

describe('Matières tab', () => {
  it('links activities in the referential spelling and refuses an unknown code', () => {
    const subjects = [[...SUBJECT_HEADERS], ['Sciences', 'Hygiène', ' g1.1 ; G1.2'], ['Anglais', '', 'G9.9']];
    const result = readCohort({ referential: REFERENTIAL, subjects }, dayOf);
    const errors = errorsOf(result);
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toBe(
      "Onglet « Matières », ligne 3, colonne « Activités liées » : le code activité « G9.9 » n'existe pas dans l'onglet « Référentiel ».",
    );
    const ok = readCohort({ referential: REFERENTIAL, subjects: subjects.slice(0, 2) }, dayOf);
    expect(ok.ok && ok.value.subjects).toEqual([{ name: 'Sciences', objective: 'Hygiène', activityCodes: ['G1.1', 'G1.2'] }]);
  });
});

describe('Indicateurs tab', () => {
  const indicators = (rows: unknown[][]) => readCohort({ roster: ROSTER, indicators: [[...INDICATOR_HEADERS], ...rows] }, dayOf);

  it('reads yes/no, percentages with a comma, satisfactions and dates; blank means not known yet', () => {
    const result = indicators([['12', 'OUI', '15/01/2027', false, '', '12,5 %', 'non', 4, ''], ['A1']]);
    const unknown = {
      rupture: null,
      ruptureDate: null,
      contractObtained: null,
      examPassed: null,
      absenteeismPercent: null,
      employedAfter6Months: null,
      apprenticeSatisfaction: null,
      companySatisfaction: null,
    };
    expect(result.ok && result.value.indicators).toEqual([
      {
        id: '12',
        rupture: true,
        ruptureDate: '2027-01-15',
        contractObtained: false,
        examPassed: null,
        absenteeismPercent: 12.5,
        employedAfter6Months: false,
        apprenticeSatisfaction: 4,
        companySatisfaction: null,
      },
      { id: 'A1', ...unknown },
    ]);
  });

  it('refuses an unknown ID, a yes/no that is not oui/non, values out of range and an unreadable date', () => {
    const errors = errorsOf(indicators([['Z9'], ['A1', 'peut-être', 'hier', '', '', 120, '', 6, 0]]));
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'ID'], [3, 'Rupture'], [3, 'Date de rupture'], [3, 'Absentéisme (%)'], [3, 'Satisfaction alternant'], [3, 'Satisfaction entreprise'],
    ]);
    expect(errors[0].message).toContain("l'ID « Z9 » n'existe pas dans l'onglet « Alternants »");
    expect(errors[4].message).toContain("« 6 » n'est pas un nombre entre 1 et 5");
  });

  it('refuses two rows for the same apprentice', () => {
    const [error] = errorsOf(indicators([['A1', 'non'], [' a1 ', 'oui']]));
    expect(error.message).toContain('ligne 3, colonne « ID »');
    expect(error.message).toContain('a déjà ses indicateurs ligne 2');
  });
});
