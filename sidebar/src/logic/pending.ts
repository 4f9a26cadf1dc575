import type { PendingEntry } from '../../../src/shared/types';

/** One typed code in one cell at one moment: the same entry seen by two polls has the same key. */
export function pendingKey(p: PendingEntry): string {
  return [p.sheetName, p.row, p.column, p.createdAt, p.apprenticeId, p.activityCode, p.actor, p.code].join('|');
}

/**
 * The sidebar announces a pending entry once: not again on every poll, and not after it was saved or abandoned here
 * (the server may take a moment to forget it).
 */
export class PendingTracker {
  private shown: string | null = null;
  private readonly settled = new Set<string>();

  /** Returns the entry when it is new to the user, null when there is nothing new to announce. */
  see(p: PendingEntry | null): { entry: PendingEntry | null; isNew: boolean; gone: boolean } {
    if (!p) {
      const gone = this.shown !== null;
      this.shown = null;
      return { entry: null, isNew: false, gone };
    }
    const key = pendingKey(p);
    if (this.settled.has(key)) return { entry: null, isNew: false, gone: this.clearShown() };
    const isNew = this.shown !== key;
    this.shown = key;
    return { entry: p, isNew, gone: false };
  }

  settle(p: PendingEntry): void {
    this.settled.add(pendingKey(p));
    if (this.shown === pendingKey(p)) this.shown = null;
  }

  private clearShown(): boolean {
    const had = this.shown !== null;
    this.shown = null;
    return had;
  }
}

/** The entry being completed matches the form when the four grid-given values are still the same. */
export function matchesPending(
  p: PendingEntry,
  v: { apprenticeId: string; activityCode: string; actor: string; code: string },
): boolean {
  return (
    p.apprenticeId === v.apprenticeId && p.activityCode === v.activityCode && p.actor === v.actor && p.code === v.code
  );
}
