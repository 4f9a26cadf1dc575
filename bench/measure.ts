/**
 * Measuring the add-on's service calls on the BUILT bundle: one cohort workbook, one use case per execution, every
 * call sorted by kind. Shared by `npm run bench` (bench/bench.ts) and the budget tests (tests/budgets), so the figures
 * published in docs/performance.md are exactly the ones CI guards.
 *
 * Counting rule: a "spreadsheet call" reads or writes data, formats or the sheet structure, or fetches metadata. Calls
 * that only hand back a handle and fetch nothing (HANDLE_METHODS) are listed apart and are not counted in a budget;
 * they still cost their (small) modelled time.
 */
import { HANDLE_METHODS } from '../emulator/core/context';
import type { CallRecord } from '../emulator/core/context';
import { SIX_MINUTES_MS, SIMPLE_TRIGGER_MS, type ExecutionKind } from '../emulator';
import { loadAddon, type LoadedAddon } from '../emulator/load-bundle';
import { fillWorkbook, syntheticCohort, writeSyntheticJournal, type CohortRows } from '../fixtures/cohort';

/** The day the bench runs on: the synthetic journal is dated before it. */
export const BENCH_NOW = new Date('2026-11-20T09:00:00Z');
export const PARTNER_EMAILS = 'financeur@region.test;suivi@opco.test';

export { HANDLE_METHODS };

export type SpreadsheetKind = 'read' | 'write' | 'format' | 'structure' | 'metadata' | 'handle';
export type CallKind = SpreadsheetKind | 'ui' | 'drive' | 'mail' | 'properties' | 'lock' | 'script' | 'html' | 'session' | 'utilities';

/** Spreadsheet kinds that count in a budget, in printing order. */
export const COUNTED_SPREADSHEET_KINDS: readonly SpreadsheetKind[] = ['read', 'write', 'format', 'structure', 'metadata'];
export const KIND_ORDER: readonly CallKind[] = [...COUNTED_SPREADSHEET_KINDS, 'handle', 'ui', 'drive', 'mail', 'properties', 'lock', 'script', 'html', 'session', 'utilities'];

const READ = /\.get(Values?|DisplayValues?|Formulas?|FormulasR1C1|Backgrounds?|BackgroundColors?|FontColors?|FontWeights?|FontStyles?|FontSizes?|FontFamilies|FontLines|Notes?|RichTextValues?|DataValidations?|NumberFormats?|HorizontalAlignments|VerticalAlignments|WrapStrategies|TextStyles?|DataRegion|SheetValues|ConditionalFormatRules|Protections|MergedRanges)$/;
const FORMAT = /\.(set(Backgrounds?|BackgroundColors?|BackgroundRGB|FontColors?|FontWeights?|FontStyles?|FontSizes?|FontFamil(y|ies)|FontLines?|NumberFormats?|HorizontalAlignments?|VerticalAlignments?|Border|Wraps?|WrapStrateg(y|ies)|TextStyles?|TextRotations?|DataValidations?|ShowHyperlink|ConditionalFormatRules)|clearFormat|clearDataValidations|insertCheckboxes|removeCheckboxes|applyRowBanding|applyColumnBanding)$/;
const WRITE = /\.(setValues?|setFormulas?|setFormulasR1C1|setFormulaR1C1|setRichTextValues?|setNotes?|appendRow|clear|clearContent|clearContents|clearNote|clearNotes|copyTo|moveTo|sort|deleteCells|insertCells|randomize|trimWhitespace|removeDuplicates|flush)$/;
const UI = /\.(toast)$/;

export function kindOf(record: Pick<CallRecord, 'service' | 'method'>): CallKind {
  if (record.service !== 'spreadsheet') return record.service;
  const m = record.method;
  if (HANDLE_METHODS.has(m)) return 'handle';
  if (UI.test(m)) return 'ui';
  if (READ.test(m)) return 'read';
  if (FORMAT.test(m)) return 'format';
  if (WRITE.test(m)) return 'write';
  if (/\.(get|is|has)[A-Z]/.test(m)) return 'metadata';
  return 'structure'; // insert/delete/rename sheets, rows, columns, freezes, widths, row groups, protections…
}

export interface CallSummary {
  /** Calls per kind (every kind present, 0 when none). */
  calls: Record<CallKind, number>;
  /** Modelled milliseconds per kind. */
  ms: Record<CallKind, number>;
  /** Calls per `service:method`, grouped under their kind. */
  methods: Record<CallKind, Record<string, number>>;
  /** The budget count: every spreadsheet call that is not a handle (read + write + format + structure + metadata). */
  spreadsheetCalls: number;
  /** Largest number of cells one read returned (a whole-journal read shows here). */
  largestRead: number;
  cellsRead: number;
  cellsWritten: number;
}

function zeroes<T>(make: () => T): Record<CallKind, T> {
  return Object.fromEntries(KIND_ORDER.map((k) => [k, make()])) as Record<CallKind, T>;
}

export function summarise(records: readonly CallRecord[]): CallSummary {
  const calls = zeroes(() => 0);
  const ms = zeroes(() => 0);
  const methods = zeroes<Record<string, number>>(() => ({}));
  let largestRead = 0;
  let cellsRead = 0;
  let cellsWritten = 0;
  for (const r of records) {
    const kind = kindOf(r);
    calls[kind]++;
    ms[kind] += r.ms;
    methods[kind][r.method] = (methods[kind][r.method] ?? 0) + 1;
    if (kind === 'read') {
      largestRead = Math.max(largestRead, r.cells);
      cellsRead += r.cells;
    }
    if (kind === 'write' || kind === 'format') cellsWritten += r.cells;
  }
  const spreadsheetCalls = COUNTED_SPREADSHEET_KINDS.reduce((n, k) => n + calls[k], 0);
  return { calls, ms, methods, spreadsheetCalls, largestRead, cellsRead, cellsWritten };
}

/** One execution of one global, as Apps Script would run it. */
export interface Execution {
  name: string;
  kind: ExecutionKind;
  result: any;
  /** The error the execution ended with (e.g. Google's "Exceeded maximum execution time"), or null. */
  error: string | null;
  records: CallRecord[];
  modelledMs: number;
  /** 6 minutes, or 30 s for a simple trigger. */
  limitMs: number;
  summary: CallSummary;
}

/** Runs one global as one execution and keeps exactly the calls that execution made. */
export function measure(addon: LoadedAddon, name: string, arg?: unknown, kind: ExecutionKind = 'menu'): Execution {
  const { calls } = addon.emulator;
  calls.reset();
  let result: any = null;
  let error: string | null = null;
  try {
    result = addon.run(name, arg, kind);
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
  }
  const records = calls.records.map((r) => ({ ...r }));
  const modelledMs = records.reduce((total, r) => total + r.ms, 0);
  return { name, kind, result, error, records, modelledMs, limitMs: kind === 'simple' ? SIMPLE_TRIGGER_MS : SIX_MINUTES_MS, summary: summarise(records) };
}

/** A resumable job run to completion: one execution per call, as the user (or a continuation trigger) would. */
export interface ResumableRun {
  executions: Execution[];
  /** Grids finished by each execution. */
  donePerExecution: number[];
  complete: boolean;
  total: number;
  summary: CallSummary;
}

/** Runs generateGrids until complete; a failed execution is retried (as a user would) unless `stopOnFailure`. */
export function measureGenerateGrids(addon: LoadedAddon, maxExecutions = 20, stopOnFailure = true): ResumableRun {
  const executions: Execution[] = [];
  const donePerExecution: number[] = [];
  let previousDone = 0;
  let complete = false;
  let total = 0;
  while (executions.length < maxExecutions && !complete) {
    const execution = measure(addon, 'generateGrids');
    executions.push(execution);
    const r = execution.result ?? {};
    if (execution.error || !r.ok) {
      donePerExecution.push(0);
      if (stopOnFailure) break;
      continue;
    }
    // `done` counts the grids already finished in earlier executions too.
    donePerExecution.push(Number(r.done) - previousDone);
    previousDone = Number(r.done);
    total = Number(r.total);
    complete = Boolean(r.complete);
  }
  return { executions, donePerExecution, complete, total, summary: summarise(executions.flatMap((e) => e.records)) };
}

export interface CohortSize {
  apprentices: number;
  groups: number;
  activitiesPerGroup: number;
  /** Events already in the journal. */
  journal: number;
}

export const BENCH_COHORT: CohortSize = { apprentices: 40, groups: 15, activitiesPerGroup: 4, journal: 20_000 };

export interface Workbook {
  addon: LoadedAddon;
  rows: CohortRows;
  size: CohortSize;
}

/** A workbook set up by the add-on and filled like a manager would, with a journal of years of use. */
export function cohortWorkbook(size: CohortSize = BENCH_COHORT, dist?: string): Workbook {
  const rows = syntheticCohort({ apprentices: size.apprentices, groups: size.groups, activitiesPerGroup: size.activitiesPerGroup });
  rows.settings['Emails partenaires'] = PARTNER_EMAILS;
  const addon = dist ? loadAddon({ now: BENCH_NOW }, dist) : loadAddon({ now: BENCH_NOW });
  const setup = addon.run('setupWorkbook');
  if (!setup?.ok) throw new Error(`setupWorkbook failed: ${JSON.stringify(setup)}`);
  fillWorkbook(addon.emulator, rows);
  if (size.journal > 0) writeSyntheticJournal(addon.emulator, rows, size.journal);
  addon.emulator.calls.reset();
  return { addon, rows, size };
}

/** Payloads of the sidebar use cases, on activities of the synthetic cohort. */
export const PAYLOADS = {
  need: { apprenticeId: 'A001', activityCode: 'G1.1', actor: 'Entreprise', identifiedOn: '2026-11-19', dueOn: '2026-11-30', precision: 'Préparer le poste avant la livraison du client (QCM : Préparer)' },
  evaluation: { apprenticeId: 'A002', activityCode: 'G1.2', actor: 'Formateur', code: 'A', evaluatedOn: '2026-11-19', comment: 'Travail soigné', criteria: ['Sécurité respectée', 'Travail soigné', 'Délai tenu'] },
};

/** A trainer types `I` in the Entreprise column of one grid row; the simple onEdit trigger then runs. */
export function measureTypedCode(addon: LoadedAddon, apprenticeId = 'A003', activityCode = 'G2.1'): Execution {
  const { emulator } = addon;
  const tab = emulator.spreadsheet.sheetNames().find((n) => n.startsWith(`${apprenticeId} `));
  const rows = JSON.parse(String(emulator.properties.state.document['olap.grid.rows'] ?? '{}')) as Record<string, number>;
  if (!tab || !rows[activityCode]) throw new Error(`no grid row for ${apprenticeId} ${activityCode}: run generateGrids first`);
  const edit = emulator.spreadsheet.userEdit(tab, rows[activityCode], ENTREPRISE_COLUMN, [['I']]);
  if (!edit.ok) throw new Error(edit.message);
  return measure(addon, 'onEdit', edit.event, 'simple');
}
const ENTREPRISE_COLUMN = 5; // SPEC §3: Code, Activité, AR, AS, Entreprise…

/** Every use case once, in the order a cohort lives them, on one workbook. */
export interface UseCaseRuns {
  generateGrids: ResumableRun;
  generateGridsAgain: Execution;
  generateGridsThird: Execution;
  getSidebarState: Execution;
  recordNeed: Execution;
  recordEvaluation: Execution;
  onEdit: Execution;
  rebuildSynoptic: Execution;
  rebuildSynopticAgain: Execution;
  buildImpact: Execution;
  buildImpactAgain: Execution;
  exportToPartners: Execution;
  exportToPartnersAgain: Execution;
  runScheduledJobs: Execution;
}

export function runAllUseCases(workbook: Workbook): UseCaseRuns {
  const { addon } = workbook;
  const generateGrids = measureGenerateGrids(addon);
  return {
    generateGrids,
    generateGridsAgain: measure(addon, 'generateGrids'),
    generateGridsThird: measure(addon, 'generateGrids'),
    getSidebarState: measure(addon, 'getSidebarState', undefined, 'sidebar'),
    recordNeed: measure(addon, 'recordNeed', PAYLOADS.need, 'sidebar'),
    recordEvaluation: measure(addon, 'recordEvaluation', PAYLOADS.evaluation, 'sidebar'),
    onEdit: measureTypedCode(addon),
    rebuildSynoptic: measure(addon, 'rebuildSynoptic'),
    rebuildSynopticAgain: measure(addon, 'rebuildSynoptic'),
    buildImpact: measure(addon, 'buildImpact'),
    buildImpactAgain: measure(addon, 'buildImpact'),
    exportToPartners: measure(addon, 'exportToPartners'),
    exportToPartnersAgain: measure(addon, 'exportToPartners'),
    runScheduledJobs: measure(addon, 'runScheduledJobs', undefined, 'trigger'),
  };
}

/** One line of a budget: what is measured, its ceiling, and where the ceiling comes from. */
export interface BudgetCheck {
  label: string;
  measured: number;
  limit: number;
  source: string;
}

export const withinBudget = (c: BudgetCheck): boolean => c.measured <= c.limit;

/** The Drive budget of generateGrids (issue 2): 1 per activity + 3 per apprentice + the cohort's root folders. */
export const DRIVE_ROOT_FOLDERS = 3; // root « OLAP — … », « Ressources par activité », « Dépôts des alternants »

export function generateGridsDriveBudget(size: CohortSize): number {
  return size.groups * size.activitiesPerGroup + 3 * size.apprentices + DRIVE_ROOT_FOLDERS;
}

/** Budgets of SPEC issues 2–5 for one measured use case (empty when the use case has none). */
/** Partners of the bench cohort: the first export shares the Exports folder with each, once. */
const partnerCount = () => String(PARTNER_EMAILS).split(';').filter((e) => e.trim()).length;

export function budgetsOf(name: keyof UseCaseRuns, runs: UseCaseRuns, size: CohortSize): BudgetCheck[] {
  const sixMinutes = (e: Execution, label = 'modelled ms'): BudgetCheck => ({ label, measured: Math.round(e.modelledMs), limit: e.limitMs, source: e.kind === 'simple' ? '30 s simple trigger' : '6 min execution' });
  const ss = (e: Execution, limit: number, source: string): BudgetCheck => ({ label: 'spreadsheet calls', measured: e.summary.spreadsheetCalls, limit, source });
  const mail = (e: Execution, limit: number, source: string): BudgetCheck => ({ label: 'mail calls', measured: e.summary.calls.mail, limit, source });
  switch (name) {
    case 'generateGrids': {
      const run = runs.generateGrids;
      return [
        { label: 'drive calls', measured: run.summary.calls.drive, limit: generateGridsDriveBudget(size), source: 'issue 2: 1/activity + 3/apprentice + 3 roots' },
        { label: 'longest execution ms', measured: Math.round(Math.max(...run.executions.map((e) => e.modelledMs))), limit: SIX_MINUTES_MS, source: '6 min execution' },
        { label: 'complete', measured: run.complete ? 0 : 1, limit: 0, source: 'issue 6: resumes to the end' },
      ];
    }
    case 'generateGridsAgain':
    case 'generateGridsThird':
      return [{ label: 'drive calls', measured: runs[name].summary.calls.drive, limit: 0, source: 'idempotent: folders known' }, sixMinutes(runs[name])];
    case 'recordNeed':
    case 'recordEvaluation': {
      const e = runs[name];
      return [
        ss(e, 8, 'issue 3'),
        mail(e, 2, 'issue 3'),
        { label: 'largest read (cells)', measured: e.summary.largestRead, limit: size.journal - 1, source: 'issue 3: journal never read' },
        sixMinutes(e),
      ];
    }
    // The first build of a projection tab also freezes its headers (2 calls per tab, once), and grows the sheet
    // past Sheets' default 1000 × 26 when the cohort needs it (1 call per dimension, only when it grows): the tab
    // itself is created by setupWorkbook. Every later build must fit the budget exactly.
    case 'rebuildSynoptic':
      return [ss(runs[name], 6 + 2 + 2, 'issue 4 + freezing the headers once + growing the grid'), sixMinutes(runs[name])];
    case 'rebuildSynopticAgain':
      return [ss(runs[name], 6, 'issue 4'), sixMinutes(runs[name])];
    case 'buildImpact':
      return [ss(runs[name], 8 + 4 + 2, 'issue 5 + freezing two tabs once + growing the grid'), sixMinutes(runs[name])];
    case 'buildImpactAgain':
      return [ss(runs[name], 8, 'issue 5'), sixMinutes(runs[name])];
    case 'exportToPartners':
    case 'exportToPartnersAgain': {
      const e = runs[name];
      // The first export also creates the Exports folder and shares it once with each partner.
      const oneTime = name === 'exportToPartners' ? 1 + partnerCount() : 0;
      return [
        { label: 'drive calls', measured: e.summary.calls.drive, limit: 2 + oneTime, source: oneTime ? 'issue 5 (2 files) + folder and one share per partner, once' : 'issue 5 (at most 4; 2 files)' },
        { label: 'MailApp.sendEmail', measured: e.summary.methods.mail['MailApp.sendEmail'] ?? 0, limit: 1, source: 'issue 5' },
        sixMinutes(e),
      ];
    }
    default:
      return [sixMinutes(runs[name] as Execution)];
  }
}

/**
 * What one more grid costs: generateGrids on the same referential for `small` and `large` apprentices; the difference
 * divided by the extra apprentices is the cost of one grid, free of the run's fixed part (config reads, links).
 */
export interface PerGrid {
  activities: number;
  groups: number;
  spreadsheetCalls: number;
  handleCalls: number;
  driveCalls: number;
  /** Counted spreadsheet calls of one grid by method. */
  methods: Record<string, number>;
}

export function perGridCost(groups: number, activitiesPerGroup: number, journal = BENCH_COHORT.journal, small = 20, large = 40, dist?: string): PerGrid {
  const measureRun = (apprentices: number) => measureGenerateGrids(cohortWorkbook({ apprentices, groups, activitiesPerGroup, journal }, dist).addon);
  const a = measureRun(small);
  const b = measureRun(large);
  if (!a.complete || !b.complete) throw new Error('generateGrids did not complete');
  const extra = large - small;
  const per = (k: (s: CallSummary) => number) => (k(b.summary) - k(a.summary)) / extra;
  const methods: Record<string, number> = {};
  for (const kind of COUNTED_SPREADSHEET_KINDS) {
    for (const [m, n] of Object.entries(b.summary.methods[kind])) {
      const d = (n - (a.summary.methods[kind][m] ?? 0)) / extra;
      if (d) methods[m] = d;
    }
  }
  return {
    activities: groups * activitiesPerGroup,
    groups,
    spreadsheetCalls: per((s) => s.spreadsheetCalls),
    handleCalls: per((s) => s.calls.handle),
    driveCalls: per((s) => s.calls.drive),
    methods,
  };
}
