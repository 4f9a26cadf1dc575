/**
 * The `Synoptique` tab (SPEC §3) as one rectangle, written by one `setValues` and one `setBackgrounds`:
 * title, groups band, one row per current apprentice, totals per activity, apprentices who left apart (greyed),
 * a legend, then the `Mises en relation` table. A pure projection: the same inputs give the same block.
 */
import { CODE_COLOURS, CODE_LABELS, GROUP_COLOUR, LEFT_COLOUR, LIGHT_HEADER_COLOUR, OVERDUE_COLOUR } from './codes';
import { frenchDay } from './dates';
import { PAIRING_TEXT, SYNOPTIC_TEXT } from './messages/reporting';
import type { Pairing } from './pairing';
import { apprenticeName, helpersText, pairings } from './pairing';
import type { ActivityProgress } from './progress';
import { progressKey, progressOf } from './progress';
import type { Activity, Apprentice, Cohort, IsoDay, JournalEvent } from './types';
import { CODES } from './types';

export interface SheetBlock {
  values: (string | number)[][];
  backgrounds: (string | null)[][];
  fontColors: (string | null)[][];
  fontWeights: ('bold' | 'normal')[][];
  notes?: string[][];
  frozenRows: number;
  frozenColumns: number;
}

export interface Cell {
  value: string | number;
  background?: string | null;
  fontColor?: string | null;
  bold?: boolean;
  note?: string;
}

const LEFT_TEXT_COLOUR = '#666666';

export const headerCell = (value: string, note?: string): Cell => ({
  value,
  background: LIGHT_HEADER_COLOUR,
  bold: true,
  note,
});

/** Pads every row to the widest one, so the block is a rectangle Sheets accepts in one write. */
export function toSheetBlock(rows: Cell[][], frozenRows: number, frozenColumns: number): SheetBlock {
  let width = 1;
  for (const row of rows) width = Math.max(width, row.length);
  const block: SheetBlock = { values: [], backgrounds: [], fontColors: [], fontWeights: [], frozenRows, frozenColumns };
  const notes: string[][] = [];
  let hasNotes = false;
  // Plain loops: a large cohort makes a rectangle of a million cells, five times over.
  for (const row of rows) {
    const values: (string | number)[] = new Array(width);
    const backgrounds: (string | null)[] = new Array(width);
    const fontColors: (string | null)[] = new Array(width);
    const fontWeights: ('bold' | 'normal')[] = new Array(width);
    const rowNotes: string[] = new Array(width);
    for (let c = 0; c < width; c++) {
      const cell = row[c];
      values[c] = cell ? cell.value : '';
      backgrounds[c] = cell?.background ?? null;
      fontColors[c] = cell?.fontColor ?? null;
      fontWeights[c] = cell?.bold ? 'bold' : 'normal';
      rowNotes[c] = cell?.note ?? '';
      if (cell?.note) hasNotes = true;
    }
    block.values.push(values);
    block.backgrounds.push(backgrounds);
    block.fontColors.push(fontColors);
    block.fontWeights.push(fontWeights);
    notes.push(rowNotes);
  }
  if (hasNotes) block.notes = notes;
  return block;
}

interface Counts {
  open: number;
  overdue: number;
  A: number;
  EC: number;
  R: number;
}

const zero = (): Counts => ({ open: 0, overdue: 0, A: 0, EC: 0, R: 0 });
const countsRow = (c: Counts): number[] => [c.open, c.overdue, c.A, c.EC, c.R];

function add(counts: Counts, progress: ActivityProgress | undefined, today: IsoDay): void {
  if (!progress) return;
  counts.open += progress.openNeeds.length;
  counts.overdue += progress.openNeeds.filter((need) => need.dueOn < today).length;
  if (progress.status === 'A' || progress.status === 'EC' || progress.status === 'R') counts[progress.status] += 1;
}

function statusCell(progress: ActivityProgress | undefined, left: boolean, today: IsoDay): Cell {
  if (!progress || progress.status === '') return { value: '', background: left ? LEFT_COLOUR : null };
  const open = progress.openNeeds;
  const need = progress.overdue ? open.find((n) => n.dueOn < today) : open[open.length - 1];
  const value = progress.overdue ? SYNOPTIC_TEXT.overdueMark : progress.status;
  // Coloured like the grids (SPEC §3); an overdue need is flagged by its text, `I !`, which keeps the code first.
  const colour = CODE_COLOURS[progress.status];
  const note = !need
    ? undefined
    : progress.overdue
      ? SYNOPTIC_TEXT.overdueNote(frenchDay(need.dueOn), need.precision)
      : SYNOPTIC_TEXT.openNote(frenchDay(need.dueOn), need.precision);
  return left
    ? { value, background: LEFT_COLOUR, fontColor: LEFT_TEXT_COLOUR, note }
    : { value, background: colour, bold: progress.overdue, note };
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

function pairingRows(list: Pairing[]): Cell[][] {
  const rows: Cell[][] = [[{ value: PAIRING_TEXT.title, bold: true }], [{ value: PAIRING_TEXT.intro }]];
  rows.push(PAIRING_TEXT.headers.map((header) => headerCell(header)));
  if (list.length === 0) rows.push([{ value: PAIRING_TEXT.none }]);
  for (const p of list) {
    rows.push([
      { value: p.activity.code, background: CODE_COLOURS.I, note: p.activity.label },
      { value: p.need.precision },
      { value: apprenticeName(p.apprentice), note: p.apprentice.company || undefined },
      {
        value: frenchDay(p.need.dueOn) + (p.overdue ? PAIRING_TEXT.overdueSuffix : ''),
        background: p.overdue ? OVERDUE_COLOUR : null,
        bold: p.overdue,
      },
      { value: p.helpers.length > 0 ? helpersText(p.helpers, p.activity.code) : PAIRING_TEXT.noHelper },
    ]);
  }
  return rows;
}

function legendRows(): Cell[][] {
  const rows: Cell[][] = [[{ value: SYNOPTIC_TEXT.legendTitle, bold: true }]];
  for (const code of CODES) rows.push([{ value: code, background: CODE_COLOURS[code] }, { value: CODE_LABELS[code] }]);
  rows.push([{ value: SYNOPTIC_TEXT.overdueMark, background: CODE_COLOURS.I, bold: true }, { value: SYNOPTIC_TEXT.legendOverdue }]);
  rows.push([
    { value: SYNOPTIC_TEXT.legendLeftSample, background: LEFT_COLOUR, fontColor: LEFT_TEXT_COLOUR },
    { value: SYNOPTIC_TEXT.legendLeft },
  ]);
  rows.push([{ value: '' }, { value: SYNOPTIC_TEXT.legendEmpty }]);
  return rows;
}

export function synopticSheet(
  cohort: Cohort,
  events: JournalEvent[],
  today: IsoDay,
): { block: SheetBlock; summary: { apprentices: number; activities: number; openNeeds: number; overdueNeeds: number } } {
  const progress = progressOf(events, today);
  const activities = cohort.activities;
  const current = cohort.apprentices.filter((a) => a.status !== 'sorti');
  const left = cohort.apprentices.filter((a) => a.status === 'sorti');
  const list = pairings(cohort, progress, today);
  const summary = {
    apprentices: cohort.apprentices.length,
    activities: activities.length,
    openNeeds: list.length,
    overdueNeeds: list.filter((p) => p.overdue).length,
  };
  const perActivity = activities.map(zero);

  const apprenticeRow = (apprentice: Apprentice, isLeft: boolean): Cell[] => {
    const own = zero();
    const cells = activities.map((activity, i) => {
      const entry = progress.get(progressKey(apprentice.id, activity.code));
      add(own, entry, today);
      if (!isLeft) add(perActivity[i], entry, today);
      return statusCell(entry, isLeft, today);
    });
    const style = isLeft ? { background: LEFT_COLOUR, fontColor: LEFT_TEXT_COLOUR } : {};
    return [
      { value: apprentice.id, ...style },
      { value: apprenticeName(apprentice), ...style, note: apprentice.status === 'suspendu' ? SYNOPTIC_TEXT.suspendedNote : undefined },
      { value: apprentice.company, ...style },
      ...cells,
      ...countsRow(own).map((n, i): Cell => ({ value: n, ...style, bold: i === 1 && n > 0 && !isLeft })),
    ];
  };

  const rows: Cell[][] = [
    [{ value: SYNOPTIC_TEXT.title(cohort.settings.programme, cohort.settings.level, frenchDay(today)), bold: true }],
    [{ value: SYNOPTIC_TEXT.summary(summary.apprentices, summary.activities, summary.openNeeds, summary.overdueNeeds) }],
    bandRow(activities),
    [
      headerCell(SYNOPTIC_TEXT.idHeader),
      headerCell(SYNOPTIC_TEXT.nameHeader),
      headerCell(SYNOPTIC_TEXT.companyHeader),
      ...activities.map((activity) => headerCell(activity.code, activity.label)),
      ...SYNOPTIC_TEXT.totalHeaders.map((header) => headerCell(header)),
    ],
  ];
  const frozenRows = rows.length;
  for (const apprentice of current) rows.push(apprenticeRow(apprentice, false));
  SYNOPTIC_TEXT.activityTotals.forEach((label, t) => {
    const grand = perActivity.reduce((sum, c) => sum + countsRow(c)[t], 0);
    rows.push([
      { value: '', background: GROUP_COLOUR },
      { value: label, background: GROUP_COLOUR, bold: true },
      { value: '', background: GROUP_COLOUR },
      ...perActivity.map((c): Cell => ({ value: countsRow(c)[t], background: GROUP_COLOUR })),
      ...SYNOPTIC_TEXT.totalHeaders.map((_, i): Cell => ({ value: i === t ? grand : '', background: GROUP_COLOUR, bold: true })),
    ]);
  });
  if (left.length > 0) {
    rows.push([], [{ value: SYNOPTIC_TEXT.leftTitle, bold: true }]);
    for (const apprentice of left) rows.push(apprenticeRow(apprentice, true));
  }
  rows.push([], ...legendRows(), [], ...pairingRows(list));
  return { block: toSheetBlock(rows, frozenRows, 2), summary };
}
