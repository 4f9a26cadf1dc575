/**
 * The entry a user started by typing a code in a grid. The simple onEdit cannot open a form (AuthMode.LIMITED), so it
 * puts the cell back and leaves the entry here; the open sidebar polls for it, or the menu opens the form. Entries
 * are keyed by the temporary user key: in a simple trigger the email is usually blank.
 */
import type { PendingEntry } from '../shared/types';
import type { JournalEvent } from '../domain/types';
import { temporaryUserKey } from '../gas/session';
import { safely } from './respond';
import { services, type Services } from './services';

const keyOf = (userKey: string) => `olap.pending.${userKey}`;

export function savePending(s: Services, entry: PendingEntry): void {
  s.store.setJson(keyOf(temporaryUserKey()), entry);
}

export function pendingOf(s: Services): PendingEntry | null {
  return s.store.getJson<PendingEntry | null>(keyOf(temporaryUserKey()), null);
}

export function clearPendingFor(s: Services, event: JournalEvent): void {
  const pending = pendingOf(s);
  if (pending && pending.apprenticeId === event.apprenticeId && pending.activityCode === event.activityCode && pending.actor === event.actor) {
    s.store.remove(keyOf(temporaryUserKey()));
  }
}

export const getPendingEntry = safely('getPendingEntry', () => ({ ok: true, pending: pendingOf(services()) }));

export const dismissPendingEntry = safely('dismissPendingEntry', () => {
  services().store.remove(keyOf(temporaryUserKey()));
  return { ok: true };
});
