/**
 * « Reconstruire le synoptique » (SPEC §3): the whole cohort's progression and the Mises en relation, as a pure
 * projection of the journal and the configuration. Budget: one read per source tab (Référentiel, Alternants,
 * Journal), one write of values and one of backgrounds; no clear, no per-cell call. `Formation` holds nothing the
 * synoptic needs but the programme's name, which is not worth a round trip: the title names the day only.
 */
import { readReferential } from '../domain/config/referential';
import { readRoster } from '../domain/config/roster';
import { Problems } from '../domain/config/table';
import { readJournal } from '../domain/journal';
import { synopticSheet } from '../domain/synoptic';
import { TABS } from '../domain/workbook';
import type { Cohort } from '../domain/types';
import { defaultSettings } from '../domain/config';
import { CONFIG_NOT_READY } from '../domain/messages/notices';
import { tell } from '../gas/ui';
import { REPORTING_NOTICES } from '../domain/messages/reporting';
import { writeProjectionTab } from './projection-tab';
import { fail, safely, type Reply } from './respond';
import { services, type Services } from './services';

/** Every category the referential names: the synoptic shows each activity whatever `Catégories` says. */
function categoriesIn(values: unknown[][], defaults: readonly string[]): string[] {
  const column = (values[0] ?? []).findIndex((h) => String(h).trim() === 'Catégorie');
  const named = column < 0 ? [] : values.slice(1).map((row) => String(row[column] ?? '').trim()).filter(Boolean);
  return [...new Set([...defaults, ...named])];
}

export function rebuildSynopticWith(s: Services): Reply {
  const referentialValues = s.workbook.read(TABS.referential);
  const rosterValues = s.workbook.read(TABS.roster);
  if (!referentialValues || !rosterValues) return fail([{ field: 'payload', message: CONFIG_NOT_READY }]);
  // Read leniently: a wrong cell is for « Générer les grilles » to report, the synoptic shows what can be read.
  const settings = { ...defaultSettings(), programme: '', level: '' };
  const referential = readReferential(referentialValues, categoriesIn(referentialValues, settings.categories), new Problems(TABS.referential), new Problems(TABS.referential));
  const apprentices = readRoster(rosterValues, new Problems(TABS.roster)) ?? [];
  const { events } = readJournal(s.workbook.read(TABS.journal) ?? [], s.calendar.dayOf);
  const cohort: Cohort = {
    settings,
    periods: [],
    groups: referential?.groups ?? [],
    activities: referential?.activities ?? [],
    subjects: [],
    apprentices,
    indicators: [],
  };
  const { block, summary } = synopticSheet(cohort, events, s.calendar.today());
  writeProjectionTab(s, TABS.synoptic, { values: block.values, backgrounds: block.backgrounds, frozenRows: block.frozenRows, frozenColumns: block.frozenColumns });
  return { ok: true, apprentices: summary.apprentices, activities: summary.activities, openNeeds: summary.openNeeds, overdueNeeds: summary.overdueNeeds };
}

export const rebuildSynoptic = safely('rebuildSynoptic', () => {
  const result = rebuildSynopticWith(services());
  if (result.ok) tell(REPORTING_NOTICES.synopticDone(result.apprentices as number, result.openNeeds as number, result.overdueNeeds as number));
  return result;
});
