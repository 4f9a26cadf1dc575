import { validateNeed, type RecordingContext } from '../../src/domain/recording';
import type { Activity, Apprentice, Settings } from '../../src/domain/types';

const settings = {
  centre: 'CFA des Métiers',
  horizonDays: 21,
  categories: ["Qualité de l'alternance", 'Théâtre', 'Mobilité'],
} as Settings;

const activity = (code: string, category: string): Activity => ({
  code,
  label: `Activité ${code}`,
  groupCode: 'G1',
  group: 'Accueil',
  category,
  mcq: [],
  criteria: [],
  resourcesUrl: '',
});

const apprentice = (id: string, status: Apprentice['status']): Apprentice =>
  ({ id, firstName: 'Léa', lastName: 'Martin', status }) as Apprentice;

const ctx: RecordingContext = {
  cohort: {
    settings,
    activities: [activity('A1.1', 'Mobilité'), activity('A1.2', "Qualité de l'alternance")],
    apprentices: [apprentice('AP01', 'en formation'), apprentice('AP02', 'sorti'), apprentice('AP03', 'suspendu')],
  },
  today: '2026-03-10',
};

const need = (changes: Record<string, unknown> = {}) => ({
  apprenticeId: 'AP01',
  activityCode: 'A1.1',
  actor: 'Entreprise',
  identifiedOn: '2026-03-10',
  dueOn: '2026-03-20',
  precision: 'Préparer la vitrine pour les soldes.',
  ...changes,
});

function refusal(payload: unknown) {
  const result = validateNeed(payload, ctx);
  if (result.ok) throw new Error('the need should have been refused');
  return Object.fromEntries(result.errors.map((error) => [error.field, error.message]));
}

describe('recording a need', () => {
  it('records a complete need, cleaned up, with the activity category by default', () => {
    const result = validateNeed(need({ apprenticeId: ' AP01 ', actor: '  entreprise ', precision: '  Vitrine  ' }), ctx);
    expect(result).toEqual({
      ok: true,
      draft: {
        apprenticeId: 'AP01',
        activityCode: 'A1.1',
        actor: 'Entreprise',
        code: 'I',
        identifiedOn: '2026-03-10',
        dueOn: '2026-03-20',
        precision: 'Vitrine',
        category: 'Mobilité',
      },
    });
  });

  it('keeps the line breaks inside the precision', () => {
    const result = validateNeed(need({ precision: '\n Matériel :\r\n- caisse\n- balance \n' }), ctx);
    expect(result.ok && result.draft.precision).toBe('Matériel :\n- caisse\n- balance');
  });

  it('takes a category of the settings, as spelled there', () => {
    const result = validateNeed(need({ category: ' théâtre ' }), ctx);
    expect(result.ok && result.draft.category).toBe('Théâtre');
  });

  it('a need without precision is not recorded', () => {
    expect(refusal(need({ precision: '   \n ' })).precision).toMatch(/Décrivez le besoin/);
    expect(Object.keys(refusal(need({ precision: undefined })))).toEqual(['precision']);
  });

  it('a precision over 2,000 characters is refused', () => {
    expect(validateNeed(need({ precision: 'x'.repeat(2000) }), ctx).ok).toBe(true);
    expect(refusal(need({ precision: 'x'.repeat(2001) })).precision).toMatch(/2001 caractères.*2000/);
  });

  it('a due date beyond the horizon is refused with the last allowed day', () => {
    expect(validateNeed(need({ dueOn: '2026-03-31' }), ctx).ok).toBe(true);
    expect(refusal(need({ dueOn: '2026-04-01' })).dueOn).toMatch(/21 jours.*31\/03\/2026/);
  });

  it('the horizon comes from the settings', () => {
    const shortHorizon = { ...ctx, cohort: { ...ctx.cohort, settings: { ...settings, horizonDays: 7 } } };
    const result = validateNeed(need({ dueOn: '2026-03-18' }), shortHorizon);
    expect(!result.ok && result.errors).toEqual([{ field: 'dueOn', message: expect.stringContaining('17/03/2026') }]);
  });

  it('a due date before the identification date is refused; the same day is allowed', () => {
    expect(refusal(need({ identifiedOn: '2026-03-05', dueOn: '2026-03-04' })).dueOn).toMatch(/avant.*05\/03\/2026/);
    expect(validateNeed(need({ dueOn: '2026-03-10' }), ctx).ok).toBe(true);
  });

  it('a need identified in the future is refused; a past identification is allowed', () => {
    expect(refusal(need({ identifiedOn: '2026-03-11', dueOn: '2026-03-12' })).identifiedOn).toMatch(/futur.*10\/03\/2026/);
    expect(validateNeed(need({ identifiedOn: '2026-02-20', dueOn: '2026-03-01' }), ctx).ok).toBe(true);
  });

  it.each(['2026-02-30', '12/03/2026', '2026-3-12'])('a malformed date %s is refused with the expected format', (day) => {
    const errors = refusal(need({ identifiedOn: day, dueOn: day }));
    expect(errors.identifiedOn).toMatch(/AAAA-MM-JJ/);
    expect(errors.dueOn).toMatch(/AAAA-MM-JJ/);
  });

  it('a blank date is asked for', () => {
    expect(refusal(need({ dueOn: '' })).dueOn).toBe("Indiquez la date d'échéance.");
  });

  it('an apprentice who left the training gets nothing new; a suspended one still can', () => {
    expect(refusal(need({ apprenticeId: 'AP02' })).apprenticeId).toMatch(/Léa Martin est sorti/);
    expect(validateNeed(need({ apprenticeId: 'AP03' }), ctx).ok).toBe(true);
  });

  it('an unknown apprentice, activity, actor or category is refused on its field', () => {
    const errors = refusal(need({ apprenticeId: 'AP99', activityCode: 'Z9', actor: 'Tuteur', category: 'Cuisine' }));
    expect(errors.apprenticeId).toMatch(/« AP99 » n'existe pas/);
    expect(errors.activityCode).toMatch(/« Z9 » n'existe pas/);
    expect(errors.actor).toMatch(/« Tuteur ».*Entreprise, Formateur ou Alternant/);
    expect(errors.category).toMatch(/« Cuisine ».*Théâtre/);
  });

  it('every wrong field is reported at once', () => {
    const errors = refusal({
      apprenticeId: '',
      activityCode: 'Z9',
      actor: 'x',
      identifiedOn: '2026-13-01',
      dueOn: 'demain',
      precision: '',
      category: 'Cuisine',
    });
    expect(Object.keys(errors).sort()).toEqual(
      ['activityCode', 'actor', 'apprenticeId', 'category', 'dueOn', 'identifiedOn', 'precision'].sort(),
    );
  });

  it('a payload that is not an object is refused as a whole', () => {
    for (const payload of [null, 'AP01', 42, [need()]]) {
      expect(validateNeed(payload, ctx)).toEqual({ ok: false, errors: [{ field: 'payload', message: expect.any(String) }] });
    }
  });
});
