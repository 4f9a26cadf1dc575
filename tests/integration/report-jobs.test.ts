/**
 * The hourly job (SPEC §4.4): one trigger, pending notifications leave oldest first when quota returns and never
 * twice, overdue needs are reminded once to the three actors across runs (even interrupted ones), and a data problem
 * never reaches the trigger as an exception.
 */
import { at, openCohort, rowWhere, type Cohort, duringMailOutage } from './report-support';

const isReminder = (subject: string) => subject.includes('Échéance dépassée');

function subjects(c: Cohort): string[] {
  return c.emulator.mail.outbox.map((m) => m.subject);
}

function journalColumn(c: Cohort, header: string): unknown[] {
  const v = c.values('Journal');
  const column = v[0].map(String).indexOf(header);
  const event = v[0].map(String).indexOf('Événement');
  return v.slice(1).filter((row) => row[event] !== '').map((row) => row[column]);
}

/** The quota left today: read once first, so a new 24-hour window opens before the test narrows it. */
function quota(c: Cohort, remaining: number): void {
  (c.emulator.globals.MailApp as GoogleAppsScript.Mail.MailApp).getRemainingDailyQuota();
  c.emulator.mail.setRemainingQuota(remaining);
}

describe('scheduleJobs', () => {
  it('installs exactly one hourly trigger for runScheduledJobs, however often it is called', () => {
    const c = openCohort();
    expect(c.run('scheduleJobs')).toMatchObject({ ok: true });
    expect(c.run('scheduleJobs')).toMatchObject({ ok: true });
    const mine = c.emulator.triggers.all.filter((t) => t.handler === 'runScheduledJobs');
    expect(mine).toHaveLength(1);
    expect(mine[0].eventType).toBe('CLOCK');
    expect(mine[0].schedule).toMatchObject({ everyHours: 1 });
  });

  it('asks for authorization first and installs nothing without it', () => {
    const c = openCohort();
    c.emulator.triggers.setAuthorizationRequired(true);
    expect(c.run('scheduleJobs')).toMatchObject({ ok: false });
    expect(c.emulator.triggers.all).toHaveLength(0);
  });
});

describe('pending notifications leave when the quota comes back, oldest first, never twice', () => {
  it('sends within the remaining quota, then the rest, and nothing twice', () => {
    const c = openCohort();
    c.emulator.mail.setRemainingQuota(2); // each notification has 3 recipients: none can leave
    expect(c.need('A1', 'G1.1', '2026-10-19', '2026-11-05', 'Buffet froid.').notification).toBe('en attente');
    expect(c.evaluation('A2', 'G1.1', 'A', '2026-10-20').notification).toBe('en attente');
    expect(c.evaluation('A3', 'G2.1', 'EC', '2026-10-21').notification).toBe('en attente');
    expect(c.emulator.mail.outbox).toHaveLength(0);

    c.emulator.clock.set(at('2026-10-21', '10:00:00'));
    c.emulator.mail.setRemainingQuota(7); // room for two of the three
    expect(c.run('runScheduledJobs', undefined, 'trigger')).toMatchObject({ ok: true });
    expect(c.emulator.mail.outbox.map((m) => m.to[0])).toEqual(['lea.martin@eleve.test', 'hugo.petit@eleve.test']);
    expect(journalColumn(c, 'Notification')).toEqual(['envoyée', 'envoyée', 'en attente']);

    c.emulator.mail.setRemainingQuota(100);
    c.emulator.clock.set(at('2026-10-21', '11:00:00'));
    c.run('runScheduledJobs', undefined, 'trigger');
    c.emulator.clock.set(at('2026-10-21', '12:00:00'));
    c.run('runScheduledJobs', undefined, 'trigger');
    expect(c.emulator.mail.outbox.map((m) => m.to[0])).toEqual(['lea.martin@eleve.test', 'hugo.petit@eleve.test', 'ines.benali@eleve.test']);
    expect(c.emulator.mail.outbox[2].to).toEqual(expect.arrayContaining(['ines.benali@eleve.test', 'marc.caron@bellevue.test', 'anne.durand@cfa.test']));
    expect(journalColumn(c, 'Notification')).toEqual(['envoyée', 'envoyée', 'envoyée']);
    expect(c.emulator.logs.join('\n')).toMatch(/OLAP tâche horaire/);
  });
});

describe('a notification that fails for a passing reason stays pending', () => {
  it('MailApp unavailable during the hourly run: the next run sends it, once', () => {
    const c = openCohort();
    c.emulator.mail.setRemainingQuota(2);
    c.need('A1', 'G1.1', '2026-10-19', '2026-11-05', 'Buffet froid.');
    c.emulator.mail.setRemainingQuota(100);
    duringMailOutage(c, () => expect(c.run('runScheduledJobs', undefined, 'trigger')).toMatchObject({ ok: true }));
    expect(journalColumn(c, 'Notification')).toEqual(['en attente']);
    c.run('runScheduledJobs', undefined, 'trigger');
    c.run('runScheduledJobs', undefined, 'trigger');
    expect(c.emulator.mail.outbox).toHaveLength(1);
    expect(journalColumn(c, 'Notification')).toEqual(['envoyée']);
  });
});

describe('an overdue need is reminded once to the three actors', () => {
  /** Léa's need due 25/10 and Hugo's due 26/10 become overdue; Inès's need was answered before its due date. */
  function twoOverdueNeeds(): Cohort {
    const c = openCohort();
    c.need('A1', 'G1.1', '2026-10-19', '2026-10-25', 'Buffet froid.');
    c.need('A2', 'G2.1', '2026-10-20', '2026-10-26', 'Banquet.');
    c.need('A3', 'G1.2', '2026-10-20', '2026-10-28', 'Cuisson lente.');
    c.evaluation('A3', 'G1.2', 'EC', '2026-10-27');
    c.emulator.mail.outbox.length = 0;
    c.emulator.clock.set(at('2026-10-29', '10:00:00'));
    return c;
  }
  const reminders = (c: Cohort) => c.emulator.mail.outbox.filter((m) => isReminder(m.subject));

  it('reminds each overdue open need once, across repeated runs', () => {
    const c = twoOverdueNeeds();
    expect(c.run('runScheduledJobs', undefined, 'trigger')).toMatchObject({ ok: true });
    c.emulator.clock.set(at('2026-10-29', '11:00:00'));
    c.run('runScheduledJobs', undefined, 'trigger');
    c.emulator.clock.set(at('2026-10-30', '11:00:00'));
    c.run('runScheduledJobs', undefined, 'trigger');
    const sent = reminders(c);
    expect(sent).toHaveLength(2);
    expect(sent[0].to.sort()).toEqual(['anne.durand@cfa.test', 'lea.martin@eleve.test', 'paul.roux@dupain.test']);
    expect(sent[1].to.sort()).toEqual(['anne.durand@cfa.test', 'hugo.petit@eleve.test', 'nina.faure@electra.test']);
    expect(sent[0].subject).toContain('Préparer les entrées');
    const stamps = journalColumn(c, 'Rappel échéance');
    expect(stamps.filter((s) => String(s ?? '') !== '')).toHaveLength(2);
  });

  it('a run stopped by the quota after one reminder, then run again, sends the other one only', () => {
    const c = twoOverdueNeeds();
    quota(c, 3);
    expect(c.run('runScheduledJobs', undefined, 'trigger')).toMatchObject({ ok: true });
    expect(reminders(c)).toHaveLength(1);
    quota(c, 100);
    c.emulator.clock.set(at('2026-10-29', '11:00:00'));
    c.run('runScheduledJobs', undefined, 'trigger');
    c.run('runScheduledJobs', undefined, 'trigger');
    expect(reminders(c).map((m) => m.to.find((t) => t.endsWith('@eleve.test')))).toEqual(['lea.martin@eleve.test', 'hugo.petit@eleve.test']);
  });

  it('a run where MailApp fails after one send, then run again: no duplicate, none missed', () => {
    const c = twoOverdueNeeds();
    const mailApp = c.emulator.globals.MailApp as { sendEmail: (...args: unknown[]) => void };
    const real = mailApp.sendEmail;
    let calls = 0;
    mailApp.sendEmail = (...args: unknown[]) => {
      calls++;
      if (calls === 2) throw new Error('Service unavailable: Gmail');
      return real.apply(mailApp, args);
    };
    try {
      expect(c.run('runScheduledJobs', undefined, 'trigger')).toMatchObject({ ok: true });
    } finally {
      mailApp.sendEmail = real;
    }
    expect(reminders(c)).toHaveLength(1);
    c.emulator.clock.set(at('2026-10-29', '11:00:00'));
    c.run('runScheduledJobs', undefined, 'trigger');
    c.run('runScheduledJobs', undefined, 'trigger');
    expect(reminders(c)).toHaveLength(2);
    expect(new Set(reminders(c).map((m) => m.to.join()))).toHaveProperty('size', 2);
  });

  it('an execution that dies mid-run (time limit) loses nothing and repeats nothing', () => {
    const c = twoOverdueNeeds();
    const mailApp = c.emulator.globals.MailApp as { sendEmail: (...args: unknown[]) => void };
    const real = mailApp.sendEmail;
    let calls = 0;
    mailApp.sendEmail = (...args: unknown[]) => {
      calls++;
      real.apply(mailApp, args);
      if (calls === 1) throw new Error('Exceeded maximum execution time');
    };
    try {
      c.run('runScheduledJobs', undefined, 'trigger');
    } catch {
      // Apps Script would stop the execution here.
    } finally {
      mailApp.sendEmail = real;
    }
    c.emulator.clock.set(at('2026-10-29', '11:00:00'));
    c.run('runScheduledJobs', undefined, 'trigger');
    // The first send left before the stop: whether it was stamped or not, at most one duplicate would be a bug.
    const sent = reminders(c).map((m) => m.to.find((t) => t.endsWith('@eleve.test')));
    expect(new Set(sent)).toEqual(new Set(['lea.martin@eleve.test', 'hugo.petit@eleve.test']));
  });

  it('an apprentice who left is not reminded', () => {
    const c = twoOverdueNeeds();
    c.setCell('Alternants', rowWhere(c.values('Alternants'), 'ID', 'A2'), 'Statut', 'sorti');
    c.run('runScheduledJobs', undefined, 'trigger');
    expect(reminders(c)).toHaveLength(1);
    expect(reminders(c)[0].to).toContain('lea.martin@eleve.test');
  });
});

describe('the hourly job never throws for a data problem', () => {
  it('a journal line of an unknown apprentice, a broken date and a broken indicator are logged, the rest is done', () => {
    const c = openCohort(undefined);
    c.need('A1', 'G1.1', '2026-10-19', '2026-10-22', 'Buffet froid.');
    const journal = c.emulator.spreadsheet.getSheetByName('Journal')!;
    const header = c.values('Journal')[0].map(String);
    const line: Record<string, unknown> = { Horodatage: '2026-10-20 10:00:00', Événement: 'EV-X1', ID: 'A99', 'Code activité': 'G1.1', Acteur: 'Entreprise', Code: 'I', 'Identifié le': '2026-10-20', Échéance: '2026-10-21', Précision: 'Inconnu', Notification: 'en attente' };
    const broken: Record<string, unknown> = { ...line, Événement: 'EV-X2', ID: 'A2', Échéance: 'bientôt', 'Identifié le': 'hier' };
    journal.appendRow(header.map((h) => line[h] ?? ''));
    journal.appendRow(header.map((h) => broken[h] ?? ''));
    c.setCell('Formation', rowWhere(c.values('Formation'), 'Paramètre', 'Fréquence des exports'), 'Valeur', 'hebdomadaire');
    c.setCell('Formation', rowWhere(c.values('Formation'), 'Paramètre', 'Emails partenaires'), 'Valeur', 'financeur@region.test');
    c.setCell('Indicateurs', 2, 'ID', 'A1');
    c.setCell('Indicateurs', 2, 'Rupture', 'peut-être');
    c.emulator.clock.set(at('2026-10-26', '10:00:00'));
    expect(() => c.run('runScheduledJobs', undefined, 'trigger')).not.toThrow();
    const result = c.run('runScheduledJobs', undefined, 'trigger');
    expect(result.ok).toBe(true);
    expect(c.emulator.mail.outbox.filter((m) => isReminder(m.subject))).toHaveLength(1);
    expect(c.emulator.logs.join('\n')).toMatch(/export/);
    expect(c.emulator.drive.state).toBeDefined();
  });
});
