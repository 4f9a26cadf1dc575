/** What the sidebar shows: the lists to pick from, and one apprentice's current row with helpers. */
import { ACTORS, CODES } from '../domain/types';
import { progressKey, progressOf } from '../domain/progress';
import { pairings, apprenticeName } from '../domain/pairing';
import type { ActivityStatus, ApprenticeOverview } from '../shared/types';
import { sheetCalendar } from '../gas/clock';
import { readJournal } from '../domain/journal';
import { TABS } from '../domain/workbook';
import { lightCohort, readLiveConfig } from './live-config';
import { pendingOf } from './pending-entry';
import { fail, safely } from './respond';
import { services } from './services';

export const getSidebarState = safely('getSidebarState', () => {
  const s = services();
  const current = readLiveConfig(s);
  if (!current.ok) return fail(current.messages.map((message) => ({ field: 'payload', message })));
  const { config } = current;
  const apprentices = config.apprentices;
  return {
    ok: true,
    apprentices: apprentices.map((a) => ({ id: a.id, name: apprenticeName(a), company: a.company, status: a.status })),
    activities: config.activities.map((a) => ({ code: a.code, label: a.label, group: a.group, category: a.category, mcq: a.mcq, criteria: a.criteria })),
    actors: [...ACTORS],
    codes: [...CODES],
    categories: config.settings.categories,
    horizonDays: config.settings.horizonDays,
    today: sheetCalendar(config.timeZone).today(),
    pending: pendingOf(s),
  };
});

export const getApprenticeOverview = safely('getApprenticeOverview', (payload: unknown) => {
  const apprenticeId = typeof payload === 'object' && payload ? String((payload as { apprenticeId?: unknown }).apprenticeId ?? '').trim() : '';
  const s = services();
  const current = readLiveConfig(s);
  if (!current.ok) return fail(current.messages.map((message) => ({ field: 'payload', message })));
  const { config } = current;
  const apprentices = config.apprentices;
  if (!apprentices.some((a) => a.id === apprenticeId)) return fail([{ field: 'apprenticeId', message: 'Choisissez un alternant de la liste.' }]);
  const calendar = sheetCalendar(config.timeZone);
  const today = calendar.today();
  const { events } = readJournal(s.workbook.read(TABS.journal) ?? [], calendar.dayOf);
  const progress = progressOf(events, today);
  const helpers = new Map(
    pairings(lightCohort(config), progress, today)
      .filter((p) => p.apprentice.id === apprenticeId)
      .map((p) => [p.activity.code, p.helpers.map((h) => ({ id: h.apprentice.id, name: apprenticeName(h.apprentice), code: h.code }))]),
  );
  const activities: ActivityStatus[] = config.activities.map((activity) => {
    const p = progress.get(progressKey(apprenticeId, activity.code));
    const open = p?.openNeeds.length ? p.openNeeds[p.openNeeds.length - 1] : null;
    return {
      activityCode: activity.code,
      label: activity.label,
      codes: Object.fromEntries(ACTORS.map((actor) => [actor, p?.latestByActor[actor]?.code ?? ''])),
      openNeed: open ? { identifiedOn: open.identifiedOn, dueOn: open.dueOn, precision: open.precision, overdue: open.dueOn < today } : null,
      helpers: helpers.get(activity.code) ?? [],
    };
  });
  const overview: ApprenticeOverview = { apprenticeId, activities };
  return { ok: true, overview };
});
