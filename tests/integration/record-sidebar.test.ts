/** What the sidebar reads: the lists to pick from (SPEC §5) and one apprentice's current row with helpers. */
import { setUpCohort, NEED, TODAY, type Cohort } from './record-setup';

describe('getSidebarState', () => {
  test('gives the apprentices, the activities with their QCM, the actors, the codes, the horizon and the pending entry', () => {
    const c = setUpCohort();
    const state = c.run('getSidebarState', undefined, 'sidebar');
    expect(state.ok).toBe(true);
    expect(state.apprentices.map((a: { id: string }) => a.id)).toEqual(expect.arrayContaining(['A01', 'A02', 'A04']));
    expect(state.apprentices.find((a: { id: string }) => a.id === 'A01')).toMatchObject({ id: 'A01', name: expect.stringMatching(/Léa.*MARTIN/i) });
    for (const a of state.apprentices) expect(typeof a.name).toBe('string');
    expect(state.activities).toHaveLength(4);
    expect(state.activities[0]).toMatchObject({ code: 'G1.1', label: 'Accueillir un client', group: 'Accueil', category: "Qualité de l'alternance", mcq: ['Préparer la salle', 'Saluer les clients'] });
    expect(state.activities.find((a: { code: string }) => a.code === 'G2.2').mcq).toEqual([]);
    expect(state.actors).toEqual(['Entreprise', 'Formateur', 'Alternant']);
    expect([...state.codes].sort()).toEqual(['A', 'EC', 'I', 'R']);
    expect(state.horizonDays).toBe(21);
    expect(state.pending).toBeNull();
    // JSON only: google.script.run cannot carry Dates or functions.
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });

  test('follows the Formation settings (horizon) as they are now', () => {
    const c = setUpCohort();
    const settings = c.emulator.spreadsheet.getSheetByName('Formation')!;
    const row = settings.getDataRange().getValues().findIndex((r) => r[0] === "Horizon d'imminence (jours)") + 1;
    settings.getRange(row, 2).setValue(14);
    expect(c.run('getSidebarState', undefined, 'sidebar').horizonDays).toBe(14);
    const refused = c.run('recordNeed', { ...NEED, dueOn: '2026-03-25' }, 'sidebar');
    expect(refused.errors).toEqual([expect.objectContaining({ field: 'dueOn', message: expect.stringContaining('14 jours') })]);
  });
});

describe('getApprenticeOverview', () => {
  const activity = (c: Cohort, id: string, code: string) =>
    c.run('getApprenticeOverview', { apprenticeId: id }, 'sidebar').overview.activities.find((a: { activityCode: string }) => a.activityCode === code);

  test('gives each actor’s latest code, the open needs with their due dates, and the helpers who are A or R', () => {
    const c = setUpCohort();
    c.run('recordNeed', NEED, 'sidebar');
    c.run('recordNeed', { ...NEED, activityCode: 'G2.2', actor: 'Alternant', identifiedOn: '2026-02-20', dueOn: '2026-03-05', precision: 'Cuisson du bœuf' }, 'sidebar');
    c.run('recordEvaluation', { apprenticeId: 'A02', activityCode: 'G1.1', actor: 'Formateur', code: 'A', evaluatedOn: '2026-03-01' }, 'sidebar');
    c.run('recordEvaluation', { apprenticeId: 'A04', activityCode: 'G1.1', actor: 'Entreprise', code: 'R', evaluatedOn: '2026-03-02' }, 'sidebar');
    c.run('recordEvaluation', { apprenticeId: 'A04', activityCode: 'G2.2', actor: 'Entreprise', code: 'EC', evaluatedOn: '2026-03-02' }, 'sidebar');

    const reply = c.run('getApprenticeOverview', { apprenticeId: 'A01' }, 'sidebar');
    expect(reply.ok).toBe(true);
    expect(reply.overview.apprenticeId).toBe('A01');
    expect(reply.overview.activities.map((a: { activityCode: string }) => a.activityCode)).toEqual(['G1.1', 'G1.2', 'G2.1', 'G2.2']);

    const g11 = activity(c, 'A01', 'G1.1');
    expect(g11.codes).toEqual({ Entreprise: 'I', Formateur: '', Alternant: '' });
    expect(g11.openNeed).toEqual({ identifiedOn: '2026-03-10', dueOn: '2026-03-20', precision: NEED.precision, overdue: false });
    expect(g11.helpers).toEqual([
      expect.objectContaining({ id: 'A02', code: 'A', name: expect.stringMatching(/Inès/) }),
      expect.objectContaining({ id: 'A04', code: 'R' }),
    ]);

    const g22 = activity(c, 'A01', 'G2.2');
    expect(g22.codes).toEqual({ Entreprise: '', Formateur: '', Alternant: 'I' });
    expect(g22.openNeed).toMatchObject({ dueOn: '2026-03-05', overdue: true });
    expect(g22.helpers).toEqual([]); // EC is no help

    expect(activity(c, 'A01', 'G1.2')).toMatchObject({ codes: { Entreprise: '', Formateur: '', Alternant: '' }, openNeed: null, helpers: [] });
  });

  test('an evaluation on or after the identification closes the need', () => {
    const c = setUpCohort();
    c.run('recordNeed', NEED, 'sidebar');
    c.run('recordEvaluation', { apprenticeId: 'A01', activityCode: 'G1.1', actor: 'Formateur', code: 'EC', evaluatedOn: TODAY }, 'sidebar');
    expect(activity(c, 'A01', 'G1.1')).toMatchObject({ codes: { Entreprise: 'I', Formateur: 'EC', Alternant: '' }, openNeed: null });
  });

  test('an apprentice who left no longer helps', () => {
    const c = setUpCohort();
    c.run('recordNeed', NEED, 'sidebar');
    c.run('recordEvaluation', { apprenticeId: 'A02', activityCode: 'G1.1', actor: 'Formateur', code: 'R', evaluatedOn: '2026-03-01' }, 'sidebar');
    const roster = c.emulator.spreadsheet.getSheetByName('Alternants')!;
    const values = roster.getDataRange().getValues();
    roster.getRange(values.findIndex((r) => r[0] === 'A02') + 1, values[0].indexOf('Statut') + 1).setValue('sorti');
    expect(activity(c, 'A01', 'G1.1').helpers).toEqual([]);
  });

  test('an unknown apprentice is refused on its field, in French', () => {
    const c = setUpCohort();
    const reply = c.run('getApprenticeOverview', { apprenticeId: 'ZZ' }, 'sidebar');
    expect(reply).toEqual({ ok: false, errors: [expect.objectContaining({ field: 'apprenticeId', message: expect.stringMatching(/alternant/) })] });
  });
});
