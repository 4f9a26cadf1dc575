import type { PendingEntry } from '../../src/shared/types';
import { matchesPending, PendingTracker } from '../../sidebar/src/logic/pending';
import { createPoller, Timers } from '../../sidebar/src/logic/poller';

const entry = (over: Partial<PendingEntry> = {}): PendingEntry => ({
  apprenticeId: 'A002',
  activityCode: '1.2',
  actor: 'Entreprise',
  code: 'I',
  sheetName: 'Karim BENALI',
  row: 6,
  column: 3,
  createdAt: '2026-11-23T10:00:00.000Z',
  ...over,
});

describe('a pending entry typed in a grid', () => {
  it('is announced once, not on every poll', () => {
    const t = new PendingTracker();
    expect(t.see(entry()).isNew).toBe(true);
    expect(t.see(entry()).isNew).toBe(false);
    expect(t.see(entry({ createdAt: '2026-11-23T10:05:00.000Z' })).isNew).toBe(true);
  });

  it('disappears when the server forgets it', () => {
    const t = new PendingTracker();
    t.see(entry());
    expect(t.see(null)).toEqual({ entry: null, isNew: false, gone: true });
  });

  it('is not announced again once saved or abandoned here, even if the server still returns it', () => {
    const t = new PendingTracker();
    t.see(entry());
    t.settle(entry());
    expect(t.see(entry()).entry).toBeNull();
  });

  it('matches the form while apprentice, activity, actor and code are unchanged', () => {
    const v = { apprenticeId: 'A002', activityCode: '1.2', actor: 'Entreprise', code: 'I' };
    expect(matchesPending(entry(), v)).toBe(true);
    expect(matchesPending(entry(), { ...v, code: 'A' })).toBe(false);
  });
});

describe('polling for pending entries', () => {
  function fakeTimers() {
    const queue: Array<{ fn: () => void; handle: number }> = [];
    let next = 1;
    const timers: Timers = {
      setTimeout: (fn) => {
        const handle = next++;
        queue.push({ fn, handle });
        return handle;
      },
      clearTimeout: (h) => {
        const i = queue.findIndex((q) => q.handle === h);
        if (i >= 0) queue.splice(i, 1);
      },
    };
    const fire = () => queue.shift()?.fn();
    return { timers, queue, fire };
  }
  const flush = () => new Promise((r) => setImmediate(r));

  it('never overlaps calls: the next one waits for the previous answer', async () => {
    const { timers, queue, fire } = fakeTimers();
    let release: () => void = () => undefined;
    let calls = 0;
    const poller = createPoller(() => {
      calls++;
      return new Promise<void>((r) => (release = r));
    }, 3000, timers);
    poller.start();
    expect(queue).toHaveLength(1);
    fire();
    expect(calls).toBe(1);
    expect(queue).toHaveLength(0);
    poller.start(); // a visibility flip while the call is out does not start a second one
    expect(queue).toHaveLength(0);
    release();
    await flush();
    expect(queue).toHaveLength(1);
  });

  it('stops when the sidebar is hidden and resumes when it is shown', async () => {
    const { timers, queue, fire } = fakeTimers();
    let calls = 0;
    const poller = createPoller(async () => void calls++, 3000, timers);
    poller.start();
    poller.stop();
    expect(queue).toHaveLength(0);
    poller.start();
    fire();
    await flush();
    expect(calls).toBe(1);
    expect(queue).toHaveLength(1);
  });

  it('keeps polling after a failed call', async () => {
    const { timers, queue, fire } = fakeTimers();
    const poller = createPoller(() => Promise.reject(new Error('réseau')), 3000, timers);
    poller.start();
    fire();
    await flush();
    expect(queue).toHaveLength(1);
    expect(poller.running).toBe(true);
  });
});
