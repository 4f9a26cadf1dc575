import type { ApprenticeOption } from '../../../src/shared/types';

/** Lower case without accents, so « helene » finds « Hélène » and « societe » finds « Société ». */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();
}

/** An apprentice who left the programme keeps their history but gets no new entry. */
export function isSelectable(apprentice: ApprenticeOption): boolean {
  return fold(apprentice.status || '') !== 'sorti';
}

/** Every word typed must appear in the name, the ID or the company (in any order). */
export function filterApprentices(apprentices: ApprenticeOption[], query: string): ApprenticeOption[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return apprentices.slice();
  return apprentices.filter((a) => {
    const haystack = fold(`${a.name} ${a.id} ${a.company}`);
    return words.every((w) => haystack.includes(w));
  });
}

/** When the search leaves exactly one apprentice who can be chosen, choose them: the trainer is on the phone. */
export function soleSelectable(apprentices: ApprenticeOption[]): ApprenticeOption | null {
  const selectable = apprentices.filter(isSelectable);
  return selectable.length === 1 ? selectable[0] : null;
}

export function apprenticeLabel(a: ApprenticeOption, leftWord: string): string {
  const company = a.company ? ` — ${a.company}` : '';
  const left = isSelectable(a) ? '' : ` (${leftWord})`;
  return `${a.name}${company} · ${a.id}${left}`;
}
