/**
 * Resumable generation (issue 6): on a real cohort size (40 apprentices × 60 activities) on a slow day, one execution
 * cannot build everything. Each run stops cleanly before Apps Script's 6 minutes, tells how far it got, never leaves
 * a half-built grid looking finished, and the next run goes on; the end result equals a run done in one go.
 */
import { loadAddon, type LoadedAddon } from '../../emulator/load-bundle';
import { latencyModel } from '../../emulator/core/latency';
import { SIX_MINUTES_MS } from '../../emulator';
import { fillWorkbook, syntheticCohort } from '../../fixtures/cohort';
import { TODAY } from './grids-cohort';

const rows = syntheticCohort({ apprentices: 40, groups: 15, activitiesPerGroup: 4 });
const GRID_NAME = /^\S+ · /;

/** Every modelled call costs `factor` times the usual latency (Google on a slow day), and the clock moves with it. */
function slowDay(loaded: LoadedAddon, factor: number): void {
  const { emulator } = loaded;
  emulator.calls.setCostModel((service, method, cells) => {
    const ms = latencyModel(service, method, cells) * factor;
    if (!(service === 'utilities' && method === 'Utilities.sleep') && !(service === 'lock' && method === 'Lock.wait')) emulator.clock.advance(ms);
    return ms;
  });
}

function cohort(latency: boolean): LoadedAddon {
  const loaded = loadAddon({ now: TODAY, latency });
  loaded.run('setupWorkbook');
  fillWorkbook(loaded.emulator, rows);
  return loaded;
}

const grids = (loaded: LoadedAddon) => loaded.emulator.spreadsheet.sheetNames().filter((n) => GRID_NAME.test(n));

/** A grid that looks finished has its 15 groups and 60 activities, and its row groups. */
function expectComplete(loaded: LoadedAddon, tab: string): void {
  const peek = loaded.emulator.spreadsheet.peek(tab)!;
  expect(peek.values.filter((r) => /^G\d+\.\d+$/.test(String(r[0])))).toHaveLength(60);
  expect(peek.rowGroups).toHaveLength(15);
}

interface Run {
  result: any;
  modelledMs: number;
}

function runUntilDone(loaded: LoadedAddon, maxRuns = 10): Run[] {
  const runs: Run[] = [];
  for (let i = 0; i < maxRuns; i++) {
    const result = loaded.run('generateGrids');
    runs.push({ result, modelledMs: loaded.emulator.calls.modelledMs });
    if (!result.ok || result.done === result.total) break;
  }
  return runs;
}

describe('40 apprentices × 60 activities on a slow day (every call twice as slow)', () => {
  const loaded = cohort(true);
  slowDay(loaded, 2);
  const first = loaded.run('generateGrids');
  const firstMs = loaded.emulator.calls.modelledMs;
  const firstGrids = grids(loaded);
  const firstState = firstGrids.map((t) => [t, loaded.emulator.spreadsheet.peek(t)!] as const);
  const rest = runUntilDone(loaded);
  const last = rest.at(-1)!.result;

  test('the first run stops cleanly before 6 minutes, with done < total', () => {
    expect(first.ok).toBe(true);
    expect(first.done).toBeLessThan(first.total);
    expect(first.total).toBe(40);
    expect(firstMs).toBeLessThan(SIX_MINUTES_MS);
  });

  test('it tells the user in French how far it got and to run it again', () => {
    expect(first.message).toMatch(/relancez « Générer les grilles »/);
    expect(loaded.emulator.ui.state.alerts.some((a) => /relancez « Générer les grilles »/.test(a.prompt))).toBe(true);
  });

  test('no half-built grid is left looking finished', () => {
    for (const [tab] of firstState) {
      const peek = firstState.find(([t]) => t === tab)![1];
      expect(peek.values.filter((r) => /^G\d+\.\d+$/.test(String(r[0])))).toHaveLength(60);
      expect(peek.rowGroups).toHaveLength(15);
    }
    expect(firstGrids.length).toBeLessThanOrEqual(first.done);
  });

  test('each following run fits in one execution and the work ends with done === total', () => {
    for (const run of rest) {
      expect(run.result.ok).toBe(true);
      expect(run.modelledMs).toBeLessThan(SIX_MINUTES_MS);
    }
    expect(last).toMatchObject({ ok: true, done: 40, total: 40 });
    expect(rest.length).toBeGreaterThanOrEqual(1);
    expect(grids(loaded)).toHaveLength(40);
    expect(loaded.emulator.spreadsheet.sheetNames().filter((n) => n.startsWith('⏳'))).toEqual([]);
  });

  test('the result equals a generation done in one go: same grids, same Drive tree, same links', () => {
    const oneGo = cohort(false);
    expect(oneGo.run('generateGrids')).toMatchObject({ ok: true, done: 40, total: 40 });
    const names = grids(oneGo);
    expect(grids(loaded).sort()).toEqual([...names].sort());
    for (const name of names) expect(JSON.stringify(loaded.emulator.spreadsheet.peek(name))).toBe(JSON.stringify(oneGo.emulator.spreadsheet.peek(name)));
    expect(loaded.emulator.drive.tree()).toBe(oneGo.emulator.drive.tree());
    expect(JSON.stringify(loaded.emulator.spreadsheet.peek('Référentiel'))).toBe(JSON.stringify(oneGo.emulator.spreadsheet.peek('Référentiel')));
    const roster = (l: LoadedAddon) => l.emulator.spreadsheet.peek('Alternants')!;
    expect(roster(loaded).values).toEqual(roster(oneGo).values);
    // Every Onglet link points at the grid of its row.
    const r = roster(loaded);
    for (let i = 1; i <= 40; i++) {
      const gid = Number(String(r.links[i][14]).replace(/^.*#gid=/, ''));
      const sheet = loaded.emulator.spreadsheet.getSheets().find((s) => s.getSheetId() === gid)!;
      expect(sheet.getName().startsWith(`${r.values[i][0]} · `)).toBe(true);
    }
  });

  test('a run after completion changes nothing and makes no Drive call', () => {
    loaded.emulator.calls.reset();
    expect(loaded.run('generateGrids')).toMatchObject({ ok: true, done: 40, total: 40 });
    expect(loaded.emulator.calls.count('drive')).toBe(0);
  });
});

test('with the usual latency, 40 × 60 never passes 6 minutes in any run and completes', () => {
  const loaded = cohort(true);
  const runs = runUntilDone(loaded);
  for (const run of runs) expect(run.modelledMs).toBeLessThan(SIX_MINUTES_MS);
  expect(runs.at(-1)!.result).toMatchObject({ ok: true, done: 40, total: 40 });
});

test('on a very slow day the Drive folders themselves are resumed, without duplicates', () => {
  const loaded = cohort(true);
  slowDay(loaded, 5);
  const first = loaded.run('generateGrids');
  expect(first.ok).toBe(true);
  expect(first.done).toBe(0);
  expect(first.message).toMatch(/relancez/);
  expect(loaded.emulator.calls.modelledMs).toBeLessThan(SIX_MINUTES_MS);
  const runs = runUntilDone(loaded, 20);
  for (const run of runs) expect(run.modelledMs).toBeLessThan(SIX_MINUTES_MS);
  expect(runs.at(-1)!.result).toMatchObject({ ok: true, done: 40, total: 40 });
  const names = Object.values(loaded.emulator.drive.state.files).filter((f) => !f.trashed && f.id !== loaded.emulator.drive.rootId).map((f) => f.name);
  expect(new Set(names).size).toBe(names.length);
  expect(names).toHaveLength(3 + 60 + 40);
});

test('an execution killed by the 6-minute limit in the middle of a grid leaves no grid looking finished, and the next run repairs it', () => {
  const loaded = cohort(true);
  loaded.run('generateGrids'); // folders and grids, fully
  // The referential changes (every grid must be rebuilt), then Apps Script kills the execution after 40 modelled s.
  const ref = loaded.emulator.spreadsheet.getSheetByName('Référentiel')!;
  ref.getRange(2, 4).setValue('Activité 1 du groupe 1 (révisée)');
  loaded.emulator.startExecution('menu');
  loaded.emulator.calls.startExecution(40 * 1000);
  const killed = loaded.addon.generateGrids();
  expect(killed.ok).toBe(false);
  expect(killed.errors[0].message).toMatch(/relancez|Relancez/);
  for (const tab of grids(loaded)) expectComplete(loaded, tab);
  const runs = runUntilDone(loaded);
  expect(runs.at(-1)!.result).toMatchObject({ ok: true, done: 40, total: 40 });
  expect(loaded.emulator.spreadsheet.sheetNames().filter((n) => n.startsWith('⏳'))).toEqual([]);
  for (const tab of grids(loaded)) expect(loaded.emulator.spreadsheet.peek(tab)!.values.some((r) => r[1] === 'Activité 1 du groupe 1 (révisée)')).toBe(true);
  expect(grids(loaded)).toHaveLength(40);
});
