import {
  checkEntry,
  emptyEntry,
  entryKind,
  EntryValues,
  evaluationPayload,
  needPayload,
  visibleFields,
} from '../../sidebar/src/logic/entry';

const TODAY = '2026-11-23';
const need = (over: Partial<EntryValues> = {}): EntryValues => ({
  ...emptyEntry(TODAY),
  apprenticeId: 'A001',
  activityCode: '1.1',
  actor: 'Entreprise',
  code: 'I',
  dueOn: '2026-12-01',
  precision: 'Nouveau four livré lundi.',
  category: 'Production',
  ...over,
});
const fields = (v: EntryValues) => checkEntry(v, TODAY, 21).map((e) => e.field);

describe('the form asks exactly what the code needs', () => {
  it('I asks the need fields, A/EC/R the evaluation fields, no code asks nothing more', () => {
    expect(visibleFields('I')).toEqual(['apprenticeId', 'activityCode', 'actor', 'code', 'identifiedOn', 'dueOn', 'category', 'precision']);
    for (const code of ['A', 'EC', 'R']) expect(visibleFields(code)).toEqual(['apprenticeId', 'activityCode', 'actor', 'code', 'evaluatedOn', 'criteria', 'comment']);
    expect(visibleFields('')).toEqual(['apprenticeId', 'activityCode', 'actor', 'code']);
    expect(entryKind('X')).toBeNull();
  });

  it('a complete need passes the client checks', () => {
    expect(fields(need())).toEqual([]);
  });

  it('a need without precision is not sent', () => {
    expect(fields(need({ precision: '   ' }))).toEqual(['precision']);
  });

  it('a need identified in the future is not sent', () => {
    expect(fields(need({ identifiedOn: '2026-11-24', dueOn: '2026-11-30' }))).toEqual(['identifiedOn']);
  });

  it('a due date beyond the horizon or before the identification is flagged', () => {
    expect(fields(need({ dueOn: '2026-12-15' }))).toEqual(['dueOn']);
    expect(fields(need({ dueOn: '2026-12-14' }))).toEqual([]);
    expect(fields(need({ dueOn: '2026-11-22' }))).toEqual(['dueOn']);
    expect(fields(need({ dueOn: '' }))).toEqual(['dueOn']);
  });

  it('every blank choice is named', () => {
    expect(fields(emptyEntry(TODAY))).toEqual(['apprenticeId', 'activityCode', 'actor', 'code']);
  });

  it('an evaluation needs its date, not in the future', () => {
    const evaluation = need({ code: 'A', precision: '', dueOn: '' });
    expect(fields(evaluation)).toEqual([]);
    expect(fields({ ...evaluation, evaluatedOn: '' })).toEqual(['evaluatedOn']);
    expect(fields({ ...evaluation, evaluatedOn: '2026-11-30' })).toEqual(['evaluatedOn']);
  });

  it('builds the need payload with a trimmed precision and the category when chosen', () => {
    expect(needPayload(need({ precision: '  Four  ' }))).toEqual({
      apprenticeId: 'A001',
      activityCode: '1.1',
      actor: 'Entreprise',
      identifiedOn: TODAY,
      dueOn: '2026-12-01',
      precision: 'Four',
      category: 'Production',
    });
    expect(needPayload(need({ category: '' }))).not.toHaveProperty('category');
  });

  it('builds the evaluation payload with the criteria met, only when the activity has criteria', () => {
    const v = need({ code: 'EC', comment: ' Bien parti ', criteria: ['Salue le client'] });
    expect(evaluationPayload(v, true)).toEqual({
      apprenticeId: 'A001',
      activityCode: '1.1',
      actor: 'Entreprise',
      code: 'EC',
      evaluatedOn: TODAY,
      comment: 'Bien parti',
      criteria: ['Salue le client'],
    });
    expect(evaluationPayload({ ...v, comment: '' }, false)).toEqual({
      apprenticeId: 'A001',
      activityCode: '1.1',
      actor: 'Entreprise',
      code: 'EC',
      evaluatedOn: TODAY,
    });
  });
});
