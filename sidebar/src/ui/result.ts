import type { RecordResult } from '../../../src/shared/types';
import type { EntryKind } from '../logic/entry';
import { describeNotification } from '../logic/notification';
import { MSG } from '../messages';
import { byId, clear, el } from './dom';

/** Shows what the save did (notification status, notices) and returns the sentence to announce. */
export function showResult(result: RecordResult, kind: EntryKind): string {
  const note = describeNotification(result.notification);
  byId('result-title').textContent = MSG.saved(kind);
  const lines = byId('result-lines');
  clear(lines);
  lines.append(el('li', { className: `tone-${note.tone}`, id: 'result-notification', text: note.text }));
  for (const n of result.notices || []) lines.append(el('li', { className: 'notice', text: n }));
  const box = byId('result');
  box.className = `result tone-${note.tone}`;
  box.hidden = false;
  return [MSG.saved(kind), note.text, ...(result.notices || [])].join(' ');
}

export function hideResult(): void {
  byId('result').hidden = true;
}
