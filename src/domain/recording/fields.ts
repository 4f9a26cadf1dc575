/**
 * Readers shared by the need and evaluation forms. Each one reads one payload field, cleans it up, and either
 * returns the clean value or adds a French message on that field to `errors` (and returns undefined), so that
 * every wrong field is reported at once.
 */
import { z } from 'zod';
import { ACTORS, type Activity, type Actor, type Apprentice, type IsoDay } from '../types';
import { frenchDay, isIsoDay } from '../dates';
import { DATE_NAMES, RECORDING_MESSAGES as M } from '../messages/recording';
import type { FieldError } from '../../shared/types';
import type { RecordingContext } from './index';

export type Errors = FieldError[];

const PAYLOAD = z.record(z.string(), z.unknown());
// The sidebar sends strings; a number can still come from a spreadsheet cell (an ID typed as 12).
const TEXT = z.union([z.string(), z.number()]).transform((value) => String(value));

/** The payload as a record, or undefined when it is not an object. */
export function readPayload(payload: unknown, errors: Errors): Record<string, unknown> | undefined {
  const parsed = PAYLOAD.safeParse(payload);
  if (parsed.success && !Array.isArray(payload)) return parsed.data;
  errors.push({ field: 'payload', message: M.notAnObject });
  return undefined;
}

/** Trimmed text; anything that is not text counts as blank. Windows line breaks become plain ones. */
export function text(value: unknown): string {
  const parsed = TEXT.safeParse(value);
  return parsed.success ? parsed.data.replace(/\r\n?/g, '\n').trim() : '';
}

/** Case and stray spaces do not matter when a user picks a name from a short list. */
export const loosely = (value: string): string => value.replace(/\s+/g, ' ').trim().toLowerCase();

export function readApprentice(value: unknown, ctx: RecordingContext, errors: Errors): Apprentice | undefined {
  const id = text(value);
  const fail = (message: string) => void errors.push({ field: 'apprenticeId', message });
  if (id === '') return fail(M.apprenticeMissing);
  const apprentice = ctx.cohort.apprentices.find((candidate) => candidate.id.trim() === id);
  if (!apprentice) return fail(M.apprenticeUnknown(id));
  const name = `${apprentice.firstName} ${apprentice.lastName}`.trim();
  if (apprentice.status === 'sorti') return fail(M.apprenticeLeft(name));
  return apprentice;
}

export function readActivity(value: unknown, ctx: RecordingContext, errors: Errors): Activity | undefined {
  const code = text(value);
  const fail = (message: string) => void errors.push({ field: 'activityCode', message });
  if (code === '') return fail(M.activityMissing);
  const activities = ctx.cohort.activities;
  const activity =
    activities.find((candidate) => candidate.code.trim() === code) ??
    activities.find((candidate) => loosely(candidate.code) === loosely(code));
  return activity ?? fail(M.activityUnknown(code));
}

export function readActor(value: unknown, errors: Errors): Actor | undefined {
  const typed = text(value);
  const fail = (message: string) => void errors.push({ field: 'actor', message });
  if (typed === '') return fail(M.actorMissing);
  return ACTORS.find((actor) => loosely(actor) === loosely(typed)) ?? fail(M.actorUnknown(typed));
}

/** A day written `YYYY-MM-DD`, not after today when `notAfterToday` is set. */
export function readDay(
  field: keyof typeof DATE_NAMES,
  value: unknown,
  errors: Errors,
  notAfterToday?: IsoDay,
): IsoDay | undefined {
  const typed = text(value);
  const fail = (message: string) => void errors.push({ field, message });
  if (typed === '') return fail(M.dateMissing(DATE_NAMES[field]));
  if (!isIsoDay(typed)) return fail(M.dateMalformed(DATE_NAMES[field], typed));
  if (notAfterToday !== undefined && typed > notAfterToday) {
    return fail(M.dateInFuture(DATE_NAMES[field], frenchDay(notAfterToday)));
  }
  return typed;
}

/** The category as spelled in the settings; a blank one takes the activity's category. */
export function readCategory(
  value: unknown,
  activity: Activity | undefined,
  ctx: RecordingContext,
  errors: Errors,
): string | undefined {
  const typed = text(value);
  const allowed = ctx.cohort.settings.categories;
  if (typed === '') return activity?.category;
  const category = allowed.find((candidate) => loosely(candidate) === loosely(typed));
  if (category === undefined) errors.push({ field: 'category', message: M.categoryUnknown(typed, allowed) });
  return category;
}
