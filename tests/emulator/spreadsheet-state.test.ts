import { setup } from './spreadsheet-setup';
import type { SpreadsheetState } from '../../emulator/spreadsheet';


describe('SpreadsheetApp emulator: state and performance', () => {
  test('state round-trips through JSON, dates included', () => {
    const { app, ss } = setup();
    const sheet = ss.insertSheet('Journal');
    sheet.getRange('A1:C1').setValues([['Horodatage', new Date('2026-11-23T08:00:00Z'), '=HYPERLINK("https://x.example";"X")']]);
    sheet.getRange('D1').setNote('note').setBackground('#ff0000').setNumberFormat('@');
    sheet.getRange('E1').setDataValidation(app.newDataValidation().requireDateOnOrBefore(new Date('2026-12-31T00:00:00Z')).build());
    sheet.getRange('2:3').shiftRowGroupDepth(1);
    sheet.setFrozenRows(1);
    sheet.protect().setDescription('journal');

    const json = JSON.parse(JSON.stringify(ss.toState())) as SpreadsheetState;
    const { ss: copy } = setup(json);
    expect(copy.sheetNames()).toEqual(ss.sheetNames());
    expect(copy.getActiveSheet().getName()).toBe('Journal');
    const value = copy.getSheetByName('Journal')!.getRange('B1').getValue() as Date;
    expect(value).toBeInstanceOf(Date);
    expect(value.toISOString()).toBe('2026-11-23T08:00:00.000Z');
    const criteria = copy.getSheetByName('Journal')!.getRange('E1').getDataValidation()!.getCriteriaValues()[0] as Date;
    expect(criteria).toBeInstanceOf(Date);
    expect(copy.peek('Journal')).toEqual(ss.peek('Journal'));
    expect(copy.toState()).toEqual(ss.toState());
  });

  test('a 20,000-row journal is written and read in bulk quickly; single-cell calls stay cheap', () => {
    const { ss } = setup();
    const sheet = ss.insertSheet('Journal');
    const rows = Array.from({ length: 20_000 }, (_, i) => [new Date(Date.UTC(2026, 0, 1) + i * 60_000), `E${i}`, 'A1', 'ACT-1', 'Formateur', 'I', 'texte', 'envoyée']);
    const t0 = Date.now();
    sheet.insertRowsAfter(1000, 19_000);
    sheet.getRange(1, 1, rows.length, 8).setValues(rows);
    expect(sheet.getDataRange().getValues()).toHaveLength(20_000);
    for (let i = 0; i < 1000; i++) sheet.getRange(20_000, 2).getValue();
    expect(sheet.getLastRow()).toBe(20_000);
    expect(Date.now() - t0).toBeLessThan(3000);
  });
});
