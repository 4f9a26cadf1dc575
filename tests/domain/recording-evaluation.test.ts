import { suggestedCode, validateEvaluation, type RecordingContext } from '../../src/domain/recording';
import type { Activity, Apprentice, Settings } from '../../src/domain/types';

const welcome: Activity = {
  code: 'A1.1',
  label: 'Accueillir un client',
  groupCode: 'G1',
  group: 'Accueil',
  category: 'Mobilité',
  mcq: [],
  criteria: ['Dit bonjour', 'Écoute la demande', 'Oriente le client'],
  resourcesUrl: '',
};

const ctx: RecordingContext = {
  cohort: {
    settings: { horizonDays: 21, categories: ['Mobilité'] } as Settings,
    activities: [welcome],
    apprentices: [
      { id: 'AP01', firstName: 'Léa', lastName: 'Martin', status: 'en formation' } as Apprentice,
      { id: 'AP02', firstName: 'Noé', lastName: 'Petit', status: 'sorti' } as Apprentice,
    ],
  },
  today: '2026-03-10',
};

const evaluation = (changes: Record<string, unknown> = {}) => ({
  apprenticeId: 'AP01',
  activityCode: 'A1.1',
  actor: 'Formateur',
  code: 'EC',
  evaluatedOn: '2026-03-10',
  ...changes,
});

function refusal(payload: unknown) {
  const result = validateEvaluation(payload, ctx);
  if (result.ok) throw new Error('the evaluation should have been refused');
  return Object.fromEntries(result.errors.map((error) => [error.field, error.message]));
}

describe('recording an evaluation', () => {
  it('records an evaluation without comment nor criteria', () => {
    expect(validateEvaluation(evaluation(), ctx)).toEqual({
      ok: true,
      draft: {
        apprenticeId: 'AP01',
        activityCode: 'A1.1',
        actor: 'Formateur',
        code: 'EC',
        evaluatedOn: '2026-03-10',
        comment: '',
        criteria: [],
      },
    });
  });

  it('tolerates case and stray spaces in the actor and the code, and trims the comment', () => {
    const result = validateEvaluation(evaluation({ actor: ' alternant', code: ' ec ', comment: '  Bien.\nÀ revoir.  ' }), ctx);
    expect(result.ok && [result.draft.actor, result.draft.code, result.draft.comment]).toEqual([
      'Alternant',
      'EC',
      'Bien.\nÀ revoir.',
    ]);
  });

  it('keeps the criteria met in the order of the evaluation sheet', () => {
    const result = validateEvaluation(evaluation({ criteria: [' Oriente le client', 'Dit bonjour ', ''] }), ctx);
    expect(result.ok && result.draft.criteria).toEqual(['Dit bonjour', 'Oriente le client']);
  });

  it('a criterion the activity does not have is refused', () => {
    expect(refusal(evaluation({ criteria: ['Dit bonjour', 'Encaisse'] })).criteria).toMatch(/« Encaisse » n'existe pas.*A1\.1/);
  });

  it('criteria must be a list of texts', () => {
    expect(refusal(evaluation({ criteria: 'Dit bonjour' })).criteria).toBeDefined();
    expect(refusal(evaluation({ criteria: [1, 2] })).criteria).toBeDefined();
  });

  it('an evaluation dated in the future is refused', () => {
    expect(refusal(evaluation({ evaluatedOn: '2026-03-11' })).evaluatedOn).toMatch(/futur.*10\/03\/2026/);
  });

  it('an evaluation requires its date, written YYYY-MM-DD', () => {
    expect(refusal(evaluation({ evaluatedOn: undefined })).evaluatedOn).toBe("Indiquez la date d'évaluation.");
    expect(refusal(evaluation({ evaluatedOn: '10/03/2026' })).evaluatedOn).toMatch(/AAAA-MM-JJ/);
  });

  it('only A, EC and R are evaluation codes; I points to the need form', () => {
    expect(validateEvaluation(evaluation({ code: 'R' }), ctx).ok).toBe(true);
    expect(refusal(evaluation({ code: 'I' })).code).toMatch(/besoin imminent/);
    expect(refusal(evaluation({ code: 'B' })).code).toMatch(/« B ».*A \(autonome\)/);
  });

  it('every wrong field is reported at once', () => {
    const errors = refusal({
      apprenticeId: 'AP02',
      activityCode: 'A9',
      actor: 'Tuteur',
      code: '',
      evaluatedOn: '2026-02-30',
      comment: 12,
      criteria: {},
    });
    expect(Object.keys(errors).sort()).toEqual(
      ['activityCode', 'actor', 'apprenticeId', 'code', 'comment', 'criteria', 'evaluatedOn'].sort(),
    );
    expect(errors.apprenticeId).toMatch(/Noé Petit est sorti/);
  });

  it('a comment over 2,000 characters is refused', () => {
    expect(refusal(evaluation({ comment: 'x'.repeat(2001) })).comment).toMatch(/2000/);
  });

  it('a payload that is not an object is refused as a whole', () => {
    expect(validateEvaluation(undefined, ctx)).toEqual({ ok: false, errors: [{ field: 'payload', message: expect.any(String) }] });
  });
});

describe('suggesting a code from the evaluation sheet', () => {
  it('suggests A when every criterion is met', () => {
    expect(suggestedCode(welcome, ['Oriente le client', 'Dit bonjour', ' Écoute la demande '])).toBe('A');
  });

  it('suggests EC while a criterion is missing', () => {
    expect(suggestedCode(welcome, ['Dit bonjour', 'Écoute la demande'])).toBe('EC');
    expect(suggestedCode(welcome, [])).toBe('EC');
  });
});
