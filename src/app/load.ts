/**
 * Reads the configuration tabs and the journal, each in one call, into the domain's values.
 */
import { readCohort, type RawWorkbook } from '../domain/config';
import { readJournal } from '../domain/journal';
import { TABS } from '../domain/workbook';
import type { Cohort, JournalEvent, Problem, Result } from '../domain/types';
import type { Services } from './services';

export type TabSelection = Partial<Record<keyof RawWorkbook, boolean>>;

const ALL: TabSelection = { settings: true, periods: true, referential: true, subjects: true, roster: true, indicators: true };

const TAB_OF: Record<keyof RawWorkbook, string> = {
  settings: TABS.settings,
  periods: TABS.periods,
  referential: TABS.referential,
  subjects: TABS.subjects,
  roster: TABS.roster,
  indicators: TABS.indicators,
};

export function rawWorkbook(s: Services, tabs: TabSelection = ALL): RawWorkbook {
  const raw: RawWorkbook = {};
  for (const key of Object.keys(TAB_OF) as (keyof RawWorkbook)[]) {
    if (tabs[key]) raw[key] = s.workbook.read(TAB_OF[key]);
  }
  return raw;
}

export function loadCohort(s: Services, tabs: TabSelection = ALL): Result<Cohort> {
  return readCohort(rawWorkbook(s, tabs), s.calendar.dayOf);
}

export function loadJournal(s: Services): { events: JournalEvent[]; problems: Problem[] } {
  const values = s.workbook.read(TABS.journal);
  return values ? readJournal(values, s.calendar.dayOf) : { events: [], problems: [] };
}
