import { fieldOf, placeErrors } from '../../sidebar/src/logic/errors';
import { visibleFields } from '../../sidebar/src/logic/entry';

describe('server errors placed next to their fields', () => {
  const needFields = visibleFields('I');

  it('puts each error beside its field, in the order of the form', () => {
    const placed = placeErrors(
      [
        { field: 'precision', message: 'La précision est obligatoire.' },
        { field: 'dueOn', message: "L'échéance dépasse l'horizon." },
      ],
      needFields,
    );
    expect(placed.fields.map((f) => f.field)).toEqual(['dueOn', 'precision']);
    expect(placed.general).toEqual([]);
  });

  it('sends payload-level and unknown fields to the general area', () => {
    const placed = placeErrors(
      [
        { field: 'payload', message: 'Le classeur est verrouillé.' },
        { field: 'mystery', message: 'Autre problème.' },
      ],
      needFields,
    );
    expect(placed.fields).toEqual([]);
    expect(placed.general).toEqual(['Le classeur est verrouillé.', 'Autre problème.']);
  });

  it('never loses an error on a field the current code does not show', () => {
    const placed = placeErrors([{ field: 'evaluatedOn', message: 'Date invalide.' }], needFields);
    expect(placed.general).toEqual(['Date invalide.']);
  });

  it('reads nested paths from the server validation', () => {
    expect(fieldOf('criteria.2', visibleFields('A'))).toBe('criteria');
    expect(fieldOf('payload.precision', needFields)).toBe('precision');
    expect(fieldOf('', needFields)).toBeNull();
  });

  it('groups several messages of one field without repeating them', () => {
    const placed = placeErrors(
      [
        { field: 'precision', message: 'Trop long.' },
        { field: 'precision', message: 'Trop long.' },
        { field: 'precision', message: 'Caractères interdits.' },
      ],
      needFields,
    );
    expect(placed.fields).toEqual([{ field: 'precision', messages: ['Trop long.', 'Caractères interdits.'] }]);
  });
});
