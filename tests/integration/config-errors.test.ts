/**
 * A wrong configuration is refused with one French message per wrong cell (tab, row, column, why), all reported
 * together, and « Générer les grilles » then writes nothing: no tab, no Drive folder, no changed cell.
 * Warnings about the shape of the referential do not block.
 */
import type { CohortRows } from '../../fixtures/cohort';
import type { LoadedAddon } from '../../emulator/load-bundle';
import { cohortWorkbook, electricianCohort, visibleState, gridTabs } from './grids-cohort';

type Mutation = (rows: CohortRows) => void;
interface Case {
  rule: string;
  mutate: Mutation;
  after?: (loaded: LoadedAddon) => void;
  tab: string;
  row?: number;
  column?: string;
  why: RegExp;
}

const roster = (rows: CohortRows, id: string) => rows.roster.find((r) => r[0] === id)!;
const ROSTER_COL = { Email: 3, 'Tuteur email': 8, 'Formateur email': 11, 'Autres formateurs': 12, Statut: 13 };

const CASES: Case[] = [
  { rule: 'a required setting left blank', mutate: (r) => (r.settings['Centre de formation'] = ''), tab: 'Formation', row: 4, column: 'Valeur', why: /Centre de formation.*obligatoire/ },
  {
    rule: 'a required setting missing altogether',
    mutate: () => undefined,
    after: ({ emulator }) => emulator.spreadsheet.getSheetByName('Formation')!.deleteRow(3),
    tab: 'Formation',
    why: /Niveau.*obligatoire/,
  },
  { rule: 'a non-numeric horizon', mutate: (r) => (r.settings["Horizon d'imminence (jours)"] = 'trois semaines'), tab: 'Formation', row: 5, column: 'Valeur', why: /trois semaines.*horizon/ },
  { rule: 'a horizon of 0 days', mutate: (r) => (r.settings["Horizon d'imminence (jours)"] = 0), tab: 'Formation', row: 5, column: 'Valeur', why: /horizon/ },
  { rule: 'a negative horizon', mutate: (r) => (r.settings["Horizon d'imminence (jours)"] = -7), tab: 'Formation', row: 5, column: 'Valeur', why: /horizon/ },
  { rule: 'a duplicate ID', mutate: (r) => (roster(r, 'E03')[0] = 'E01'), tab: 'Alternants', row: 4, column: 'ID', why: /E01.*déjà utilisé ligne 2/ },
  { rule: 'a duplicate activity code', mutate: (r) => (r.referential[4][2] = '2.1'), tab: 'Référentiel', row: 6, column: 'Code activité', why: /2\.1.*déjà utilisé ligne/ },
  { rule: 'an activity without group', mutate: (r) => (r.referential[2][0] = ''), tab: 'Référentiel', row: 4, column: 'Code groupe', why: /groupe/ },
  { rule: 'an unknown category', mutate: (r) => (r.referential[1][4] = 'Cuisine'), tab: 'Référentiel', row: 3, column: 'Catégorie', why: /Cuisine.*n'existe pas/ },
  { rule: 'an empty referential', mutate: (r) => (r.referential = []), tab: 'Référentiel', why: /aucune activité/ },
  { rule: 'an invalid apprentice email', mutate: (r) => (roster(r, 'E02')[ROSTER_COL.Email] = 'mamadou.diallo@'), tab: 'Alternants', row: 3, column: 'Email', why: /mamadou\.diallo@.*adresse email/ },
  { rule: 'an invalid tutor email', mutate: (r) => (roster(r, 'E01')[ROSTER_COL['Tuteur email']] = 'paul bernard'), tab: 'Alternants', row: 2, column: 'Tuteur email', why: /adresse email/ },
  { rule: 'an invalid trainer email', mutate: (r) => (roster(r, 'E04')[ROSTER_COL['Formateur email']] = 'karim.haddad.cfa-lyon.test'), tab: 'Alternants', row: 5, column: 'Formateur email', why: /karim\.haddad\.cfa-lyon\.test.*adresse email/ },
  {
    rule: 'one bad address among the other trainers',
    mutate: (r) => (roster(r, 'E01')[ROSTER_COL['Autres formateurs']] = 'karim.haddad@cfa-lyon.test;sophie@'),
    tab: 'Alternants',
    row: 2,
    column: 'Autres formateurs',
    why: /sophie@.*adresse email/,
  },
  { rule: 'an unknown Statut', mutate: (r) => (roster(r, 'E02')[ROSTER_COL.Statut] = 'diplômé'), tab: 'Alternants', row: 3, column: 'Statut', why: /diplômé.*statut/ },
  { rule: 'a period ending before it starts', mutate: (r) => (r.periods[1] = ['Octobre', '31/10/2026', '01/10/2026']), tab: 'Périodes', row: 3, column: 'Fin', why: /avant le début/ },
  { rule: 'Matières naming an unknown activity', mutate: (r) => (r.subjects[0][2] = '3.1;99.9'), tab: 'Matières', row: 2, column: 'Activités liées', why: /99\.9.*n'existe pas/ },
  { rule: 'Indicateurs naming an unknown ID', mutate: (r) => (r.indicators[0][0] = 'E99'), tab: 'Indicateurs', row: 2, column: 'ID', why: /E99.*n'existe pas/ },
];

function refused(c: Case) {
  const rows = electricianCohort();
  c.mutate(rows);
  const loaded = cohortWorkbook(rows);
  c.after?.(loaded);
  const before = visibleState(loaded);
  loaded.emulator.calls.reset();
  const result = loaded.run('generateGrids');
  return { loaded, before, result };
}

describe.each(CASES)('$rule', (c) => {
  const { loaded, before, result } = refused(c);

  test('is refused with a French message naming the tab, row and column', () => {
    expect(result.ok).toBe(false);
    const messages: string[] = result.errors.map((e: { message: string }) => e.message);
    const message = messages.find((m) => c.why.test(m));
    expect(message).toBeDefined();
    expect(message).toContain(`Onglet « ${c.tab} »`);
    if (c.row !== undefined) expect(message).toContain(`ligne ${c.row}`);
    if (c.column !== undefined) expect(message).toContain(`colonne « ${c.column} »`);
    for (const e of result.errors) expect(typeof e.field).toBe('string');
  });

  test('nothing is written: no tab, no Drive folder, no changed cell', () => {
    expect(gridTabs(loaded)).toEqual([]);
    expect(loaded.emulator.calls.count('drive')).toBe(0);
    const after = visibleState(loaded);
    expect(after.order).toEqual(before.order);
    expect(after.drive).toEqual(before.drive);
    expect(after.tabs).toEqual(before.tabs);
  });

  test('the user sees the message in a dialog', () => {
    const alert = loaded.emulator.ui.state.alerts.at(-1);
    expect(alert?.prompt).toMatch(c.why);
  });
});

test('several errors are reported together, each with its own cell', () => {
  const rows = electricianCohort();
  rows.settings["Horizon d'imminence (jours)"] = 'abc';
  roster(rows, 'E02')[ROSTER_COL.Email] = 'pas-une-adresse';
  roster(rows, 'E03')[ROSTER_COL.Statut] = 'parti';
  rows.referential[0][4] = 'Inconnue';
  rows.periods[0] = ['Septembre', '30/09/2026', '01/09/2026'];
  const loaded = cohortWorkbook(rows);
  const result = loaded.run('generateGrids');
  expect(result.ok).toBe(false);
  const messages: string[] = result.errors.map((e: { message: string }) => e.message);
  expect(messages).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/Onglet « Formation », ligne 5, colonne « Valeur »/),
      expect.stringMatching(/Onglet « Alternants », ligne 3, colonne « Email »/),
      expect.stringMatching(/Onglet « Alternants », ligne 4, colonne « Statut »/),
      expect.stringMatching(/Onglet « Référentiel », ligne 2, colonne « Catégorie »/),
      expect.stringMatching(/Onglet « Périodes », ligne 2, colonne « Fin »/),
    ]),
  );
  expect(new Set(result.errors.map((e: { field: string }) => e.field)).size).toBe(result.errors.length);
});

test('a wrong configuration after a first generation leaves the existing grids and links untouched', () => {
  const loaded = cohortWorkbook();
  loaded.run('generateGrids');
  const sheet = loaded.emulator.spreadsheet.getSheetByName('Alternants')!;
  sheet.getRange(3, ROSTER_COL.Email + 1).setValue('faux');
  sheet.getRange(2, 2).setValue('Lefèvre-Martin'); // a rename that would retitle a grid, were the run accepted
  const before = visibleState(loaded);
  const result = loaded.run('generateGrids');
  expect(result.ok).toBe(false);
  expect(visibleState(loaded)).toEqual(before);
});

test('referential shape outside 10–15 groups of 2–4 activities is a warning, not an error', () => {
  const rows = electricianCohort();
  // Keep 3 groups, one of them with a single activity.
  rows.referential = rows.referential.filter((r) => ['G01', 'G02', 'G03'].includes(String(r[0])) && r[2] !== '3.2');
  rows.subjects = [];
  const loaded = cohortWorkbook(rows);
  const result = loaded.run('generateGrids');
  expect(result).toMatchObject({ ok: true, done: 4, total: 4 });
  const warnings: string[] = result.warnings;
  expect(warnings.some((w) => /3 groupes.*10 à 15/.test(w))).toBe(true);
  expect(warnings.some((w) => /G03.*1 sous-activité.*2 à 4/.test(w))).toBe(true);
  expect(loaded.emulator.ui.state.alerts.at(-1)?.prompt).toMatch(/10 à 15/);
});
