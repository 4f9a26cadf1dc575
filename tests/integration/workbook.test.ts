/**
 * « Configurer le classeur » (setupWorkbook) on the built bundle: the tabs of SPEC §3 with their exact headers,
 * explanatory notes, frozen header, dropdowns and date validation; it never overwrites data and is idempotent.
 */
import { SPEC_HEADERS as HEADERS } from '../support/spec-headers';
import { loadAddon } from '../../emulator/load-bundle';
import { cohortWorkbook, TODAY, visibleState } from './grids-cohort';


const SETTINGS = ['Formation', 'Niveau', 'Centre de formation', "Horizon d'imminence (jours)", 'Catégories', 'Seuil du label', 'Marge du label (%)', 'Emails partenaires', 'Fréquence des exports', 'Pseudonymiser les exports', 'Dossier Drive'];

function freshWorkbook() {
  const loaded = loadAddon({ now: TODAY, latency: false });
  const result = loaded.run('setupWorkbook');
  return { ...loaded, result, peek: (tab: string) => loaded.emulator.spreadsheet.peek(tab)! };
}

/** The validation of the first data cell under a header. */
function validationUnder(peek: ReturnType<ReturnType<typeof freshWorkbook>['peek']>, header: string, row = 2) {
  const column = (peek.values[0] as string[]).indexOf(header);
  return peek.validations[row - 1]?.[column] ?? null;
}

describe('setupWorkbook creates the workbook of SPEC §3', () => {
  const wb = freshWorkbook();

  test('it answers {ok:true} and names the tabs it created', () => {
    expect(wb.result.ok).toBe(true);
    expect(wb.result.created).toEqual(expect.arrayContaining(Object.keys(HEADERS)));
  });

  test.each(Object.entries(HEADERS))('« %s » has its exact headers in row 1, in order', (tab, headers) => {
    const row1 = wb.peek(tab).values[0].map(String);
    expect(row1.slice(0, headers.length)).toEqual(headers);
  });

  test.each(Object.keys(HEADERS))('every header of « %s » carries a French note explaining the column, and the header row is frozen', (tab) => {
    const peek = wb.peek(tab);
    HEADERS[tab].forEach((_, column) => expect(peek.notes[0][column].length).toBeGreaterThan(10));
    expect(peek.frozenRows).toBe(1);
  });

  test('Formation lists every setting with its default', () => {
    const rows = wb.peek('Formation').values.slice(1);
    const value = (key: string) => rows.find((r) => r[0] === key)?.[1];
    expect(rows.map((r) => r[0]).filter(Boolean)).toEqual(SETTINGS);
    expect(value("Horizon d'imminence (jours)")).toBe(21);
    expect(value('Catégories')).toBe("Qualité de l'alternance;Théâtre;Mobilité;Sport;Recherche de contrat");
    expect(value('Seuil du label')).toBe(3);
    expect(value('Marge du label (%)')).toBe(10);
    expect(value('Fréquence des exports')).toBe('aucune');
    expect(value('Pseudonymiser les exports')).toBe('oui');
  });

  test('Fréquence des exports and Pseudonymiser les exports are dropdowns', () => {
    const peek = wb.peek('Formation');
    const rowOf = (key: string) => peek.values.findIndex((r) => r[0] === key);
    const frequency = peek.validations[rowOf('Fréquence des exports')][1];
    expect(frequency).toMatchObject({ type: 'VALUE_IN_LIST' });
    expect(frequency!.values[0]).toEqual(['aucune', 'hebdomadaire', 'mensuelle']);
    const pseudo = peek.validations[rowOf('Pseudonymiser les exports')][1];
    expect(pseudo!.values[0]).toEqual(['oui', 'non']);
  });

  test('Statut is a dropdown of en formation, suspendu, sorti', () => {
    const v = validationUnder(wb.peek('Alternants'), 'Statut');
    expect(v).toMatchObject({ type: 'VALUE_IN_LIST' });
    expect(v!.values[0]).toEqual(['en formation', 'suspendu', 'sorti']);
  });

  test.each(['Rupture', 'Contrat obtenu', 'Réussite examen', 'Insertion à 6 mois'])('Indicateurs.%s is an oui/non dropdown', (header) => {
    const v = validationUnder(wb.peek('Indicateurs'), header, 5);
    expect(v).toMatchObject({ type: 'VALUE_IN_LIST' });
    expect(v!.values[0]).toEqual(['oui', 'non']);
  });

  test.each([
    ['Périodes', 'Début'],
    ['Périodes', 'Fin'],
    ['Indicateurs', 'Date de rupture'],
  ])('%s.%s only takes dates, shown dd/mm/yyyy', (tab, header) => {
    const peek = wb.peek(tab);
    const v = validationUnder(peek, header, 3);
    expect(v?.type).toMatch(/^DATE_/);
    const column = (peek.values[0] as string[]).indexOf(header);
    expect(peek.numberFormats[2][column]).toBe('dd/mm/yyyy');
  });

  test('a user cannot type a non-date in Périodes.Début (strict validation)', () => {
    const edit = wb.emulator.spreadsheet.userEdit('Périodes', 2, 2, [['bientôt']]);
    expect(edit.ok).toBe(false);
    expect(wb.emulator.spreadsheet.userEdit('Périodes', 2, 2, [['02/09/2026']]).ok).toBe(true);
  });

  test('IDs and activity codes are kept as typed text (007 stays 007, 1.10 stays 1.10)', () => {
    expect(wb.emulator.spreadsheet.userEdit('Alternants', 2, 1, [['007']]).ok).toBe(true);
    expect(wb.peek('Alternants').values[1][0]).toBe('007');
    expect(wb.emulator.spreadsheet.userEdit('Référentiel', 2, 3, [['1.10']]).ok).toBe(true);
    expect(wb.peek('Référentiel').values[1][2]).toBe('1.10');
  });

  test('no sample apprentice or activity is written (it would receive emails)', () => {
    const fresh = freshWorkbook();
    expect(fresh.peek('Alternants').lastRow).toBe(1);
    expect(fresh.peek('Référentiel').lastRow).toBe(1);
  });
});

describe('setupWorkbook never overwrites data', () => {
  test('on a filled workbook, a second run changes nothing at all', () => {
    const loaded = cohortWorkbook();
    loaded.run('generateGrids');
    const before = visibleState(loaded);
    const again = loaded.run('setupWorkbook');
    expect(again).toMatchObject({ ok: true, created: [] });
    expect(visibleState(loaded)).toEqual(before);
  });

  test('it is idempotent on an empty workbook', () => {
    const wb = freshWorkbook();
    const before = visibleState(wb);
    expect(wb.run('setupWorkbook')).toMatchObject({ ok: true, created: [] });
    expect(visibleState(wb)).toEqual(before);
  });

  test('a deleted tab is recreated and the others are left as they are', () => {
    const loaded = cohortWorkbook();
    const ss = loaded.emulator.spreadsheet;
    ss.deleteSheet(ss.getSheetByName('Matières')!);
    const roster = ss.peek('Alternants')!;
    const result = loaded.run('setupWorkbook');
    expect(result.created).toEqual(['Matières']);
    expect(ss.peek('Matières')!.values[0].slice(0, 3)).toEqual(HEADERS.Matières);
    expect(ss.peek('Alternants')!).toEqual(roster);
  });
});
