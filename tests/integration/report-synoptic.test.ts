/**
 * « Reconstruire le synoptique » on a hand-checked cohort (SPEC §3 Synoptique): one row per apprentice, one column
 * per activity, the status rule, overdue needs flagged, totals, apprentices who left apart, colours of the grids, and
 * the Mises en relation; then the projection's purity and its call budget at cohort scale.
 */
import { CODE_COLOURS } from '../../src/domain/codes';
import { fillWorkbook, syntheticCohort, writeSyntheticJournal } from '../../fixtures/cohort';
import { loadAddon } from '../../emulator/load-bundle';
import { at, openCohort, spreadsheetDataCalls, type Cohort } from './report-support';

const TAB = 'Synoptique';
const ACTIVITIES = ['G1.1', 'G1.2', 'G2.1', 'G2.2'];
const TOTALS = ['Besoins ouverts', 'En retard', 'A', 'EC', 'R'];

/**
 * Léa (A1): need on G1.1 due 30/10, never evaluated → overdue on 05/11; G1.2 EC then A → A; G2.1 A.
 * Hugo (A2): G1.1 A; need on G2.1 due 12/11 → open. Inès (A3): G1.1 R; need on G1.2 answered by EC → EC.
 * Yanis (A4): G1.1 R, then he leaves (`sorti`).
 */
function hugoLeaInesYanis(): Cohort {
  const c = openCohort();
  c.need('A1', 'G1.1', '2026-10-20', '2026-10-30', 'Buffet froid de 80 couverts le 30 octobre.');
  c.evaluation('A2', 'G1.1', 'A', '2026-10-21');
  c.evaluation('A3', 'G1.1', 'R', '2026-10-22');
  c.evaluation('A4', 'G1.1', 'R', '2026-10-22');
  c.need('A3', 'G1.2', '2026-10-22', '2026-11-10', 'Cuisson basse température.');
  c.evaluation('A1', 'G1.2', 'EC', '2026-10-23');
  c.evaluation('A1', 'G2.1', 'A', '2026-10-23');
  c.evaluation('A3', 'G1.2', 'EC', '2026-10-25');
  c.evaluation('A1', 'G1.2', 'A', '2026-10-26');
  c.need('A2', 'G2.1', '2026-11-02', '2026-11-12', 'Service du banquet de mariage.');
  c.setCell('Alternants', 5, 'Statut', 'sorti');
  c.emulator.clock.set(at('2026-11-05'));
  return c;
}

describe('the synoptic shows where every apprentice stands', () => {
  let c: Cohort;
  let result: any;
  let values: unknown[][];
  let backgrounds: string[][];
  beforeAll(() => {
    c = hugoLeaInesYanis();
    result = c.run('rebuildSynoptic');
    const peek = c.emulator.spreadsheet.peek(TAB)!;
    values = peek.values as unknown[][];
    backgrounds = peek.backgrounds;
  });
  const header = () => values.findIndex((row) => row[0] === 'ID' && row[1] === 'Alternant');
  const columnOf = (label: string) => values[header()].indexOf(label);
  const rowOf = (id: string) => values.findIndex((row) => row[0] === id);
  const cells = (id: string, labels: string[]) => labels.map((l) => values[rowOf(id)][columnOf(l)]);
  const colours = (id: string, labels: string[]) => labels.map((l) => backgrounds[rowOf(id)][columnOf(l)]);

  it('returns the counts of the cohort', () => {
    expect(result).toMatchObject({ ok: true, apprentices: 4, activities: 4, openNeeds: 2 });
  });

  it('has one column per activity, under its group band, then the totals', () => {
    expect(values[header()]).toEqual(['ID', 'Alternant', 'Entreprise', ...ACTIVITIES, ...TOTALS]);
    const band = values[header() - 1];
    expect(band.slice(3, 7)).toEqual(['G1 · Cuisine', '', 'G2 · Salle', '']);
  });

  it('an open need shows I, otherwise the latest evaluation; an overdue need is flagged', () => {
    expect(cells('A1', ACTIVITIES)).toEqual(['I !', 'A', 'A', '']);
    expect(cells('A2', ACTIVITIES)).toEqual(['A', '', 'I', '']);
    expect(cells('A3', ACTIVITIES)).toEqual(['R', 'EC', '', '']);
    expect(values[rowOf('A1')].slice(1, 3)).toEqual(['Léa MARTIN', 'Boulangerie Dupain']);
  });

  it('status cells are coloured like the grids', () => {
    expect(colours('A1', ACTIVITIES.slice(0, 3))).toEqual([CODE_COLOURS.I, CODE_COLOURS.A, CODE_COLOURS.A]);
    expect(colours('A2', ['G1.1', 'G2.1'])).toEqual([CODE_COLOURS.A, CODE_COLOURS.I]);
    expect(colours('A3', ['G1.1', 'G1.2'])).toEqual([CODE_COLOURS.R, CODE_COLOURS.EC]);
    expect(colours('A1', ['G2.2'])).toEqual(['#ffffff']);
  });

  it('counts open needs, overdue needs, A, EC and R per apprentice', () => {
    expect(cells('A1', TOTALS)).toEqual([1, 1, 2, 0, 0]);
    expect(cells('A2', TOTALS)).toEqual([1, 0, 1, 0, 0]);
    expect(cells('A3', TOTALS)).toEqual([0, 0, 0, 1, 1]);
  });

  it('counts each status per activity, apprentices who left excluded', () => {
    const line = (label: string) => {
      const row = values.find((r) => r[1] === label)!;
      return ACTIVITIES.map((a) => row[columnOf(a)]);
    };
    expect(line('Besoins ouverts (I) par activité')).toEqual([1, 0, 1, 0]);
    expect(line('Besoins en retard par activité')).toEqual([1, 0, 0, 0]);
    expect(line('Autonomes (A) par activité')).toEqual([1, 1, 1, 0]);
    expect(line("En cours d'acquisition (EC) par activité")).toEqual([0, 1, 0, 0]);
    expect(line('Ressources (R) par activité')).toEqual([1, 0, 0, 0]);
  });

  it('an apprentice who left is shown apart, below the totals, greyed', () => {
    const totals = values.findIndex((r) => r[1] === 'Besoins ouverts (I) par activité');
    expect(rowOf('A4')).toBeGreaterThan(totals);
    expect(rowOf('A1')).toBeLessThan(totals);
    expect(cells('A4', ['G1.1', ...TOTALS])).toEqual(['R', 0, 0, 0, 0, 1]);
    expect(colours('A4', ['G1.1'])[0]).not.toBe(CODE_COLOURS.R);
    expect(backgrounds[rowOf('A4')][0]).toBe(colours('A4', ['G1.1'])[0]);
  });

  it('pairs each open need with the other apprentices A or R on it, by due date', () => {
    const title = values.findIndex((r) => r[0] === 'Mises en relation');
    const head = values.findIndex((r, i) => i > title && r[0] === 'Activité');
    expect(values[head].slice(0, 5)).toEqual(['Activité', 'Besoin', 'Alternant', 'Échéance', 'Personnes ressources']);
    const pairs = values.slice(head + 1, head + 3).map((r) => r.slice(0, 5));
    expect(pairs).toEqual([
      ['G1.1', 'Buffet froid de 80 couverts le 30 octobre.', 'Léa MARTIN', '30/10/2026 (en retard)', 'Hugo PETIT (A), Inès BENALI (R)'],
      // A French spreadsheet reads `12/11/2026` as the date it is (midnight in Paris).
      ['G2.1', 'Service du banquet de mariage.', 'Hugo PETIT', new Date('2026-11-11T23:00:00Z'), 'Léa MARTIN (A)'],
    ]);
    expect(values[head + 3]?.[0] ?? '').toBe('');
  });

  it('rebuilding twice changes nothing', () => {
    const before = c.emulator.spreadsheet.peek(TAB)!;
    expect(c.run('rebuildSynoptic')).toMatchObject({ ok: true });
    const after = c.emulator.spreadsheet.peek(TAB)!;
    expect(after.values).toEqual(before.values);
    expect(after.backgrounds).toEqual(before.backgrounds);
  });

  it('is a pure projection: deleting the tab and rebuilding gives the same values and colours', () => {
    const before = c.emulator.spreadsheet.peek(TAB)!;
    const ss = c.emulator.spreadsheet;
    ss.deleteSheet(ss.getSheetByName(TAB)!);
    expect(c.run('rebuildSynoptic')).toMatchObject({ ok: true });
    const after = ss.peek(TAB)!;
    expect(after.values).toEqual(before.values);
    expect(after.backgrounds).toEqual(before.backgrounds);
    expect(after.frozenRows).toBe(before.frozenRows);
  });

  it('a later evaluation closes the need and the rebuilt synoptic forgets what it showed', () => {
    c.evaluation('A1', 'G1.1', 'EC', '2026-11-05');
    c.evaluation('A2', 'G2.1', 'A', '2026-11-05');
    expect(c.run('rebuildSynoptic')).toMatchObject({ ok: true, openNeeds: 0 });
    const v = c.values(TAB);
    const apprentices = v.filter((row) => /^A\d$/.test(String(row[0])));
    expect(apprentices.flat()).not.toContain('I !');
    expect(apprentices.flat()).not.toContain('I');
    expect(v.flat()).not.toContain('Buffet froid de 80 couverts le 30 octobre.');
    expect(v.flat()).toContain('Aucun besoin ouvert.');
    expect(v.find((row) => row[0] === 'A1')!.slice(3, 7)).toEqual(['EC', 'A', 'A', '']);
  });
});

describe('the synoptic stays cheap at cohort scale', () => {
  it('40 apprentices × 60 activities and a 20,000-event journal: at most 6 spreadsheet data calls', () => {
    const { emulator, run } = loadAddon({ now: at('2026-11-20'), latency: false });
    run('setupWorkbook');
    const rows = syntheticCohort({ apprentices: 40, groups: 15, activitiesPerGroup: 4 });
    fillWorkbook(emulator, rows);
    writeSyntheticJournal(emulator, rows, 20000);
    for (const attempt of ['first build', 'rebuild']) {
      emulator.calls.reset();
      const result = run('rebuildSynoptic');
      expect(result).toMatchObject({ ok: true, apprentices: 40, activities: 60 });
      expect(result.openNeeds).toBeGreaterThan(0);
      const data = spreadsheetDataCalls({ emulator } as never);
      if (attempt === 'rebuild') expect(data.filter((m) => m !== 'SpreadsheetApp.getUi')).toHaveLength(5);
      if (attempt === 'rebuild') expect(data.length).toBeLessThanOrEqual(6);
    }
    const v = emulator.spreadsheet.peek(TAB)!.values;
    expect(v.filter((row) => /^A\d{3}$/.test(String(row[0])))).toHaveLength(40);
  });
});
