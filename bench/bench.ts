/**
 * npm run bench: every use case of the BUILT bundle (dist/, or OLAP_DIST) on a 40 apprentices × 60 activities cohort
 * with a 20,000-event journal, in the emulator with its latency model; then the domain alone at network scale.
 * How to read the output: docs/performance.md.
 */
import { DIST } from '../emulator/load-bundle';
import {
  BENCH_COHORT, budgetsOf, cohortWorkbook, COUNTED_SPREADSHEET_KINDS, generateGridsDriveBudget, KIND_ORDER, measureGenerateGrids,
  perGridCost, runAllUseCases, withinBudget, type BudgetCheck, type CallKind, type CallSummary, type UseCaseRuns,
} from './measure';
import { measureNetworkScale, NETWORK } from './network-scale';

const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
const pad = (s: string | number, n: number) => String(s).padStart(n);
const padEnd = (s: string | number, n: number) => String(s).padEnd(n);

function kindTable(summary: CallSummary): string[] {
  const lines = [`    ${padEnd('kind', 12)}${pad('calls', 7)}${pad('modelled', 11)}  methods`];
  const row = (kind: CallKind | string, calls: number, ms: number, methods: string) => `    ${padEnd(kind, 12)}${pad(calls, 7)}${pad(seconds(ms), 11)}  ${methods}`;
  const kindRow = (kind: CallKind) => {
    const methods = Object.entries(summary.methods[kind]).sort((a, b) => b[1] - a[1]).map(([m, n]) => `${m}×${n}`).join(' ');
    lines.push(row(kind === 'handle' ? 'handle (*)' : kind, summary.calls[kind], summary.ms[kind], methods));
  };
  COUNTED_SPREADSHEET_KINDS.filter((k) => summary.calls[k]).forEach(kindRow);
  const countedMs = COUNTED_SPREADSHEET_KINDS.reduce((t, k) => t + summary.ms[k], 0);
  lines.push(row('= sheets', summary.spreadsheetCalls, countedMs, `cells read ${summary.cellsRead.toLocaleString('en')} · written ${summary.cellsWritten.toLocaleString('en')}`));
  KIND_ORDER.filter((k) => !(COUNTED_SPREADSHEET_KINDS as readonly string[]).includes(k) && summary.calls[k]).forEach(kindRow);
  return lines;
}

function budgetLines(checks: BudgetCheck[]): string[] {
  return checks.map((c) => {
    const ratio = c.limit > 0 ? (c.measured / c.limit).toFixed(2) : c.measured === 0 ? '0.00' : '∞';
    return `    ${withinBudget(c) ? 'OK  ' : 'OVER'} ${padEnd(c.label, 22)}${pad(c.measured.toLocaleString('en'), 9)} ≤ ${padEnd(c.limit.toLocaleString('en'), 9)} ratio ${pad(ratio, 5)}  (${c.source})`;
  });
}

const TITLES: Record<keyof UseCaseRuns, string> = {
  generateGrids: 'generateGrids — first run (creates 40 grids and the Drive tree)',
  generateGridsAgain: 'generateGrids — second run, nothing changed in the tabs',
  generateGridsThird: 'generateGrids — third run, nothing changed',
  getSidebarState: 'getSidebarState — sidebar opens',
  recordNeed: 'recordNeed — need « I » from the sidebar',
  recordEvaluation: 'recordEvaluation — evaluation « A » from the sidebar, 3 criteria',
  onEdit: 'onEdit — « I » typed in a grid (simple trigger, 30 s limit)',
  rebuildSynoptic: 'rebuildSynoptic — first build (tab made by setup: freezes headers, grows the grid)',
  rebuildSynopticAgain: 'rebuildSynoptic — second run (tab exists)',
  buildImpact: 'buildImpact — first build (tabs made by setup: freezes headers, grows the grid)',
  buildImpactAgain: 'buildImpact — second run',
  exportToPartners: 'exportToPartners — first manual export, 2 partners (creates the « Exports » folder and shares it)',
  exportToPartnersAgain: 'exportToPartners — second export (folder exists)',
  runScheduledJobs: 'runScheduledJobs — hourly trigger (pending mail, overdue reminders)',
};

function main(): void {
  const size = BENCH_COHORT;
  const activities = size.groups * size.activitiesPerGroup;
  console.log(`OLAP bench — bundle ${DIST}/Code.js`);
  console.log(`cohort ${size.apprentices} apprentices × ${activities} activities (${size.groups} groups × ${size.activitiesPerGroup}), journal ${size.journal.toLocaleString('en')} events`);
  console.log('(*) handle calls fetch nothing and are not counted in budgets; "= sheets" is the budget count.\n');

  const started = Date.now();
  const workbook = cohortWorkbook(size);
  const runs = runAllUseCases(workbook);
  const summaryRows: string[] = [];

  for (const name of Object.keys(TITLES) as (keyof UseCaseRuns)[]) {
    const checks = budgetsOf(name, runs, size);
    if (name === 'generateGrids') {
      const run = runs.generateGrids;
      const perExec = run.executions.map((e, i) => `#${i + 1}: ${run.donePerExecution[i] ?? 0} grids, ${seconds(e.modelledMs)}${e.error ? ` (${e.error})` : ''}`);
      console.log(`■ ${TITLES[name]}`);
      console.log(`    executions ${run.executions.length} · ${run.complete ? 'complete' : 'INCOMPLETE'} ${run.total} grids · ${perExec.join(' · ')}`);
      kindTable(run.summary).forEach((l) => console.log(l));
      budgetLines(checks).forEach((l) => console.log(l));
      summaryRows.push(summaryRow('generateGrids', run.executions.length, run.summary, run.executions.reduce((t, e) => t + e.modelledMs, 0), checks));
    } else {
      const e = runs[name];
      console.log(`■ ${TITLES[name]}`);
      console.log(`    1 execution (${e.kind}) · modelled ${seconds(e.modelledMs)} of ${seconds(e.limitMs)}${e.error ? ` · ERROR ${e.error}` : ''} · result ${JSON.stringify(e.result)?.slice(0, 140)}`);
      kindTable(e.summary).forEach((l) => console.log(l));
      budgetLines(checks).forEach((l) => console.log(l));
      summaryRows.push(summaryRow(name, 1, e.summary, e.modelledMs, checks));
    }
    console.log('');
  }

  console.log('■ Summary (calls per use case; sheets = budget count, handle not counted)');
  console.log(`    ${padEnd('use case', 22)}${pad('exec', 5)}${pad('sheets', 8)}${pad('handle', 8)}${pad('drive', 7)}${pad('mail', 6)}${pad('props', 7)}${pad('lock', 6)}${pad('other', 7)}${pad('modelled', 11)}  budgets`);
  summaryRows.forEach((l) => console.log(l));
  console.log('');

  console.log('■ generateGrids — calls per grid (difference 20 → 40 apprentices, journal 20,000)');
  const shapes: [number, number][] = [[10, 3], [15, 2], [15, 4]];
  const perGrid = shapes.map(([g, a]) => perGridCost(g, a));
  console.log(`    ${padEnd('activities', 24)}${pad('sheets/grid', 12)}${pad('handle/grid', 12)}${pad('drive/grid', 11)}  counted methods per grid`);
  for (const p of perGrid) {
    const methods = Object.entries(p.methods).map(([m, n]) => `${m}×${n}`).join(' ');
    console.log(`    ${padEnd(`${p.activities} (${p.groups} groups)`, 24)}${pad(p.spreadsheetCalls, 12)}${pad(p.handleCalls, 12)}${pad(p.driveCalls, 11)}  ${methods}`);
  }
  const [p30, , p60] = perGrid;
  console.log(`    60 vs 30 activities: ${p60.spreadsheetCalls - p30.spreadsheetCalls} more calls per grid for ${p60.groups - p30.groups} more groups (allowed: one per group)`);
  console.log(`    Drive: 1 per activity + 3 per apprentice + ${generateGridsDriveBudget(size) - activities - 3 * size.apprentices} root folders = ${generateGridsDriveBudget(size)} for ${size.apprentices} × ${activities}\n`);

  for (const apprentices of [80, 140]) {
    const big = { ...size, apprentices, journal: apprentices > 100 ? 0 : size.journal };
    console.log(`■ generateGrids — resumable? ${apprentices} apprentices × ${activities} activities, journal ${big.journal.toLocaleString('en')} (a failed execution is re-run, as a user would)`);
    const book = cohortWorkbook(big);
    const resumed = measureGenerateGrids(book.addon, 3, false);
    resumed.executions.forEach((e, i) => {
      const outcome = e.error ?? (e.result?.ok ? '' : ` · FAILED: ${String(e.result?.errors?.[0]?.message ?? '').slice(0, 60)}`);
      console.log(`    execution #${i + 1}: ${pad(resumed.donePerExecution[i] ?? 0, 3)} grids · ${pad(e.summary.spreadsheetCalls, 5)} sheets calls · ${pad(e.summary.calls.drive, 4)} drive · modelled ${seconds(e.modelledMs)}${outcome}`);
    });
    const folders = Object.keys(book.addon.emulator.drive.state.files).length;
    console.log(`    ${resumed.complete ? 'complete' : 'INCOMPLETE'}: ${resumed.donePerExecution.reduce((a, b) => a + b, 0)}/${resumed.total || apprentices} grids in ${resumed.executions.length} executions · ${folders} Drive items (expected ${generateGridsDriveBudget(big) - 2 * apprentices + 1}, « My Drive » included)\n`);
  }

  console.log(`■ Domain at network scale: ${NETWORK.apprentices.toLocaleString('en')} apprentices × ${NETWORK.activities} activities × ${NETWORK.events.toLocaleString('en')} events (Node ${process.version}, wall clock, median of 5)`);
  const network = measureNetworkScale(5);
  for (const t of network.timings) console.log(`    ${padEnd(t.label, 62)}${pad(t.medianMs.toFixed(0), 6)} ms   (runs: ${t.runsMs.map((r) => r.toFixed(0)).join(', ')})`);
  const f = network.facts;
  console.log(`    computed: ${f.progressEntries.toLocaleString('en')} apprentice×activity entries, ${f.openNeeds.toLocaleString('en')} open needs, ${f.synopticCells.toLocaleString('en')} synoptic cells, ${f.impactRows} impact rows, ${f.needRows.toLocaleString('en')} need rows`);
  console.log(`\nbench wall time ${seconds(Date.now() - started)}`);
}

function summaryRow(name: string, executions: number, s: CallSummary, ms: number, checks: BudgetCheck[]): string {
  const other = s.calls.script + s.calls.html + s.calls.session + s.calls.ui + s.calls.utilities;
  const verdict = checks.every(withinBudget) ? 'OK' : `OVER: ${checks.filter((c) => !withinBudget(c)).map((c) => `${c.label} ${c.measured}>${c.limit}`).join(', ')}`;
  return `    ${padEnd(name, 22)}${pad(executions, 5)}${pad(s.spreadsheetCalls, 8)}${pad(s.calls.handle, 8)}${pad(s.calls.drive, 7)}${pad(s.calls.mail, 6)}${pad(s.calls.properties, 7)}${pad(s.calls.lock, 6)}${pad(other, 7)}${pad(seconds(ms), 11)}  ${verdict}`;
}

main();
