/** The document lock: two trainers recording at once must not interleave their journal appends. */
export type Locked<T> = { ok: true; value: T } | { ok: false };

export function withDocumentLock<T>(timeoutMs: number, work: () => T): Locked<T> {
  const lock = LockService.getDocumentLock();
  if (!lock || !lock.tryLock(timeoutMs)) return { ok: false };
  try {
    return { ok: true, value: work() };
  } finally {
    lock.releaseLock();
  }
}
