/**
 * « Générer les grilles » on a realistic cohort (CAP Électricien): one individual grid per apprentice exactly as
 * SPEC §3 describes, the Drive folders created and shared, the links written back to the configuration tabs.
 */
import { ACTIVITY_COUNT, cohortWorkbook, GROUP_COUNT, TAB_OF, tableHeaderRow, gridTabs, referentialRows } from './grids-cohort';

const GRID_HEADERS = ['Code', 'Activité', 'AR', 'AS', 'Entreprise', 'Formateur', 'Alternant', 'Identifié le', 'Échéance', 'Précision du besoin', 'Évalué le', 'Dépôt', 'QCM', 'Matières'];
const PERIODS = ['Septembre', 'Octobre', 'Novembre'];

const loaded = cohortWorkbook();
const { emulator } = loaded;
const result = loaded.run('generateGrids');
const ss = emulator.spreadsheet;
const grid = ss.peek(TAB_OF.E01)!;
const headerRow = tableHeaderRow(grid.values); // 1-based
const col = (header: string) => (grid.values[headerRow - 1] as string[]).indexOf(header); // 0-based
const activityRows = () => grid.values.map((r, i) => ({ r, i })).filter(({ r, i }) => i >= headerRow && /^\d+\.\d+$/.test(String(r[0])));
const groupRows = () => grid.values.map((r, i) => ({ r, i })).filter(({ r, i }) => i >= headerRow && /^G\d+$/.test(String(r[0])));
const folderOf = (url: string | null) => emulator.drive.get(String(url).replace(/^.*\/folders\//, ''));

test('it answers {ok, done, total} with every apprentice done, a sorti and a suspendu one included', () => {
  expect(result).toMatchObject({ ok: true, done: 4, total: 4 });
});

test('one tab per apprentice, named `<ID> · <Prénom> <NOM>`', () => {
  expect(gridTabs(loaded).sort()).toEqual(Object.values(TAB_OF).sort());
});

test('the header block names the apprentice, company, tutor, trainer and programme', () => {
  const block = grid.values.slice(0, headerRow - 1).flat().map(String).join(' | ');
  for (const text of ['Chloé', 'LEFÈVRE', 'Élec Rhône SARL', 'Paul', 'BERNARD', 'Anne', 'MOREAU', 'CAP Électricien']) expect(block).toContain(text);
});

test('the table headers are exactly those of SPEC §3, in order, then one column per period', () => {
  const headers = (grid.values[headerRow - 1] as string[]).filter((h) => h !== '');
  expect(headers).toEqual([...GRID_HEADERS, ...PERIODS]);
});

test('one row per group, then one row per sub-activity, in the referential order', () => {
  expect(groupRows()).toHaveLength(GROUP_COUNT);
  expect(activityRows()).toHaveLength(ACTIVITY_COUNT);
  const expected = referentialRows().map((r) => [r[2], r[3]]);
  expect(activityRows().map(({ r }) => [r[0], r[1]])).toEqual(expected);
  // Each group row comes right before its first activity.
  const first = grid.values[headerRow];
  expect(first[0]).toBe('G01');
  expect(first[1]).toBe('Préparer le chantier');
  expect(grid.values[headerRow + 1][0]).toBe('1.1');
});

test('Activité is a rich-text link to the activity’s own resource folder', () => {
  for (const { r, i } of activityRows()) {
    const folder = folderOf(grid.links[i][col('Activité')]);
    expect(folder?.mimeType).toBe('application/vnd.google-apps.folder');
    expect(folder?.name).toContain(String(r[1]));
    expect(grid.formulas[i][col('Activité')]).toBe(''); // a link in rich text, not a HYPERLINK formula
  }
});

test('Dépôt links to the apprentice’s deposit folder, QCM to the questionnaire', () => {
  for (const { i } of activityRows()) {
    const deposit = folderOf(grid.links[i][col('Dépôt')]);
    expect(deposit?.name).toMatch(/^E01\b|Chloé|LEFÈVRE/);
    expect(grid.links[i][col('QCM')]).toBeTruthy();
  }
});

test('AR, AS and the period columns are checkboxes on activity rows only', () => {
  for (const { i } of activityRows()) {
    for (const header of ['AR', 'AS', ...PERIODS]) {
      expect(grid.validations[i][col(header)]?.type).toBe('CHECKBOX');
      expect(grid.values[i][col(header)]).toBe(false);
    }
  }
  for (const { i } of groupRows()) expect(grid.validations[i][col('AR')]).toBeNull();
});

test('actor columns offer a strict dropdown of I, A, EC, R', () => {
  for (const { i } of activityRows()) {
    for (const actor of ['Entreprise', 'Formateur', 'Alternant']) {
      const v = grid.validations[i][col(actor)];
      expect(v?.type).toBe('VALUE_IN_LIST');
      expect([...(v!.values[0] as string[])].sort()).toEqual(['A', 'EC', 'I', 'R']);
      expect(v?.allowInvalid).toBe(false);
    }
  }
});

test('each code has its own colour in the actor columns (conditional formatting over the whole table)', () => {
  const rules = grid.conditionalRules.filter((r) => r.type === 'TEXT_EQUAL_TO');
  const byCode = new Map(rules.map((r) => [String(r.values[0]), r]));
  expect([...byCode.keys()].sort()).toEqual(['A', 'EC', 'I', 'R']);
  const colours = new Set(rules.map((r) => r.background));
  expect(colours.size).toBe(4);
  const last = headerRow + GROUP_COUNT + ACTIVITY_COUNT;
  for (const rule of rules) expect(rule.ranges).toEqual([`'${TAB_OF.E01}'!E${headerRow + 1}:G${last}`]);
});

test('the rows above the table are frozen, so the headers stay visible', () => {
  expect(grid.frozenRows).toBe(headerRow);
});

test('one collapsible row group per activity group, spanning its sub-activities', () => {
  expect(grid.rowGroups).toHaveLength(GROUP_COUNT);
  for (const { i } of groupRows()) {
    const start = i + 2; // 1-based row of the first sub-activity
    const g = grid.rowGroups.find((x) => x.start === start);
    expect(g).toBeDefined();
    const size = activityRows().filter(({ r }) => String(r[0]).split('.')[0] === String(grid.values[i][0]).replace(/^G0?/, '')).length;
    expect(g!.end - g!.start + 1).toBe(size);
  }
});

test('the headers are protected', () => {
  const protection = grid.protections.find((p) => p.type === 'RANGE');
  expect(protection).toBeDefined();
  expect(protection!.range).toMatch(new RegExp(`^A1:[A-Z]+${headerRow}$`));
});

test('Matières names the linked subjects and their objective', () => {
  const row = activityRows().find(({ r }) => r[0] === '3.1')!;
  expect(String(row.r[col('Matières')])).toContain('Mathématiques');
  expect(String(row.r[col('Matières')])).toContain('Calculer une section de câble');
});

describe('Drive', () => {
  const files = Object.values(emulator.drive.state.files).filter((f) => !f.trashed);
  const folders = files.filter((f) => f.mimeType === 'application/vnd.google-apps.folder');

  test('one root folder for the cohort, in My Drive', () => {
    const roots = emulator.drive.children(emulator.drive.rootId);
    expect(roots).toHaveLength(1);
    expect(roots[0].name).toContain('CAP Électricien');
  });

  test('one resource folder per activity and one deposit folder per apprentice, nothing duplicated', () => {
    const names = folders.map((f) => f.name);
    for (const [, , code, label] of referentialRows()) expect(names.filter((n) => n.includes(String(code)) && n.includes(String(label)))).toHaveLength(1);
    expect(new Set(names).size).toBe(names.length);
    const deposits = Object.keys(TAB_OF).map((id) => folders.filter((f) => f.name.startsWith(id)));
    deposits.forEach((d) => expect(d).toHaveLength(1));
  });

  test('each deposit folder is shared with its apprentice and trainers, without Drive’s notification email', () => {
    const deposit = (id: string) => folders.find((f) => f.name.startsWith(id))!;
    const writers = (id: string) => deposit(id).permissions.filter((p) => p.role !== 'owner').map((p) => p.emailAddress).sort();
    expect(writers('E01')).toEqual(['anne.moreau@cfa-lyon.test', 'chloe.lefevre@eleve.test']);
    expect(writers('E02')).toEqual(['anne.moreau@cfa-lyon.test', 'karim.haddad@cfa-lyon.test', 'mamadou.diallo@eleve.test']);
    for (const f of folders) for (const p of f.permissions.filter((x) => x.role !== 'owner')) expect(p.notificationEmailRequested).toBe(false);
    // The tutor has no access to the deposit folder (SPEC §1: the tutor works by email).
    expect(writers('E01')).not.toContain('paul.bernard@elec-rhone.test');
  });
});

describe('links written back to the configuration tabs', () => {
  test('Référentiel.Ressources links each activity to its resource folder', () => {
    const ref = ss.peek('Référentiel')!;
    const c = (ref.values[0] as string[]).indexOf('Ressources');
    const code = (ref.values[0] as string[]).indexOf('Code activité');
    for (let i = 1; i <= ACTIVITY_COUNT; i++) {
      const folder = folderOf(ref.links[i][c]);
      expect(folder?.name).toContain(String(ref.values[i][code]));
      expect(String(ref.values[i][c])).not.toBe('');
    }
  });

  test('Alternants.Onglet links to the grid tab and Alternants.Dépôt to the deposit folder', () => {
    const roster = ss.peek('Alternants')!;
    const header = roster.values[0] as string[];
    for (let i = 1; i <= 4; i++) {
      const id = String(roster.values[i][header.indexOf('ID')]) as keyof typeof TAB_OF;
      const tab = ss.getSheetByName(TAB_OF[id])!;
      expect(roster.links[i][header.indexOf('Onglet')]).toMatch(new RegExp(`#gid=${tab.getSheetId()}$`));
      expect(folderOf(roster.links[i][header.indexOf('Dépôt')])?.name.startsWith(id)).toBe(true);
    }
  });

  test('Formation.Dossier Drive links to the root folder', () => {
    const settings = ss.peek('Formation')!;
    const row = settings.values.findIndex((r) => r[0] === 'Dossier Drive');
    expect(folderOf(settings.links[row][1])?.parents).toEqual([emulator.drive.rootId]);
  });
});

test('the user is told the result in French', () => {
  const last = emulator.ui.state.alerts.at(-1);
  expect(last?.prompt).toMatch(/4 grille\(s\) sur 4/);
});
