/**
 * Mises en relation (SPEC §3 Synoptique): for each open need, the other apprentices who are `A` or `R` on the same
 * activity, so a trainer can pair them. Apprentices who left (`sorti`) neither ask nor help any more.
 */
import type { ActivityProgress } from './progress';
import { isOverdue, progressKey } from './progress';
import { PAIRING_TEXT } from './messages/reporting';
import type { Activity, Apprentice, Cohort, IsoDay, NeedEvent } from './types';

export interface Helper {
  apprentice: Apprentice;
  code: 'A' | 'R';
}

export interface Pairing {
  need: NeedEvent;
  apprentice: Apprentice;
  activity: Activity;
  overdue: boolean;
  helpers: Helper[]; // in roster order; one list shared by the pairings of an activity: read it, do not change it
}

/** `Léa MARTIN`, the way the grids name an apprentice. */
export function apprenticeName(apprentice: Apprentice): string {
  return `${apprentice.firstName} ${apprentice.lastName.toUpperCase()}`.replace(/\s+/g, ' ').trim();
}

// A cell listing hundreds of names helps no one (and a cell holds at most 50,000 characters): name the first ones.
export const HELPERS_SHOWN = 8;

/** `Léa MARTIN (A), Hugo PETIT (R)`, then `… et 12 autres (voir la colonne C3)` beyond `HELPERS_SHOWN`. */
export function helpersText(helpers: readonly Helper[], activityCode = ''): string {
  const named = helpers.slice(0, HELPERS_SHOWN).map((h) => `${apprenticeName(h.apprentice)} (${h.code})`);
  const more = helpers.length - named.length;
  return named.join(', ') + (more > 0 ? PAIRING_TEXT.more(more, activityCode) : '');
}

function helpersOn(activityCode: string, active: Apprentice[], progress: Map<string, ActivityProgress>): Helper[] {
  const helpers: Helper[] = [];
  for (const apprentice of active) {
    const status = progress.get(progressKey(apprentice.id, activityCode))?.status;
    if (status === 'A' || status === 'R') helpers.push({ apprentice, code: status });
  }
  return helpers;
}

/**
 * One pairing per open need of a current apprentice on a known activity, sorted by due date, then apprentice ID
 * (then activity order and identification, so the order never depends on the journal's map iteration).
 */
export function pairings(cohort: Cohort, progress: Map<string, ActivityProgress>, today: IsoDay): Pairing[] {
  const active = cohort.apprentices.filter((a) => a.status !== 'sorti');
  const apprenticeById = new Map(active.map((a) => [a.id, a]));
  const activityIndex = new Map(cohort.activities.map((activity, index) => [activity.code, index]));
  const helpersByActivity = new Map<string, Helper[]>();
  const result: Pairing[] = [];
  for (const entry of progress.values()) {
    if (entry.openNeeds.length === 0) continue;
    const apprentice = apprenticeById.get(entry.apprenticeId);
    const index = activityIndex.get(entry.activityCode);
    if (!apprentice || index === undefined) continue;
    const activity = cohort.activities[index];
    let helpers = helpersByActivity.get(activity.code);
    if (!helpers) {
      helpers = helpersOn(activity.code, active, progress);
      helpersByActivity.set(activity.code, helpers);
    }
    // The apprentice has an open need here, so their status is I and they are never among their own helpers:
    // every pairing of the activity can share the same (read-only) list.
    for (const need of entry.openNeeds) {
      result.push({ need, apprentice, activity, overdue: isOverdue(need, today), helpers });
    }
  }
  const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return result.sort(
    (a, b) =>
      compare(a.need.dueOn, b.need.dueOn) ||
      compare(a.apprentice.id, b.apprentice.id) ||
      (activityIndex.get(a.activity.code) ?? 0) - (activityIndex.get(b.activity.code) ?? 0) ||
      compare(a.need.identifiedOn, b.need.identifiedOn) ||
      compare(a.need.eventId, b.need.eventId),
  );
}
