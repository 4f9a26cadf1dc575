import { exportPeriodKey, isExportDue, isoWeek, periodLabel } from '../../src/domain/export-schedule';

describe('ISO weeks', () => {
  test('ISO week of 2027-01-01 is 2026-W53', () => {
    expect(exportPeriodKey('2027-01-01', 'hebdomadaire')).toBe('2026-W53');
  });

  test('a Monday at the end of December can belong to week 1 of the next year', () => {
    expect(exportPeriodKey('2024-12-30', 'hebdomadaire')).toBe('2025-W01');
  });

  test('weeks start on Monday: Sunday 2026-11-29 and Monday 2026-11-23 share week 48', () => {
    expect(isoWeek('2026-11-23')).toEqual({ year: 2026, week: 48 });
    expect(isoWeek('2026-11-29')).toEqual({ year: 2026, week: 48 });
    expect(isoWeek('2026-11-30')).toEqual({ year: 2026, week: 49 });
  });

  test('early January can still be in the last week of the previous year', () => {
    expect(isoWeek('2021-01-03')).toEqual({ year: 2020, week: 53 });
    expect(isoWeek('2026-01-01')).toEqual({ year: 2026, week: 1 });
  });
});

test('a monthly export period is the calendar month; none when exports are off', () => {
  expect(exportPeriodKey('2026-11-23', 'mensuelle')).toBe('2026-11');
  expect(exportPeriodKey('2026-11-23', 'aucune')).toBeNull();
});

test('periods are named in French', () => {
  expect(periodLabel('2026-W48')).toBe('semaine 48 de 2026');
  expect(periodLabel('2026-W05')).toBe('semaine 5 de 2026');
  expect(periodLabel('2026-11')).toBe('novembre 2026');
  expect(periodLabel('2027-08')).toBe('août 2027');
});

describe('when an export is due', () => {
  test('once per period: due until this week has been exported', () => {
    expect(isExportDue('2026-11-23', 'hebdomadaire', null)).toBe(true);
    expect(isExportDue('2026-11-23', 'hebdomadaire', '2026-W47')).toBe(true);
    expect(isExportDue('2026-11-29', 'hebdomadaire', '2026-W48')).toBe(false);
  });

  test('a new month makes a monthly export due again', () => {
    expect(isExportDue('2026-11-30', 'mensuelle', '2026-11')).toBe(false);
    expect(isExportDue('2026-12-01', 'mensuelle', '2026-11')).toBe(true);
  });

  test('never due when exports are off', () => {
    expect(isExportDue('2026-11-23', 'aucune', null)).toBe(false);
  });
});
