/** The document lock: two trainers recording at once must not interleave their journal appends. */
export type Locked<T> = { ok: true; value: T } | { ok: false };

export function withDocumentLock<T>(timeoutMs: number, work: () => T): Locked<T> {
  const lock = LockService.getDocumentLock();
  if (!lock) return { ok: false };
  try {
    // waitLock throws Google's "Lock timeout" when another execution keeps the lock past the timeout.
    lock.waitLock(timeoutMs);
  } catch {
    return { ok: false };
  }
  try {
    return { ok: true, value: work() };
  } finally {
    lock.releaseLock();
  }
}
