/**
 * What recording and the sidebar need from the configuration, read live and leniently: a wrong cell elsewhere in the
 * roster or the referential must not stop a trainer from recording for a valid apprentice (« Générer les grilles »
 * is where the whole configuration is checked). Two values rarely change and cost a call each, so they are kept in
 * document properties: the spreadsheet's time zone and the journal's header row. Budget: one read per tab.
 */
import { readReferential } from '../domain/config/referential';
import { readRoster } from '../domain/config/roster';
import { readSettings } from '../domain/config/settings';
import { Problems } from '../domain/config/table';
import type { Activity, Apprentice, Cohort, Settings } from '../domain/types';
import { JOURNAL_HEADERS, TABS } from '../domain/workbook';
import { CONFIG_NOT_READY } from '../domain/messages/notices';
import { TIME_ZONE_KEY, type Services } from './services';

export interface LiveConfig {
  timeZone: string;
  settings: Settings;
  activities: Activity[];
  apprentices: Apprentice[];
  journalHeader: string[];
}

const KEY = { journalHeader: 'olap.journal.header' };

/** Remembers the two cached values; called by setup and by « Générer les grilles ». */
export function rememberLayout(s: Services): void {
  const header = s.workbook.readHeader(TABS.journal).map(String).filter(Boolean);
  s.store.set({ [TIME_ZONE_KEY]: s.workbook.timeZone(), [KEY.journalHeader]: JSON.stringify(header.length ? header : JOURNAL_HEADERS) });
}

export function readLiveConfig(s: Services): { ok: true; config: LiveConfig } | { ok: false; messages: string[] } {
  const settingsValues = s.workbook.read(TABS.settings);
  const referentialValues = s.workbook.read(TABS.referential);
  const rosterValues = s.workbook.read(TABS.roster);
  if (!settingsValues || !referentialValues || !rosterValues) return { ok: false, messages: [CONFIG_NOT_READY] };
  const settings = readSettings(settingsValues, new Problems(TABS.settings));
  const referential = readReferential(referentialValues, settings.categories, new Problems(TABS.referential), new Problems(TABS.referential));
  const apprentices = readRoster(rosterValues, new Problems(TABS.roster)) ?? [];
  if (!referential || referential.activities.length === 0) return { ok: false, messages: [CONFIG_NOT_READY] };
  return {
    ok: true,
    config: {
      timeZone: s.store.get(TIME_ZONE_KEY) ?? s.workbook.timeZone(),
      settings,
      activities: referential.activities,
      apprentices,
      journalHeader: s.store.getJson<string[]>(KEY.journalHeader, [...JOURNAL_HEADERS]),
    },
  };
}

/** A cohort good enough for projections that need no periods, subjects or indicators (the sidebar's helpers). */
export function lightCohort(config: LiveConfig): Cohort {
  const groups = new Map<string, Cohort['groups'][number]>();
  for (const a of config.activities) {
    if (!groups.has(a.groupCode)) groups.set(a.groupCode, { code: a.groupCode, label: a.group, activities: [] });
    groups.get(a.groupCode)!.activities.push(a);
  }
  return { settings: config.settings, periods: [], groups: [...groups.values()], activities: config.activities, subjects: [], apprentices: config.apprentices, indicators: [] };
}
