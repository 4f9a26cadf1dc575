/**
 * The `Synoptique` tab (SPEC §3) as one rectangle, written by one `setValues` and one `setBackgrounds`:
 * title, groups band, one row per current apprentice, totals per activity, apprentices who left apart (greyed),
 * a legend, then the `Mises en relation` table. A pure projection: the same inputs give the same block.
 */
import { CODE_COLOURS, CODE_LABELS, GROUP_COLOUR, LEFT_COLOUR, OVERDUE_COLOUR } from './codes';
import { frenchDay } from './dates';
import { PAIRING_TEXT, SYNOPTIC_TEXT } from './messages/reporting';
import type { Helper, Pairing } from './pairing';
import { apprenticeName, helpersText, pairings } from './pairing';
import type { ActivityProgress } from './progress';
import { progressOf } from './progress';
import { BlockWriter, headerCell, PLAIN, type Cell, type SheetBlock, type Style } from './sheet-block';
import type { Activity, Apprentice, Cohort, Code, IsoDay, JournalEvent } from './types';
import { CODES } from './types';

// The block's shapes live in sheet-block.ts; re-exported for the modules that took them from here.
export { headerCell, toSheetBlock, type Cell, type SheetBlock } from './sheet-block';

const LEFT_TEXT_COLOUR = '#666666';
/** Apprentices who left are greyed, whole row. */
const LEFT: Style = { background: LEFT_COLOUR, fontColor: LEFT_TEXT_COLOUR };
const LEFT_EMPTY: Style = { background: LEFT_COLOUR }; // an empty activity cell of theirs keeps the default text colour
const TOTALS: Style = { background: GROUP_COLOUR };
const TOTALS_BOLD: Style = { background: GROUP_COLOUR, bold: true };
const OVERDUE_DATE: Style = { background: OVERDUE_COLOUR, bold: true };
const NEED: Style = { background: CODE_COLOURS.I };
// Coloured like the grids (SPEC §3); an overdue need is flagged by its text, `I !`, in bold, which keeps the code first.
const STATUS = Object.fromEntries(CODES.map((code) => [code, { background: CODE_COLOURS[code] }])) as Record<Code, Style>;
const STATUS_OVERDUE: Style = { background: CODE_COLOURS.I, bold: true };

// Columns of an apprentice row: ID, name, company, then one per activity, then the totals.
const FIRST_ACTIVITY_COLUMN = 3;

interface Counts {
  open: number;
  overdue: number;
  A: number;
  EC: number;
  R: number;
}

const zero = (): Counts => ({ open: 0, overdue: 0, A: 0, EC: 0, R: 0 });
const countsRow = (c: Counts): number[] => [c.open, c.overdue, c.A, c.EC, c.R];

function add(counts: Counts, progress: ActivityProgress, today: IsoDay): void {
  counts.open += progress.openNeeds.length;
  if (progress.overdue) for (const need of progress.openNeeds) if (need.dueOn < today) counts.overdue += 1;
  if (progress.status === 'A' || progress.status === 'EC' || progress.status === 'R') counts[progress.status] += 1;
}

function writeStatus(block: BlockWriter, row: number, column: number, progress: ActivityProgress | undefined, left: boolean, today: IsoDay): void {
  if (!progress || progress.status === '') {
    if (left) block.set(row, column, '', LEFT_EMPTY);
    return;
  }
  const open = progress.openNeeds;
  const need = progress.overdue ? open.find((n) => n.dueOn < today) : open[open.length - 1];
  const value = progress.overdue ? SYNOPTIC_TEXT.overdueMark : progress.status;
  const note = !need
    ? undefined
    : progress.overdue
      ? SYNOPTIC_TEXT.overdueNote(frenchDay(need.dueOn), need.precision)
      : SYNOPTIC_TEXT.openNote(frenchDay(need.dueOn), need.precision);
  block.set(row, column, value, left ? LEFT : progress.overdue ? STATUS_OVERDUE : STATUS[progress.status], note);
}

/** Consecutive activities of the same group share one band label, alternately shaded to show where groups change. */
function bandRow(activities: Activity[]): Cell[] {
  const row: Cell[] = [{ value: '' }, { value: '' }, { value: SYNOPTIC_TEXT.groupHeader, bold: true }];
  let shade = false;
  activities.forEach((activity, i) => {
    const starts = i === 0 || activities[i - 1].groupCode !== activity.groupCode;
    if (starts) shade = !shade;
    const label = starts ? [activity.groupCode, activity.group].filter((p) => p !== '').join(' · ') : '';
    row.push({ value: label, background: shade ? GROUP_COLOUR : null, bold: true, note: starts ? activity.group : undefined });
  });
  SYNOPTIC_TEXT.totalHeaders.forEach((_, i) =>
    row.push({ value: i === 0 ? SYNOPTIC_TEXT.totalsGroup : '', background: GROUP_COLOUR, bold: true }),
  );
  return row;
}

function writePairings(block: BlockWriter, list: Pairing[]): void {
  block.push([{ value: PAIRING_TEXT.title, bold: true }]);
  block.push([{ value: PAIRING_TEXT.intro }]);
  block.push(PAIRING_TEXT.headers.map((header) => headerCell(header)));
  if (list.length === 0) block.push([{ value: PAIRING_TEXT.none }]);
  // The pairings of an activity share one helper list, so its text is composed once per activity.
  const helpersTexts = new Map<readonly Helper[], string>();
  for (const p of list) {
    let helpers = helpersTexts.get(p.helpers);
    if (helpers === undefined) {
      helpers = p.helpers.length > 0 ? helpersText(p.helpers, p.activity.code) : PAIRING_TEXT.noHelper;
      helpersTexts.set(p.helpers, helpers);
    }
    const row = block.addRow();
    block.set(row, 0, p.activity.code, NEED, p.activity.label);
    block.set(row, 1, p.need.precision);
    block.set(row, 2, apprenticeName(p.apprentice), PLAIN, p.apprentice.company);
    block.set(row, 3, frenchDay(p.need.dueOn) + (p.overdue ? PAIRING_TEXT.overdueSuffix : ''), p.overdue ? OVERDUE_DATE : PLAIN);
    block.set(row, 4, helpers);
  }
}

function legendRows(): Cell[][] {
  const rows: Cell[][] = [[{ value: SYNOPTIC_TEXT.legendTitle, bold: true }]];
  for (const code of CODES) rows.push([{ value: code, background: CODE_COLOURS[code] }, { value: CODE_LABELS[code] }]);
  rows.push([{ value: SYNOPTIC_TEXT.overdueMark, background: CODE_COLOURS.I, bold: true }, { value: SYNOPTIC_TEXT.legendOverdue }]);
  rows.push([{ value: SYNOPTIC_TEXT.legendLeftSample, ...LEFT }, { value: SYNOPTIC_TEXT.legendLeft }]);
  rows.push([{ value: '' }, { value: SYNOPTIC_TEXT.legendEmpty }]);
  return rows;
}

/**
 * Each apprentice's progress by activity column, placed in one pass over the progress: looking each cell up by
 * `progressKey` would build a key string per cell (60,000 for 1,000 apprentices × 60 activities). `columns[i]` is
 * where activity `i` reads: a code listed twice reads the same entry in both columns, as a keyed lookup would.
 */
function progressRows(progress: Map<string, ActivityProgress>, activities: Activity[]) {
  const columnOf = new Map(activities.map((activity, i) => [activity.code, i]));
  const rows = new Map<string, (ActivityProgress | undefined)[]>();
  for (const entry of progress.values()) {
    const column = columnOf.get(entry.activityCode);
    if (column === undefined) continue;
    let row = rows.get(entry.apprenticeId);
    if (!row) {
      row = [];
      rows.set(entry.apprenticeId, row);
    }
    row[column] = entry;
  }
  return { rows, columns: activities.map((activity) => columnOf.get(activity.code) as number) };
}

/**
 * `progress` is `progressOf(events, today)` and `list` is `pairings(cohort, progress, today)`, with the same `today`:
 * a caller that already holds them passes them, so the journal is not projected twice.
 */
export function synopticSheet(
  cohort: Cohort,
  events: JournalEvent[],
  today: IsoDay,
  progress: Map<string, ActivityProgress> = progressOf(events, today),
  list: Pairing[] = pairings(cohort, progress, today),
): { block: SheetBlock; summary: { apprentices: number; activities: number; openNeeds: number; overdueNeeds: number } } {
  const activities = cohort.activities;
  const current = cohort.apprentices.filter((a) => a.status !== 'sorti');
  const left = cohort.apprentices.filter((a) => a.status === 'sorti');
  const summary = {
    apprentices: cohort.apprentices.length,
    activities: activities.length,
    openNeeds: list.length,
    overdueNeeds: list.filter((p) => p.overdue).length,
  };
  const totalsColumn = FIRST_ACTIVITY_COLUMN + activities.length;
  const totalHeaders = SYNOPTIC_TEXT.totalHeaders;
  // The widest rows: an apprentice's, the pairing table's, the legend's.
  const block = new BlockWriter(Math.max(totalsColumn + totalHeaders.length, PAIRING_TEXT.headers.length, 2));
  const perActivity = activities.map(zero);
  const byCell = progressRows(progress, activities);

  const writeApprentice = (apprentice: Apprentice, isLeft: boolean): void => {
    const row = block.addRow();
    const style = isLeft ? LEFT : PLAIN;
    block.set(row, 0, apprentice.id, style);
    block.set(row, 1, apprenticeName(apprentice), style, apprentice.status === 'suspendu' ? SYNOPTIC_TEXT.suspendedNote : undefined);
    block.set(row, 2, apprentice.company, style);
    const own = zero();
    const entries = byCell.rows.get(apprentice.id) ?? [];
    for (let i = 0; i < activities.length; i++) {
      const entry = entries[byCell.columns[i]];
      if (entry) {
        add(own, entry, today);
        if (!isLeft) add(perActivity[i], entry, today);
      }
      writeStatus(block, row, FIRST_ACTIVITY_COLUMN + i, entry, isLeft, today);
    }
    countsRow(own).forEach((n, i) => block.set(row, totalsColumn + i, n, i === 1 && n > 0 && !isLeft ? { ...style, bold: true } : style));
  };

  block.push([{ value: SYNOPTIC_TEXT.title(cohort.settings.programme, cohort.settings.level, frenchDay(today)), bold: true }]);
  block.push([{ value: SYNOPTIC_TEXT.summary(summary.apprentices, summary.activities, summary.openNeeds, summary.overdueNeeds) }]);
  block.push(bandRow(activities));
  block.push([
    headerCell(SYNOPTIC_TEXT.idHeader),
    headerCell(SYNOPTIC_TEXT.nameHeader),
    headerCell(SYNOPTIC_TEXT.companyHeader),
    ...activities.map((activity) => headerCell(activity.code, activity.label)),
    ...totalHeaders.map((header) => headerCell(header)),
  ]);
  const frozenRows = block.height;
  for (const apprentice of current) writeApprentice(apprentice, false);
  SYNOPTIC_TEXT.activityTotals.forEach((label, t) => {
    const row = block.addRow();
    const perColumn = perActivity.map((c) => countsRow(c)[t]);
    block.set(row, 0, '', TOTALS);
    block.set(row, 1, label, TOTALS_BOLD);
    block.set(row, 2, '', TOTALS);
    perColumn.forEach((n, i) => block.set(row, FIRST_ACTIVITY_COLUMN + i, n, TOTALS));
    const grand = perColumn.reduce((sum, n) => sum + n, 0);
    totalHeaders.forEach((_, i) => block.set(row, totalsColumn + i, i === t ? grand : '', TOTALS_BOLD));
  });
  if (left.length > 0) {
    block.addRow();
    block.push([{ value: SYNOPTIC_TEXT.leftTitle, bold: true }]);
    for (const apprentice of left) writeApprentice(apprentice, true);
  }
  block.addRow();
  legendRows().forEach((cells) => block.push(cells));
  block.addRow();
  writePairings(block, list);
  return { block: block.build(frozenRows, 2), summary };
}
