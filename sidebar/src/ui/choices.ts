/** Builds the choice lists of the form from the server's state. */
import type { ActivityOption, ApprenticeOption } from '../../../src/shared/types';
import { apprenticeLabel, isSelectable } from '../logic/apprentices';
import { ACTOR_TITLES, CODE_TITLES, MSG } from '../messages';
import { clear, el } from './dom';

export function fillApprentices(select: HTMLSelectElement, list: ApprenticeOption[], selectedId: string): void {
  clear(select);
  for (const a of list) {
    const option = el('option', { value: a.id, text: apprenticeLabel(a, MSG.left), disabled: !isSelectable(a) });
    option.selected = a.id === selectedId;
    select.append(option);
  }
}

/** One `<optgroup>` per group of the framework, in the framework's order. */
export function fillActivities(select: HTMLSelectElement, activities: ActivityOption[]): void {
  clear(select);
  select.append(el('option', { value: '', text: MSG.chooseActivity }));
  const groups = new Map<string, HTMLOptGroupElement>();
  for (const a of activities) {
    const name = a.group || MSG.activityGroupless;
    let group = groups.get(name);
    if (!group) {
      group = el('optgroup', { label: name });
      groups.set(name, group);
      select.append(group);
    }
    group.append(el('option', { value: a.code, text: `${a.code} — ${a.label}` }));
  }
}

export function fillCategories(select: HTMLSelectElement, categories: string[], chosen: string): void {
  clear(select);
  select.append(el('option', { value: '', text: MSG.chooseCategory }));
  const all = chosen && !categories.includes(chosen) ? [...categories, chosen] : categories;
  for (const c of all) select.append(el('option', { value: c, text: c }));
  select.value = chosen;
}

function radio(name: string, value: string, text: string, idPrefix: string): HTMLElement {
  const id = `${idPrefix}-${value.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  return el('div', { className: 'choice' }, [
    el('input', { type: 'radio', id, name, value }),
    el('label', { for: id, text }),
  ]);
}

/** Radio ids are `actor-Entreprise`, `actor-Formateur`, `actor-Alternant`. */
export function fillActors(box: HTMLElement, actors: string[]): void {
  clear(box);
  for (const a of actors) box.append(radio('actor', a, ACTOR_TITLES[a] || a, 'actor'));
}

/** Radio ids are `code-I`, `code-A`, `code-EC`, `code-R`. */
export function fillCodes(box: HTMLElement, codes: string[]): void {
  clear(box);
  for (const c of codes) box.append(radio('code', c, CODE_TITLES[c] ? `${c} — ${CODE_TITLES[c]}` : c, 'code'));
}

/** Checkbox ids are `criterion-0`, `criterion-1`…; each value is the criterion's text. */
export function fillCriteria(box: HTMLElement, criteria: string[]): void {
  clear(box);
  criteria.forEach((c, i) => {
    const id = `criterion-${i}`;
    box.append(
      el('div', { className: 'choice' }, [
        el('input', { type: 'checkbox', id, name: 'criteria', value: c }),
        el('label', { for: id, text: c }),
      ]),
    );
  });
}

/** Quick-choice buttons (class `mcq-option`, ids `mcq-0`, `mcq-1`…). */
export function fillQuickChoices(box: HTMLElement, options: string[]): void {
  clear(box);
  options.forEach((o, i) => {
    box.append(el('button', { type: 'button', id: `mcq-${i}`, className: 'chip mcq-option', 'data-option': o, text: o }));
  });
}

export function checkedValue(box: HTMLElement): string {
  const input = box.querySelector<HTMLInputElement>('input:checked');
  return input ? input.value : '';
}

export function checkValue(box: HTMLElement, value: string): void {
  box.querySelectorAll<HTMLInputElement>('input').forEach((input) => {
    input.checked = input.value === value;
  });
}
