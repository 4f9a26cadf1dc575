import { setup, parisMidnight } from './spreadsheet-setup';



describe('SpreadsheetApp emulator: values', () => {
  test('empty cells read as empty strings', () => {
    const { ss } = setup();
    expect(ss.getSheets()[0].getRange(1, 1, 2, 2).getValues()).toEqual([['', ''], ['', '']]);
  });

  test('numbers, booleans and strings read back as stored', () => {
    const { ss } = setup();
    const r = ss.getActiveSheet().getRange('A1:C1');
    r.setValues([[12.5, true, 'texte']]);
    expect(r.getValues()).toEqual([[12.5, true, 'texte']]);
  });

  test('a date cell reads back as a Date (a fresh copy each time)', () => {
    const { ss } = setup();
    const d = new Date('2026-11-23T10:30:00Z');
    const cell = ss.getActiveSheet().getRange('A1');
    cell.setValue(d);
    const read = cell.getValue() as Date;
    expect(read).toBeInstanceOf(Date);
    expect(read.getTime()).toBe(d.getTime());
    expect(read).not.toBe(d);
  });

  test('strings are parsed as Sheets parses user-entered values', () => {
    const { ss } = setup();
    const r = ss.getActiveSheet().getRange('A1:G1');
    r.setValues([['42', '2026-11-23', '23/11/2026', "'007", 'TRUE', '1,5', 'texte']]);
    const [v] = r.getValues();
    expect(v[0]).toBe(42);
    expect((v[1] as Date).getTime()).toBe(parisMidnight('2026-11-23').getTime());
    expect((v[2] as Date).getTime()).toBe(parisMidnight('2026-11-23').getTime());
    expect(v[3]).toBe('007');
    expect(v[4]).toBe(true);
    expect(v[5]).toBe(1.5);
    expect(v[6]).toBe('texte');
  });

  test('dates in summer time are midnight in the spreadsheet time zone', () => {
    const { ss } = setup();
    const cell = ss.getActiveSheet().getRange('A1');
    cell.setValue('2026-07-14');
    expect((cell.getValue() as Date).getTime()).toBe(parisMidnight('2026-07-14', 2).getTime());
  });

  test('a plain-text (@) cell keeps numeric-looking strings as text', () => {
    const { ss } = setup();
    const cell = ss.getActiveSheet().getRange('A1');
    cell.setNumberFormat('@').setValue('0612345678');
    expect(cell.getValue()).toBe('0612345678');
  });

  test('null and undefined are written as empty cells', () => {
    const { ss } = setup();
    const r = ss.getActiveSheet().getRange('A1:B1');
    r.setValues([['x', 'y']]);
    r.setValues([[null, undefined]]);
    expect(r.getValues()).toEqual([['', '']]);
  });

  test('setValue writes the same value into every cell of the range', () => {
    const { ss } = setup();
    const r = ss.getActiveSheet().getRange('A1:B2');
    r.setValue('x');
    expect(r.getValues()).toEqual([['x', 'x'], ['x', 'x']]);
  });

  test('a string starting with = becomes a formula; HYPERLINK reads as its label', () => {
    const { ss } = setup();
    const sheet = ss.getActiveSheet();
    sheet.getRange('A1').setValue('=HYPERLINK("https://drive.example/f";"Dossier")');
    sheet.getRange('A2').setFormula('=HYPERLINK("https://x.example","Lien")');
    sheet.getRange('A3').setFormula('=SUM(B1:B2)');
    expect(sheet.getRange('A1:A3').getValues()).toEqual([['Dossier'], ['Lien'], ['']]);
    expect(sheet.getRange('A1').getFormula()).toBe('=HYPERLINK("https://drive.example/f";"Dossier")');
    expect(sheet.getRange('A1').getRichTextValue()?.getLinkUrl()).toBe('https://drive.example/f');
  });

  test('setValues with the wrong number of rows throws Google\'s message', () => {
    const { ss } = setup();
    expect(() => ss.getActiveSheet().getRange(1, 1, 2, 2).setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
  });

  test('setValues with the wrong number of columns throws Google\'s message', () => {
    const { ss } = setup();
    expect(() => ss.getActiveSheet().getRange(1, 1, 1, 2).setValues([[1, 2, 3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.',
    );
  });

  test('display values follow the fr_FR locale and number formats', () => {
    const { ss } = setup();
    const r = ss.getActiveSheet().getRange('A1:F1');
    r.setValues([[1.5, '2026-11-23', true, 1234.5, 0.125, new Date('2026-11-23T09:05:00Z')]]);
    ss.getActiveSheet().getRange('D1').setNumberFormat('#,##0.00');
    ss.getActiveSheet().getRange('E1').setNumberFormat('0.0%');
    expect(r.getDisplayValues()).toEqual([['1,5', '23/11/2026', 'TRUE', '1\u202f234,50', '12,5%', '23/11/2026 10:05:00']]);
    const iso = ss.getActiveSheet().getRange('B1').setNumberFormat('yyyy-mm-dd');
    expect(iso.getDisplayValue()).toBe('2026-11-23');
  });

  test('each getValues call is counted once, with the cells it reads', () => {
    const { ss, ctx } = setup();
    const r = ss.getActiveSheet().getRange('A1:C10');
    ctx.calls.reset();
    r.getValues();
    r.getValues();
    expect(ctx.calls.byMethod('spreadsheet')).toEqual({ 'Range.getValues': 2 });
    expect(ctx.calls.records[0].cells).toBe(30);
  });

  test('builders are local and not counted', () => {
    const { app, ctx } = setup();
    ctx.calls.reset();
    app.newDataValidation().requireValueInList(['I', 'A']).build();
    app.newRichTextValue().setText('x').setLinkUrl('https://x.example').build();
    expect(ctx.calls.count()).toBe(0);
  });

  test('the call is recorded before the work, so the execution limit stops it', () => {
    const { ss, ctx } = setup();
    const cell = ss.getActiveSheet().getRange('A1');
    ctx.calls.setCostModel(() => 100);
    ctx.calls.startExecution(150);
    cell.setValue('first');
    expect(() => cell.setValue('second')).toThrow('Exceeded maximum execution time');
    expect(ss.peek('Feuille 1')?.values).toEqual([['first']]);
  });
});
