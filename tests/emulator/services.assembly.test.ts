/** The assembled emulator: globals in a node:vm context, executions, emulated time and state persistence. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import type * as EmulatorModule from '../../emulator/index';

// The SpreadsheetApp emulator is written in parallel; these tests run once it exists.
const ready = existsSync(join(__dirname, '../../emulator/spreadsheet/index.ts'));
const load = (): typeof EmulatorModule => require('../../emulator/index');

(ready ? describe : describe.skip)('createEmulator', () => {
  const run = (emu: EmulatorModule.Emulator, code: string): unknown => {
    const context = vm.createContext(emu.globals);
    return vm.runInContext(code, context);
  };

  test('scripts in the vm see emulated time through Date', () => {
    const { createEmulator } = load();
    const emu = createEmulator({ now: new Date('2025-03-10T09:00:00Z'), latency: false });
    expect(run(emu, 'new Date().toISOString()')).toBe('2025-03-10T09:00:00.000Z');
    expect(run(emu, 'Date.now()')).toBe(Date.parse('2025-03-10T09:00:00Z'));
    expect(run(emu, 'new Date(2020, 0, 1) instanceof Date')).toBe(true);
    emu.clock.advance(60_000);
    expect(run(emu, 'new Date().toISOString()')).toBe('2025-03-10T09:01:00.000Z');
  });

  test('modelled call time passes on the emulated clock, so a script can see its elapsed time', () => {
    const { createEmulator } = load();
    const emu = createEmulator({ now: new Date('2025-03-10T09:00:00Z') });
    const elapsed = run(emu, `var t0 = Date.now(); MailApp.sendEmail('a@x.fr', 's', 'b'); Date.now() - t0`);
    expect(elapsed).toBe(emu.calls.modelledMs);
    expect(elapsed).toBeGreaterThan(0);
  });

  test('a time-driven execution cannot call getUi', () => {
    const { createEmulator } = load();
    const emu = createEmulator();
    emu.startExecution('trigger');
    expect(() => run(emu, 'SpreadsheetApp.getUi()')).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
    emu.startExecution('menu');
    expect(() => run(emu, 'SpreadsheetApp.getUi()')).not.toThrow();
  });

  test('a simple trigger sees a blank active user email', () => {
    const { createEmulator } = load();
    const emu = createEmulator({ userEmail: 'f@cfa.fr' });
    emu.startExecution('simple');
    expect(run(emu, 'Session.getActiveUser().getEmail()')).toBe('');
    expect(run(emu, 'Session.getEffectiveUser().getEmail()')).toBe('f@cfa.fr');
  });

  test('the 6-minute limit throws Google\'s error', () => {
    const { createEmulator } = load();
    const emu = createEmulator();
    emu.startExecution('trigger');
    expect(() => run(emu, `for (var i = 0; i < 1000; i++) Drive.Files.create({ name: 'f' + i });`)).toThrow('Exceeded maximum execution time');
    expect(emu.calls.modelledMs).toBeGreaterThan(6 * 60 * 1000);
  });

  test('Logger and console lines land in the execution log', () => {
    const { createEmulator } = load();
    const emu = createEmulator();
    run(emu, `Logger.log('a %s', 1); console.log('b')`);
    expect(emu.logs).toEqual(['a 1', 'b']);
  });

  test('toState is JSON and restores properties, Drive, mail quota and triggers', () => {
    const { createEmulator } = load();
    const emu = createEmulator({ now: new Date('2025-03-10T09:00:00Z'), latency: false });
    run(
      emu,
      `PropertiesService.getDocumentProperties().setProperty('k', 'v');
       Drive.Files.create({ name: 'OLAP', mimeType: 'application/vnd.google-apps.folder' });
       MailApp.sendEmail('a@x.fr,b@x.fr', 's', 'b');
       ScriptApp.newTrigger('runScheduledJobs').timeBased().everyHours(1).create();`,
    );
    const state = JSON.parse(JSON.stringify(emu.toState()));
    const again = createEmulator({ state, now: new Date('2025-03-10T10:00:00Z'), latency: false });
    expect(run(again, `PropertiesService.getDocumentProperties().getProperty('k')`)).toBe('v');
    expect(again.drive.findByName('OLAP')).toHaveLength(1);
    expect(run(again, 'MailApp.getRemainingDailyQuota()')).toBe(98);
    expect(run(again, 'ScriptApp.getProjectTriggers().length')).toBe(1);
  });
});

