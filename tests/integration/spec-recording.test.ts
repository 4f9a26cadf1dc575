/**
 * SPEC §4.2, §4.3 and §5 for recording: payloads exactly as documented, every refusal with a French message on its
 * field and nothing written, grid row and journal right, one email per event to the three actors, quota → en attente,
 * typed codes never left in a grid without their event.
 */
import { EVALUATION, gradedCohort, NEED, ROSTER, ROSTER_HEADER, type Graded } from './spec-support';

function footprint(g: Graded): string {
  const ss = g.emulator.spreadsheet;
  return JSON.stringify({ journal: g.values('Journal'), grids: ss.sheetNames().filter((n) => / · /.test(n)).map((n) => ss.peek(n)!.values), mails: g.emulator.mail.outbox.length });
}

describe('§5 recordNeed: a need recorded from the sidebar', () => {
  const g = gradedCohort();
  let result: any;
  beforeAll(() => {
    result = g.sidebar('recordNeed', NEED);
  });

  test('returns {ok, eventId, notification}', () => {
    expect(result).toMatchObject({ ok: true, notification: 'envoyée' });
    expect(typeof result.eventId).toBe('string');
    expect(result.eventId.length).toBeGreaterThan(0);
  });

  test('appends one Journal row with every documented column', () => {
    const rows = g.journal();
    expect(rows).toHaveLength(1);
    const e = rows[0];
    expect(String(e['Événement'])).toBe(result.eventId);
    expect(String(e.ID)).toBe('101');
    expect(e['Code activité']).toBe('N2.1');
    expect(e.Acteur).toBe('Entreprise');
    expect(e.Code).toBe('I');
    expect(String(e['Identifié le'] instanceof Date ? '' : e['Identifié le'])).not.toMatch(/^'/);
    expect(e.Précision).toBe(NEED.precision);
    expect(e['Évalué le']).toBe('');
    expect(e.Catégorie).toBe('Théâtre'); // the activity's category
    expect(e.Notification).toBe('envoyée');
    expect(String(e['Horodatage'])).not.toBe('');
  });

  test('updates the grid row: actor code, dates and precision', () => {
    expect(g.gridRow('101', 'N2.1')).toMatchObject({ Entreprise: 'I', Formateur: '', Alternant: '', 'Identifié le': '2026-11-16', 'Échéance': '2026-11-27', 'Précision du besoin': NEED.precision });
  });

  test('sends one email to the apprentice, the tutor and the trainers, HTML with a plain-text body, recalling the need', () => {
    const mails = g.emulator.mail.outbox;
    expect(mails).toHaveLength(1);
    const m = mails[0];
    expect(m.to.map((t: string) => t.toLowerCase()).sort()).toEqual(['agnes.roux@cfa-ndrc.test', 'elodie.lefebvre@etu.test', 'helene.gauthier@immo-cote.test', 'jerome.brehat@cfa-ndrc.test']);
    expect(m.htmlBody).toBeTruthy();
    expect(m.body).toBeTruthy();
    for (const text of ['Conduire un entretien de vente', 'Agence Immo Côte', '27/11/2026', '16/11/2026']) expect(m.body).toContain(text);
    expect(m.htmlBody).toContain('&lt;b&gt;seule&lt;/b&gt;');
    expect(m.htmlBody).not.toContain('<b>seule</b>');
    expect(m.htmlBody).toMatch(/https:\/\/drive\.google\.com\//);
  });

  test('an optional category overrides the activity category', () => {
    const r = g.sidebar('recordNeed', { ...NEED, activityCode: 'N1.2', category: ' mobilité ', precision: 'Relancer 40 prospects.' });
    expect(r.ok).toBe(true);
    expect(g.journal().pop()!.Catégorie).toBe('Mobilité');
  });

  test('a numeric apprenticeId is accepted as the ID it reads', () => {
    const r = g.sidebar('recordNeed', { ...NEED, apprenticeId: 102, activityCode: 'N1.1', precision: 'Salon du 25.' });
    expect(r.ok).toBe(true);
    expect(g.gridRow('102', 'N1.1').Entreprise).toBe('I');
  });
});

describe('§5 recordEvaluation with comment and criteria', () => {
  const g = gradedCohort();
  test('records the evaluation, the grid shows it, one email', () => {
    g.sidebar('recordNeed', NEED);
    const r = g.sidebar('recordEvaluation', EVALUATION);
    expect(r).toMatchObject({ ok: true, notification: 'envoyée' });
    const e = g.journal().pop()!;
    expect(e).toMatchObject({ ID: expect.anything(), 'Code activité': 'N2.1', Acteur: 'Formateur', Code: 'EC', Commentaire: EVALUATION.comment, Précision: '', 'Identifié le': '', 'Échéance': '' });
    expect(String(e.ID)).toBe('101');
    expect(String(e['Événement'])).toBe(r.eventId);
    expect(g.gridRow('101', 'N2.1')).toMatchObject({ Entreprise: 'I', Formateur: 'EC', 'Évalué le': '2026-11-18', 'Identifié le': '2026-11-16' });
    expect(g.emulator.mail.outbox).toHaveLength(2);
    expect(g.emulator.mail.outbox[1].body).toContain(EVALUATION.comment);
  });

  test('an evaluation without comment nor criteria, for R by the apprentice', () => {
    const r = g.sidebar('recordEvaluation', { apprenticeId: '102', activityCode: 'N3.2', actor: 'Alternant', code: 'R', evaluatedOn: '2026-11-10' });
    expect(r).toMatchObject({ ok: true });
    expect(g.gridRow('102', 'N3.2')).toMatchObject({ Alternant: 'R', 'Évalué le': '2026-11-10' });
  });

  test('A by the company', () => {
    expect(g.sidebar('recordEvaluation', { apprenticeId: 'B-07', activityCode: 'N1.1', actor: 'Entreprise', code: 'A', evaluatedOn: '2026-11-18', criteria: [] })).toMatchObject({ ok: true });
    expect(g.gridRow('B-07', 'N1.1').Entreprise).toBe('A');
  });
});

describe('§4.2 every refusal: a French message on its field, nothing written', () => {
  const g = gradedCohort();
  const needCases: [string, unknown, string][] = [
    ['payload not an object', 'bonjour', 'payload'],
    ['payload null', null, 'payload'],
    ['unknown apprentice', { ...NEED, apprenticeId: '999' }, 'apprenticeId'],
    ['apprentice sorti', { ...NEED, apprenticeId: 'B-08' }, 'apprenticeId'],
    ['unknown activity', { ...NEED, activityCode: 'Z9.9' }, 'activityCode'],
    ['unknown actor', { ...NEED, actor: 'Tuteur' }, 'actor'],
    ['identification in the future', { ...NEED, identifiedOn: '2026-11-19', dueOn: '2026-11-25' }, 'identifiedOn'],
    ['malformed date 2026-02-30', { ...NEED, identifiedOn: '2026-02-30' }, 'identifiedOn'],
    ['malformed date dd/mm/yyyy', { ...NEED, dueOn: '27/11/2026' }, 'dueOn'],
    ['due before identification', { ...NEED, dueOn: '2026-11-15' }, 'dueOn'],
    ['due beyond the horizon (15 days here)', { ...NEED, dueOn: '2026-12-02' }, 'dueOn'],
    ['blank precision', { ...NEED, precision: '   ' }, 'precision'],
    ['precision over 2,000 characters', { ...NEED, precision: 'x'.repeat(2001) }, 'precision'],
    ['unknown category', { ...NEED, category: 'Cuisine' }, 'category'],
  ];
  test.each(needCases)('recordNeed: %s', (_, payload, field) => {
    const before = footprint(g);
    const r = g.sidebar('recordNeed', payload);
    expect(r.ok).toBe(false);
    expect(r.errors.map((e: any) => e.field)).toContain(field);
    const msg = r.errors.find((e: any) => e.field === field).message;
    expect(msg).toMatch(/[a-zéèàù]{3,}/i);
    expect(msg).not.toMatch(/undefined|TypeError|at Object/);
    expect(footprint(g)).toBe(before);
  });

  test('the due date on the last day of the horizon is accepted', () => {
    expect(g.sidebar('recordNeed', { ...NEED, dueOn: '2026-12-01' })).toMatchObject({ ok: true });
  });

  test('each wrong field gets its own message', () => {
    const r = g.sidebar('recordNeed', { apprenticeId: '101', activityCode: 'N2.1', actor: 'Entreprise', identifiedOn: '2026-12-30', dueOn: '', precision: '' });
    expect(r.ok).toBe(false);
    expect(r.errors.map((e: any) => e.field).sort()).toEqual(expect.arrayContaining(['identifiedOn', 'dueOn', 'precision']));
  });

  const evalCases: [string, unknown, string][] = [
    ['code I is not an evaluation', { ...EVALUATION, code: 'I' }, 'code'],
    ['unknown code', { ...EVALUATION, code: 'B' }, 'code'],
    ['evaluation date in the future', { ...EVALUATION, evaluatedOn: '2026-11-19' }, 'evaluatedOn'],
    ['missing evaluation date', { ...EVALUATION, evaluatedOn: '' }, 'evaluatedOn'],
    ['criterion the activity does not have', { ...EVALUATION, criteria: ['Sourire'] }, 'criteria'],
    ['unknown actor', { ...EVALUATION, actor: 'Jury' }, 'actor'],
  ];
  test.each(evalCases)('recordEvaluation: %s', (_, payload, field) => {
    const before = footprint(g);
    const r = g.sidebar('recordEvaluation', payload);
    expect(r.ok).toBe(false);
    expect(r.errors.map((e: any) => e.field)).toContain(field);
    expect(footprint(g)).toBe(before);
  });
});

describe('§4.3 quota and addresses', () => {
  test('when the quota is too low the event is recorded `en attente`, then the hourly job sends it once', () => {
    const g = gradedCohort();
    (g.emulator.globals.MailApp as GoogleAppsScript.Mail.MailApp).getRemainingDailyQuota();
    g.emulator.mail.setRemainingQuota(1);
    const r = g.sidebar('recordNeed', NEED);
    expect(r).toMatchObject({ ok: true, notification: 'en attente' });
    expect(g.journal()[0].Notification).toBe('en attente');
    expect(g.emulator.mail.outbox).toHaveLength(0);
    g.emulator.mail.setRemainingQuota(100);
    g.setClock('2026-11-18', '11:00:00');
    expect(g.run('runScheduledJobs', undefined, 'trigger')).toMatchObject({ ok: true });
    g.setClock('2026-11-18', '12:00:00');
    g.run('runScheduledJobs', undefined, 'trigger');
    expect(g.emulator.mail.outbox).toHaveLength(1);
    expect(g.journal()[0].Notification).toBe('envoyée');
  });

  test('a tutor without email: the need is recorded, mailed to the others, and the missing address is reported', () => {
    const roster = ROSTER.map((r, k) => (k === 1 ? r.map((c, i) => (i === ROSTER_HEADER.indexOf('Tuteur email') ? '' : c)) : r));
    const g = gradedCohort({ roster });
    const r = g.sidebar('recordNeed', { ...NEED, apprenticeId: '102' });
    expect(r.ok).toBe(true);
    expect(r.notification).toBe('envoyée');
    expect(JSON.stringify(r)).toMatch(/tuteur|Marc OLIVIER/i);
    expect(g.emulator.mail.outbox[0].to).not.toContain('');
  });
});

describe('§4.2 typed codes', () => {
  const type = (g: Graded, id: string, code: string, actor: string, values: unknown[][]) => {
    const tab = g.gridTab(id);
    const v = g.values(tab);
    const h = v.findIndex((r) => r[0] === 'Code' && r[1] === 'Activité');
    const row = v.findIndex((r, i) => i > h && r[0] === code) + 1;
    const col = (v[h] as string[]).indexOf(actor) + 1;
    const edit = g.emulator.spreadsheet.userEdit(tab, row, col, values);
    if (!edit.ok) throw new Error(edit.message);
    g.run('onEdit', edit.event, 'simple');
  };

  test('a typed code is put back, remembered, and recorded only once completed', () => {
    const g = gradedCohort();
    type(g, '102', 'N3.1', 'Entreprise', [['I']]);
    expect(g.gridRow('102', 'N3.1').Entreprise).toBe('');
    expect(g.journal()).toHaveLength(0);
    const pending = g.sidebar('getPendingEntry');
    expect(pending.ok).toBe(true);
    expect(pending.pending).toMatchObject({ apprenticeId: '102', activityCode: 'N3.1', actor: 'Entreprise', code: 'I' });
    expect(g.sidebar('recordNeed', { apprenticeId: '102', activityCode: 'N3.1', actor: 'Entreprise', identifiedOn: '2026-11-18', dueOn: '2026-11-20', precision: 'Publier 3 posts pour les soldes.' })).toMatchObject({ ok: true });
    expect(g.gridRow('102', 'N3.1').Entreprise).toBe('I');
    expect(g.sidebar('getPendingEntry')).toEqual({ ok: true, pending: null });
  });

  test('a paste over several actor cells is put back entirely', () => {
    const g = gradedCohort();
    g.sidebar('recordNeed', NEED);
    type(g, '101', 'N2.1', 'Entreprise', [['A', 'EC', 'R']]);
    expect(g.gridRow('101', 'N2.1')).toMatchObject({ Entreprise: 'I', Formateur: '', Alternant: '' });
    expect(g.journal()).toHaveLength(1);
  });
});
