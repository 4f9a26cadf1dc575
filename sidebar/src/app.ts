/**
 * Wires the page: loads the state, builds the form, keeps the apprentice's overview up to date and, in the sidebar,
 * watches for entries typed in a grid. The dialog opens on that entry and closes itself once it is saved.
 */
import type { ApprenticeOverview, PendingEntry, SidebarState } from '../../src/shared/types';
import { closeHost, ServerClient } from './client';
import { describeNotification } from './logic/notification';
import { matchesPending, PendingTracker } from './logic/pending';
import { createPoller } from './logic/poller';
import { MSG } from './messages';
import { byId, clear, el } from './ui/dom';
import { EntryForm } from './ui/entryForm';
import { renderOverview, showOverviewError, showOverviewLoading } from './ui/overview';
import { showResult } from './ui/result';
import { announce } from './ui/status';

export type PageMode = 'sidebar' | 'dialog';

/** Pending entries are looked for every 3 s: quick enough after typing a code, light on the quota. */
export const PENDING_POLL_MS = 3000;

function showPageError(messages: string[]): void {
  const box = byId('form-errors');
  clear(box);
  box.append(el('ul', {}, messages.map((m) => el('li', { text: m }))));
  box.hidden = false;
  box.focus();
}

export async function startApp(mode: PageMode, client = new ServerClient()): Promise<void> {
  announce(MSG.loading);
  const reply = await client.getSidebarState();
  if (!reply.ok) {
    showPageError(reply.errors.map((e) => e.message));
    return;
  }
  const state: SidebarState = reply;
  const names = new Map(state.apprentices.map((a) => [a.id, a.name]));
  const activityLabels = new Map(state.activities.map((a) => [a.code, a.label]));
  const tracker = new PendingTracker();
  let current: PendingEntry | null = null;
  let shown: { id: string; overview: ApprenticeOverview } | null = null;
  let overviewCall = 0;

  const loadOverview = async (apprenticeId: string): Promise<void> => {
    if (!apprenticeId) return;
    const call = ++overviewCall;
    const name = names.get(apprenticeId) || apprenticeId;
    if (!shown || shown.id !== apprenticeId) showOverviewLoading(name);
    const r = await client.getApprenticeOverview(apprenticeId);
    if (call !== overviewCall) return; // a newer choice was made meanwhile
    if (!r.ok) {
      showOverviewError(r.errors.map((e) => e.message).join(' '));
      return;
    }
    shown = { id: apprenticeId, overview: r.overview };
    renderOverview(name, r.overview, form.selectedActivity, state.actors);
  };

  // Arrowing through the list fires a change per apprentice: only the one the trainer stops on is fetched.
  let overviewTimer: number | undefined;
  const loadOverviewSoon = (apprenticeId: string): void => {
    window.clearTimeout(overviewTimer);
    overviewTimer = window.setTimeout(() => void loadOverview(apprenticeId), 250);
  };

  const hideBanner = (): void => {
    byId('pending-banner').hidden = true;
    current = null;
  };

  const form = new EntryForm(state, client, {
    apprenticeChanged: loadOverviewSoon,
    activityChanged: (code) => {
      if (shown) renderOverview(names.get(shown.id) || shown.id, shown.overview, code, state.actors);
    },
    saved: (result, kind, values) => {
      announce(showResult(result, kind), { quiet: true });
      if (current && matchesPending(current, values)) {
        tracker.settle(current);
        hideBanner();
      }
      void loadOverview(values.apprenticeId);
      if (mode !== 'dialog') return;
      const quiet = (result.notices || []).length === 0 && describeNotification(result.notification).tone === 'ok';
      if (quiet) closeHost();
      else {
        byId('result-close').hidden = false;
        byId('result-close').focus();
      }
    },
  });

  const describe = (p: PendingEntry): string =>
    MSG.pending.announce(p.code, names.get(p.apprenticeId) || p.apprenticeId, `${p.activityCode} ${activityLabels.get(p.activityCode) || ''}`.trim(), p.actor);

  const complete = (p: PendingEntry): void => {
    if (!matchesPending(p, form.values())) form.prefill(p);
    form.focusFirstToComplete();
  };

  /** A new entry is announced once; it fills the form at once unless the trainer is in the middle of another one. */
  const onPending = (p: PendingEntry | null): void => {
    const seen = tracker.see(p);
    if (seen.gone) hideBanner();
    if (!seen.entry || !seen.isNew) return;
    current = seen.entry;
    byId('pending-text').textContent = describe(seen.entry);
    byId('pending-banner').hidden = false;
    const prefill = mode === 'dialog' || !form.isDirty;
    if (prefill) form.prefill(seen.entry);
    announce(prefill ? `${describe(seen.entry)} ${MSG.pending.prefilled}` : describe(seen.entry), { quiet: true });
  };

  byId('pending-complete').addEventListener('click', () => current && complete(current));
  byId('pending-dismiss').addEventListener('click', async () => {
    if (!current) return;
    const entry = current;
    const r = await client.dismissPendingEntry();
    if (!r.ok) {
      showPageError(r.errors.map((e) => e.message));
      return;
    }
    tracker.settle(entry);
    hideBanner();
    announce(MSG.pending.dismissed);
    if (mode === 'dialog') closeHost();
    else byId('apprentice-search').focus();
  });
  byId('result-close').addEventListener('click', () => closeHost());

  if (mode === 'dialog') {
    const pending = state.pending || (await client.getPendingEntry().then((r) => (r.ok ? r.pending : null)));
    if (pending) {
      onPending(pending);
      form.focusFirstToComplete();
    } else announce(MSG.pending.none);
    return;
  }

  if (state.pending) onPending(state.pending);
  else announce(MSG.loaded);
  watchPending(client, onPending);
}

/** Polls while the sidebar is visible; a hidden sidebar costs no call. */
function watchPending(client: ServerClient, onPending: (p: PendingEntry | null) => void): void {
  const poller = createPoller(
    () =>
      client.getPendingEntry().then((r) => {
        if (r.ok) onPending(r.pending);
      }),
    PENDING_POLL_MS,
    { setTimeout: (fn, ms) => window.setTimeout(fn, ms), clearTimeout: (h) => window.clearTimeout(h as number) },
  );
  const sync = (): void => (document.hidden ? poller.stop() : poller.start());
  document.addEventListener('visibilitychange', sync);
  sync();
}
