/**
 * Nothing incomplete is ever recorded: each wrong entry is refused with a French message on its field, and the
 * journal, the grids and the outbox are left exactly as they were.
 */
import { setUpCohort, NEED, EVALUATION, type Cohort } from './record-setup';

const FRENCH = /[a-zà-ÿ].*[ .:»)]/i;

function expectRefused(c: Cohort, name: 'recordNeed' | 'recordEvaluation', payload: unknown, field: string, wording?: RegExp): void {
  const before = c.footprint();
  const reply = c.run(name, payload, 'sidebar');
  expect(reply.ok).toBe(false);
  expect(Array.isArray(reply.errors)).toBe(true);
  const onField = reply.errors.filter((e: { field: string }) => e.field === field);
  expect(onField).toHaveLength(1);
  expect(onField[0].message).toMatch(FRENCH);
  expect(onField[0].message).not.toMatch(/Error|undefined|at \w+ \(|stack/);
  if (wording) expect(onField[0].message).toMatch(wording);
  expect(c.footprint()).toBe(before);
  expect(c.emulator.mail.outbox).toHaveLength(0);
}

describe('a need is refused, and nothing is written or sent, when', () => {
  let c: Cohort;
  beforeAll(() => {
    c = setUpCohort();
  });

  test.each([
    ['the payload is not an object (text)', 'pas un objet'],
    ['the payload is not an object (list)', [NEED]],
    ['the payload is missing', null],
  ])('%s', (_, payload) => expectRefused(c, 'recordNeed', payload, 'payload'));

  test('the apprentice is unknown', () => expectRefused(c, 'recordNeed', { ...NEED, apprenticeId: 'A99' }, 'apprenticeId', /A99/));
  test('the apprentice has left the programme (sorti)', () => expectRefused(c, 'recordNeed', { ...NEED, apprenticeId: 'A03' }, 'apprenticeId', /sorti/));
  test('the activity is unknown', () => expectRefused(c, 'recordNeed', { ...NEED, activityCode: 'G9.9' }, 'activityCode', /G9\.9/));
  test('the actor is unknown', () => expectRefused(c, 'recordNeed', { ...NEED, actor: 'Directeur' }, 'actor', /Entreprise, Formateur ou Alternant/));
  test('the identification date is in the future', () => expectRefused(c, 'recordNeed', { ...NEED, identifiedOn: '2026-03-13', dueOn: '2026-03-20' }, 'identifiedOn', /futur/));
  test.each(['2026-02-30', '12/03/2026', '2026-3-5', 'demain'])('the identification date %s is malformed', (day) =>
    expectRefused(c, 'recordNeed', { ...NEED, identifiedOn: day }, 'identifiedOn', /AAAA-MM-JJ/),
  );
  test.each(['2026-02-30', '20/03/2026'])('the due date %s is malformed', (day) => expectRefused(c, 'recordNeed', { ...NEED, dueOn: day }, 'dueOn', /AAAA-MM-JJ/));
  test('the due date is before the identification date', () => expectRefused(c, 'recordNeed', { ...NEED, dueOn: '2026-03-09' }, 'dueOn', /avant/));
  test('the due date is beyond the imminence horizon (21 days)', () => expectRefused(c, 'recordNeed', { ...NEED, dueOn: '2026-04-01' }, 'dueOn', /21 jours/));
  test('the precision is blank', () => expectRefused(c, 'recordNeed', { ...NEED, precision: '  \n ' }, 'precision'));
  test('the precision is missing', () => expectRefused(c, 'recordNeed', { ...NEED, precision: undefined }, 'precision'));
  test('the precision is over 2,000 characters', () => expectRefused(c, 'recordNeed', { ...NEED, precision: 'x'.repeat(2001) }, 'precision', /2000|2 000/));
  test('the due date is missing', () => expectRefused(c, 'recordNeed', { ...NEED, dueOn: '' }, 'dueOn'));

  test('every wrong field is reported at once', () => {
    const before = c.footprint();
    const reply = c.run('recordNeed', { apprenticeId: 'A99', activityCode: 'G9.9', actor: 'Client', identifiedOn: '2026-02-30', dueOn: '2026-03-20', precision: '' }, 'sidebar');
    expect(reply.ok).toBe(false);
    expect(reply.errors.map((e: { field: string }) => e.field).sort()).toEqual(['activityCode', 'actor', 'apprenticeId', 'identifiedOn', 'precision']);
    expect(c.footprint()).toBe(before);
  });

  test('a due date exactly at the horizon and a need identified today are accepted', () => {
    const fresh = setUpCohort();
    expect(fresh.run('recordNeed', { ...NEED, identifiedOn: '2026-03-12', dueOn: '2026-04-02' }, 'sidebar')).toMatchObject({ ok: true });
  });
});

describe('an evaluation is refused, and nothing is written or sent, when', () => {
  let c: Cohort;
  beforeAll(() => {
    c = setUpCohort();
  });

  test('the payload is not an object', () => expectRefused(c, 'recordEvaluation', 42, 'payload'));
  test('the apprentice is unknown', () => expectRefused(c, 'recordEvaluation', { ...EVALUATION, apprenticeId: 'B12' }, 'apprenticeId', /B12/));
  test('the apprentice has left the programme (sorti)', () => expectRefused(c, 'recordEvaluation', { ...EVALUATION, apprenticeId: 'A03' }, 'apprenticeId', /sorti/));
  test('the activity is unknown', () => expectRefused(c, 'recordEvaluation', { ...EVALUATION, activityCode: 'X1' }, 'activityCode'));
  test('the actor is unknown', () => expectRefused(c, 'recordEvaluation', { ...EVALUATION, actor: 'Tuteur' }, 'actor'));
  test.each(['Z', 'I', ''])('the code %p is not an evaluation code', (code) => expectRefused(c, 'recordEvaluation', { ...EVALUATION, code }, 'code'));
  test('the evaluation date is in the future', () => expectRefused(c, 'recordEvaluation', { ...EVALUATION, evaluatedOn: '2026-03-13' }, 'evaluatedOn', /futur/));
  test.each(['2026-02-30', '12/03/2026'])('the evaluation date %s is malformed', (day) => expectRefused(c, 'recordEvaluation', { ...EVALUATION, evaluatedOn: day }, 'evaluatedOn', /AAAA-MM-JJ/));
  test('the evaluation date is missing', () => expectRefused(c, 'recordEvaluation', { ...EVALUATION, evaluatedOn: undefined }, 'evaluatedOn'));
  test('a criterion is not one of the activity', () => expectRefused(c, 'recordEvaluation', { ...EVALUATION, criteria: ['Sourire', 'Rapidité'] }, 'criteria', /Rapidité/));
});

describe('the roster is read live', () => {
  test('an apprentice marked sorti after the grids were generated is refused', () => {
    const c = setUpCohort();
    const roster = c.emulator.spreadsheet.getSheetByName('Alternants')!;
    const values = roster.getDataRange().getValues();
    const statusColumn = values[0].indexOf('Statut') + 1;
    const row = values.findIndex((r) => r[0] === 'A02') + 1;
    roster.getRange(row, statusColumn).setValue('sorti');
    expectRefused(c, 'recordNeed', { ...NEED, apprenticeId: 'A02' }, 'apprenticeId', /sorti/);
    expectRefused(c, 'recordEvaluation', { ...EVALUATION, apprenticeId: 'A02' }, 'apprenticeId', /sorti/);
  });
});
