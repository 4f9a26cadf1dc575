/**
 * « Construire le tableau d'impact » (SPEC §3, annex 7 of the method): counts per category, proactive support,
 * outcome indicators, the label and the correlations, as a pure projection of the journal and the configuration.
 * Budget: one read per source tab (5) and three writes (values and backgrounds of Impact, values of the needs list).
 */
import { impactSheets } from '../domain/impact';
import { apprenticeName } from '../domain/pairing';
import { escapeHtml } from '../domain/notifications';
import { TABS } from '../domain/workbook';
import type { Cohort, JournalEvent } from '../domain/types';
import { REPORTING_NOTICES } from '../domain/messages/reporting';
import { showHtmlDialog, tell } from '../gas/ui';
import { loadCohort, loadJournal } from './load';
import { knownFolders, resourcesLink } from './folders';
import { pseudonymKeys } from './pseudonyms';
import { writeProjectionTab } from './projection-tab';
import { fail, problemsToErrors, safely, type Reply } from './respond';
import { services, type Services } from './services';

export type ImpactData = ReturnType<typeof impactSheets> & { cohort: Cohort; events: JournalEvent[] };

/** Reads and computes; refuses a configuration with errors (an Indicateurs cell that is not oui/non, …). */
export function computeImpact(s: Services): { ok: true; data: ImpactData } | { ok: false; reply: Reply } {
  const cohort = loadCohort(s, { settings: true, referential: true, roster: true, indicators: true });
  if (!cohort.ok) return { ok: false, reply: fail(problemsToErrors(cohort.errors)) };
  const { events } = loadJournal(s);
  // The Ressources cell reads back as its link's text: the folder's URL is the one the add-on remembered.
  const folders = knownFolders(s);
  const activities = cohort.value.activities.map((a) => ({ ...a, resourcesUrl: resourcesLink(a, folders.resourcesUrl(a.code)) }));
  const data = impactSheets({ ...cohort.value, activities }, events, pseudonymKeys(s));
  return { ok: true, data: { ...data, cohort: cohort.value, events } };
}

export function buildImpactWith(s: Services): Reply {
  const computed = computeImpact(s);
  if (!computed.ok) return computed.reply;
  const { impact, needs, report } = computed.data;
  writeProjectionTab(s, TABS.impact, { values: impact.values, backgrounds: impact.backgrounds, frozenRows: impact.frozenRows, frozenColumns: impact.frozenColumns });
  writeProjectionTab(s, TABS.impactNeeds, { values: needs.values, frozenRows: needs.frozenRows, frozenColumns: needs.frozenColumns });
  return { ok: true, participants: report.participants, labelReached: report.labelReached, sharePercent: report.sharePercent, atOrAboveThreshold: report.atOrAboveThreshold, correlations: report.correlations };
}

export const buildImpact = safely('buildImpact', () => {
  const result = buildImpactWith(services());
  if (result.ok) tell(REPORTING_NOTICES.impactDone(result.participants as number, result.sharePercent as number, result.labelReached as boolean));
  else tell((result.errors as { message: string }[]).map((e) => `• ${e.message}`).join('\n'));
  return result;
});

/** Staff only: the table that maps keys back to apprentices, shown in a dialog and never written to a cell. */
export const showPseudonymKeys = safely('showPseudonymKeys', () => {
  const s = services();
  const cohort = loadCohort(s, { settings: true, roster: true });
  if (!cohort.ok) return fail(problemsToErrors(cohort.errors));
  const keyOf = pseudonymKeys(s);
  const rows = cohort.value.apprentices.map((a) => ({ key: keyOf(a.id), id: a.id, name: apprenticeName(a) }));
  const html =
    `<div lang="fr" style="font:14px Arial,sans-serif"><p>${escapeHtml(REPORTING_NOTICES.keysIntro)}</p><table style="border-collapse:collapse">` +
    `<thead><tr><th scope="col">Clé</th><th scope="col">ID</th><th scope="col">Alternant</th></tr></thead><tbody>` +
    rows.map((r) => `<tr><td>${escapeHtml(r.key)}</td><td>${escapeHtml(r.id)}</td><td>${escapeHtml(r.name)}</td></tr>`).join('') +
    `</tbody></table></div>`;
  showHtmlDialog(html, REPORTING_NOTICES.keysTitle);
  return { ok: true, keys: rows };
});
