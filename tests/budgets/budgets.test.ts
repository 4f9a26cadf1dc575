/**
 * Call budgets of every use case (issues 2–6), on the built bundle in the emulator: a 40 apprentices × 60 activities
 * cohort with a 20,000-event journal. Call counts are deterministic, so these are exact guards; no wall clock here.
 * Counting rule and figures: docs/performance.md. The measuring code is the bench's (bench/measure.ts).
 */
import {
  BENCH_COHORT, budgetsOf, cohortWorkbook, generateGridsDriveBudget, measure, measureGenerateGrids, PAYLOADS, perGridCost,
  runAllUseCases, withinBudget, type BudgetCheck, type Execution, type UseCaseRuns,
} from '../../bench/measure';

jest.setTimeout(180_000);

/** A budget that breaks says which calls it counted, so the failure names the culprit. */
function expectWithin(check: BudgetCheck, execution?: Pick<Execution, 'summary'>): void {
  const detail = execution ? ` — counted: ${JSON.stringify({ ...execution.summary.methods.read, ...execution.summary.methods.write, ...execution.summary.methods.format, ...execution.summary.methods.structure, ...execution.summary.methods.metadata })}, drive: ${JSON.stringify(execution.summary.methods.drive)}, mail: ${JSON.stringify(execution.summary.methods.mail)}` : '';
  const verdict = withinBudget(check) ? 'within budget' : `${check.label} ${check.measured} > ${check.limit} (${check.source})${detail}`;
  expect(verdict).toBe('within budget');
}

function expectExecutionFits(e: Execution): void {
  expect(e.error).toBeNull();
  expect(e.modelledMs).toBeLessThan(e.limitMs);
}

const size = BENCH_COHORT;
let runs: UseCaseRuns;

beforeAll(() => {
  runs = runAllUseCases(cohortWorkbook(size));
});

describe('generateGrids on 40 × 60 with a 20,000-event journal', () => {
  test('builds every grid, each execution within 6 modelled minutes', () => {
    const run = runs.generateGrids;
    expect(run.complete).toBe(true);
    expect(run.total).toBe(size.apprentices);
    run.executions.forEach(expectExecutionFits);
  });

  test('Drive calls stay within 1 per activity + 3 per apprentice + 3 root folders', () => {
    const activities = size.groups * size.activitiesPerGroup;
    expect(generateGridsDriveBudget(size)).toBe(activities + 3 * size.apprentices + 3);
    expectWithin(budgetsOf('generateGrids', runs, size)[0], runs.generateGrids);
  });

  test('a run over an unchanged workbook makes no Drive call and fits one execution', () => {
    for (const e of [runs.generateGridsAgain, runs.generateGridsThird]) {
      expect(e.summary.calls.drive).toBe(0);
      expectExecutionFits(e);
    }
  });

  test('spreadsheet calls per grid do not grow with activities, except one per activity group', () => {
    const thirty = perGridCost(10, 3); // 30 activities in 10 groups
    const sixty = perGridCost(15, 4); // 60 activities in 15 groups
    expect(Number.isInteger(thirty.spreadsheetCalls)).toBe(true);
    expect(sixty.spreadsheetCalls - sixty.groups).toBe(thirty.spreadsheetCalls - thirty.groups);
    expect(sixty.driveCalls).toBe(3); // per apprentice: deposit folder + sharing with apprentice and trainer
  });

  test('a cohort twice as large resumes over several executions, each within 6 minutes', () => {
    const run = measureGenerateGrids(cohortWorkbook({ ...size, apprentices: 80 }).addon, 6);
    expect(run.complete).toBe(true);
    expect(run.donePerExecution.reduce((a, b) => a + b, 0)).toBe(80);
    run.executions.forEach(expectExecutionFits);
  });

  test('a cohort whose Drive work alone passes 6 minutes still completes over several executions', () => {
    const book = cohortWorkbook({ ...size, apprentices: 140, journal: 0 });
    const run = measureGenerateGrids(book.addon, 6, false);
    expect(run.executions.filter((e) => e.result?.ok === false).map((e) => e.result.errors?.[0]?.message)).toEqual([]);
    expect(run.complete).toBe(true);
    // Folders created before an interrupted execution are remembered, never created twice.
    expect(Object.keys(book.addon.emulator.drive.state.files).length).toBe(1 + 3 + 60 + 140); // « My Drive », 3 roots, 60 activities, 140 deposits
  });
});

describe.each(['recordNeed', 'recordEvaluation'] as const)('%s', (name) => {
  test('at most 8 spreadsheet calls and 2 MailApp calls', () => {
    const [sheets, mail] = budgetsOf(name, runs, size);
    expectWithin(sheets, runs[name]);
    expectWithin(mail, runs[name]);
    expect(runs[name].result?.ok).toBe(true);
    expectExecutionFits(runs[name]);
  });

  test('never reads the journal to append to it', () => {
    // A journal read returns 20,001 rows × its columns; no read may come near one cell per event.
    expect(runs[name].summary.largestRead).toBeLessThan(size.journal);
  });
});

test('recording costs the same calls whatever the size of the journal and the cohort', () => {
  const small = cohortWorkbook({ apprentices: 5, groups: 15, activitiesPerGroup: 4, journal: 30 });
  measureGenerateGrids(small.addon);
  const need = measure(small.addon, 'recordNeed', PAYLOADS.need, 'sidebar');
  const evaluation = measure(small.addon, 'recordEvaluation', PAYLOADS.evaluation, 'sidebar');
  expect(need.summary.spreadsheetCalls).toBe(runs.recordNeed.summary.spreadsheetCalls);
  expect(need.summary.calls.mail).toBe(runs.recordNeed.summary.calls.mail);
  expect(evaluation.summary.spreadsheetCalls).toBe(runs.recordEvaluation.summary.spreadsheetCalls);
  expect(evaluation.summary.calls.mail).toBe(runs.recordEvaluation.summary.calls.mail);
});

describe.each(['rebuildSynoptic', 'rebuildSynopticAgain'] as const)('%s', (name) => {
  test('at most 6 spreadsheet calls (one read per source tab, one write of values, one of backgrounds)', () => {
    expect(runs[name].result?.ok).toBe(true);
    expectWithin(budgetsOf(name, runs, size)[0], runs[name]);
    expectExecutionFits(runs[name]);
  });
});

describe.each(['buildImpact', 'buildImpactAgain'] as const)('%s', (name) => {
  test('at most 8 spreadsheet calls', () => {
    expect(runs[name].result?.ok).toBe(true);
    expectWithin(budgetsOf(name, runs, size)[0], runs[name]);
    expectExecutionFits(runs[name]);
  });
});

describe.each(['exportToPartners', 'exportToPartnersAgain'] as const)('%s', (name) => {
  test('at most 4 Drive calls and 1 email per export', () => {
    expect(runs[name].result?.ok).toBe(true);
    const [drive, mail] = budgetsOf(name, runs, size);
    expectWithin(drive, runs[name]);
    expectWithin(mail, runs[name]);
    expectExecutionFits(runs[name]);
  });
});

test('the sidebar, a typed code and the hourly job each fit their execution', () => {
  for (const e of [runs.getSidebarState, runs.onEdit, runs.runScheduledJobs]) expectExecutionFits(e);
  expect(runs.onEdit.kind).toBe('simple'); // 30 s limit
  expect(runs.getSidebarState.result?.ok).toBe(true);
  expect(runs.runScheduledJobs.result?.ok).toBe(true);
});
