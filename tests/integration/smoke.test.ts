/**
 * Smoke test of the deployed artifact: every SPEC §5 global is a top-level function of the built Code.js and really
 * runs in a bare Apps Script-like context (catches the empty global stubs a production webpack build can emit).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../../emulator/load-bundle';
import { cohortWorkbook, TAB_OF, tableHeaderRow } from './grids-cohort';

const SPEC_GLOBALS = [
  'onInstall', 'onOpen', 'onEdit', 'openSidebar', 'setupWorkbook', 'generateGrids', 'getSidebarState', 'recordNeed',
  'recordEvaluation', 'getPendingEntry', 'rebuildSynoptic', 'buildImpact', 'exportToPartners', 'scheduleJobs', 'runScheduledJobs',
];

const code = readFileSync(join(DIST, 'Code.js'), 'utf8');

describe('the built bundle exposes the public surface of SPEC §5', () => {
  test.each(SPEC_GLOBALS)('%s is declared as a top-level function of Code.js and is not an empty stub once loaded', (name) => {
    // Apps Script lists the functions declared at the top level; the bundle then binds them to the real code.
    expect(code).toMatch(new RegExp(`(^|[;}\\s])function ${name}\\(`));
    const { addon } = cohortWorkbook();
    expect(addon[name].toString().replace(/\\s/g, '')).not.toMatch(/^function\\w*\\([^)]*\\)\\{\\}$/);
  });

  test('loading the bundle needs no require, module or process and runs nothing that needs authorization', () => {
    const { emulator, addon } = cohortWorkbook();
    for (const name of SPEC_GLOBALS) expect(typeof addon[name]).toBe('function');
    expect(emulator.drive.tree()).toBe(''); // nothing happened at load time beyond the fixture
  });
});

describe('the menu (SPEC §4.1)', () => {
  const expected: [RegExp, string][] = [
    [/panneau|saisie/i, 'openSidebar'],
    [/configurer/i, 'setupWorkbook'],
    [/grilles/i, 'generateGrids'],
    [/synoptique/i, 'rebuildSynoptic'],
    [/impact/i, 'buildImpact'],
    [/export/i, 'exportToPartners'],
    [/programmer/i, 'scheduleJobs'],
    [/compléter|en attente/i, 'openPendingDialog'],
  ];

  test('onOpen builds the add-on menu with every item, each calling a real global', () => {
    const { emulator, run, addon } = cohortWorkbook();
    run('onOpen', { authMode: 'LIMITED' }, 'simple');
    const menus = emulator.ui.state.menus;
    expect(menus).toHaveLength(1);
    expect(menus[0].addon).toBe(true);
    const items = emulator.ui.menuItems();
    for (const [caption, functionName] of expected) {
      const item = items.find((i) => i.functionName === functionName);
      expect(item).toBeDefined();
      expect(item!.caption).toMatch(caption);
    }
    for (const item of items) expect(typeof addon[item.functionName]).toBe('function');
  });

  test('onInstall builds the same menu as onOpen', () => {
    const a = cohortWorkbook();
    a.run('onInstall', { authMode: 'FULL' });
    const b = cohortWorkbook();
    b.run('onOpen', { authMode: 'LIMITED' }, 'simple');
    expect(a.emulator.ui.menuItems()).toEqual(b.emulator.ui.menuItems());
    expect(a.emulator.ui.menuItems().length).toBeGreaterThanOrEqual(8);
  });

  test('onOpen makes no call that needs authorization (no Drive, mail, properties or spreadsheet data)', () => {
    const { emulator, run } = cohortWorkbook();
    emulator.calls.reset();
    run('onOpen', { authMode: 'NONE' }, 'simple');
    const services = Object.keys(emulator.calls.byService());
    expect(services.filter((s) => !['ui', 'spreadsheet'].includes(s))).toEqual([]);
  });
});

describe('every global really runs and answers its documented shape', () => {
  const loaded = cohortWorkbook();
  const { emulator, run } = loaded;

  test('setupWorkbook and generateGrids', () => {
    expect(run('setupWorkbook')).toMatchObject({ ok: true });
    const grids = run('generateGrids');
    expect(grids).toMatchObject({ ok: true, done: 4, total: 4 });
  });

  test('openSidebar shows the sidebar', () => {
    run('openSidebar');
    expect(emulator.ui.state.sidebar).not.toBeNull();
    expect(emulator.ui.state.sidebar!.content.length).toBeGreaterThan(100);
  });

  test('getSidebarState lists apprentices, activities, actors, codes, horizon and pending entry', () => {
    const state = run('getSidebarState', undefined, 'sidebar');
    expect(state.ok).toBe(true);
    expect(state.apprentices).toEqual(expect.arrayContaining([expect.objectContaining({ id: 'E01', name: expect.stringContaining('Chloé') })]));
    expect(state.activities[0]).toEqual(expect.objectContaining({ code: '1.1', label: 'Lire un plan électrique', group: expect.any(String), category: 'Mobilité', mcq: ['Observer', 'Faire avec le tuteur', 'Faire seul'] }));
    expect(state.actors).toEqual(['Entreprise', 'Formateur', 'Alternant']);
    expect(state.codes).toEqual(expect.arrayContaining(['I', 'A', 'EC', 'R']));
    expect(state.horizonDays).toBe(21);
    expect(state.pending).toBeNull();
  });

  test('recordNeed and recordEvaluation answer {ok, eventId, notification}', () => {
    const need = run('recordNeed', { apprenticeId: 'E01', activityCode: '1.1', actor: 'Entreprise', identifiedOn: '2026-11-18', dueOn: '2026-11-30', precision: 'Chantier école lundi : plan du RDC' }, 'sidebar');
    expect(need).toEqual(expect.objectContaining({ ok: true, eventId: expect.any(String), notification: expect.any(String) }));
    const evaluation = run('recordEvaluation', { apprenticeId: 'E02', activityCode: '4.1', actor: 'Formateur', code: 'EC', evaluatedOn: '2026-11-19' }, 'sidebar');
    expect(evaluation).toEqual(expect.objectContaining({ ok: true, eventId: expect.any(String), notification: expect.any(String) }));
  });

  test('onEdit runs as a simple trigger on a typed code, and getPendingEntry then returns it', () => {
    const values = emulator.spreadsheet.peek(TAB_OF.E02)!.values;
    const row = values.findIndex((r) => r[0] === '2.1') + 1;
    const column = values[tableHeaderRow(values) - 1].indexOf('Alternant') + 1;
    const edit = emulator.spreadsheet.userEdit(TAB_OF.E02, row, column, [['I']]);
    expect(edit.ok).toBe(true);
    if (!edit.ok) return;
    expect(() => run('onEdit', edit.event, 'simple')).not.toThrow();
    const pending = run('getPendingEntry', undefined, 'sidebar');
    expect(pending.ok).toBe(true);
    expect(pending.pending).toEqual(expect.objectContaining({ apprenticeId: 'E02', activityCode: '2.1', code: 'I' }));
  });

  test('rebuildSynoptic answers {ok, apprentices, activities, openNeeds}', () => {
    expect(run('rebuildSynoptic')).toEqual(expect.objectContaining({ ok: true, apprentices: expect.any(Number), activities: expect.any(Number), openNeeds: expect.any(Number) }));
  });

  test('buildImpact answers {ok, participants, labelReached}', () => {
    expect(run('buildImpact')).toEqual(expect.objectContaining({ ok: true, participants: expect.any(Number), labelReached: expect.any(Boolean) }));
  });

  test('exportToPartners answers {ok, files, recipients}', () => {
    const result = run('exportToPartners');
    expect(result).toEqual(expect.objectContaining({ ok: true, files: expect.any(Array), recipients: ['region@partenaire.test'] }));
  });

  test('scheduleJobs installs one hourly trigger, once', () => {
    expect(run('scheduleJobs')).toMatchObject({ ok: true });
    expect(run('scheduleJobs')).toMatchObject({ ok: true });
    const handlers = emulator.triggers.state.triggers.map((t: { handler: string }) => t.handler);
    expect(handlers.filter((h: string) => h === 'runScheduledJobs')).toHaveLength(1);
  });

  test('runScheduledJobs runs as a time-driven trigger (no UI) without throwing', () => {
    expect(() => run('runScheduledJobs', { triggerUid: '1' }, 'trigger')).not.toThrow();
  });
});
