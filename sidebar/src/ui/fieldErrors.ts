import type { FieldError } from '../../../src/shared/types';
import { placeErrors } from '../logic/errors';
import { MSG } from '../messages';
import { byId, clear, el, setReference } from './dom';

/** Where each payload field lives on the page: the element that carries the error and what gets focus. */
const FIELD_DOM: Record<string, { box: string; error: string; focus: () => HTMLElement | null }> = {
  apprenticeId: { box: 'apprentice', error: 'apprentice-error', focus: () => byId('apprentice') },
  activityCode: { box: 'activity', error: 'activity-error', focus: () => byId('activity') },
  actor: { box: 'actor-group', error: 'actor-error', focus: () => firstRadio('actor-options') },
  code: { box: 'code-group', error: 'code-error', focus: () => firstRadio('code-options') },
  identifiedOn: { box: 'identified-on', error: 'identified-on-error', focus: () => byId('identified-on') },
  dueOn: { box: 'due-on', error: 'due-on-error', focus: () => byId('due-on') },
  category: { box: 'category', error: 'category-error', focus: () => byId('category') },
  precision: { box: 'precision', error: 'precision-error', focus: () => byId('precision') },
  evaluatedOn: { box: 'evaluated-on', error: 'evaluated-on-error', focus: () => byId('evaluated-on') },
  criteria: { box: 'criteria-group', error: 'criteria-error', focus: () => firstRadio('criteria-options') },
  comment: { box: 'comment', error: 'comment-error', focus: () => byId('comment') },
};

/** The checked choice of a group, or its first one: where the keyboard enters a radio group. */
function firstRadio(containerId: string): HTMLElement | null {
  const box = byId(containerId);
  return box.querySelector<HTMLElement>('input:checked') || box.querySelector<HTMLElement>('input');
}

function isShown(node: HTMLElement): boolean {
  for (let n: HTMLElement | null = node; n; n = n.parentElement) if (n.hidden) return false;
  return true;
}

/** Fields of `candidates` that are on screen now (a hidden field cannot show its own error). */
export function shownFields(candidates: readonly string[]): string[] {
  return candidates.filter((f) => FIELD_DOM[f] && isShown(byId(FIELD_DOM[f].box)));
}

function setFieldError(field: string, messages: string[]): void {
  const spot = FIELD_DOM[field];
  const box = byId(spot.box);
  const error = byId(spot.error);
  const on = messages.length > 0;
  error.textContent = messages.join(' ');
  error.hidden = !on;
  setReference(box, 'aria-describedby', spot.error, on);
  if (on) box.setAttribute('aria-invalid', 'true');
  else box.removeAttribute('aria-invalid');
  // Radio and checkbox groups: each choice also points at the message, so it is read when a choice gets focus.
  box.querySelectorAll('input[type=radio], input[type=checkbox]').forEach((input) => {
    setReference(input, 'aria-describedby', spot.error, on);
  });
}

export function clearErrors(): void {
  for (const field of Object.keys(FIELD_DOM)) setFieldError(field, []);
  const general = byId('form-errors');
  clear(general);
  general.hidden = true;
}

export function clearFieldError(field: string): void {
  if (FIELD_DOM[field]) setFieldError(field, []);
}

/**
 * Shows each error beside its field, the summary and the messages of no field in the general area, then puts the
 * focus on the first wrong field (or on the general area when no field is wrong).
 */
export function showErrors(errors: FieldError[], candidates: readonly string[]): void {
  clearErrors();
  const placed = placeErrors(errors, shownFields(candidates));
  for (const { field, messages } of placed.fields) setFieldError(field, messages);

  const general = byId('form-errors');
  const count = placed.fields.length;
  const intro = count > 0 ? MSG.errorsIntro(count) : MSG.notSaved;
  general.append(el('p', { className: 'form-errors-title', text: intro }));
  if (placed.general.length) general.append(el('ul', {}, placed.general.map((m) => el('li', { text: m }))));
  general.hidden = false;

  const first = placed.fields.length ? FIELD_DOM[placed.fields[0].field].focus() : null;
  (first || general).focus();
}
