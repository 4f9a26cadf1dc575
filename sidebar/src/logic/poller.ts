/**
 * Calls `task` every `intervalMs` while running. The next call is scheduled only once the previous one has settled,
 * so slow answers never pile up (`google.script.run` allows about ten concurrent calls).
 */
export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface Poller {
  start(): void;
  stop(): void;
  readonly running: boolean;
}

export function createPoller(task: () => Promise<unknown>, intervalMs: number, timers: Timers): Poller {
  let running = false;
  let inFlight = false;
  let handle: unknown = null;

  const schedule = (): void => {
    if (running && !inFlight && handle === null) handle = timers.setTimeout(tick, intervalMs);
  };

  const tick = (): void => {
    handle = null;
    if (!running || inFlight) return;
    inFlight = true;
    let settled: Promise<unknown>;
    try {
      settled = Promise.resolve(task());
    } catch (e) {
      settled = Promise.reject(e);
    }
    settled
      .catch(() => undefined)
      .then(() => {
        inFlight = false;
        schedule();
      });
  };

  return {
    start() {
      running = true;
      schedule();
    },
    stop() {
      running = false;
      if (handle !== null) timers.clearTimeout(handle);
      handle = null;
    },
    get running() {
      return running;
    },
  };
}
