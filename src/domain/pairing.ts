/**
 * Mises en relation (SPEC §3 Synoptique): for each open need, the other apprentices who are `A` or `R` on the same
 * activity, so a trainer can pair them. Apprentices who left (`sorti`) neither ask nor help any more.
 */
import type { ActivityProgress } from './progress';
import { isOverdue } from './progress';
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

/** Per activity, the status of each apprentice who is `A` or `R` on it: one pass over the progress. */
function autonomousByActivity(progress: Map<string, ActivityProgress>): Map<string, Map<string, 'A' | 'R'>> {
  const byActivity = new Map<string, Map<string, 'A' | 'R'>>();
  for (const entry of progress.values()) {
    const status = entry.status;
    if (status !== 'A' && status !== 'R') continue;
    let statuses = byActivity.get(entry.activityCode);
    if (!statuses) {
      statuses = new Map();
      byActivity.set(entry.activityCode, statuses);
    }
    statuses.set(entry.apprenticeId, status);
  }
  return byActivity;
}

function helpersOn(active: Apprentice[], statuses: Map<string, 'A' | 'R'> | undefined): Helper[] {
  const helpers: Helper[] = [];
  if (!statuses) return helpers;
  for (const apprentice of active) {
    const code = statuses.get(apprentice.id);
    if (code) helpers.push({ apprentice, code });
  }
  return helpers;
}

/** A pairing with its sort keys copied beside it, so the sort compares strings at hand, not through three objects. */
interface Sortable {
  pairing: Pairing;
  dueOn: IsoDay;
  apprenticeId: string;
  activityIndex: number;
  identifiedOn: IsoDay;
  eventId: string;
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const compareSortable = (a: Sortable, b: Sortable): number =>
  compareText(a.dueOn, b.dueOn) ||
  compareText(a.apprenticeId, b.apprenticeId) ||
  a.activityIndex - b.activityIndex ||
  compareText(a.identifiedOn, b.identifiedOn) ||
  compareText(a.eventId, b.eventId);

/**
 * One pairing per open need of a current apprentice on a known activity, sorted by due date, then apprentice ID
 * (then activity order and identification, so the order never depends on the journal's map iteration).
 */
export function pairings(cohort: Cohort, progress: Map<string, ActivityProgress>, today: IsoDay): Pairing[] {
  const active = cohort.apprentices.filter((a) => a.status !== 'sorti');
  const apprenticeById = new Map(active.map((a) => [a.id, a]));
  const activityIndex = new Map(cohort.activities.map((activity, index) => [activity.code, index]));
  let autonomous: Map<string, Map<string, 'A' | 'R'>> | undefined; // only built when some need is paired
  const helpersByActivity = new Map<string, Helper[]>();
  const sortable: Sortable[] = [];
  for (const entry of progress.values()) {
    if (entry.openNeeds.length === 0) continue;
    const apprentice = apprenticeById.get(entry.apprenticeId);
    const index = activityIndex.get(entry.activityCode);
    if (!apprentice || index === undefined) continue;
    const activity = cohort.activities[index];
    let helpers = helpersByActivity.get(activity.code);
    if (!helpers) {
      autonomous ??= autonomousByActivity(progress);
      helpers = helpersOn(active, autonomous.get(activity.code));
      helpersByActivity.set(activity.code, helpers);
    }
    // The apprentice has an open need here, so their status is I and they are never among their own helpers:
    // every pairing of the activity can share the same (read-only) list.
    for (const need of entry.openNeeds) {
      const pairing = { need, apprentice, activity, overdue: isOverdue(need, today), helpers };
      sortable.push({ pairing, dueOn: need.dueOn, apprenticeId: apprentice.id, activityIndex: index, identifiedOn: need.identifiedOn, eventId: need.eventId });
    }
  }
  return sortable.sort(compareSortable).map((s) => s.pairing);
}
