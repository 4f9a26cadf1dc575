import { setup, parisMidnight } from './spreadsheet-setup';


function withCodeColumn() {
  const env = setup();
  const sheet = env.ss.insertSheet('Grille');
  const rule = env.app.newDataValidation().requireValueInList(['I', 'A', 'EC', 'R']).setAllowInvalid(false).build();
  sheet.getRange('E2:G20').setDataValidation(rule);
  return { ...env, sheet };
}

describe('SpreadsheetApp emulator: a person editing in the Sheets UI', () => {
  test('typed text is parsed as in fr_FR: comma decimals, dd/mm/yyyy dates, TRUE, leading apostrophe', () => {
    const { ss } = setup();
    const res = ss.userEdit('Feuille 1', 1, 1, [['1,5', '23/11/2026', 'TRUE', "'12", '12']]);
    expect(res.ok).toBe(true);
    const [v] = ss.getActiveSheet().getRange('A1:E1').getValues();
    expect(v[0]).toBe(1.5);
    expect((v[1] as Date).getTime()).toBe(parisMidnight('2026-11-23').getTime());
    expect(v.slice(2)).toEqual([true, '12', 12]);
  });

  test('a single-cell edit gives value and oldValue; oldValue is absent when the cell was empty', () => {
    const { ss, sheet } = withCodeColumn();
    const first = ss.userEdit('Grille', 2, 5, [['I']]);
    if (!first.ok) throw new Error(first.message);
    expect(first.event.value).toBe('I');
    expect('oldValue' in first.event).toBe(false);
    expect(first.event.range.getA1Notation()).toBe('E2');
    expect(first.event.authMode).toBe('LIMITED');
    expect(first.event.source).toBe(ss);
    const second = ss.userEdit('Grille', 2, 5, [['A']]);
    if (!second.ok) throw new Error(second.message);
    expect([second.event.value, second.event.oldValue]).toEqual(['A', 'I']);
    expect(sheet.getRange('E2').getValue()).toBe('A');
  });

  test('a paste over several cells gives neither value nor oldValue', () => {
    const { ss } = withCodeColumn();
    const res = ss.userEdit('Grille', 2, 5, [['I', 'A']]);
    if (!res.ok) throw new Error(res.message);
    expect(res.event.range.getA1Notation()).toBe('E2:F2');
    expect('value' in res.event || 'oldValue' in res.event).toBe(false);
  });

  test('userEdit on a cell with a list validation rejects a value outside the list', () => {
    const { ss, sheet } = withCodeColumn();
    const res = ss.userEdit('Grille', 3, 5, [['X']]);
    expect(res).toEqual({
      ok: false,
      message: 'There was a problem\nThe data you entered in cell E3 violates the data validation rules set on this cell.',
    });
    expect(sheet.getRange('E3').getValue()).toBe('');
  });

  test('a rejected paste writes nothing at all', () => {
    const { ss, sheet } = withCodeColumn();
    expect(ss.userEdit('Grille', 2, 5, [['I'], ['nope']]).ok).toBe(false);
    expect(sheet.getRange('E2:E3').getValues()).toEqual([[''], ['']]);
  });

  test('a checkbox tick is a boolean and the event spells it TRUE', () => {
    const { ss } = setup();
    ss.getActiveSheet().getRange('C2').insertCheckboxes();
    const res = ss.userEdit('Feuille 1', 2, 3, [[true]]);
    if (!res.ok) throw new Error(res.message);
    expect([res.event.value, res.event.oldValue]).toEqual(['TRUE', 'FALSE']);
    expect(ss.userEdit('Feuille 1', 2, 3, [['peut-être']]).ok).toBe(false);
  });

  test('validations that allow invalid data accept anything', () => {
    const { app, ss } = setup();
    ss.getActiveSheet().getRange('A1').setDataValidation(app.newDataValidation().requireNumberBetween(1, 5).build());
    expect(ss.userEdit('Feuille 1', 1, 1, [['9']]).ok).toBe(true);
  });

  test('a date validation rejects text and accepts a typed date', () => {
    const { app, ss } = setup();
    const rule = app.newDataValidation().requireDate().setAllowInvalid(false).build();
    ss.getActiveSheet().getRange('H2').setDataValidation(rule);
    expect(ss.userEdit('Feuille 1', 2, 8, [['demain']]).ok).toBe(false);
    expect(ss.userEdit('Feuille 1', 2, 8, [['24/11/2026']]).ok).toBe(true);
  });

  test('user edits are not counted as script calls', () => {
    const { ss, ctx } = setup();
    ctx.calls.reset();
    ss.userEdit('Feuille 1', 1, 1, [['x']]);
    expect(ctx.calls.count()).toBe(0);
  });
});
