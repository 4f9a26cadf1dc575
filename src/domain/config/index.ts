/**
 * Reads and validates a cohort's configuration tabs (SPEC §3) from the raw `getValues()` matrices. Every problem of
 * every tab is reported together, so the manager fixes the workbook in one pass instead of one error per run.
 */
import { CONFIG_MESSAGES } from '../messages/config';
import type { Cohort, IsoDay, Problem, Result } from '../types';
import { TABS } from '../workbook';
import { isBlankRow } from './cells';
import { readIndicators } from './indicators';
import { readPeriods } from './periods';
import { readReferential } from './referential';
import { readRoster } from './roster';
import { defaultSettings, readSettings } from './settings';
import { readSubjects } from './subjects';
import { Problems } from './table';

export { defaultSettings } from './settings';
export { normalizeKey } from './cells';

/**
 * Each entry is the `getValues()` matrix of a tab (row 0 = headers, row 1 = sheet row 2); null = the tab does not
 * exist; undefined = not read (that part is neither validated nor cross-checked, and comes out empty or default).
 */
export interface RawWorkbook {
  settings?: unknown[][] | null;
  periods?: unknown[][] | null;
  referential?: unknown[][] | null;
  subjects?: unknown[][] | null;
  roster?: unknown[][] | null;
  indicators?: unknown[][] | null;
}

const isEmptyTab = (values: unknown[][]): boolean => values.every((row) => isBlankRow(row));

export function readCohort(raw: RawWorkbook, dayOf: (d: Date) => IsoDay): Result<Cohort> {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  /** Runs `read` on a tab that exists; a missing required tab is an error, a missing optional one is empty. */
  function tab<T>(
    name: string,
    values: unknown[][] | null | undefined,
    required: boolean,
    read: (values: unknown[][], problems: Problems, tabWarnings: Problems) => T,
  ): T | undefined {
    if (values === undefined) return undefined;
    if (values === null || (!required && isEmptyTab(values))) {
      if (values === null && required) errors.push({ tab: name, message: CONFIG_MESSAGES.tabMissing(name) });
      return undefined;
    }
    const problems = new Problems(name);
    const tabWarnings = new Problems(name);
    const value = read(values, problems, tabWarnings);
    errors.push(...problems.list);
    warnings.push(...tabWarnings.list);
    return value;
  }

  const settings = tab(TABS.settings, raw.settings, true, readSettings) ?? defaultSettings();
  const periods = tab(TABS.periods, raw.periods, false, (v, p) => readPeriods(v, dayOf, p));
  const referential = tab(TABS.referential, raw.referential, true, (v, p, w) =>
    readReferential(v, settings.categories, p, w),
  );
  // Cross-checks run only against a tab that could be read: a missing tab or column already has its own error.
  const subjects = tab(TABS.subjects, raw.subjects, false, (v, p) => readSubjects(v, referential?.activities, p));
  const apprentices = tab(TABS.roster, raw.roster, true, readRoster);
  const indicators = tab(TABS.indicators, raw.indicators, false, (v, p) => readIndicators(v, apprentices, dayOf, p));

  if (errors.length > 0) return { ok: false, errors, warnings };
  return {
    ok: true,
    value: {
      settings,
      periods: periods ?? [],
      groups: referential?.groups ?? [],
      activities: referential?.activities ?? [],
      subjects: subjects ?? [],
      apprentices: apprentices ?? [],
      indicators: indicators ?? [],
    },
    warnings,
  };
}
