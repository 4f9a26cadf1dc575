/**
 * The rules of a need (code `I`): who, which activity, who expressed it, when it was identified, by when the
 * apprentice must be able to answer it, and what exactly the company needs. A need without imminence — a due date
 * beyond the horizon — is not a need in this method, so it is refused.
 */
import { addDays, frenchDay } from '../dates';
import type { IsoDay } from '../types';
import { PRECISION_MAX_LENGTH, RECORDING_MESSAGES as M } from '../messages/recording';
import {
  readActivity,
  readActor,
  readApprentice,
  readCategory,
  readDay,
  readPayload,
  text,
  type Errors,
} from './fields';
import type { NeedDraft, RecordingContext, Validation } from './index';

export function validateNeed(payload: unknown, ctx: RecordingContext): Validation<NeedDraft> {
  const errors: Errors = [];
  const fields = readPayload(payload, errors);
  if (!fields) return { ok: false, errors };

  const apprentice = readApprentice(fields.apprenticeId, ctx, errors);
  const activity = readActivity(fields.activityCode, ctx, errors);
  const actor = readActor(fields.actor, errors);
  const identifiedOn = readDay('identifiedOn', fields.identifiedOn, errors, ctx.today);
  const dueOn = readDueDay(fields.dueOn, identifiedOn, ctx.cohort.settings.horizonDays, errors);
  const precision = readPrecision(fields.precision, errors);
  const category = readCategory(fields.category, activity, ctx, errors);

  if (errors.length > 0 || !apprentice || !activity || !actor || !identifiedOn || !dueOn || !precision || !category) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    draft: {
      apprenticeId: apprentice.id,
      activityCode: activity.code,
      actor,
      code: 'I',
      identifiedOn,
      dueOn,
      precision,
      category,
    },
  };
}

/** The last due date the method allows for a need identified on `identifiedOn`. */
export function latestDueDay(identifiedOn: IsoDay, horizonDays: number): IsoDay {
  return addDays(identifiedOn, horizonDays);
}

function readDueDay(
  value: unknown,
  identifiedOn: IsoDay | undefined,
  horizonDays: number,
  errors: Errors,
): IsoDay | undefined {
  const dueOn = readDay('dueOn', value, errors);
  // Without a valid identification date the window is unknown: only the due date's own format is checked.
  if (dueOn === undefined || identifiedOn === undefined) return dueOn;
  if (dueOn < identifiedOn) {
    errors.push({ field: 'dueOn', message: M.dueBeforeIdentification(frenchDay(identifiedOn)) });
    return undefined;
  }
  const latest = latestDueDay(identifiedOn, horizonDays);
  if (dueOn > latest) {
    errors.push({ field: 'dueOn', message: M.dueBeyondHorizon(horizonDays, frenchDay(latest)) });
    return undefined;
  }
  return dueOn;
}

/** Trimmed at both ends only: the line breaks inside are the user's layout and are kept. */
function readPrecision(value: unknown, errors: Errors): string | undefined {
  const precision = text(value);
  if (precision === '') {
    errors.push({ field: 'precision', message: M.precisionMissing });
    return undefined;
  }
  if (precision.length > PRECISION_MAX_LENGTH) {
    errors.push({ field: 'precision', message: M.precisionTooLong(precision.length) });
    return undefined;
  }
  return precision;
}
