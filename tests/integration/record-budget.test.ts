/**
 * Recording costs the same whatever the size of the journal or the cohort (issue 3 item 7): at most 8 spreadsheet
 * calls that fetch or write data, at most 2 MailApp calls, and the 20,000-event journal is appended to, never read.
 */
import { loadAddon, type LoadedAddon } from '../../emulator/load-bundle';
import { fillWorkbook, syntheticCohort, writeSyntheticJournal } from '../../fixtures/cohort';
import { isSpreadsheetDataCall, type CallRecord } from '../../emulator/core/context';

const dataCalls = (records: CallRecord[]) => records.filter(isSpreadsheetDataCall);
const mailCalls = (records: CallRecord[]) => records.filter((r) => r.service === 'mail');
const JOURNAL_EVENTS = 20000;

describe('on a 40 × 60 cohort with a 20,000-event journal', () => {
  let addon: LoadedAddon;
  const rows = syntheticCohort({ apprentices: 40, groups: 15, activitiesPerGroup: 4 });

  beforeAll(() => {
    addon = loadAddon({ now: new Date('2026-11-20T09:00:00Z') });
    addon.run('setupWorkbook');
    fillWorkbook(addon.emulator, rows);
    let reply = addon.run('generateGrids');
    for (let i = 0; i < 20 && reply.ok && reply.done < reply.total; i++) reply = addon.run('generateGrids');
    expect(reply).toMatchObject({ ok: true, done: 40, total: 40 });
    writeSyntheticJournal(addon.emulator, rows, JOURNAL_EVENTS);
  }, 120000);

  const record = (name: string, payload: unknown) => {
    addon.emulator.calls.reset();
    const reply = addon.run(name, payload, 'sidebar');
    const records = [...addon.emulator.calls.records];
    return { reply, records };
  };

  const expectWithinBudget = (records: CallRecord[]) => {
    const data = dataCalls(records);
    expect(data.map((r) => r.method).length).toBeLessThanOrEqual(8);
    expect(mailCalls(records).length).toBeLessThanOrEqual(2);
    // The journal is never read: no read of anything near its 20,000 rows.
    const reads = data.filter((r) => /^Range\.get/.test(r.method));
    expect(reads.every((r) => r.cells < JOURNAL_EVENTS)).toBe(true);
  };

  test('recordNeed, on an activity’s first need (deposit subfolder created)', () => {
    const { reply, records } = record('recordNeed', { apprenticeId: 'A017', activityCode: 'G7.3', actor: 'Entreprise', identifiedOn: '2026-11-19', dueOn: '2026-12-01', precision: 'Changer un roulement sur la ligne 2' });
    expect(reply).toMatchObject({ ok: true, notification: 'envoyée' });
    expectWithinBudget(records);
    expect(records.filter((r) => r.service === 'mail' && r.method === 'MailApp.sendEmail')).toHaveLength(1);
  });

  test('recordNeed, on an activity that already has its deposit subfolder', () => {
    const { reply, records } = record('recordNeed', { apprenticeId: 'A017', activityCode: 'G7.3', actor: 'Formateur', identifiedOn: '2026-11-20', dueOn: '2026-11-27', precision: 'Vérifier le serrage' });
    expect(reply).toMatchObject({ ok: true });
    expectWithinBudget(records);
  });

  test('recordEvaluation', () => {
    const { reply, records } = record('recordEvaluation', { apprenticeId: 'A040', activityCode: 'G15.4', actor: 'Alternant', code: 'EC', evaluatedOn: '2026-11-20', criteria: ['Sécurité respectée'] });
    expect(reply).toMatchObject({ ok: true });
    expectWithinBudget(records);
  });

  test('a refused entry costs no write at all', () => {
    const { reply, records } = record('recordNeed', { apprenticeId: 'A017', activityCode: 'G7.3', actor: 'Entreprise', identifiedOn: '2026-11-19', dueOn: '2027-01-01', precision: 'Trop tard' });
    expect(reply.ok).toBe(false);
    expect(dataCalls(records).filter((r) => !/^Range\.get/.test(r.method))).toEqual([]);
    expect(mailCalls(records)).toEqual([]);
  });

  test('the new events land after the 20,000 old ones, each once', () => {
    const journal = addon.emulator.spreadsheet.peek('Journal')!.values.filter((r) => r.some((v) => v !== ''));
    expect(journal).toHaveLength(1 + JOURNAL_EVENTS + 3);
  });

  test('a code typed in a grid is put back within the 30 s of a simple trigger', () => {
    const tab = addon.emulator.spreadsheet.sheetNames().find((n) => n.startsWith('A017 · '))!;
    const grid = addon.emulator.spreadsheet.peek(tab)!;
    const row = grid.values.findIndex((r) => r[0] === 'G7.3') + 1;
    const column = grid.values.find((r) => r[0] === 'Code')!.indexOf('Alternant') + 1;
    const edit = addon.emulator.spreadsheet.userEdit(tab, row, column, [['A']]);
    if (!edit.ok) throw new Error(edit.message);
    addon.run('onEdit', edit.event, 'simple');
    expect(addon.emulator.calls.modelledMs).toBeLessThan(30000);
    expect(addon.emulator.spreadsheet.peek(tab)!.values[row - 1][column - 1]).toBe('');
    expect(addon.run('getPendingEntry', undefined, 'sidebar').pending).toMatchObject({ apprenticeId: 'A017', activityCode: 'G7.3', actor: 'Alternant', code: 'A' });
  });
});
