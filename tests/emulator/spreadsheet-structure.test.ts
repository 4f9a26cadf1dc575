import { setup } from './spreadsheet-setup';


describe('SpreadsheetApp emulator: spreadsheet and sheets', () => {
  test('a new spreadsheet has one sheet of 1000 rows and 26 columns, named as in fr_FR', () => {
    const { ss } = setup();
    const sheet = ss.getActiveSheet();
    expect(ss.sheetNames()).toEqual(['Feuille 1']);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);
    expect(ss.getSpreadsheetLocale()).toBe('fr_FR');
    expect(ss.getSpreadsheetTimeZone()).toBe('Europe/Paris');
  });

  test('insertSheet makes the new sheet active; a duplicate name throws Google\'s message', () => {
    const { ss } = setup();
    const s = ss.insertSheet('Alternants');
    expect(ss.getActiveSheet().getName()).toBe('Alternants');
    expect(s.getIndex()).toBe(2);
    expect(() => ss.insertSheet('Alternants')).toThrow('A sheet with the name "Alternants" already exists. Please enter another name.');
    ss.insertSheet('Journal', 0);
    expect(ss.sheetNames()).toEqual(['Journal', 'Feuille 1', 'Alternants']);
  });

  test('getSheetByName returns null for a missing sheet; deleteSheet removes it', () => {
    const { ss } = setup();
    const s = ss.insertSheet('Tmp');
    expect(ss.getSheetByName('Absent')).toBeNull();
    expect(ss.getSheetById(s.getSheetId())?.getName()).toBe('Tmp');
    ss.deleteSheet(s);
    expect(ss.getSheetByName('Tmp')).toBeNull();
    expect(ss.getNumSheets()).toBe(1);
  });

  test('Spreadsheet.getRange reads A1 notation with a quoted sheet name and open ranges', () => {
    const { ss } = setup();
    ss.insertSheet('Alternants');
    expect(ss.getRange("'Feuille 1'!A1:B2").getA1Notation()).toBe('A1:B2');
    const cols = ss.getRange('Alternants!A:P');
    expect([cols.getRow(), cols.getNumRows(), cols.getNumColumns()]).toEqual([1, 1000, 16]);
    const open = ss.getActiveSheet().getRange('A2:C');
    expect([open.getRow(), open.getLastRow(), open.getLastColumn()]).toEqual([2, 1000, 3]);
    expect(ss.getRangeByName('nothing')).toBeNull();
  });

  test('getRange outside the sheet or below row 1 throws Google\'s messages', () => {
    const { ss } = setup();
    const sheet = ss.getActiveSheet();
    expect(() => sheet.getRange(1001, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange(1, 1, 1, 27)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
  });

  test('getLastRow/getLastColumn and getDataRange follow the cells with content', () => {
    const { ss } = setup();
    const sheet = ss.getActiveSheet();
    sheet.getRange('B3').setValue('x');
    sheet.getRange('A10').setBackground('#ff0000'); // formatting alone is not content
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([3, 2]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:B3');
  });

  test('appendRow writes after the last row with content and grows a full sheet', () => {
    const { ss } = setup();
    const sheet = ss.getActiveSheet();
    sheet.appendRow(['ID', 'Nom']);
    sheet.appendRow(['A1', 'Martin']);
    expect(sheet.getRange('A1:B2').getValues()).toEqual([['ID', 'Nom'], ['A1', 'Martin']]);
    sheet.getRange(1000, 1).setValue('last');
    sheet.appendRow(['beyond']);
    expect(sheet.getMaxRows()).toBe(1001);
    expect(sheet.getRange(1001, 1).getValue()).toBe('beyond');
  });

  test('inserting and deleting rows moves the cells below', () => {
    const { ss } = setup();
    const sheet = ss.getActiveSheet();
    sheet.getRange('A1:A3').setValues([['a'], ['b'], ['c']]);
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getRange('A1:A5').getValues().flat()).toEqual(['a', '', '', 'b', 'c']);
    expect(sheet.getMaxRows()).toBe(1002);
    sheet.deleteRows(2, 2);
    expect(sheet.getRange('A1:A3').getValues().flat()).toEqual(['a', 'b', 'c']);
    sheet.insertColumnsBefore(1, 1);
    expect(sheet.getRange('B1').getValue()).toBe('a');
  });

  test('the workbook cannot grow beyond 10 million cells', () => {
    const { ss } = setup();
    const sheet = ss.getActiveSheet();
    expect(() => sheet.insertRowsAfter(1000, 400_000)).toThrow(
      'This action would increase the number of cells in the workbook above the limit of 10000000 cells.',
    );
  });

  test('clear, clearContents and clearFormats remove what they say', () => {
    const { ss } = setup();
    const sheet = ss.getActiveSheet();
    sheet.getRange('A1').setValue('x').setBackground('#00FF00').setNote('note');
    sheet.clearContents();
    expect(ss.peek('Feuille 1')?.backgrounds).toEqual([['#00ff00']]);
    sheet.clearFormats();
    sheet.clearNotes();
    expect(ss.peek('Feuille 1')?.values).toEqual([]);
  });

  test('frozen rows, hidden sheets and tab colours are kept', () => {
    const { ss } = setup();
    const s = ss.insertSheet('Journal');
    s.setFrozenRows(1);
    s.hideSheet();
    expect(s.getFrozenRows()).toBe(1);
    expect(s.isSheetHidden()).toBe(true);
    expect(ss.peek('Journal')?.hidden).toBe(true);
    expect(() => ss.getSheetByName('Feuille 1')!.hideSheet()).toThrow("You can't hide all the sheets in a document.");
  });

  test('toast is recorded in spreadsheet.toasts', () => {
    const { ss } = setup();
    ss.toast('Grilles générées', 'OLAP', 10);
    expect(ss.toasts).toEqual([expect.objectContaining({ message: 'Grilles générées', title: 'OLAP', timeoutSeconds: 10 })]);
  });

  test('getUi delegates to the ui option, and throws outside a UI context', () => {
    const { app, ui } = setup();
    expect(app.getUi()).toBe(ui);
    const { app: timeDriven } = setup(undefined, { uiAvailable: false });
    expect(() => timeDriven.getUi()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
  });

  test('SpreadsheetApp calls are counted; flush too', () => {
    const { app, ctx } = setup();
    app.getActiveSpreadsheet().getSheetByName('Feuille 1');
    app.flush();
    expect(ctx.calls.byMethod('spreadsheet')).toEqual({
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'Spreadsheet.getSheetByName': 1,
      'SpreadsheetApp.flush': 1,
    });
  });
});
