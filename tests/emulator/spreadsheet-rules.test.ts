import { setup } from './spreadsheet-setup';


describe('SpreadsheetApp emulator: validation, rich text, rules, protections, groups', () => {
  test('a list validation reads back with Google\'s criteria type and values', () => {
    const { app, ss } = setup();
    const rule = app.newDataValidation().requireValueInList(['I', 'A', 'EC', 'R'], true).setAllowInvalid(false).setHelpText('Code').build();
    const cell = ss.getActiveSheet().getRange('E2');
    cell.setDataValidation(rule);
    const back = cell.getDataValidation()!;
    expect(back.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(back.getCriteriaValues()).toEqual([['I', 'A', 'EC', 'R'], true]);
    expect(back.getAllowInvalid()).toBe(false);
    expect(back.getHelpText()).toBe('Code');
    expect(back.copy().requireTextIsEmail().build().getCriteriaType()).toBe('TEXT_IS_VALID_EMAIL');
    cell.clearDataValidations();
    expect(cell.getDataValidation()).toBeNull();
  });

  test('a range validation gives back a Range', () => {
    const { app, ss } = setup();
    const sheet = ss.getActiveSheet();
    const rule = app.newDataValidation().requireValueInRange(sheet.getRange('Z1:Z3')).build();
    sheet.getRange('A1').setDataValidation(rule);
    const [range] = sheet.getRange('A1').getDataValidation()!.getCriteriaValues() as GoogleAppsScript.Spreadsheet.Range[];
    expect(range.getA1Notation()).toBe('Z1:Z3');
    expect(ss.peek('Feuille 1')?.validations[0][0]?.values[0]).toBe("'Feuille 1'!Z1:Z3");
  });

  test('insertCheckboxes sets a CHECKBOX validation and false; check and isChecked follow', () => {
    const { ss } = setup();
    const r = ss.getActiveSheet().getRange('C2:D2');
    r.insertCheckboxes();
    expect(r.getValues()).toEqual([[false, false]]);
    expect(r.getDataValidation()?.getCriteriaType()).toBe('CHECKBOX');
    expect(r.isChecked()).toBe(false);
    r.getCell(1, 1).check();
    expect(r.isChecked()).toBeNull();
    r.check();
    expect(r.isChecked()).toBe(true);
    r.removeCheckboxes();
    expect(r.getValues()).toEqual([['', '']]);
    expect(r.getDataValidation()).toBeNull();
  });

  test('a rich text link is remembered and the value is its text', () => {
    const { app, ss } = setup();
    const cell = ss.getActiveSheet().getRange('B2');
    cell.setRichTextValue(app.newRichTextValue().setText('Rédiger un devis').setLinkUrl('https://drive.example/a').build());
    expect(cell.getValue()).toBe('Rédiger un devis');
    expect(cell.getRichTextValue()?.getLinkUrl()).toBe('https://drive.example/a');
    expect(ss.peek('Feuille 1')?.links[1][1]).toBe('https://drive.example/a');
    const partial = app.newRichTextValue().setText('Voir le dossier').setLinkUrl(8, 15, 'https://d.example').build();
    expect(partial.getLinkUrl()).toBeNull();
    expect(partial.getRuns().map((r) => [r.getText(), r.getLinkUrl()])).toEqual([['Voir le ', null], ['dossier', 'https://d.example']]);
    cell.setValue(3);
    expect(cell.getRichTextValue()).toBeNull(); // not text
  });

  test('styles and notes read back per cell, colours in lower-case hex', () => {
    const { ss } = setup();
    const r = ss.getActiveSheet().getRange('A1:B1');
    r.setBackgrounds([['#FFCC00', null]]).setFontWeight('bold').setFontColors([['#FF0000', '#000000']]).setNotes([['Identifiant', '']]);
    expect(r.getBackgrounds()).toEqual([['#ffcc00', '#ffffff']]);
    expect(r.getFontWeights()).toEqual([['bold', 'bold']]);
    expect(r.getFontColors()).toEqual([['#ff0000', '#000000']]);
    expect(r.getNotes()).toEqual([['Identifiant', '']]);
  });

  test('conditional format rules keep their ranges, condition and format', () => {
    const { app, ss } = setup();
    const sheet = ss.getActiveSheet();
    const rule = app.newConditionalFormatRule().whenTextEqualTo('I').setBackground('#f4cccc').setRanges([sheet.getRange('E2:G20')]).build();
    sheet.setConditionalFormatRules([rule]);
    const [back] = sheet.getConditionalFormatRules();
    expect((back.getRanges()[0] as GoogleAppsScript.Spreadsheet.Range).getA1Notation()).toBe('E2:G20');
    expect(back.getBooleanCondition()?.getCriteriaType()).toBe(app.BooleanCriteria.TEXT_EQUAL_TO);
    expect(back.getBooleanCondition()?.getBackground()).toBe('#f4cccc');
    expect(ss.peek('Feuille 1')?.conditionalRules).toEqual([
      { ranges: ["'Feuille 1'!E2:G20"], type: 'TEXT_EQUAL_TO', values: ['I'], background: '#f4cccc', fontColor: null, bold: null },
    ]);
  });

  test('protections: sheet and range, editors, warning only, unprotected ranges, remove', () => {
    const { app, ss } = setup();
    const sheet = ss.getActiveSheet();
    const p = sheet.protect().setDescription('En-têtes');
    p.setUnprotectedRanges([sheet.getRange('A2:P1000')]);
    p.addEditor('formateur@cfa.example');
    expect(p.getEditors().map((u) => u.getEmail())).toEqual(['responsable@cfa.example', 'formateur@cfa.example']);
    expect(p.canEdit()).toBe(true);
    const r = sheet.getRange('A1:P1').protect().setWarningOnly(true);
    expect(r.isWarningOnly()).toBe(true);
    expect(sheet.getProtections(app.ProtectionType.SHEET).map((x) => x.getDescription())).toEqual(['En-têtes']);
    expect(sheet.getProtections(app.ProtectionType.RANGE)[0].getRange().getA1Notation()).toBe('A1:P1');
    expect(ss.peek('Feuille 1')?.protections[0].unprotected).toEqual(['A2:P1000']);
    r.remove();
    expect(sheet.getProtections(app.ProtectionType.RANGE)).toEqual([]);
  });

  test('shiftRowGroupDepth creates row groups that collapse, expand and go away', () => {
    const { ss } = setup();
    const sheet = ss.getActiveSheet();
    sheet.getRange('3:5').shiftRowGroupDepth(1);
    expect(sheet.getRowGroupDepth(4)).toBe(1);
    const group = sheet.getRowGroup(4, 1)!;
    expect(group.getRange().getA1Notation()).toBe('A3:Z5');
    expect(group.getControlIndex()).toBe(6);
    group.collapse();
    expect(group.isCollapsed()).toBe(true);
    sheet.expandAllRowGroups();
    expect(sheet.getRowGroup(4, 1)!.isCollapsed()).toBe(false);
    expect(ss.peek('Feuille 1')?.rowGroups).toEqual([{ start: 3, end: 5, depth: 1, collapsed: false }]);
    group.remove();
    expect(sheet.getRowGroup(4, 1)).toBeNull();
  });
});
