/**
 * The rules of an evaluation (code `A`, `EC` or `R`): who, which activity, who evaluated, when, an optional comment
 * and the criteria of the activity's evaluation sheet that are met.
 */
import { z } from 'zod';
import { EVALUATION_CODES, type Activity, type EvaluationCode } from '../types';
import { COMMENT_MAX_LENGTH, RECORDING_MESSAGES as M } from '../messages/recording';
import { loosely, readActivity, readActor, readApprentice, readDay, readPayload, text, type Errors } from './fields';
import type { EvaluationDraft, RecordingContext, Validation } from './index';

const CRITERIA = z.array(z.string());

export function validateEvaluation(payload: unknown, ctx: RecordingContext): Validation<EvaluationDraft> {
  const errors: Errors = [];
  const fields = readPayload(payload, errors);
  if (!fields) return { ok: false, errors };

  const apprentice = readApprentice(fields.apprenticeId, ctx, errors);
  const activity = readActivity(fields.activityCode, ctx, errors);
  const actor = readActor(fields.actor, errors);
  const code = readEvaluationCode(fields.code, errors);
  const evaluatedOn = readDay('evaluatedOn', fields.evaluatedOn, errors, ctx.today);
  const comment = readComment(fields.comment, errors);
  const criteria = readCriteria(fields.criteria, activity, errors);

  if (errors.length > 0 || !apprentice || !activity || !actor || !code || !evaluatedOn) return { ok: false, errors };
  return {
    ok: true,
    draft: {
      apprenticeId: apprentice.id,
      activityCode: activity.code,
      actor,
      code,
      evaluatedOn,
      comment: comment ?? '',
      criteria: criteria ?? [],
    },
  };
}

/** `A` when every criterion of the activity's evaluation sheet is met, `EC` otherwise. */
export function suggestedCode(activity: Activity, criteriaMet: string[]): 'A' | 'EC' {
  const met = new Set(criteriaMet.map((criterion) => criterion.trim()));
  return activity.criteria.every((criterion) => met.has(criterion.trim())) ? 'A' : 'EC';
}

function readEvaluationCode(value: unknown, errors: Errors): EvaluationCode | undefined {
  const typed = text(value);
  const fail = (message: string) => void errors.push({ field: 'code', message });
  if (typed === '') return fail(M.codeMissing);
  if (loosely(typed) === 'i') return fail(M.codeIsNeed);
  return EVALUATION_CODES.find((code) => loosely(code) === loosely(typed)) ?? fail(M.codeUnknown(typed));
}

function readComment(value: unknown, errors: Errors): string | undefined {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') return void errors.push({ field: 'comment', message: M.commentNotText });
  const comment = text(value);
  if (comment.length > COMMENT_MAX_LENGTH) {
    return void errors.push({ field: 'comment', message: M.commentTooLong(comment.length) });
  }
  return comment;
}

/**
 * The criteria met, spelled and ordered as in the activity's evaluation sheet. Blank entries (an empty checkbox
 * label) are ignored; a criterion the activity does not have is refused.
 */
function readCriteria(value: unknown, activity: Activity | undefined, errors: Errors): string[] | undefined {
  if (value === undefined || value === null) return [];
  const parsed = CRITERIA.safeParse(value);
  if (!parsed.success) return void errors.push({ field: 'criteria', message: M.criteriaNotList });
  const typed = [...new Set(parsed.data.map((criterion) => criterion.trim()).filter((criterion) => criterion !== ''))];
  // The activity's own error is already reported: its criteria cannot be checked.
  if (!activity) return undefined;
  const known = new Set(activity.criteria.map((criterion) => criterion.trim()));
  const unknown = typed.filter((criterion) => !known.has(criterion));
  if (unknown.length > 0) {
    return void errors.push({ field: 'criteria', message: M.criteriaUnknown(unknown, activity.code) });
  }
  const met = new Set(typed);
  return activity.criteria.map((criterion) => criterion.trim()).filter((criterion) => met.has(criterion));
}
