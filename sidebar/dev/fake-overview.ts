/** The overview the real server computes from `Journal`, recomputed naively for the harness. */
import type { ActivityOption, ActivityStatus, ApprenticeOption, ApprenticeOverview } from '../../src/shared/types';

export interface JournalEvent {
  apprenticeId: string;
  activityCode: string;
  actor: string;
  code: string;
  on: string;
  dueOn?: string;
  precision?: string;
}

const ACTORS = ['Entreprise', 'Formateur', 'Alternant'];

export function overviewOf(
  apprenticeId: string,
  journal: JournalEvent[],
  activities: ActivityOption[],
  apprentices: ApprenticeOption[],
  today: string,
): ApprenticeOverview {
  const statuses: ActivityStatus[] = activities.map((activity) => {
    const mine = journal.filter((e) => e.apprenticeId === apprenticeId && e.activityCode === activity.code);
    const codes: Record<string, string> = {};
    for (const actor of ACTORS) {
      const last = mine.filter((e) => e.actor === actor).sort((a, b) => (a.on < b.on ? -1 : 1)).pop();
      codes[actor] = last ? last.code : '';
    }
    const need = mine
      .filter((e) => e.code === 'I' && !mine.some((x) => x.code !== 'I' && x.on >= e.on))
      .sort((a, b) => (a.on < b.on ? -1 : 1))
      .pop();
    const helpers = apprentices
      .filter((a) => a.id !== apprenticeId && a.status !== 'sorti')
      .map((a) => {
        const last = journal
          .filter((e) => e.apprenticeId === a.id && e.activityCode === activity.code && e.code !== 'I')
          .sort((x, y) => (x.on < y.on ? -1 : 1))
          .pop();
        return last && (last.code === 'A' || last.code === 'R') ? { id: a.id, name: a.name, code: last.code } : null;
      })
      .filter((h): h is { id: string; name: string; code: string } => h !== null);
    return {
      activityCode: activity.code,
      label: activity.label,
      codes,
      openNeed: need ? { identifiedOn: need.on, dueOn: need.dueOn || need.on, precision: need.precision || '', overdue: (need.dueOn || '') < today } : null,
      helpers,
    };
  });
  return { apprenticeId, activities: statuses };
}
