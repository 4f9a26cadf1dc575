/**
 * The individual grid (tableau individuel) of one apprentice, as plain rows: a header block naming the people, then
 * one row per activity group and one per sub-activity. It is a projection of the configuration and the journal, so
 * rebuilding it gives the same grid; only the AR/AS/period ticks are the user's own and are carried over.
 */
import type { Activity, ActivityGroup, Actor, Apprentice, Cohort } from './types';
import { ACTORS } from './types';
import { GRID_HEADERS } from './workbook';
import type { ActivityProgress } from './progress';
import { progressKey } from './progress';
import { CODE_LABELS } from './codes';

/** Rows 1–4 name the apprentice and the people around them; row 6 holds the table headers. */
export const GRID_HEADER_ROW = 6;
export const GRID_FIRST_ROW = GRID_HEADER_ROW + 1;

/** 1-based column of each fixed grid header. */
export const GRID_COLUMN = Object.fromEntries(GRID_HEADERS.map((h, i) => [h, i + 1])) as Record<(typeof GRID_HEADERS)[number], number>;
export const ACTOR_COLUMN: Record<Actor, number> = { Entreprise: GRID_COLUMN.Entreprise, Formateur: GRID_COLUMN.Formateur, Alternant: GRID_COLUMN.Alternant };
/** The contiguous span the recording rewrites in one write: Entreprise … Évalué le. */
export const RECORDED_SPAN = { first: GRID_COLUMN.Entreprise, last: GRID_COLUMN['Évalué le'] };

export interface Ticks {
  ar: boolean;
  as: boolean;
  periods: Record<string, boolean>; // by period name
}

export interface GridLinks {
  resources(activity: Activity): string;
  deposit(activity: Activity): string;
  questionnaire(activity: Activity): string;
}

export type GridRow =
  | { kind: 'group'; group: ActivityGroup; values: unknown[] }
  | { kind: 'activity'; activity: Activity; values: unknown[]; links: { activity: string; deposit: string; questionnaire: string } };

export interface GridLayout {
  tabName: string;
  width: number;
  header: unknown[][]; // rows 1 … GRID_HEADER_ROW - 1
  columns: string[]; // row GRID_HEADER_ROW
  rows: GridRow[]; // from GRID_FIRST_ROW
}

const person = (first: string, last: string, email: string) =>
  [`${first} ${last.toUpperCase()}`.trim(), email].filter(Boolean).join(' — ');

/** The sheet row of every activity, the same in every grid (they all follow the referential's order). */
export function activityRows(groups: ActivityGroup[]): Record<string, number> {
  const rows: Record<string, number> = {};
  let row = GRID_FIRST_ROW;
  for (const group of groups) {
    row++; // the group's own row
    for (const activity of group.activities) rows[activity.code] = row++;
  }
  return rows;
}

/** The values of the recorded span (Entreprise … Évalué le) for one activity, from its progress. */
export function recordedSpan(progress: ActivityProgress | undefined): unknown[] {
  const codes = ACTORS.map((actor) => progress?.latestByActor[actor]?.code ?? '');
  const need = progress?.latestNeed;
  return [...codes, need?.identifiedOn ?? '', need?.dueOn ?? '', need?.precision ?? '', progress?.latestEvaluation?.evaluatedOn ?? ''];
}

function subjectsOf(cohort: Cohort, activity: Activity): string {
  return cohort.subjects
    .filter((s) => s.activityCodes.includes(activity.code))
    .map((s) => (s.objective ? `${s.name} : ${s.objective}` : s.name))
    .join('\n');
}

export function gridLayout(input: {
  cohort: Cohort;
  apprentice: Apprentice;
  tabName: string;
  progress: Map<string, ActivityProgress>;
  ticks: Map<string, Ticks>;
  links: GridLinks;
}): GridLayout {
  const { cohort, apprentice, progress, ticks, links } = input;
  const periods = cohort.periods.map((p) => p.name);
  const columns = [...GRID_HEADERS, ...periods];
  const width = columns.length;
  const line = (...cells: unknown[]) => [...cells, ...Array(Math.max(0, width - cells.length)).fill('')].slice(0, width);
  const s = cohort.settings;
  const header = [
    line(`Tableau individuel — ${apprentice.firstName} ${apprentice.lastName.toUpperCase()} (${apprentice.id})`),
    line('Entreprise :', apprentice.company, '', '', 'Tuteur :', person(apprentice.tutorFirstName, apprentice.tutorLastName, apprentice.tutorEmail)),
    line('Formateur :', person(apprentice.trainerFirstName, apprentice.trainerLastName, apprentice.trainerEmail), '', '', 'Formation :', `${s.programme} — ${s.level} — ${s.centre}`),
    line('Statut :', apprentice.status, '', '', 'Codes :', (Object.keys(CODE_LABELS) as (keyof typeof CODE_LABELS)[]).map((c) => `${c} = ${CODE_LABELS[c]}`).join(' · ')),
    line(),
  ];

  const rows: GridRow[] = [];
  for (const group of cohort.groups) {
    rows.push({ kind: 'group', group, values: line(group.code, group.label) });
    for (const activity of group.activities) {
      const tick = ticks.get(activity.code);
      const mcq = activity.mcq.length ? `Questionnaire (${activity.mcq.length} choix)` : '';
      rows.push({
        kind: 'activity',
        activity,
        links: { activity: links.resources(activity), deposit: links.deposit(activity), questionnaire: activity.mcq.length ? links.questionnaire(activity) : '' },
        values: line(
          activity.code,
          activity.label,
          tick?.ar ?? false,
          tick?.as ?? false,
          ...recordedSpan(progress.get(progressKey(apprentice.id, activity.code))),
          'Déposer',
          mcq,
          subjectsOf(cohort, activity),
          ...periods.map((p) => tick?.periods[p] ?? false),
        ),
      });
    }
  }
  return { tabName: input.tabName, width, header, columns, rows };
}

/**
 * What a grid shows (values and links), without the domain objects behind its rows: those carry links the add-on
 * writes back to the configuration tabs, which must not make an unchanged grid look changed.
 */
export function gridContent(layout: GridLayout): unknown {
  return {
    tabName: layout.tabName,
    header: layout.header,
    columns: layout.columns,
    rows: layout.rows.map((row) => (row.kind === 'activity' ? [row.values, row.links] : [row.values])),
  };
}

/** The recorded span (Entreprise … Évalué le) of every table row, blank on group rows: one write refreshes it. */
export function recordedColumns(layout: GridLayout): unknown[][] {
  return layout.rows.map((row) => row.values.slice(RECORDED_SPAN.first - 1, RECORDED_SPAN.last));
}

/** Reads the user's ticks back from an existing grid (found by its headers), so a rebuild keeps them. */
export function readTicks(values: unknown[][]): Map<string, Ticks> {
  const ticks = new Map<string, Ticks>();
  const headerIndex = values.findIndex((row) => row.some((c) => String(c).trim() === 'Code') && row.some((c) => String(c).trim() === 'AR'));
  if (headerIndex < 0) return ticks;
  const header = values[headerIndex].map((c) => String(c).trim());
  const col = (name: string) => header.indexOf(name);
  const fixed = new Set<string>(GRID_HEADERS);
  const periodColumns = header.map((h, i) => [h, i] as const).filter(([h]) => h !== '' && !fixed.has(h));
  const isTicked = (v: unknown) => v === true || String(v).trim().toUpperCase() === 'TRUE';
  for (const row of values.slice(headerIndex + 1)) {
    const code = String(row[col('Code')] ?? '').trim();
    if (!code) continue;
    ticks.set(code, {
      ar: isTicked(row[col('AR')]),
      as: isTicked(row[col('AS')]),
      periods: Object.fromEntries(periodColumns.map(([h, i]) => [h, isTicked(row[i])])),
    });
  }
  return ticks;
}

/** Which apprentice a grid tab belongs to: the ID before ` · ` in its name. */
export function apprenticeIdOfTab(tabName: string): string | null {
  const m = /^(.+?) · /.exec(tabName);
  return m ? m[1].trim() : null;
}

