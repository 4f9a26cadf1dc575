/** A cohort built from the live snapshot, for projections that need no periods, subjects or indicators. */
import type { Apprentice, Cohort } from '../domain/types';
import type { Snapshot } from './snapshot';

/** A cohort good enough for projections that need no periods, subjects or indicators. */
export function lightCohort(snapshot: Snapshot, apprentices: Apprentice[]): Cohort {
  const groups = new Map<string, Cohort['groups'][number]>();
  for (const a of snapshot.activities) {
    if (!groups.has(a.groupCode)) groups.set(a.groupCode, { code: a.groupCode, label: a.group, activities: [] });
    groups.get(a.groupCode)!.activities.push(a);
  }
  return { settings: snapshot.settings, periods: [], groups: [...groups.values()], activities: snapshot.activities, subjects: [], apprentices, indicators: [] };
}
