/** A bare SpreadsheetApp emulator on a fixed clock, for the emulator's own tests. */
import { CallLog, Clock, type EmulatorContext } from '../../emulator/core/context';
import { createSpreadsheetApp, type SpreadsheetState } from '../../emulator/spreadsheet';

export function setup(state?: SpreadsheetState, overrides: Partial<EmulatorContext> = {}) {
  const ctx: EmulatorContext = {
    calls: new CallLog(),
    clock: new Clock(new Date('2026-11-23T09:00:00Z')),
    timeZone: 'Europe/Paris',
    scriptTimeZone: 'Europe/Paris',
    userEmail: 'responsable@cfa.example',
    uiAvailable: true,
    ...overrides,
  };
  const ui = { alert: () => undefined } as unknown as GoogleAppsScript.Base.Ui;
  const { app, spreadsheet } = createSpreadsheetApp(ctx, { ui: () => ui, name: 'Cohorte 2026', state });
  return { ctx, app, ss: spreadsheet, ui };
}

/** Midnight of a calendar day in Europe/Paris (UTC+1 in winter, UTC+2 in summer). */
export const parisMidnight = (iso: string, offsetHours = 1): Date => new Date(Date.parse(`${iso}T00:00:00Z`) - offsetHours * 3_600_000);
