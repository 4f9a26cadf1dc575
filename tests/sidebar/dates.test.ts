import { addDays, dueBounds, frenchDay, isIsoDay, keepDueInBounds } from '../../sidebar/src/logic/dates';

describe('imminence horizon in the form', () => {
  it('bounds the due date between the identification date and identification + horizon', () => {
    expect(dueBounds('2026-11-23', 21)).toEqual({ min: '2026-11-23', max: '2026-12-14' });
  });

  it('crosses month and year ends', () => {
    expect(dueBounds('2026-12-20', 21)).toEqual({ min: '2026-12-20', max: '2027-01-10' });
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });

  it('gives no bounds while the identification date is not a real day', () => {
    expect(dueBounds('', 21)).toBeNull();
    expect(dueBounds('2026-02-30', 21)).toBeNull();
  });

  it('keeps a chosen due date that is still inside the new bounds', () => {
    expect(keepDueInBounds('2026-12-01', { min: '2026-11-23', max: '2026-12-14' })).toBe('2026-12-01');
  });

  it('pulls a due date outside the new bounds to the nearest bound when the identification date changes', () => {
    const bounds = dueBounds('2026-11-01', 21);
    expect(keepDueInBounds('2026-12-14', bounds)).toBe('2026-11-22');
    expect(keepDueInBounds('2026-10-20', bounds)).toBe('2026-11-01');
  });

  it('leaves an empty due date empty: the trainer asks the company rather than the form guessing', () => {
    expect(keepDueInBounds('', dueBounds('2026-11-01', 21))).toBe('');
  });

  it('reads days the French way', () => {
    expect(frenchDay('2026-11-23')).toBe('23/11/2026');
    expect(isIsoDay('2026-11-23')).toBe(true);
    expect(isIsoDay('23/11/2026')).toBe(false);
  });
});
