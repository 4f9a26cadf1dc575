/**
 * Recording a need or an evaluation (SPEC §4.2): the pure rules that decide whether an entry from the sidebar or a
 * typed grid code can be written to the journal. Nothing is written unless every field is valid; otherwise each
 * wrong field gets its French message, all at once.
 */
import type { Cohort, EvaluationEvent, IsoDay, NeedEvent } from '../types';
import type { FieldError } from '../../shared/types';

export { latestDueDay, validateNeed } from './need';
export { suggestedCode, validateEvaluation } from './evaluation';

/** What validating an entry needs to know: the cohort's configuration and today's date (the caller's clock). */
export interface RecordingContext {
  cohort: Pick<Cohort, 'settings' | 'activities' | 'apprentices'>;
  today: IsoDay;
}

/** A valid need, cleaned up, before the journal gives it an id, a timestamp and a notification status. */
export type NeedDraft = Pick<
  NeedEvent,
  'apprenticeId' | 'activityCode' | 'actor' | 'code' | 'identifiedOn' | 'dueOn' | 'precision' | 'category'
>;

/** A valid evaluation, cleaned up, before the journal records it. */
export type EvaluationDraft = Pick<
  EvaluationEvent,
  'apprenticeId' | 'activityCode' | 'actor' | 'code' | 'evaluatedOn' | 'comment' | 'criteria'
>;

export type Validation<T> = { ok: true; draft: T } | { ok: false; errors: FieldError[] };
