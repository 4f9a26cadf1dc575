/**
 * LockService. Locks are held by "this execution" or, through a test hook, by "another execution". Waiting for a lock
 * held by another execution advances the emulated clock (and the execution's modelled time) by the time waited.
 */
import type { EmulatorContext } from '../core/context';

export type LockScope = 'document' | 'script' | 'user';
export const MSG_LOCK_TIMEOUT = 'Lock timeout: another process was holding the lock for too long.';

interface Holder {
  by: 'self' | 'other';
  /** For 'other': emulated time (ms) at which the other execution releases it; null = holds it past any timeout. */
  releaseAt: number | null;
}

export interface LockEmulator {
  service: GoogleAppsScript.Lock.LockService;
  /** Test hook: another execution holds this lock, until `forMs` of emulated time has passed (default: forever). */
  holdByAnotherExecution(scope?: LockScope, forMs?: number): void;
  /** Test hook: the other execution releases its lock. */
  releaseByAnotherExecution(scope?: LockScope): void;
  /** Who holds each lock now. */
  holder(scope: LockScope): 'self' | 'other' | null;
  /** End of an execution: Apps Script releases the locks it still holds. */
  releaseAllHeldBySelf(): void;
}

export function createLockService(ctx: EmulatorContext): LockEmulator {
  const holders: Record<LockScope, Holder | null> = { document: null, script: null, user: null };

  const current = (scope: LockScope): Holder | null => {
    const h = holders[scope];
    if (h && h.by === 'other' && h.releaseAt !== null && ctx.clock.now() >= h.releaseAt) holders[scope] = null;
    return holders[scope];
  };

  /** Tries to get the lock within timeout; waits (advancing the clock) when another execution holds it. */
  const acquire = (scope: LockScope, method: string, timeoutMs: number): boolean => {
    ctx.calls.record('lock', method);
    const timeout = Math.max(0, Number(timeoutMs) || 0);
    const h = current(scope);
    if (!h || h.by === 'self') {
      holders[scope] = { by: 'self', releaseAt: null };
      return true;
    }
    const waitMs = h.releaseAt !== null ? Math.max(0, h.releaseAt - ctx.clock.now()) : Number.POSITIVE_INFINITY;
    if (waitMs <= timeout) {
      wait(waitMs);
      holders[scope] = { by: 'self', releaseAt: null };
      return true;
    }
    wait(timeout);
    return false;
  };

  const wait = (ms: number): void => {
    if (ms <= 0) return;
    ctx.clock.advance(ms);
    ctx.calls.record('lock', 'Lock.wait', ms); // by convention `cells` carries the milliseconds waited
  };

  const makeLock = (scope: LockScope): GoogleAppsScript.Lock.Lock => ({
    tryLock: (timeoutInMillis: number) => acquire(scope, 'Lock.tryLock', timeoutInMillis),
    waitLock: (timeoutInMillis: number) => {
      if (!acquire(scope, 'Lock.waitLock', timeoutInMillis)) throw new Error(MSG_LOCK_TIMEOUT);
    },
    releaseLock: () => {
      ctx.calls.record('lock', 'Lock.releaseLock');
      if (holders[scope]?.by === 'self') holders[scope] = null;
    },
    hasLock: () => current(scope)?.by === 'self',
  });

  const service: GoogleAppsScript.Lock.LockService = {
    getDocumentLock: () => makeLock('document'),
    getScriptLock: () => makeLock('script'),
    getUserLock: () => makeLock('user'),
  };

  return {
    service,
    holdByAnotherExecution(scope = 'document', forMs) {
      holders[scope] = { by: 'other', releaseAt: forMs === undefined ? null : ctx.clock.now() + forMs };
    },
    releaseByAnotherExecution(scope = 'document') {
      if (holders[scope]?.by === 'other') holders[scope] = null;
    },
    holder: (scope) => current(scope)?.by ?? null,
    releaseAllHeldBySelf() {
      for (const s of Object.keys(holders) as LockScope[]) if (holders[s]?.by === 'self') holders[s] = null;
    },
  };
}
