import { readCohort, type RawWorkbook } from '../../src/domain/config';
import { INDICATOR_HEADERS, PERIOD_HEADERS, REFERENTIAL_HEADERS, ROSTER_HEADERS, SUBJECT_HEADERS } from '../../src/domain/workbook';

const dayOf = (d: Date) => d.toISOString().slice(0, 10);

function referential(): unknown[][] {
  const rows: unknown[][] = [[...REFERENTIAL_HEADERS]];
  for (let g = 1; g <= 10; g++) {
    for (let a = 1; a <= 3; a++) rows.push([`G${g}`, `Groupe ${g}`, `G${g}.${a}`, `Activité ${g}.${a}`, '', 'QCM 1;QCM 2', '', '']);
  }
  return rows;
}

function rosterRow(id: unknown, email = 'a@x.fr'): unknown[] {
  const cells: Record<string, unknown> = {
    ID: id,
    Nom: 'Martin',
    Prénom: 'Léa',
    Email: email,
    'Tuteur email': 't@x.fr',
    'Formateur email': 'f@x.fr',
  };
  return ROSTER_HEADERS.map((header) => cells[header] ?? '');
}

function workbook(): RawWorkbook {
  return {
    settings: [['Paramètre', 'Valeur'], ['Formation', 'CAP Cuisine'], ['Niveau', 'CAP'], ['Centre de formation', 'CFA de Lyon']],
    periods: [[...PERIOD_HEADERS], ['Période 1', '01/09/2026', '30/10/2026']],
    referential: referential(),
    subjects: [[...SUBJECT_HEADERS], ['Sciences', 'Hygiène', 'G1.1;G2.1']],
    roster: [[...ROSTER_HEADERS], rosterRow('A1'), rosterRow('A2')],
    indicators: [[...INDICATOR_HEADERS], ['A1', 'non']],
  };
}

describe('reading a whole cohort workbook', () => {
  it('gives the cohort of a valid workbook, with no warning when the referential has the recommended shape', () => {
    const result = readCohort(workbook(), dayOf);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([]);
    const cohort = result.value;
    expect(cohort.settings.programme).toBe('CAP Cuisine');
    expect(cohort.periods).toHaveLength(1);
    expect(cohort.groups).toHaveLength(10);
    expect(cohort.activities).toHaveLength(30);
    expect(cohort.activities[0].mcq).toEqual(['QCM 1', 'QCM 2']);
    expect(cohort.subjects[0].activityCodes).toEqual(['G1.1', 'G2.1']);
    expect(cohort.apprentices.map((a) => a.id)).toEqual(['A1', 'A2']);
    expect(cohort.indicators[0]).toMatchObject({ id: 'A1', rupture: false });
  });

  it('reports several errors of several tabs together, in tab order', () => {
    const raw = workbook();
    raw.settings = [
      ['Paramètre', 'Valeur'],
      ['Formation', 'CAP'],
      ['Niveau', 'CAP'],
      ['Centre de formation', ''],
      ["Horizon d'imminence (jours)", -3],
    ];
    raw.periods!.push(['Période 2', 'demain', '']);
    raw.referential!.push(['G10', 'Groupe 10', 'G1.1', 'Doublon', 'Inconnue', '', '', '']);
    raw.subjects!.push(['Maths', '', 'Z1']);
    raw.roster!.push(rosterRow('A1', 'jean@'));
    raw.indicators!.push(['A3', 'sans doute']);
    const result = readCohort(raw, dayOf);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => `${e.tab} ${e.row} ${e.column}`)).toEqual([
      'Formation 4 Valeur',
      'Formation 5 Valeur',
      'Périodes 3 Début',
      'Périodes 3 Fin',
      'Référentiel 32 Code activité',
      'Référentiel 32 Catégorie',
      'Matières 3 Activités liées',
      'Alternants 4 ID',
      'Alternants 4 Email',
      'Indicateurs 3 ID',
      'Indicateurs 3 Rupture',
    ]);
    for (const error of result.errors) expect(error.message).toMatch(/^Onglet « [^»]+ », ligne \d+, colonne « [^»]+ » : .+\.$/);
  });

  it('reports every missing required tab', () => {
    const none = { settings: null, referential: null, roster: null, periods: null, subjects: null, indicators: null };
    const result = readCohort(none, dayOf);
    expect(!result.ok && result.errors.map((e) => e.tab)).toEqual(['Formation', 'Référentiel', 'Alternants']);
  });

  it('neither validates nor cross-checks a tab that was not read', () => {
    const { roster, indicators } = workbook();
    indicators!.push(['A2', 'oui']);
    const result = readCohort({ indicators }, dayOf); // the roster is not read: IDs cannot be checked
    expect(result.ok && result.value.indicators.map((i) => i.id)).toEqual(['A1', 'A2']);
    expect(readCohort({ roster }, dayOf).ok).toBe(true);
  });

  it('does not cascade: a missing referential column does not make every subject code unknown', () => {
    const raw = workbook();
    raw.referential = raw.referential!.map((row) => row.slice(1));
    const result = readCohort(raw, dayOf);
    expect(!result.ok && result.errors.map((e) => e.column)).toEqual(['Code groupe']);
  });
});
