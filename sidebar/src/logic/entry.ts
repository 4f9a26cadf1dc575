import type { EvaluationPayload, FieldError, NeedPayload } from '../../../src/shared/types';
import { MSG } from '../messages';
import { dueBounds, frenchDay, isIsoDay } from './dates';

/** What the form holds, as strings, whatever the code chosen. */
export interface EntryValues {
  apprenticeId: string;
  activityCode: string;
  actor: string;
  code: string;
  identifiedOn: string;
  dueOn: string;
  category: string;
  precision: string;
  evaluatedOn: string;
  comment: string;
  criteria: string[];
}

export type EntryKind = 'need' | 'evaluation';

export const PRECISION_MAX = 2000;
export const COMMENT_MAX = 2000;

export const COMMON_FIELDS = ['apprenticeId', 'activityCode', 'actor', 'code'] as const;
export const NEED_FIELDS = ['identifiedOn', 'dueOn', 'category', 'precision'] as const;
export const EVALUATION_FIELDS = ['evaluatedOn', 'criteria', 'comment'] as const;

/** I records a need; A, EC and R record an evaluation; nothing else is asked before a code is chosen. */
export function entryKind(code: string): EntryKind | null {
  if (code === 'I') return 'need';
  if (code === 'A' || code === 'EC' || code === 'R') return 'evaluation';
  return null;
}

/** The fields the form shows (and may flag) for a code: exactly what that code needs. */
export function visibleFields(code: string): string[] {
  const kind = entryKind(code);
  const specific = kind === 'need' ? NEED_FIELDS : kind === 'evaluation' ? EVALUATION_FIELDS : [];
  return [...COMMON_FIELDS, ...specific];
}

export function emptyEntry(today: string): EntryValues {
  return {
    apprenticeId: '',
    activityCode: '',
    actor: '',
    code: '',
    identifiedOn: today,
    dueOn: '',
    category: '',
    precision: '',
    evaluatedOn: today,
    comment: '',
    criteria: [],
  };
}

function checkPastDay(field: string, value: string, today: string, missing: string, out: FieldError[]): void {
  if (!value) out.push({ field, message: missing });
  else if (!isIsoDay(value)) out.push({ field, message: MSG.badDate });
  else if (value > today) out.push({ field, message: MSG.futureDate });
}

/**
 * Client-side checks for obvious blanks and out-of-range dates, so the trainer gets an answer at once. The server
 * checks everything again and stays the authority.
 */
export function checkEntry(v: EntryValues, today: string, horizonDays: number): FieldError[] {
  const errors: FieldError[] = [];
  for (const field of COMMON_FIELDS) {
    if (!v[field].trim()) errors.push({ field, message: MSG.required[field] });
  }
  const kind = entryKind(v.code);
  if (kind === 'need') {
    checkPastDay('identifiedOn', v.identifiedOn, today, MSG.required.identifiedOn, errors);
    const bounds = dueBounds(v.identifiedOn, horizonDays);
    if (!v.dueOn) errors.push({ field: 'dueOn', message: MSG.required.dueOn });
    else if (!isIsoDay(v.dueOn)) errors.push({ field: 'dueOn', message: MSG.badDate });
    else if (bounds && v.dueOn < bounds.min) errors.push({ field: 'dueOn', message: MSG.dueBeforeIdentified });
    else if (bounds && v.dueOn > bounds.max)
      errors.push({ field: 'dueOn', message: MSG.dueTooLate(horizonDays, frenchDay(bounds.max)) });
    if (!v.precision.trim()) errors.push({ field: 'precision', message: MSG.required.precision });
    else if (v.precision.length > PRECISION_MAX)
      errors.push({ field: 'precision', message: MSG.precisionTooLong(PRECISION_MAX) });
  } else if (kind === 'evaluation') {
    checkPastDay('evaluatedOn', v.evaluatedOn, today, MSG.required.evaluatedOn, errors);
    if (v.comment.length > COMMENT_MAX) errors.push({ field: 'comment', message: MSG.commentTooLong(COMMENT_MAX) });
  }
  return errors;
}

export function needPayload(v: EntryValues): NeedPayload {
  const payload: NeedPayload = {
    apprenticeId: v.apprenticeId,
    activityCode: v.activityCode,
    actor: v.actor,
    identifiedOn: v.identifiedOn,
    dueOn: v.dueOn,
    precision: v.precision.trim(),
  };
  if (v.category.trim()) payload.category = v.category.trim();
  return payload;
}

/** `criteria` lists the criteria met; it is sent only when the activity has criteria to judge. */
export function evaluationPayload(v: EntryValues, hasCriteria: boolean): EvaluationPayload {
  const payload: EvaluationPayload = {
    apprenticeId: v.apprenticeId,
    activityCode: v.activityCode,
    actor: v.actor,
    code: v.code,
    evaluatedOn: v.evaluatedOn,
  };
  if (v.comment.trim()) payload.comment = v.comment.trim();
  if (hasCriteria) payload.criteria = v.criteria.slice();
  return payload;
}
