/**
 * The main flow on emulators that differ from ours in documented-but-subtle ways: setValues that stores strings as
 * given, Dates of the script's own realm, blank rows under getDataRange, optional cosmetic methods that throw.
 * setup → generateGrids → recordNeed → grid row and journal → rebuildSynoptic → buildImpact → exportToPartners.
 */
import type { EmulatorOptions } from '../../emulator';
import { anyDay, EVALUATION, gradedCohort, NEED, type Graded } from './spec-support';

const COSMETIC = [
  'Sheet.setRowGroupControlPosition',
  'Range.shiftRowGroupDepth',
  'Range.protect',
  'Sheet.protect',
  'Sheet.setConditionalFormatRules',
  'Sheet.setColumnWidths',
  'Sheet.setColumnWidth',
  'Range.setNotes',
  'Range.setNote',
  'Sheet.setFrozenRows',
  'Sheet.setFrozenColumns',
  'Sheet.setTabColor',
];

const VARIANTS: [string, EmulatorOptions][] = [
  ['Google-like (ours)', {}],
  ['setValues keeps strings as given', { parseStringsOnWrite: false }],
  ['Dates of the vm realm', { dateRealm: 'context' }],
  ['getDataRange with trailing blank rows', { dataRangeExtraRows: 7 }],
  ['optional cosmetic methods throw', { failingMethods: COSMETIC }],
  ['all of them together', { parseStringsOnWrite: false, dateRealm: 'context', dataRangeExtraRows: 3, failingMethods: COSMETIC }],
  ['another spreadsheet time zone', { timeZone: 'America/Montreal', scriptTimeZone: 'Europe/Paris' }],
];

describe.each(VARIANTS)('main flow — %s', (_, options) => {
  let g: Graded;
  beforeAll(() => {
    g = gradedCohort({}, options);
  });

  test('grids exist for every apprentice', () => {
    for (const id of ['101', '102', 'B-07', 'B-08']) expect(g.gridTab(id)).toBeTruthy();
    expect(g.run('generateGrids')).toMatchObject({ ok: true, done: 4, total: 4 });
  });

  test('recordNeed → journal row and grid row right, one email', () => {
    const r = g.sidebar('recordNeed', NEED);
    expect(r).toMatchObject({ ok: true, notification: 'envoyée' });
    const e = g.journal()[0];
    expect(String(e.ID).replace(/^'/, '')).toBe('101');
    expect(String(e['Événement']).replace(/^'/, '')).toBe(r.eventId);
    expect(anyDay(e['Identifié le'])).toBe('2026-11-16');
    expect(anyDay(e['Échéance'])).toBe('2026-11-27');
    expect(g.gridRow('101', 'N2.1')).toMatchObject({ Entreprise: 'I', 'Identifié le': '2026-11-16', 'Échéance': '2026-11-27', 'Précision du besoin': NEED.precision });
    expect(g.emulator.mail.outbox).toHaveLength(1);
  });

  test('a second need, an evaluation and a need for another apprentice', () => {
    expect(g.sidebar('recordEvaluation', EVALUATION)).toMatchObject({ ok: true });
    expect(g.sidebar('recordNeed', { ...NEED, apprenticeId: '102', activityCode: 'N1.1', precision: '-10 % sur les salons : =prévoir 2 jours' })).toMatchObject({ ok: true });
    expect(g.sidebar('recordEvaluation', { apprenticeId: 'B-07', activityCode: 'N1.1', actor: 'Formateur', code: 'A', evaluatedOn: '2026-11-17' })).toMatchObject({ ok: true });
    expect(g.gridRow('102', 'N1.1')).toMatchObject({ Entreprise: 'I', 'Précision du besoin': '-10 % sur les salons : =prévoir 2 jours' });
    expect(g.gridRow('101', 'N2.1')).toMatchObject({ Entreprise: 'I', Formateur: 'EC', 'Évalué le': '2026-11-18' });
    expect(g.journal()).toHaveLength(4);
  });

  test('generateGrids again keeps every recorded code', () => {
    expect(g.run('generateGrids')).toMatchObject({ ok: true });
    expect(g.gridRow('101', 'N2.1')).toMatchObject({ Entreprise: 'I', Formateur: 'EC', 'Identifié le': '2026-11-16' });
    expect(g.gridRow('102', 'N1.1')).toMatchObject({ Entreprise: 'I', 'Précision du besoin': '-10 % sur les salons : =prévoir 2 jours' });
  });

  test('rebuildSynoptic counts the open needs and pairs the helper', () => {
    const r = g.run('rebuildSynoptic');
    expect(r).toMatchObject({ ok: true, apprentices: 4, activities: 6, openNeeds: 1 });
    const text = JSON.stringify(g.values('Synoptique'));
    expect(text).toContain('Mises en relation');
    expect(text).toContain('DA COSTA');
  });

  test('buildImpact counts the needs per category', () => {
    const r = g.run('buildImpact');
    expect(r).toMatchObject({ ok: true, participants: expect.any(Number), labelReached: expect.any(Boolean) });
    const needs = g.values('Impact — besoins');
    expect(needs.length).toBeGreaterThanOrEqual(3); // header + 2 needs
  });

  test('a code typed in a grid is put back and remembered; the hourly job reminds the overdue need once', () => {
    const tab = g.gridTab('102');
    const v = g.values(tab);
    const h = v.findIndex((r) => r[0] === 'Code' && r[1] === 'Activité');
    const row = v.findIndex((r, i) => i > h && r[0] === 'N3.2') + 1;
    const edit = g.emulator.spreadsheet.userEdit(tab, row, (v[h] as string[]).indexOf('Formateur') + 1, [['A']]);
    if (!edit.ok) throw new Error(edit.message);
    g.run('onEdit', edit.event, 'simple');
    expect(g.gridRow('102', 'N3.2').Formateur).toBe('');
    expect(g.sidebar('getPendingEntry').pending).toMatchObject({ apprenticeId: '102', activityCode: 'N3.2', code: 'A' });
    g.emulator.mail.outbox.length = 0;
    g.emulator.clock.set(new Date('2026-11-28T10:00:00Z'));
    expect(g.run('runScheduledJobs', undefined, 'trigger')).toMatchObject({ ok: true });
    g.emulator.clock.set(new Date('2026-11-28T11:00:00Z'));
    g.run('runScheduledJobs', undefined, 'trigger');
    // 102's N1.1 need (due 27/11) is overdue; 101's N2.1 need was evaluated (EC) since: not open.
    const reminders = g.emulator.mail.outbox.filter((m) => /retard|dépassée|échéance/i.test(m.subject));
    expect(reminders).toHaveLength(1);
    expect(reminders[0].to).toContain('noe.ndiaye@etu.test');
    g.emulator.clock.set(new Date('2026-11-18T10:00:00Z'));
  });

  test('exportToPartners writes two pseudonymised CSV files and one email', () => {
    g.emulator.mail.outbox.length = 0;
    const r = g.run('exportToPartners');
    expect(r).toMatchObject({ ok: true, recipients: ['region@financeur.test', 'opco@commerce.test'] });
    expect(r.files).toHaveLength(2);
    const csv = Object.values(g.emulator.drive.state.files as Record<string, any>).filter((f) => String(f.name).endsWith('.csv')).map((f) => f.content).join('\n');
    for (const t of ['Élodie', 'Lefèbvre', 'LEFÈBVRE', 'Agence Immo Côte', 'elodie.lefebvre', '06 10 20 30 40', "N'Diaye"]) expect(csv).not.toContain(t);
    expect(csv).toContain("'-10 % sur les salons");
    expect(g.emulator.mail.outbox).toHaveLength(1);
  });
});
