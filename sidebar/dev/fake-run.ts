/**
 * A fake `google.script.run` and `google.script.host` over the in-memory cohort, so the pages can be opened from
 * disk and checked without Apps Script. Controls for manual checks: `window.olapDev.addPending()`,
 * `olapDev.quotaLow = true`, `olapDev.throwNext = true`. URL flags: `?pending=1` (or `?pending=A001`) starts
 * with a pending entry,
 * `?pending=auto` adds one 6 s after loading.
 */
import type { EvaluationPayload, FieldError, NeedPayload, PendingEntry } from '../../src/shared/types';
import { ACTIVITIES, APPRENTICES, CATEGORIES, WITHOUT_TUTOR_EMAIL } from './cohort';
import { overviewOf, type JournalEvent } from './fake-overview';

const HORIZON = 21;
const pad = (n: number) => String(n).padStart(2, '0');
const now = new Date();
const TODAY = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
const shift = (days: number) => new Date(Date.UTC(+TODAY.slice(0, 4), +TODAY.slice(5, 7) - 1, +TODAY.slice(8) + days)).toISOString().slice(0, 10);

const journal: JournalEvent[] = [
  { apprenticeId: 'A001', activityCode: '1.1', actor: 'Entreprise', code: 'I', on: shift(-30), dueOn: shift(-5), precision: 'Période de fêtes : affluence.' },
  { apprenticeId: 'A001', activityCode: '2.1', actor: 'Formateur', code: 'EC', on: shift(-10) },
  { apprenticeId: 'A001', activityCode: '3.1', actor: 'Entreprise', code: 'I', on: shift(-2), dueOn: shift(10), precision: 'Contrôle sanitaire prévu le mois prochain.' },
  { apprenticeId: 'A002', activityCode: '1.1', actor: 'Formateur', code: 'A', on: shift(-20) },
  { apprenticeId: 'A003', activityCode: '1.1', actor: 'Alternant', code: 'R', on: shift(-15) },
  { apprenticeId: 'A005', activityCode: '3.1', actor: 'Formateur', code: 'A', on: shift(-3) },
];

const dev = { pending: null as PendingEntry | null, quotaLow: false, throwNext: false, calls: [] as string[], closed: false, addPending };
(window as unknown as { olapDev: typeof dev }).olapDev = dev;

function addPending(p: Partial<PendingEntry> = {}): PendingEntry {
  dev.pending = { apprenticeId: 'A002', activityCode: '1.2', actor: 'Entreprise', code: 'I', sheetName: 'Karim BENALI', row: 6, column: 3, createdAt: new Date().toISOString(), ...p };
  return dev.pending;
}

const params = new URLSearchParams(location.search);
const pendingFlag = params.get('pending') || '';
if (pendingFlag === '1') addPending();
if (/^A\d+$/.test(pendingFlag)) addPending({ apprenticeId: pendingFlag });
if (params.get('pending') === 'auto') setTimeout(() => addPending(), 6000);

const fail = (errors: FieldError[]) => ({ ok: false as const, errors });

function checkCommon(p: { apprenticeId: string; activityCode: string; actor: string }, errors: FieldError[]) {
  const a = APPRENTICES.find((x) => x.id === p.apprenticeId);
  if (!a) errors.push({ field: 'apprenticeId', message: 'Alternant inconnu.' });
  else if (a.status === 'sorti') errors.push({ field: 'apprenticeId', message: 'Cet alternant est sorti de la formation.' });
  if (!ACTIVITIES.some((x) => x.code === p.activityCode)) errors.push({ field: 'activityCode', message: 'Activité inconnue.' });
  if (!['Entreprise', 'Formateur', 'Alternant'].includes(p.actor)) errors.push({ field: 'actor', message: 'Acteur inconnu.' });
}

function recorded(apprenticeId: string) {
  const notices = WITHOUT_TUTOR_EMAIL.has(apprenticeId) ? ['Le tuteur n’a pas d’adresse e-mail valide : il n’a pas été prévenu.'] : [];
  const pendingMatch = dev.pending && dev.pending.apprenticeId === apprenticeId;
  if (pendingMatch) dev.pending = null;
  return { ok: true as const, eventId: `E${journal.length + 1}`, notification: dev.quotaLow ? 'en attente' : 'envoyée', notices };
}

const server: Record<string, (p?: any) => unknown> = {
  getSidebarState: () => ({ ok: true, apprentices: APPRENTICES, activities: ACTIVITIES, actors: ['Entreprise', 'Formateur', 'Alternant'], codes: ['I', 'A', 'EC', 'R'], categories: CATEGORIES, horizonDays: HORIZON, today: TODAY, pending: dev.pending }),
  getApprenticeOverview: (p: { apprenticeId: string }) =>
    APPRENTICES.some((a) => a.id === p.apprenticeId)
      ? { ok: true, overview: overviewOf(p.apprenticeId, journal, ACTIVITIES, APPRENTICES, TODAY) }
      : fail([{ field: 'apprenticeId', message: 'Alternant inconnu.' }]),
  recordNeed: (p: NeedPayload) => {
    const errors: FieldError[] = [];
    checkCommon(p, errors);
    if (!p.identifiedOn || p.identifiedOn > TODAY) errors.push({ field: 'identifiedOn', message: "La date d'identification ne peut pas être dans le futur." });
    if (!p.dueOn || p.dueOn < p.identifiedOn || p.dueOn > shift(HORIZON)) errors.push({ field: 'dueOn', message: `L'échéance doit être comprise entre l'identification et ${HORIZON} jours après.` });
    if (!p.precision || !p.precision.trim()) errors.push({ field: 'precision', message: 'La précision est obligatoire.' });
    if (/refus/i.test(p.precision || '')) errors.push({ field: 'payload', message: 'Le classeur est verrouillé par une autre saisie : réessayez dans un instant.' });
    if (errors.length) return fail(errors);
    journal.push({ apprenticeId: p.apprenticeId, activityCode: p.activityCode, actor: p.actor, code: 'I', on: p.identifiedOn, dueOn: p.dueOn, precision: p.precision });
    return recorded(p.apprenticeId);
  },
  recordEvaluation: (p: EvaluationPayload) => {
    const errors: FieldError[] = [];
    checkCommon(p, errors);
    if (!['A', 'EC', 'R'].includes(p.code)) errors.push({ field: 'code', message: 'Code inconnu.' });
    if (!p.evaluatedOn || p.evaluatedOn > TODAY) errors.push({ field: 'evaluatedOn', message: "La date d'évaluation ne peut pas être dans le futur." });
    if (errors.length) return fail(errors);
    journal.push({ apprenticeId: p.apprenticeId, activityCode: p.activityCode, actor: p.actor, code: p.code, on: p.evaluatedOn });
    return recorded(p.apprenticeId);
  },
  getPendingEntry: () => ({ ok: true, pending: dev.pending }),
  dismissPendingEntry: () => {
    dev.pending = null;
    return { ok: true };
  },
};

function runner(success?: (v: unknown) => void, failure?: (e: unknown) => void): Record<string, unknown> {
  const r: Record<string, unknown> = {
    withSuccessHandler: (fn: (v: unknown) => void) => runner(fn, failure),
    withFailureHandler: (fn: (e: unknown) => void) => runner(success, fn),
  };
  for (const name of Object.keys(server)) {
    r[name] = (payload?: unknown) => {
      dev.calls.push(name);
      // A JSON round trip, as google.script.run does: no Date or function crosses.
      const arg = payload === undefined ? undefined : JSON.parse(JSON.stringify(payload));
      setTimeout(() => {
        if (dev.throwNext && name !== 'getPendingEntry') {
          dev.throwNext = false;
          failure?.(new Error('Exception: Service Spreadsheets failed while accessing document'));
          return;
        }
        success?.(JSON.parse(JSON.stringify(server[name](arg))));
      }, 150);
    };
  }
  return r;
}

(window as unknown as { google: unknown }).google = {
  script: {
    run: runner(),
    host: { close: () => { dev.closed = true; document.body.setAttribute('data-closed', 'true'); } },
  },
};
