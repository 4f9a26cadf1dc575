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

/**
 * What the pass keeps per apprentice × activity. One class, so every field access in the loop sees one shape, and
 * no array until one is needed: at network scale (48,000 pairs) allocation and garbage collection were most of the
 * time. The days and actors compared are copied here, because reading them back from 100,000 event objects spread
 * over the heap costs more than the comparisons themselves.
 */
class Tally {
  // The latest event of each actor (three at most), in the order the actors first appear. The first one has fields
  // of its own: most pairs only ever see one or two actors, and a list per pair was 48,000 more arrays.
  private firstActor: Actor | null = null;
  private firstActorEvent: JournalEvent | null = null;
  private firstActorDay: IsoDay = '';
  private otherActors: { actor: Actor; event: JournalEvent; day: IsoDay }[] | null = null;
  private latestNeed: NeedEvent | null = null;
  private latestNeedDay: IsoDay = '';
  private latestEvaluation: EvaluationEvent | null = null;
  private latestEvaluationDay: IsoDay = '';
  private status: Code | '' = ''; // the latest evaluation's code, until needs are counted
  private needs: NeedEvent[] | null = null; // every need, in journal order; the closed ones are dropped at the end

  constructor(
    readonly apprenticeId: string,
    readonly activityCode: string,
  ) {}

  /** `<=` everywhere: on the same day the later journal line wins. */
  add(event: JournalEvent, actor: Actor, day: IsoDay): void {
    if (this.firstActor === null || this.firstActor === actor) {
      if (this.firstActor === null || this.firstActorDay <= day) {
        this.firstActor = actor;
        this.firstActorEvent = event;
        this.firstActorDay = day;
      }
    } else {
      this.addOtherActor(event, actor, day);
    }
    if (event.code === 'I') {
      if (!this.latestNeed || this.latestNeedDay <= day) {
        this.latestNeed = event;
        this.latestNeedDay = day;
      }
      if (this.needs) this.needs.push(event);
      else this.needs = [event];
    } else if (!this.latestEvaluation || this.latestEvaluationDay <= day) {
      this.latestEvaluation = event;
      this.latestEvaluationDay = day;
      this.status = event.code;
    }
  }

  private addOtherActor(event: JournalEvent, actor: Actor, day: IsoDay): void {
    this.otherActors ??= [];
    const known = this.otherActors.find((other) => other.actor === actor);
    if (!known) this.otherActors.push({ actor, event, day });
    else if (known.day <= day) {
      known.event = event;
      known.day = day;
    }
  }

  /** A need is open exactly when the latest evaluation is dated before its identification. */
  toProgress(today: IsoDay): ActivityProgress {
    const latestByActor: Partial<Record<Actor, JournalEvent>> = {};
    if (this.firstActor !== null) latestByActor[this.firstActor] = this.firstActorEvent as JournalEvent;
    if (this.otherActors) for (const { actor, event } of this.otherActors) latestByActor[actor] = event;
    const lastEvaluated = this.latestEvaluationDay;
    const needs = this.needs ?? [];
    const openNeeds = !this.latestEvaluation || needs.length === 0 ? needs : needs.filter((need) => lastEvaluated < need.identifiedOn);
    let overdue = false;
    for (const need of openNeeds) if (need.dueOn < today) overdue = true;
    return {
      apprenticeId: this.apprenticeId,
      activityCode: this.activityCode,
      latestByActor,
      latestNeed: this.latestNeed,
      latestEvaluation: this.latestEvaluation,
      openNeeds,
      status: openNeeds.length > 0 ? 'I' : this.status,
      overdue,
    };
  }
}

/** An apprentice's tallies in the order their activities first appear, and by activity slot for the lookup. */
interface ApprenticeTallies {
  inOrder: Tally[];
  bySlot: (Tally | undefined)[];
}

/**
 * One pass over the journal keeps, per apprentice × activity, the latest events and the latest evaluation day;
 * a need is open exactly when that day is earlier than its identification, so no pairwise comparison is needed.
 * The result is keyed by `progressKey` and ordered by the apprentice's, then the activity's first journal line.
 */
export function progressOf(events: JournalEvent[], today: IsoDay): Map<string, ActivityProgress> {
  // Activities get a number on first sight: a lookup in this small map stays in the CPU cache, where one map per
  // apprentice (1,000 of them at network scale) would not; no key string is built per event.
  const activitySlot = new Map<string, number>();
  const byApprentice = new Map<string, ApprenticeTallies>();
  for (const event of events) {
    let slot = activitySlot.get(event.activityCode);
    if (slot === undefined) {
      slot = activitySlot.size;
      activitySlot.set(event.activityCode, slot);
    }
    let own = byApprentice.get(event.apprenticeId);
    if (!own) {
      own = { inOrder: [], bySlot: [] };
      byApprentice.set(event.apprenticeId, own);
    }
    let tally = own.bySlot[slot];
    if (!tally) {
      tally = new Tally(event.apprenticeId, event.activityCode);
      own.bySlot[slot] = tally;
      own.inOrder.push(tally);
    }
    tally.add(event, event.actor, event.code === 'I' ? event.identifiedOn : event.evaluatedOn);
  }
  const byKey = new Map<string, ActivityProgress>();
  for (const own of byApprentice.values()) {
    for (const tally of own.inOrder) byKey.set(progressKey(tally.apprenticeId, tally.activityCode), tally.toProgress(today));
  }
  return byKey;
}

/** Every open need of the journal, in journal order. */
export function openNeedsOf(events: JournalEvent[], today: IsoDay): NeedEvent[] {
  const open = new Set<NeedEvent>();
  for (const progress of progressOf(events, today).values()) for (const need of progress.openNeeds) open.add(need);
  return events.filter((event): event is NeedEvent => isNeed(event) && open.has(event));
}
