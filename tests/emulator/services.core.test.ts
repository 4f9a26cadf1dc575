/** PropertiesService, LockService, MailApp, Session, Logger and the latency model, as Google documents them. */
import { CallLog, Clock, type EmulatorContext } from '../../emulator/core/context';
import { latencyModel, SIX_MINUTES_MS } from '../../emulator/core/latency';
import { createLockService, MSG_LOCK_TIMEOUT } from '../../emulator/services/lock';
import { createLogging } from '../../emulator/services/logger';
import { createMailApp, MSG_DAILY_QUOTA, MSG_RECIPIENTS_PER_MESSAGE } from '../../emulator/services/mail';
import { createPropertiesService, MSG_STORE_QUOTA, MSG_VALUE_TOO_LARGE } from '../../emulator/services/properties';
import { createSession } from '../../emulator/services/session';

function makeCtx(overrides: Partial<EmulatorContext> = {}): EmulatorContext {
  return {
    calls: new CallLog(latencyModel),
    clock: new Clock(new Date('2025-03-10T09:00:00Z')),
    timeZone: 'Europe/Paris',
    scriptTimeZone: 'Europe/Paris',
    userEmail: 'formatrice@cfa-demo.fr',
    uiAvailable: true,
    ...overrides,
  };
}

describe('PropertiesService', () => {
  test('getProperty returns null for a missing key and values are stored as strings', () => {
    const ctx = makeCtx();
    const props = createPropertiesService(ctx).service.getDocumentProperties();
    expect(props.getProperty('missing')).toBeNull();
    props.setProperty('count', 42 as unknown as string);
    expect(props.getProperty('count')).toBe('42');
    props.setProperties({ a: true as unknown as string, b: 'x' });
    expect(props.getProperties()).toEqual({ count: '42', a: 'true', b: 'x' });
  });

  test('setProperties with deleteAllOthers replaces the whole store', () => {
    const props = createPropertiesService(makeCtx(), { document: { old: '1', keep: '2' } }).service.getDocumentProperties();
    props.setProperties({ keep: '3' }, true);
    expect(props.getKeys()).toEqual(['keep']);
    expect(props.getProperty('keep')).toBe('3');
  });

  test('document, script and user stores are separate', () => {
    const svc = createPropertiesService(makeCtx()).service;
    svc.getScriptProperties().setProperty('k', 'script');
    expect(svc.getDocumentProperties().getProperty('k')).toBeNull();
    expect(svc.getUserProperties().getProperty('k')).toBeNull();
  });

  test('a value over 9 KB throws Google\'s "Argument too large: value" and is not stored', () => {
    const props = createPropertiesService(makeCtx()).service.getUserProperties();
    expect(() => props.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow(MSG_VALUE_TOO_LARGE);
    expect(props.getProperty('big')).toBeNull();
    expect(() => props.setProperty('ok', 'x'.repeat(9 * 1024))).not.toThrow();
  });

  test('a store over 500 KB throws the property storage quota error', () => {
    const props = createPropertiesService(makeCtx()).service.getDocumentProperties();
    for (let i = 0; i < 56; i++) props.setProperty(`chunk${i}`, 'x'.repeat(9000)); // 56 × 9 007 B ≈ 492 KB
    expect(() => props.setProperty('chunk56', 'x'.repeat(9000))).toThrow(MSG_STORE_QUOTA);
    expect(props.getKeys()).toHaveLength(56);
  });

  test('every read and write is a recorded round trip', () => {
    const ctx = makeCtx();
    const props = createPropertiesService(ctx).service.getDocumentProperties();
    props.setProperty('a', '1');
    props.getProperty('a');
    props.deleteProperty('a');
    expect(ctx.calls.byMethod('properties')).toEqual({
      'Properties.setProperty': 1,
      'Properties.getProperty': 1,
      'Properties.deleteProperty': 1,
    });
  });
});

describe('LockService', () => {
  test('tryLock succeeds when nobody holds the lock, and hasLock reflects it until releaseLock', () => {
    const lock = createLockService(makeCtx()).service.getDocumentLock();
    expect(lock.hasLock()).toBe(false);
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
  });

  test('waitLock throws when another execution holds the lock, after waiting the whole timeout', () => {
    const ctx = makeCtx();
    const locks = createLockService(ctx);
    locks.holdByAnotherExecution('document');
    const before = ctx.clock.now();
    expect(() => locks.service.getDocumentLock().waitLock(10_000)).toThrow(MSG_LOCK_TIMEOUT);
    expect(ctx.clock.now() - before).toBe(10_000);
    expect(ctx.calls.modelledMs).toBeGreaterThanOrEqual(10_000);
  });

  test('tryLock returns false (not an error) when the lock stays busy', () => {
    const locks = createLockService(makeCtx());
    locks.holdByAnotherExecution('document');
    expect(locks.service.getDocumentLock().tryLock(500)).toBe(false);
  });

  test('waitLock gets the lock once the other execution releases it within the timeout', () => {
    const ctx = makeCtx();
    const locks = createLockService(ctx);
    locks.holdByAnotherExecution('document', 3_000);
    const lock = locks.service.getDocumentLock();
    const before = ctx.clock.now();
    lock.waitLock(30_000);
    expect(lock.hasLock()).toBe(true);
    expect(ctx.clock.now() - before).toBe(3_000);
  });

  test('the script lock is independent from the document lock', () => {
    const locks = createLockService(makeCtx());
    locks.holdByAnotherExecution('document');
    expect(locks.service.getScriptLock().tryLock(0)).toBe(true);
  });
});

describe('MailApp', () => {
  test('the daily quota counts recipients (to + cc + bcc), not messages', () => {
    const mail = createMailApp(makeCtx());
    expect(mail.service.getRemainingDailyQuota()).toBe(100);
    mail.service.sendEmail({ to: 'a@x.fr, b@x.fr', cc: 'c@x.fr', bcc: 'd@x.fr', subject: 'S', body: 'B' });
    expect(mail.service.getRemainingDailyQuota()).toBe(96);
    expect(mail.outbox[0]).toMatchObject({ to: ['a@x.fr', 'b@x.fr'], cc: ['c@x.fr'], bcc: ['d@x.fr'] });
  });

  test('exceeding the quota throws Google\'s message and sends nothing', () => {
    const mail = createMailApp(makeCtx());
    mail.setRemainingQuota(2);
    expect(() => mail.service.sendEmail('a@x.fr,b@x.fr,c@x.fr', 'S', 'B')).toThrow(MSG_DAILY_QUOTA);
    expect(mail.outbox).toHaveLength(0);
    expect(mail.service.getRemainingDailyQuota()).toBe(2);
  });

  test('the quota comes back 24 hours after the first send', () => {
    const ctx = makeCtx();
    const mail = createMailApp(ctx, { quota: 3 });
    mail.service.sendEmail('a@x.fr', 'S', 'B');
    mail.service.sendEmail('b@x.fr,c@x.fr', 'S', 'B');
    expect(mail.service.getRemainingDailyQuota()).toBe(0);
    ctx.clock.advance(24 * 3600 * 1000);
    expect(mail.service.getRemainingDailyQuota()).toBe(3);
  });

  test('an invalid address throws "Invalid email: <addr>"', () => {
    const mail = createMailApp(makeCtx());
    expect(() => mail.service.sendEmail('good@x.fr, not-an-email', 'S', 'B')).toThrow('Invalid email: not-an-email');
    expect(mail.outbox).toHaveLength(0);
  });

  test('more than 50 recipients in one message is refused', () => {
    const mail = createMailApp(makeCtx(), { quota: 1500 });
    const many = Array.from({ length: 51 }, (_, i) => `p${i}@x.fr`).join(',');
    expect(() => mail.service.sendEmail(many, 'S', 'B')).toThrow(MSG_RECIPIENTS_PER_MESSAGE);
  });

  test('all overloads land in the outbox with their options', () => {
    const ctx = makeCtx();
    const mail = createMailApp(ctx);
    mail.service.sendEmail('a@x.fr', 'Subj', 'Body', { htmlBody: '<b>Body</b>', name: 'OLAP', cc: 'c@x.fr' });
    mail.service.sendEmail('b@x.fr', 'reply@x.fr', 'Subj2', 'Body2');
    expect(mail.outbox[0]).toMatchObject({ to: ['a@x.fr'], cc: ['c@x.fr'], htmlBody: '<b>Body</b>', name: 'OLAP', subject: 'Subj' });
    expect(mail.outbox[1]).toMatchObject({ to: ['b@x.fr'], replyTo: 'reply@x.fr', subject: 'Subj2', body: 'Body2' });
    expect(ctx.calls.count('mail')).toBe(2);
  });
});

describe('Session', () => {
  test('the active user email can be blank (simple trigger) while the temporary key still identifies the user', () => {
    const ctx = makeCtx();
    const session = createSession(ctx);
    const key = session.service.getTemporaryActiveUserKey();
    expect(session.service.getActiveUser().getEmail()).toBe('formatrice@cfa-demo.fr');
    session.setActiveUserEmail('');
    expect(session.service.getActiveUser().getEmail()).toBe('');
    expect(session.service.getEffectiveUser().getEmail()).toBe('formatrice@cfa-demo.fr');
    expect(session.service.getTemporaryActiveUserKey()).toBe(key);
    ctx.userEmail = 'autre@cfa-demo.fr';
    expect(session.service.getTemporaryActiveUserKey()).not.toBe(key);
  });

  test('getScriptTimeZone is the script\'s, not the spreadsheet\'s', () => {
    const session = createSession(makeCtx({ timeZone: 'Europe/Paris', scriptTimeZone: 'America/New_York' }));
    expect(session.service.getScriptTimeZone()).toBe('America/New_York');
  });
});

describe('Logger and console', () => {
  test('both write to one execution log; Logger.log formats %s placeholders', () => {
    const logging = createLogging();
    logging.Logger.log('%s apprentices, %s needs', 3, 'no');
    logging.console.log('done', { n: 1 });
    logging.console.error('oops');
    expect(logging.lines).toEqual(['3 apprentices, no needs', "done { n: 1 }", 'oops']);
    expect(logging.entries[2].level).toBe('error');
  });
});

describe('latency model', () => {
  test('Google\'s example: colouring 100×100 cells one by one ≈ 70 s, one batched call ≈ 1 s', () => {
    let oneByOne = 0;
    for (let i = 0; i < 10_000; i++) oneByOne += latencyModel('spreadsheet', 'Range.setBackgroundColor', 1);
    for (let i = 0; i < 100; i++) oneByOne += latencyModel('spreadsheet', 'SpreadsheetApp.flush', 0);
    const batched = latencyModel('spreadsheet', 'Range.setBackgrounds', 10_000) + latencyModel('spreadsheet', 'SpreadsheetApp.flush', 0);
    expect(oneByOne / 1000).toBeGreaterThan(60);
    expect(oneByOne / 1000).toBeLessThan(80);
    expect(batched / 1000).toBeGreaterThan(0.5);
    expect(batched / 1000).toBeLessThan(1.5);
  });

  test('reads and writes grow with the number of cells; one getValues beats a getValue loop', () => {
    expect(latencyModel('spreadsheet', 'Range.getValues', 10_000)).toBeGreaterThan(latencyModel('spreadsheet', 'Range.getValues', 10));
    const loop = 1000 * latencyModel('spreadsheet', 'Range.getValue', 1);
    expect(latencyModel('spreadsheet', 'Range.getValues', 1000)).toBeLessThan(loop / 100);
  });

  test('the 6-minute limit throws Google\'s error', () => {
    const calls = new CallLog(latencyModel);
    calls.startExecution(SIX_MINUTES_MS);
    const send = () => calls.record('mail', 'MailApp.sendEmail');
    expect(() => {
      for (let i = 0; i < 10_000; i++) send();
    }).toThrow('Exceeded maximum execution time');
    expect(calls.modelledMs).toBeGreaterThan(SIX_MINUTES_MS);
  });
});
