/**
 * « Générer / mettre à jour les grilles » (SPEC §4.1): validates the configuration, creates the Drive folders,
 * writes the links back, then builds one grid per apprentice. Idempotent (an unchanged grid is not touched) and
 * resumable: a grid is built under a temporary name and renamed when complete, progress is saved after each grid,
 * and the job stops cleanly before Apps Script's 6-minute limit.
 */
import { gridLayout, gridContent, readTicks, activityRows, type GridLayout, type GridLinks } from '../domain/grid';
import { progressOf } from '../domain/progress';
import { fingerprint, sheetRowsByKey, columnOf } from '../domain/table';
import { gridTabName, TABS, SETTING_KEYS } from '../domain/workbook';
import { rememberLayout } from './live-config';
import { MESSAGES } from '../domain/messages/app';
import { refreshRecordedColumns, writeGrid } from '../gas/grid-sheet';
import type { Link } from '../gas/rich-text';
import { tell } from '../gas/ui';
import { ensureCohortFolders, type CohortFolders } from './folders';
import { rawWorkbook, loadJournal } from './load';
import { readCohort, type RawWorkbook } from '../domain/config';
import { fail, problemsToErrors, safely, type Reply } from './respond';
import { questionnaireLink } from './questionnaire';
import { services, type Services } from './services';

/**
 * Apps Script stops an execution at 6 minutes. Work is started only when it fits before the limit minus a reserve
 * for the final write-back and the message, judged on the slowest step seen so far in this execution (service
 * latency varies from day to day, so no fixed count of grids per run is safe).
 */
export const EXECUTION_LIMIT_MS = 6 * 60 * 1000;
const RESERVE_MS = 45 * 1000;
/** First guesses, before a step of the kind has been timed in this execution. */
const FIRST_GUESS_MS = { drive: 3 * 1000, grid: 20 * 1000 };
const BUILDING_PREFIX = '⏳ ';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const GRID_KEYS = {
  rows: 'olap.grid.rows', // activity code → sheet row of the latest layout
  rowsOf: (id: string) => `olap.grid.rows.${id}`, // the same, for the grid as it was last built
  tab: (id: string) => `olap.grid.tab.${id}`,
  print: (id: string) => `olap.grid.print.${id}`,
  gid: (id: string) => `olap.grid.gid.${id}`, // the tab's id, for its link: no call to ask it again
};

/**
 * Writes one column of links into a configuration tab, found by header, in one call. A tab typed without that column
 * (it is the add-on's) gets it at the right of its last header.
 */
function writeLinkColumn(s: Services, tab: string, values: unknown[][], header: string, keyHeader: string, linkOf: (key: string) => Link | null): void {
  const headers = values[0] ?? [];
  const keyCol = columnOf(headers, keyHeader);
  if (keyCol < 0 || values.length < 2) return;
  let col = columnOf(headers, header);
  if (col < 0) {
    col = headers.reduce<number>((last, cell, i) => (String(cell ?? '').trim() !== '' ? i : last), -1) + 1;
    const sheet = s.workbook.sheet(tab);
    if (!sheet) return;
    if (sheet.getMaxColumns() < col + 1) sheet.insertColumnsAfter(sheet.getMaxColumns(), col + 1 - sheet.getMaxColumns());
    s.workbook.range(tab, 1, col + 1, 1, 1).setValues([[header]]);
    values.forEach((row) => (row[col] = row[col] ?? ''));
    headers[col] = header;
  }
  const links = values.slice(1).map((row) => linkOf(String(row[keyCol] ?? '').trim()) ?? { text: String(row[col] ?? ''), url: '' });
  s.workbook.writeLinks(tab, col + 1, 2, links);
}

/** `raw` is what the run read at its start: the link columns are the add-on's, nothing else changed them since. */
function writeBackLinks(s: Services, raw: RawWorkbook, folders: CohortFolders, tabUrls: Map<string, string>): void {
  const referential = raw.referential ?? [];
  writeLinkColumn(s, TABS.referential, referential, 'Ressources', 'Code activité', (code) => {
    const url = folders.resourcesUrl(code);
    return url ? { text: 'Dossier de ressources', url } : null;
  });
  const roster = raw.roster ?? [];
  writeLinkColumn(s, TABS.roster, roster, 'Onglet', 'ID', (id) => (tabUrls.has(id) ? { text: 'Tableau individuel', url: tabUrls.get(id)! } : null));
  writeLinkColumn(s, TABS.roster, roster, 'Dépôt', 'ID', (id) => {
    const url = folders.depositUrl(id);
    return url ? { text: 'Dossier de dépôt', url } : null;
  });
  const settings = raw.settings ?? [];
  const row = sheetRowsByKey(settings, 'Paramètre').get(SETTING_KEYS.driveFolder);
  const valueCol = columnOf(settings[0] ?? [], 'Valeur');
  if (row && valueCol >= 0 && folders.rootUrl) s.workbook.writeLinks(TABS.settings, valueCol + 1, row, [{ text: 'Dossier OLAP', url: folders.rootUrl }]);
}

/** Builds the grid under a temporary name and swaps it in only when complete: no half-built grid looks finished. */
function buildGrid(s: Services, layout: GridLayout, old: Sheet | null): Sheet {
  const leftover = s.workbook.sheet(BUILDING_PREFIX + layout.tabName);
  if (leftover) s.workbook.deleteSheet(leftover);
  const sheet = s.workbook.insertSheet(BUILDING_PREFIX + layout.tabName);
  writeGrid(sheet, layout);
  if (old) s.workbook.deleteSheet(old);
  s.workbook.rename(sheet, layout.tabName);
  return sheet;
}

/** Tells whether a step of some kind still fits in this execution, learning each kind's duration as it goes. */
function stepClock(startedAt: number, now: () => number) {
  const slowest: Record<keyof typeof FIRST_GUESS_MS, number> = { ...FIRST_GUESS_MS };
  let last = now();
  return {
    fits: (kind: keyof typeof FIRST_GUESS_MS) => {
      last = now();
      return last - startedAt + slowest[kind] <= EXECUTION_LIMIT_MS - RESERVE_MS;
    },
    /** Records how long the step that started at the last `fits` took. */
    took: (kind: keyof typeof FIRST_GUESS_MS) => {
      slowest[kind] = Math.max(slowest[kind], now() - last);
    },
  };
}

export function generateGridsWith(s: Services, startedAt: number, now: () => number): Reply {
  const raw = rawWorkbook(s);
  const cohortResult = readCohort(raw, s.calendar.dayOf);
  if (!cohortResult.ok) {
    return fail(problemsToErrors(cohortResult.errors), { warnings: cohortResult.warnings.map((w) => w.message), done: 0, total: 0 });
  }
  const cohort = cohortResult.value;
  const clock = stepClock(startedAt, now);
  const total = cohort.apprentices.length;
  const warnings = cohortResult.warnings.map((w) => w.message);
  const folders = ensureCohortFolders(s, cohort, () => clock.fits('drive'));
  warnings.push(...folders.sharingProblems);
  if (!folders.complete) {
    // Grids link to the folders: they wait for the next run, which goes on with the folders still missing.
    return { ok: true, done: 0, total, complete: false, warnings, message: MESSAGES.gridsFoldersPartial(total) };
  }
  const { events } = loadJournal(s);
  const progress = progressOf(events, s.calendar.today());
  const spreadsheetUrl = s.workbook.url();

  let done = 0;
  const tabUrls = new Map<string, string>();
  s.store.set({ [GRID_KEYS.rows]: JSON.stringify(activityRows(cohort.groups)) });

  let stopped = false;
  for (const apprentice of cohort.apprentices) {
    const tabName = gridTabName(apprentice);
    const previousTab = s.store.get(GRID_KEYS.tab(apprentice.id));
    const existing = s.workbook.sheet(tabName) ?? (previousTab ? s.workbook.sheet(previousTab) : null);
    const links: GridLinks = {
      resources: (a) => folders.resourcesUrl(a.code),
      deposit: (a) => folders.depositUrl(apprentice.id, a.code),
      questionnaire: (a) => questionnaireLink(apprentice, a),
    };
    // The fingerprint covers what the configuration puts in the grid, not the journal (recording keeps the grid's
    // recorded columns up to date) nor the user's ticks (which live in the grid itself).
    // Deposit subfolders count as the apprentice's folder: recording links them in the grid when it creates them.
    const stableLinks: GridLinks = { ...links, deposit: () => folders.depositUrl(apprentice.id) };
    const print = fingerprint(JSON.stringify(gridContent(gridLayout({ cohort, apprentice, tabName, progress: new Map(), ticks: new Map(), links: stableLinks }))));
    const base = gridLayout({ cohort, apprentice, tabName, progress, ticks: new Map(), links });
    if (existing && previousTab === tabName && s.store.get(GRID_KEYS.print(apprentice.id)) === print) {
      // Same layout: the grid stays (same tab, same link); its recorded columns are rewritten from the journal in
      // one write, so the grid is always the journal's projection.
      refreshRecordedColumns(existing, base);
      tabUrls.set(apprentice.id, `${spreadsheetUrl}#gid=${s.store.get(GRID_KEYS.gid(apprentice.id)) ?? existing.getSheetId()}`);
      done++;
      continue;
    }
    if (stopped || !clock.fits('grid')) {
      // Left for the next run: its link keeps pointing at the grid it already has, if any.
      stopped = true;
      if (existing && previousTab === existing.getName()) tabUrls.set(apprentice.id, `${spreadsheetUrl}#gid=${existing.getSheetId()}`);
      continue;
    }
    const ticks = existing ? readTicks(existing.getDataRange().getValues()) : new Map();
    const layout = ticks.size ? gridLayout({ cohort, apprentice, tabName, progress, ticks, links }) : base;
    const sheet = buildGrid(s, layout, existing);
    const gid = String(sheet.getSheetId());
    tabUrls.set(apprentice.id, `${spreadsheetUrl}#gid=${gid}`);
    // Saved after each grid: an interrupted run resumes after the last finished grid.
    s.store.set({ [GRID_KEYS.tab(apprentice.id)]: tabName, [GRID_KEYS.print(apprentice.id)]: print, [GRID_KEYS.gid(apprentice.id)]: gid, [GRID_KEYS.rowsOf(apprentice.id)]: JSON.stringify(activityRows(cohort.groups)) });
    clock.took('grid');
    done++;
  }
  writeBackLinks(s, raw, folders, tabUrls);
  rememberLayout(s);
  const complete = done === total;
  const message = complete ? MESSAGES.gridsDone(done, total) : MESSAGES.gridsPartial(done, total);
  return { ok: true, done, total, complete, warnings, message };
}

export const generateGrids = safely('generateGrids', () => {
  const startedAt = Date.now();
  const result = generateGridsWith(services(), startedAt, () => Date.now());
  if (!result.ok) {
    const errors = (result.errors as { message: string }[]).map((e) => `• ${e.message}`).join('\n');
    tell(`${MESSAGES.configErrors((result.errors as unknown[]).length)}\n\n${errors}`);
  } else {
    const warnings = (result.warnings as string[]).length ? `\n\n${MESSAGES.configWarnings}\n${(result.warnings as string[]).map((w) => `• ${w}`).join('\n')}` : '';
    tell(String(result.message) + warnings);
  }
  return result;
});

/**
 * Where each activity sits in one apprentice's grid. Each grid remembers its own rows: after the referential changed,
 * a run that stopped part-way leaves grids of the old and the new layout side by side until the next run.
 */
export function gridRowsOf(s: Services, apprenticeId: string): Record<string, number> {
  return s.store.getJson<Record<string, number> | null>(GRID_KEYS.rowsOf(apprenticeId), null) ?? s.store.getJson<Record<string, number>>(GRID_KEYS.rows, {});
}
