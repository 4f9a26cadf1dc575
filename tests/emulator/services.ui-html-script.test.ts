/** Ui, HtmlService and ScriptApp, as the Apps Script reference documents them. */
import { CallLog, Clock, type EmulatorContext } from '../../emulator/core/context';
import { createHtmlService } from '../../emulator/services/html';
import { createScriptApp, MSG_TOO_MANY_TRIGGERS } from '../../emulator/services/script';
import { createUi, MSG_GET_UI_CONTEXT } from '../../emulator/services/ui';

function makeCtx(): EmulatorContext {
  return {
    calls: new CallLog(),
    clock: new Clock(new Date('2025-03-10T09:00:00Z')),
    timeZone: 'Europe/Paris',
    scriptTimeZone: 'Europe/Paris',
    userEmail: 'formatrice@cfa-demo.fr',
    uiAvailable: true,
  };
}

describe('Ui', () => {
  test('the add-on menu records its items, separators and submenus', () => {
    const ui = createUi(makeCtx());
    const u = ui.getUi();
    u.createAddonMenu()
      .addItem('Ouvrir', 'openSidebar')
      .addSeparator()
      .addSubMenu(u.createMenu('Outils').addItem('Configurer', 'setupWorkbook'))
      .addToUi();
    expect(ui.state.menus[0].items[1]).toEqual({ separator: true });
    expect(ui.menuItems()).toEqual([
      { caption: 'Ouvrir', functionName: 'openSidebar' },
      { caption: 'Configurer', functionName: 'setupWorkbook' },
    ]);
  });

  test('showSidebar records the HtmlOutput content and title', () => {
    const ctx = makeCtx();
    const ui = createUi(ctx);
    const html = createHtmlService(ctx).service.createHtmlOutput('<p>Bonjour</p>').setTitle('OLAP');
    ui.getUi().showSidebar(html);
    ui.getUi().showModalDialog(html, 'Compléter la saisie');
    expect(ui.state.sidebar).toMatchObject({ title: 'OLAP', content: '<p>Bonjour</p>' });
    expect(ui.state.dialogs[0]).toMatchObject({ kind: 'modal', title: 'Compléter la saisie' });
  });

  test('alert answers OK by default, YES for a YES_NO set, or what the test scripted', () => {
    const ui = createUi(makeCtx());
    const u = ui.getUi();
    expect(u.alert('Fait')).toBe(u.Button.OK);
    expect(u.alert('Titre', 'Sûr ?', u.ButtonSet.YES_NO)).toBe(u.Button.YES);
    ui.scriptAnswers('NO');
    expect(u.alert('Titre', 'Sûr ?', u.ButtonSet.YES_NO)).toBe(u.Button.NO);
    expect(ui.state.alerts.map((a) => a.answer)).toEqual(['OK', 'YES', 'NO']);
  });

  test('a time-driven execution cannot call getUi', () => {
    const ctx = makeCtx();
    const ui = createUi(ctx);
    ctx.uiAvailable = false;
    expect(() => ui.getUi()).toThrow(MSG_GET_UI_CONTEXT);
  });

  test('a simple trigger (AuthMode.LIMITED) can build menus but cannot open a sidebar', () => {
    const ctx = makeCtx();
    const ui = createUi(ctx);
    ui.setLimited(true);
    ui.getUi().createAddonMenu().addItem('Ouvrir', 'openSidebar').addToUi();
    expect(() => ui.getUi().showSidebar(createHtmlService(ctx).service.createHtmlOutput('x'))).toThrow('You do not have permission to call Ui.showSidebar');
    expect(ui.state.sidebar).toBeNull();
  });
});

describe('HtmlService', () => {
  test('createHtmlOutputFromFile reads project files; a missing one fails with Google\'s message', () => {
    const html = createHtmlService(makeCtx(), { htmlFiles: { Sidebar: '<div>OLAP</div>' } }).service;
    expect(html.createHtmlOutputFromFile('Sidebar').getContent()).toBe('<div>OLAP</div>');
    expect(() => html.createHtmlOutputFromFile('Nope')).toThrow('No HTML file named Nope was found.');
  });

  test('templates escape <?= ?>, print <?!= ?> raw and run <? ?> code', () => {
    const html = createHtmlService(makeCtx(), { scope: () => ({ include: (n: string) => `[${n}]` }) }).service;
    const t = html.createTemplate('<h1><?= title ?></h1><? for (var i = 0; i < n; i++) { ?><i><?= i ?></i><? } ?><?!= include("css") ?><?!= raw ?>');
    t.title = 'A & <B>';
    t.n = 2;
    t.raw = '<b>x</b>';
    expect(t.evaluate().getContent()).toBe('<h1>A &amp; &lt;B&gt;</h1><i>0</i><i>1</i>[css]<b>x</b>');
  });

  test('HtmlOutput setters chain and appendUntrusted escapes', () => {
    const out = createHtmlService(makeCtx()).service.createHtmlOutput('a').setTitle('T').setWidth(300).setHeight(200).append('<b>').appendUntrusted('<i>');
    expect([out.getTitle(), out.getWidth(), out.getHeight(), out.getContent()]).toEqual(['T', 300, 200, 'a<b>&lt;i&gt;']);
  });
});

describe('ScriptApp', () => {
  const fakeSheet = { getId: () => 'sheet-1' } as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;

  test('time-driven and spreadsheet triggers are created, listed and deleted', () => {
    const s = createScriptApp(makeCtx());
    const ScriptApp = s.service;
    const hourly = ScriptApp.newTrigger('runScheduledJobs').timeBased().everyHours(1).create();
    ScriptApp.newTrigger('onEditInstalled').forSpreadsheet(fakeSheet).onEdit().create();
    expect(hourly.getHandlerFunction()).toBe('runScheduledJobs');
    expect(hourly.getEventType()).toBe(ScriptApp.EventType.CLOCK);
    expect(hourly.getTriggerSource()).toBe(ScriptApp.TriggerSource.CLOCK);
    expect(ScriptApp.getUserTriggers(fakeSheet).map((t) => t.getEventType())).toEqual([ScriptApp.EventType.ON_EDIT]);
    expect(ScriptApp.getUserTriggers(fakeSheet)[0].getTriggerSourceId()).toBe('sheet-1');
    ScriptApp.deleteTrigger(ScriptApp.getProjectTriggers()[0]);
    expect(ScriptApp.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual(['onEditInstalled']);
  });

  test('a user may have 20 triggers per script; the 21st fails with Google\'s message', () => {
    const ScriptApp = createScriptApp(makeCtx()).service;
    for (let i = 0; i < 20; i++) ScriptApp.newTrigger(`f${i}`).timeBased().after(60_000).create();
    expect(() => ScriptApp.newTrigger('f20').timeBased().everyDays(1).atHour(6).create()).toThrow(MSG_TOO_MANY_TRIGGERS);
  });

  test('another user\'s triggers do not count and are not listed', () => {
    const ctx = makeCtx();
    const ScriptApp = createScriptApp(ctx).service;
    ScriptApp.newTrigger('a').timeBased().everyHours(1).create();
    ctx.userEmail = 'autre@cfa-demo.fr';
    expect(ScriptApp.getProjectTriggers()).toHaveLength(0);
  });

  test('getAuthorizationInfo reports REQUIRED when the hook says so', () => {
    const s = createScriptApp(makeCtx());
    const info = () => s.service.getAuthorizationInfo(s.service.AuthMode.FULL);
    expect(info().getAuthorizationStatus()).toBe(s.service.AuthorizationStatus.NOT_REQUIRED);
    s.setAuthorizationRequired(true);
    expect(info().getAuthorizationStatus()).toBe(s.service.AuthorizationStatus.REQUIRED);
    expect(info().getAuthorizationUrl()).toContain(s.service.getScriptId());
  });

  test('everyHours accepts only 1, 2, 4, 6, 8 or 12', () => {
    const ScriptApp = createScriptApp(makeCtx()).service;
    expect(() => ScriptApp.newTrigger('f').timeBased().everyHours(3)).toThrow();
  });
});
