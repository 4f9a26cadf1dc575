/** The selected apprentice's row: codes per actor, open needs and « Qui peut aider ? » for each activity. */
import type { ActivityStatus, ApprenticeOverview } from '../../../src/shared/types';
import { frenchDay } from '../logic/dates';
import { ACTOR_TITLES, MSG } from '../messages';
import { byId, clear, el } from './dom';

function codeBadge(code: string): HTMLElement {
  return code
    ? el('span', { className: `code code-${code}`, text: code })
    : el('span', { className: 'code code-none', text: MSG.overview.noCode });
}

function needLine(status: ActivityStatus): HTMLElement {
  const need = status.openNeed;
  if (!need) return el('p', { className: 'muted', text: MSG.overview.noOpenNeed });
  const due = frenchDay(need.dueOn);
  return el('div', { className: need.overdue ? 'need overdue' : 'need' }, [
    el('p', { className: 'need-due', text: need.overdue ? MSG.overview.overdue(due) : MSG.overview.openNeed(due) }),
    el('p', { className: 'need-precision', text: need.precision }),
  ]);
}

function helpersList(status: ActivityStatus, headingLevel: 'h3' | 'h4'): HTMLElement[] {
  const heading = el(headingLevel, { className: 'helpers-title', text: MSG.overview.helpers });
  if (status.helpers.length === 0) return [heading, el('p', { className: 'muted', text: MSG.overview.noHelpers })];
  const items = status.helpers.map((h) => el('li', {}, [`${h.name} `, codeBadge(h.code)]));
  return [heading, el('ul', { className: 'helpers' }, items)];
}

function actorCodes(status: ActivityStatus, actors: string[]): HTMLElement {
  const rows = actors.map((a) => el('div', {}, [el('dt', { text: ACTOR_TITLES[a] || a }), el('dd', {}, [codeBadge(status.codes[a] || '')])]));
  return el('dl', { className: 'actor-codes' }, rows);
}

function selectedCard(status: ActivityStatus, actors: string[]): HTMLElement {
  return el('div', { className: 'card', id: 'overview-selected' }, [
    el('h3', { text: `${MSG.overview.selected} : ${status.activityCode} — ${status.label}` }),
    actorCodes(status, actors),
    needLine(status),
    ...helpersList(status, 'h4'),
  ]);
}

function openNeeds(activities: ActivityStatus[]): HTMLElement {
  const open = activities
    .filter((a) => a.openNeed)
    .sort((x, y) => Number(y.openNeed!.overdue) - Number(x.openNeed!.overdue) || (x.openNeed!.dueOn < y.openNeed!.dueOn ? -1 : 1));
  const box = el('div', { id: 'overview-needs' }, [el('h3', { text: MSG.overview.openNeeds })]);
  if (open.length === 0) box.append(el('p', { className: 'muted', text: MSG.overview.noOpenNeeds }));
  else
    box.append(
      el(
        'ul',
        { className: 'needs' },
        open.map((a) => {
          const due = frenchDay(a.openNeed!.dueOn);
          const text = a.openNeed!.overdue ? MSG.overview.overdue(due) : MSG.overview.openNeed(due);
          return el('li', { className: a.openNeed!.overdue ? 'overdue' : '' }, [el('strong', { text: a.activityCode }), ` ${a.label} — ${text}`]);
        }),
      ),
    );
  return box;
}

function allActivities(activities: ActivityStatus[], actors: string[]): HTMLElement {
  const head = el('tr', {}, [el('th', { scope: 'col', text: MSG.overview.activity }), ...actors.map((a) => el('th', { scope: 'col', text: (ACTOR_TITLES[a] || a).slice(0, 1), title: ACTOR_TITLES[a] || a, 'aria-label': ACTOR_TITLES[a] || a }))]);
  const rows = activities.map((s) =>
    el('tr', { className: s.openNeed && s.openNeed.overdue ? 'overdue' : '' }, [
      el('th', { scope: 'row', title: s.label }, [s.activityCode]),
      ...actors.map((a) => el('td', {}, [codeBadge(s.codes[a] || '')])),
    ]),
  );
  const table = el('table', { className: 'all-activities' }, [
    el('caption', { className: 'visually-hidden', text: MSG.overview.all(activities.length) }),
    el('thead', {}, [head]),
    el('tbody', {}, rows),
  ]);
  return el('details', { id: 'overview-all' }, [el('summary', { text: MSG.overview.all(activities.length) }), table]);
}

export function showOverviewLoading(name: string): void {
  byId('overview').hidden = false;
  byId('overview-title').textContent = MSG.overview.title(name);
  const body = byId('overview-body');
  body.setAttribute('aria-busy', 'true');
  clear(body);
  body.append(el('p', { className: 'muted', text: MSG.overview.loading }));
}

export function showOverviewError(message: string): void {
  const body = byId('overview-body');
  body.setAttribute('aria-busy', 'false');
  clear(body);
  body.append(el('p', { className: 'inline-error', text: message }));
}

export function renderOverview(name: string, overview: ApprenticeOverview, selectedActivity: string, actors: string[]): void {
  byId('overview').hidden = false;
  byId('overview-title').textContent = MSG.overview.title(name);
  const body = byId('overview-body');
  const wasOpen = !!document.querySelector<HTMLDetailsElement>('#overview-all[open]');
  clear(body);
  const selected = overview.activities.find((a) => a.activityCode === selectedActivity);
  if (selected) body.append(selectedCard(selected, actors));
  body.append(openNeeds(overview.activities));
  const all = allActivities(overview.activities, actors);
  (all as HTMLDetailsElement).open = wasOpen;
  body.append(all);
  body.setAttribute('aria-busy', 'false');
}
