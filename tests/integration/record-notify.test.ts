/** Every recorded event is notified exactly once or visibly pending; a busy document records nothing. */
import { setUpCohort, journalRecords, NEED, EVALUATION, type Cohort } from './record-setup';

function setRosterCell(c: Cohort, id: string, header: string, value: string): void {
  const roster = c.emulator.spreadsheet.getSheetByName('Alternants')!;
  const values = roster.getDataRange().getValues();
  roster.getRange(values.findIndex((r) => r[0] === id) + 1, values[0].indexOf(header) + 1).setValue(value);
}

describe('when the daily email quota is too low', () => {
  test('the need is recorded « en attente », the user is told it will leave later, and nothing is sent', () => {
    const c = setUpCohort();
    c.emulator.mail.setRemainingQuota(2); // four recipients needed
    const reply = c.run('recordNeed', NEED, 'sidebar');
    expect(reply).toMatchObject({ ok: true, notification: 'en attente' });
    expect(reply.notices.join(' ')).toMatch(/plus tard/);
    expect(c.emulator.mail.outbox).toHaveLength(0);
    const events = journalRecords(c);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ Événement: reply.eventId, Notification: 'en attente' });
    expect(c.gridRow('A01', 'G1.1')).toMatchObject({ Entreprise: 'I' });
  });

  test('the hourly job sends the pending event once the quota is back, and never twice', () => {
    const c = setUpCohort();
    c.emulator.mail.setRemainingQuota(0);
    const reply = c.run('recordEvaluation', EVALUATION, 'sidebar');
    expect(reply).toMatchObject({ ok: true, notification: 'en attente' });
    c.emulator.mail.setRemainingQuota(100);
    c.run('runScheduledJobs', undefined, 'trigger');
    c.run('runScheduledJobs', undefined, 'trigger');
    const sent = c.emulator.mail.outbox.filter((m) => m.subject.includes('Accueillir un client'));
    expect(sent).toHaveLength(1);
    expect(journalRecords(c)[0]).toMatchObject({ Notification: 'envoyée' });
  });
});

describe('when another execution holds the document lock', () => {
  test('the user is asked to try again (« réessayez ») and nothing is written or sent', () => {
    const c = setUpCohort();
    const before = c.footprint();
    c.emulator.lock.holdByAnotherExecution('document');
    for (const [name, payload] of [['recordNeed', NEED], ['recordEvaluation', EVALUATION]] as const) {
      const reply = c.run(name, payload, 'sidebar');
      expect(reply.ok).toBe(false);
      expect(reply.errors).toHaveLength(1);
      expect(reply.errors[0].message).toMatch(/réessayez/i);
      expect(c.footprint()).toBe(before);
    }
    expect(c.emulator.mail.outbox).toHaveLength(0);
    expect(c.emulator.lock.holder('document')).toBe('other');

    c.emulator.lock.releaseByAnotherExecution('document');
    expect(c.run('recordNeed', NEED, 'sidebar')).toMatchObject({ ok: true });
    expect(c.emulator.lock.holder('document')).toBeNull();
  });

  test('a lock released within the wait is taken and the need is recorded', () => {
    const c = setUpCohort();
    c.emulator.lock.holdByAnotherExecution('document', 2000);
    expect(c.run('recordNeed', NEED, 'sidebar')).toMatchObject({ ok: true });
    expect(journalRecords(c)).toHaveLength(1);
  });
});

describe('bad addresses', () => {
  test('a bad tutor address is reported in the notices, the others are still notified, and no stack trace is shown', () => {
    const c = setUpCohort();
    setRosterCell(c, 'A01', 'Tuteur email', 'paul.roux@@dupain');
    const reply = c.run('recordNeed', NEED, 'sidebar');
    expect(reply).toMatchObject({ ok: true, notification: 'envoyée' });
    const notices = reply.notices.join(' ');
    expect(notices).toContain('paul.roux@@dupain');
    expect(notices).toMatch(/Alternants/);
    expect(notices).not.toMatch(/Error|at \w+ \(|Invalid email/);
    expect(c.emulator.mail.outbox).toHaveLength(1);
    expect(c.emulator.mail.outbox[0].to.sort()).toEqual(['anne.durand@cfa.fr', 'lea.martin@eleve.fr', 'marc.petit@cfa.fr']);
  });

  test('with no valid address at all the event is still recorded, its failure visible in the journal', () => {
    const c = setUpCohort();
    for (const header of ['Email', 'Tuteur email', 'Formateur email', 'Autres formateurs']) setRosterCell(c, 'A02', header, '');
    const reply = c.run('recordNeed', { ...NEED, apprenticeId: 'A02' }, 'sidebar');
    expect(reply.ok).toBe(true);
    expect(reply.notification).toMatch(/^échec/);
    expect(reply.notices.join(' ')).toMatch(/adresse/);
    expect(c.emulator.mail.outbox).toHaveLength(0);
    expect(String(journalRecords(c)[0].Notification)).toMatch(/^échec: /);
  });
});
