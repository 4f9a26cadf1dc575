/**
 * « Générer les grilles » is idempotent and keeps every recorded code: running it twice changes nothing, adding an
 * activity or an apprentice keeps the codes and ticks already in the grids, and an apprentice who leaves keeps a grid.
 */
import { writeRows } from '../../fixtures/cohort';
import { cohortWorkbook, TAB_OF, tableHeaderRow, visibleState, gridTabs } from './grids-cohort';

const NEED = { apprenticeId: 'E01', activityCode: '4.2', actor: 'Entreprise', identifiedOn: '2026-11-18', dueOn: '2026-12-01', precision: 'Rénovation d’un couloir : deux va-et-vient à poser' };

function rowOf(values: unknown[][], code: string): unknown[] {
  return values.find((r) => r[0] === code)!;
}
function cellOf(values: unknown[][], code: string, header: string): unknown {
  const headers = values[tableHeaderRow(values) - 1] as string[];
  return rowOf(values, code)[headers.indexOf(header)];
}
function tick(loaded: ReturnType<typeof cohortWorkbook>, tab: string, code: string, header: string) {
  const values = loaded.emulator.spreadsheet.peek(tab)!.values;
  const row = values.findIndex((r) => r[0] === code) + 1;
  const column = (values[tableHeaderRow(values) - 1] as string[]).indexOf(header) + 1;
  const edit = loaded.emulator.spreadsheet.userEdit(tab, row, column, [[true]]);
  expect(edit.ok).toBe(true);
}

test('running generateGrids twice changes nothing: every tab and the Drive tree are identical', () => {
  const loaded = cohortWorkbook();
  loaded.run('generateGrids');
  const before = visibleState(loaded);
  const again = loaded.run('generateGrids');
  expect(again).toMatchObject({ ok: true, done: 4, total: 4 });
  expect(visibleState(loaded)).toEqual(before);
});

test('a second run makes no Drive call and does not rebuild any grid', () => {
  const loaded = cohortWorkbook();
  loaded.run('generateGrids');
  loaded.emulator.calls.reset();
  loaded.run('generateGrids');
  const methods = loaded.emulator.calls.byMethod();
  expect(loaded.emulator.calls.count('drive')).toBe(0);
  expect(Object.keys(methods).filter((m) => /insertSheet|deleteSheet/.test(m))).toEqual([]);
});

describe('adding an activity and an apprentice, then re-running', () => {
  const loaded = cohortWorkbook();
  const ss = loaded.emulator.spreadsheet;
  loaded.run('generateGrids');
  const need = loaded.run('recordNeed', NEED, 'sidebar');
  tick(loaded, TAB_OF.E01, '4.2', 'AR');
  tick(loaded, TAB_OF.E01, '1.1', 'Octobre');
  const before = ss.peek(TAB_OF.E01)!.values;

  // The manager adds a sub-activity to group 4 (at the end of the tab) and a new apprentice.
  writeRows(ss.getSheetByName('Référentiel')!, ['Code groupe', 'Groupe', 'Code activité', 'Activité'], [['G04', 'Raccorder les appareillages', '4.4', 'Raccorder un volet roulant']]);
  writeRows(ss.getSheetByName('Alternants')!, ['ID', 'Nom', 'Prénom', 'Email', 'Tuteur email', 'Formateur email', 'Statut'], [['E05', 'Benali', 'Yanis', 'yanis.benali@eleve.test', 'tuteur@volt.test', 'anne.moreau@cfa-lyon.test', 'en formation']]);
  const result = loaded.run('generateGrids');
  const after = ss.peek(TAB_OF.E01)!.values;

  test('the need was recorded and shown in the grid before the re-run', () => {
    expect(need).toMatchObject({ ok: true });
    expect(cellOf(before, '4.2', 'Entreprise')).toBe('I');
  });

  test('every apprentice, the new one included, has a grid', () => {
    expect(result).toMatchObject({ ok: true, done: 5, total: 5 });
    expect(gridTabs(loaded)).toContain('E05 · Yanis BENALI');
  });

  test('the new activity appears in every grid, inside its group', () => {
    const codes = after.map((r) => r[0]);
    expect(codes.indexOf('4.4')).toBe(codes.indexOf('4.3') + 1);
    expect(rowOf(ss.peek('E05 · Yanis BENALI')!.values, '4.4')).toBeDefined();
  });

  test('the recorded code, its dates and precision are kept', () => {
    expect(cellOf(after, '4.2', 'Entreprise')).toBe('I');
    expect(cellOf(after, '4.2', 'Précision du besoin')).toBe(NEED.precision);
    expect(cellOf(after, '4.2', 'Identifié le')).toEqual(cellOf(before, '4.2', 'Identifié le'));
    expect(cellOf(after, '4.2', 'Échéance')).toEqual(cellOf(before, '4.2', 'Échéance'));
  });

  test('the ticked AR and period checkboxes are kept', () => {
    expect(cellOf(after, '4.2', 'AR')).toBe(true);
    expect(cellOf(after, '1.1', 'Octobre')).toBe(true);
    expect(cellOf(after, '4.2', 'AS')).toBe(false);
  });

  test('the new activity gets one resource folder; the new apprentice one shared deposit folder', () => {
    const folders = Object.values(loaded.emulator.drive.state.files).filter((f) => f.mimeType.endsWith('folder') && !f.trashed);
    expect(folders.filter((f) => f.name.includes('Raccorder un volet roulant'))).toHaveLength(1);
    const deposit = folders.filter((f) => f.name.startsWith('E05'));
    expect(deposit).toHaveLength(1);
    expect(deposit[0].permissions.map((p) => p.emailAddress)).toContain('yanis.benali@eleve.test');
  });

  test('a third run changes nothing', () => {
    const state = visibleState(loaded);
    loaded.run('generateGrids');
    expect(visibleState(loaded)).toEqual(state);
  });
});

test('an apprentice who becomes `sorti` keeps their grid, codes and ticks', () => {
  const loaded = cohortWorkbook();
  const ss = loaded.emulator.spreadsheet;
  loaded.run('generateGrids');
  loaded.run('recordNeed', { ...NEED, apprenticeId: 'E02' }, 'sidebar');
  tick(loaded, TAB_OF.E02, '4.2', 'AS');
  const roster = ss.getSheetByName('Alternants')!;
  const values = roster.getDataRange().getValues();
  const statusColumn = values[0].indexOf('Statut') + 1;
  const row = values.findIndex((r) => r[0] === 'E02') + 1;
  roster.getRange(row, statusColumn).setValue('sorti');
  expect(loaded.run('generateGrids')).toMatchObject({ ok: true, done: 4, total: 4 });
  const grid = ss.peek(TAB_OF.E02)!.values;
  expect(cellOf(grid, '4.2', 'Entreprise')).toBe('I');
  expect(cellOf(grid, '4.2', 'AS')).toBe(true);
  expect(grid.slice(0, tableHeaderRow(grid) - 1).flat()).toContain('sorti');
});

test('a renamed apprentice keeps one grid (renamed), with their codes and ticks', () => {
  const loaded = cohortWorkbook();
  const ss = loaded.emulator.spreadsheet;
  loaded.run('generateGrids');
  loaded.run('recordNeed', NEED, 'sidebar');
  tick(loaded, TAB_OF.E01, '4.2', 'AR');
  const roster = ss.getSheetByName('Alternants')!;
  const values = roster.getDataRange().getValues();
  roster.getRange(values.findIndex((r) => r[0] === 'E01') + 1, values[0].indexOf('Nom') + 1).setValue('Lefèvre-Martin');
  loaded.run('generateGrids');
  expect(gridTabs(loaded).filter((n) => n.startsWith('E01 '))).toEqual(['E01 · Chloé LEFÈVRE-MARTIN']);
  const grid = ss.peek('E01 · Chloé LEFÈVRE-MARTIN')!.values;
  expect(cellOf(grid, '4.2', 'Entreprise')).toBe('I');
  expect(cellOf(grid, '4.2', 'AR')).toBe(true);
});

test('recording a need, then re-running generateGrids, rebuilds no grid: tabs keep their ids and show the need', () => {
  const loaded = cohortWorkbook();
  loaded.run('generateGrids');
  const ids = () => loaded.emulator.spreadsheet.getSheets().map((sheet) => `${sheet.getName()}#${sheet.getSheetId()}`);
  const before = ids();
  expect(loaded.run('recordNeed', NEED, 'sidebar').ok).toBe(true);
  const afterRecording = visibleState(loaded);
  loaded.emulator.calls.reset();
  expect(loaded.run('generateGrids')).toMatchObject({ ok: true, done: 4, total: 4 });
  expect(loaded.emulator.calls.byMethod('spreadsheet')['Spreadsheet.insertSheet'] ?? 0).toBe(0);
  expect(ids()).toEqual(before);
  expect(visibleState(loaded)).toEqual(afterRecording);
  const tab = gridTabs(loaded).find((name) => name.startsWith('E01'))!;
  expect(cellOf(loaded.emulator.spreadsheet.peek(tab)!.values, '4.2', 'Entreprise')).toBe('I');
});
