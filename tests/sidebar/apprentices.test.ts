import type { ApprenticeOption } from '../../src/shared/types';
import { apprenticeLabel, filterApprentices, isSelectable, soleSelectable } from '../../sidebar/src/logic/apprentices';

const cohort: ApprenticeOption[] = [
  { id: 'A001', name: 'Hélène MARTIN', company: 'Boulangerie Dupain', status: 'actif' },
  { id: 'A002', name: 'Karim BENALI', company: 'Garage du Centre', status: 'actif' },
  { id: 'A003', name: 'Léa DUBOIS', company: 'Société Électrique', status: 'actif' },
  { id: 'A004', name: 'Tom LEROY', company: 'Boulangerie Dupain', status: 'sorti' },
];
const ids = (list: ApprenticeOption[]) => list.map((a) => a.id);

describe('finding an apprentice while on the phone', () => {
  it('shows everyone when nothing is typed', () => {
    expect(ids(filterApprentices(cohort, '  '))).toEqual(['A001', 'A002', 'A003', 'A004']);
  });

  it('finds by name without caring for accents or case', () => {
    expect(ids(filterApprentices(cohort, 'helene'))).toEqual(['A001']);
    expect(ids(filterApprentices(cohort, 'LEA'))).toEqual(['A003']);
  });

  it('finds by ID and by company', () => {
    expect(ids(filterApprentices(cohort, 'a002'))).toEqual(['A002']);
    expect(ids(filterApprentices(cohort, 'boulangerie'))).toEqual(['A001', 'A004']);
    expect(ids(filterApprentices(cohort, 'societe electrique'))).toEqual(['A003']);
  });

  it('needs every typed word to match', () => {
    expect(ids(filterApprentices(cohort, 'boulangerie tom'))).toEqual(['A004']);
  });

  it('an apprentice who left (sorti) stays listed but cannot be chosen', () => {
    expect(isSelectable(cohort[3])).toBe(false);
    expect(isSelectable({ ...cohort[3], status: 'Sorti ' })).toBe(false);
    expect(apprenticeLabel(cohort[3], 'sorti')).toContain('(sorti)');
  });

  it('chooses the only selectable match, never one who left', () => {
    expect(soleSelectable(filterApprentices(cohort, 'boulangerie'))).toEqual(cohort[0]);
    expect(soleSelectable(filterApprentices(cohort, 'tom'))).toBeNull();
    expect(soleSelectable(filterApprentices(cohort, 'a00'))).toBeNull();
  });
});
