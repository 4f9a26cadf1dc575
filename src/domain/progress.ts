/**
 * Where each apprentice stands on each activity, projected from the journal (SPEC §2, §3 Journal).
 * Events arrive in journal order, which breaks ties between events of the same day: the later line wins.
 */
import type { Actor, Code, EvaluationEvent, IsoDay, JournalEvent, NeedEvent } from './types';
import { isNeed } from './types';

export interface ActivityProgress {
  apprenticeId: string;
  activityCode: string;
  latestByActor: Partial<Record<Actor, JournalEvent>>;
  latestNeed: NeedEvent | null;
  latestEvaluation: EvaluationEvent | null;
  openNeeds: NeedEvent[]; // in journal order
  status: Code | '';
  overdue: boolean;
}

// A unit separator cannot appear in an ID or an activity code typed in a cell, so keys never collide.
const SEPARATOR = '\u001f';

export function progressKey(apprenticeId: string, activityCode: string): string {
  return apprenticeId + SEPARATOR + activityCode;
}

/** The day an event speaks about: identification for a need, evaluation for the others. */
export function eventDay(event: JournalEvent): IsoDay {
  return isNeed(event) ? event.identifiedOn : event.evaluatedOn;
}

/** SPEC §2: open = no evaluation of the same apprentice and activity dated on or after its identification. */
export function isOpen(need: NeedEvent, evaluations: EvaluationEvent[]): boolean {
  return !evaluations.some(
    (e) =>
      e.apprenticeId === need.apprenticeId && e.activityCode === need.activityCode && e.evaluatedOn >= need.identifiedOn,
  );
}

/**
 * True when the due date is past. Openness is the caller's business (see `isOpen`): a closed need is never
 * overdue in the method, so call this on open needs only.
 */
export function isOverdue(need: NeedEvent, today: IsoDay): boolean {
  return need.dueOn < today;
}

function emptyProgress(apprenticeId: string, activityCode: string): ActivityProgress {
  return {
    apprenticeId,
    activityCode,
    latestByActor: {},
    latestNeed: null,
    latestEvaluation: null,
    openNeeds: [],
    status: '',
    overdue: false,
  };
}

/**
 * One pass over the journal keeps, per apprentice × activity, the latest events and the latest evaluation day;
 * a need is open exactly when that day is earlier than its identification, so no pairwise comparison is needed.
 */
export function progressOf(events: JournalEvent[], today: IsoDay): Map<string, ActivityProgress> {
  // Two-level index during the pass: no key string is built per event (100,000 events, 60,000 pairs at most).
  const byApprentice = new Map<string, Map<string, ActivityProgress>>();
  for (const event of events) {
    let byActivity = byApprentice.get(event.apprenticeId);
    if (!byActivity) {
      byActivity = new Map();
      byApprentice.set(event.apprenticeId, byActivity);
    }
    let progress = byActivity.get(event.activityCode);
    if (!progress) {
      progress = emptyProgress(event.apprenticeId, event.activityCode);
      byActivity.set(event.activityCode, progress);
    }
    const day = event.code === 'I' ? event.identifiedOn : event.evaluatedOn;
    const byActor = progress.latestByActor[event.actor];
    if (!byActor || eventDay(byActor) <= day) progress.latestByActor[event.actor] = event;
    if (event.code === 'I') {
      if (!progress.latestNeed || progress.latestNeed.identifiedOn <= day) progress.latestNeed = event;
      progress.openNeeds.push(event); // every need for now; the closed ones are dropped below
    } else if (!progress.latestEvaluation || progress.latestEvaluation.evaluatedOn <= day) {
      progress.latestEvaluation = event;
    }
  }
  const byKey = new Map<string, ActivityProgress>();
  for (const byActivity of byApprentice.values()) {
    for (const progress of byActivity.values()) {
      if (progress.openNeeds.length > 0 && progress.latestEvaluation) {
        const lastEvaluated = progress.latestEvaluation.evaluatedOn;
        progress.openNeeds = progress.openNeeds.filter((need) => lastEvaluated < need.identifiedOn);
      }
      progress.overdue = progress.openNeeds.some((need) => need.dueOn < today);
      progress.status = progress.openNeeds.length > 0 ? 'I' : progress.latestEvaluation ? progress.latestEvaluation.code : '';
      byKey.set(progressKey(progress.apprenticeId, progress.activityCode), progress);
    }
  }
  return byKey;
}

/** Every open need of the journal, in journal order. */
export function openNeedsOf(events: JournalEvent[], today: IsoDay): NeedEvent[] {
  const open = new Set<NeedEvent>();
  for (const progress of progressOf(events, today).values()) for (const need of progress.openNeeds) open.add(need);
  return events.filter((event): event is NeedEvent => isNeed(event) && open.has(event));
}
