/**
 * Real workbooks are typed by hand: IDs typed as numbers, dates as real dates or as dd/mm/yyyy text, stray spaces,
 * headers with other accents or case, columns in another order and extra columns. The grids come out the same.
 */
import { loadAddon } from '../../emulator/load-bundle';
import { fillWorkbook } from '../../fixtures/cohort';
import { electricianCohort, referentialRows, TODAY, gridTabs, tableHeaderRow } from './grids-cohort';

type Loaded = ReturnType<typeof loadAddon>;

/** Replaces a tab's whole content (headers included) by a matrix, as a user retyping the tab would. */
function replaceTab(loaded: Loaded, tab: string, matrix: unknown[][]): void {
  const sheet = loaded.emulator.spreadsheet.getSheetByName(tab)!;
  sheet.clear();
  sheet.clearNotes?.();
  sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns()).setDataValidation(null);
  const width = Math.max(...matrix.map((r) => r.length));
  if (sheet.getMaxColumns() < width) sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
  sheet.getRange(1, 1, matrix.length, width).setValues(matrix.map((r) => [...r, ...Array(width - r.length).fill('')]));
}

function messyWorkbook(): Loaded {
  const loaded = loadAddon({ now: TODAY, latency: false });
  loaded.run('setupWorkbook');
  const rows = electricianCohort();
  // Formation with spaces around keys and values.
  fillWorkbook(loaded.emulator, { ...rows, settings: { Formation: '  CAP Électricien ', Niveau: 'CAP (niveau 3)', 'Centre de formation': ' CFA du Bâtiment de Lyon' }, referential: [], roster: [], periods: [], subjects: [], indicators: [] });
  // Référentiel: columns in another order, headers without accents or in capitals, an extra column, stray spaces.
  replaceTab(loaded, 'Référentiel', [
    ['Remarque interne', 'ACTIVITE', 'code activite', ' Code  groupe ', 'groupe', 'Categorie', 'Criteres d’evaluation', 'qcm', 'Ressources'],
    ...referentialRows().map(([gc, g, c, a, cat, q, cr]) => ['à revoir', ` ${a} `, ` ${c}`, `${gc} `, g, cat, cr, q, '']),
  ]);
  // Alternants: numbers as IDs, emails with capitals and spaces, an extra column, reordered columns.
  replaceTab(loaded, 'Alternants', [
    ['Prenom', 'NOM', 'id', 'E-mail perso', 'Email', 'Entreprise', 'Tuteur email', 'Formateur email', 'Formateur nom', 'Formateur prenom', 'Tuteur nom', 'Tuteur prénom', 'Autres formateurs', 'statut', 'Onglet', 'Dépôt'],
    ['Chloé', 'Lefèvre ', 101, 'x@perso.test', ' Chloe.Lefevre@Eleve.test ', 'Élec Rhône SARL', 'paul.bernard@elec-rhone.test', 'anne.moreau@cfa-lyon.test', 'Moreau', 'Anne', 'Bernard', 'Paul', ' karim.haddad@cfa-lyon.test ; ', 'En formation', '', ''],
    ['Mamadou', 'Diallo', 102, '', 'mamadou.diallo@eleve.test', 'Lumière & Fils', 'sylvie.roux@lumiere.test', 'anne.moreau@cfa-lyon.test', 'Moreau', 'Anne', 'Roux', 'Sylvie', '', 'SORTI', '', ''],
  ]);
  // Périodes: a real date, a dd/mm/yyyy text, and a date typed with spaces.
  replaceTab(loaded, 'Périodes', [
    ['période', 'début', 'fin'],
    ['Septembre', new Date(2026, 8, 1), new Date(2026, 8, 30)],
    ['Octobre', '01/10/2026', ' 31/10/2026 '],
  ]);
  replaceTab(loaded, 'Matières', [
    ['Activités liées', 'Matière', 'Objectif'],
    [' 3.1 ; 6.2 ', 'Mathématiques', 'Calculer une section de câble'],
  ]);
  replaceTab(loaded, 'Indicateurs', [['ID', 'Rupture'], [101, 'Non']]);
  return loaded;
}

const loaded = messyWorkbook();
const result = loaded.run('generateGrids');
const ss = loaded.emulator.spreadsheet;

test('the messy workbook is accepted', () => {
  expect(result).toMatchObject({ ok: true, done: 2, total: 2 });
});

test('IDs typed as numbers name the grids like text IDs', () => {
  expect(gridTabs(loaded).sort()).toEqual(['101 · Chloé LEFÈVRE', '102 · Mamadou DIALLO']);
});

test('periods typed as dates or as dd/mm/yyyy text become the period columns', () => {
  const values = ss.peek('101 · Chloé LEFÈVRE')!.values;
  const headers = (values[tableHeaderRow(values) - 1] as string[]).filter(Boolean);
  expect(headers.slice(-2)).toEqual(['Septembre', 'Octobre']);
});

test('activities are read by header whatever the column order, trimmed, in the referential order', () => {
  const values = ss.peek('101 · Chloé LEFÈVRE')!.values;
  const codes = values.filter((r) => /^\d+\.\d+$/.test(String(r[0]))).map((r) => [r[0], r[1]]);
  expect(codes).toEqual(referentialRows().map((r) => [r[2], r[3]]));
  const groups = values.filter((r) => /^G\d+$/.test(String(r[0]))).map((r) => r[0]);
  expect(groups).toHaveLength(10);
});

test('the programme name is trimmed in the header block and the Drive folder', () => {
  const block = ss.peek('101 · Chloé LEFÈVRE')!.values.slice(0, 4).flat().join(' ');
  expect(block).toContain('CAP Électricien — CAP (niveau 3) — CFA du Bâtiment de Lyon');
  expect(loaded.emulator.drive.children(loaded.emulator.drive.rootId)[0].name).toBe('OLAP — CAP Électricien');
});

test('emails are trimmed and lower-cased before sharing; the extra column is ignored', () => {
  const deposit = Object.values(loaded.emulator.drive.state.files).find((f) => f.name.startsWith('101'))!;
  const emails = deposit.permissions.filter((p) => p.role !== 'owner').map((p) => p.emailAddress).sort();
  expect(emails).toEqual(['anne.moreau@cfa-lyon.test', 'chloe.lefevre@eleve.test', 'karim.haddad@cfa-lyon.test']);
});

test('links are written back into the columns found by header, and nothing else in those tabs moves', () => {
  const ref = ss.peek('Référentiel')!;
  expect(ref.values[0][0]).toBe('Remarque interne');
  expect(ref.values[1][0]).toBe('à revoir');
  expect(ref.links[1][8]).toMatch(/drive\.google\.com\/drive\/folders\//);
  const roster = ss.peek('Alternants')!;
  expect(roster.links[1][14]).toMatch(/#gid=\d+$/);
  expect(roster.links[1][15]).toMatch(/drive\.google\.com\/drive\/folders\//);
  expect(roster.values[1][3]).toBe('x@perso.test');
});

test('a second run changes nothing', () => {
  const before = gridTabs(loaded).map((t) => ss.peek(t));
  loaded.emulator.calls.reset();
  expect(loaded.run('generateGrids')).toMatchObject({ ok: true, done: 2, total: 2 });
  expect(gridTabs(loaded).map((t) => ss.peek(t))).toEqual(before);
  expect(loaded.emulator.calls.count('drive')).toBe(0);
});

test('tabs written without the add-on’s link columns get them added at the right', () => {
  const bare = loadAddon({ now: TODAY, latency: false });
  bare.run('setupWorkbook');
  const rows = electricianCohort();
  fillWorkbook(bare.emulator, { ...rows, referential: [], roster: [] });
  replaceTab(bare, 'Référentiel', [['Code groupe', 'Groupe', 'Code activité', 'Activité'], ...referentialRows().map((r) => r.slice(0, 4))]);
  replaceTab(bare, 'Alternants', [
    ['ID', 'Nom', 'Prénom', 'Email', 'Tuteur email', 'Formateur email'],
    ['E01', 'Lefèvre', 'Chloé', 'chloe.lefevre@eleve.test', 'paul.bernard@elec-rhone.test', 'anne.moreau@cfa-lyon.test'],
  ]);
  expect(bare.run('generateGrids')).toMatchObject({ ok: true, done: 1, total: 1 });
  const ref = bare.emulator.spreadsheet.peek('Référentiel')!;
  expect(ref.values[0][4]).toBe('Ressources');
  expect(ref.links[1][4]).toMatch(/drive\.google\.com\/drive\/folders\//);
  const roster = bare.emulator.spreadsheet.peek('Alternants')!;
  expect(roster.values[0].slice(6, 8)).toEqual(['Onglet', 'Dépôt']);
  expect(roster.links[1][6]).toMatch(/#gid=\d+$/);
  expect(roster.links[1][7]).toMatch(/drive\.google\.com\/drive\/folders\//);
});
