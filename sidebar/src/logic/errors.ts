import type { FieldError } from '../../../src/shared/types';

export interface PlacedErrors {
  /** Field name → its messages, in the order the form shows the fields. */
  fields: Array<{ field: string; messages: string[] }>;
  /** Messages that belong to no visible field (`payload`, unknown names, hidden fields). */
  general: string[];
}

/** Server field paths may be nested (`criteria.2`, `payload.precision`): the form knows only the top field. */
export function fieldOf(path: string, visible: readonly string[]): string | null {
  const parts = String(path || '').split(/[.[\]]/).filter(Boolean);
  for (const part of parts) if (visible.includes(part)) return part;
  return null;
}

/**
 * Places each error next to its field when that field is on screen, otherwise in the general area, so no message
 * from the server is ever lost.
 */
export function placeErrors(errors: FieldError[], visible: readonly string[]): PlacedErrors {
  const byField = new Map<string, string[]>();
  const general: string[] = [];
  for (const e of errors) {
    const field = fieldOf(e.field, visible);
    const message = String(e.message || '').trim();
    if (!message) continue;
    if (field === null) {
      if (!general.includes(message)) general.push(message);
      continue;
    }
    const list = byField.get(field) || [];
    if (!list.includes(message)) list.push(message);
    byField.set(field, list);
  }
  const fields = visible.filter((f) => byField.has(f)).map((f) => ({ field: f, messages: byField.get(f)! }));
  return { fields, general };
}
