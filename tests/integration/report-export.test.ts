/**
 * Partner exports (SPEC §4.5, §4.4): two CSV files for French Excel and LibreOffice in an `Exports` Drive folder
 * shared with the partners without Drive's email, one email with the links, one row in `Exports`; refusals; the
 * scheduled export once per ISO week or month; the Drive and mail budget.
 */
import { at, csvFiles, exportCohort, ROSTER, rowWhere, type Cohort, duringMailOutage } from './report-support';

const partnerMails = (c: Cohort) => c.emulator.mail.outbox.filter((m) => m.to.includes('financeur@region.test'));
const exportRows = (c: Cohort) => c.values('Exports').slice(1).filter((r) => r[0] !== '');

describe('exportToPartners', () => {
  let c: Cohort;
  let result: any;
  beforeAll(() => {
    c = exportCohort({ 'Pseudonymiser les exports': 'oui' });
    c.emulator.calls.reset();
    result = c.run('exportToPartners');
  });

  it('returns the two files and the partners', () => {
    expect(result).toMatchObject({ ok: true, recipients: ['financeur@region.test', 'opco@branche.test'] });
    expect(result.files).toHaveLength(2);
  });

  it('saves two CSV files in an `Exports` folder shared with the partners, without Drive notification', () => {
    const files = csvFiles(c);
    expect(files).toHaveLength(2);
    const folder = c.emulator.drive.get(files[0].parents[0])!;
    expect(folder.name).toBe('Exports');
    expect(files[1].parents).toEqual([folder.id]);
    const shared = folder.permissions.filter((p) => p.type === 'user' && p.role === 'reader');
    expect(shared.map((p) => p.emailAddress).sort()).toEqual(['financeur@region.test', 'opco@branche.test']);
    expect(shared.every((p) => !p.notificationEmailRequested)).toBe(true);
  });

  it('writes UTF-8 with a BOM, `;` between fields, CRLF, RFC 4180 quotes and neutralised formulas', () => {
    const needs = csvFiles(c).find((f) => /besoins/.test(f.name))!.content!;
    expect(needs.startsWith('\uFEFF')).toBe(true);
    expect(needs.endsWith('\r\n')).toBe(true);
    // Outside quoted fields, every line ends with CRLF; inside one, the precision keeps its own line break.
    expect(/[^\r]\n/.test(needs.replace(/"(?:[^"]|"")*"/g, ''))).toBe(false);
    expect(needs.split('\r\n')[0]).toContain(';');
    expect(needs).toContain(";'=SOMME(A1:A3) à encaisser;");
    expect(needs).toMatch(/;https:\/\/drive\.google\.com\/drive\/folders\/[\w-]+\r\n/);
    expect(needs).toContain("'-5 % sur la commande, +2 plats, @chef");
    expect(needs).toContain('Prévoir 80 ""couverts"".');
    expect(needs).toMatch(/"[^"]*; voir [^"]*\nPrévoir 80 ""couverts""\."/);
  });

  it('sends one email to the partners with the links, and logs one row in Exports', () => {
    expect(c.emulator.mail.outbox).toHaveLength(1);
    const mail = c.emulator.mail.outbox[0];
    expect(mail.to.sort()).toEqual(['financeur@region.test', 'opco@branche.test']);
    for (const file of result.files) expect(mail.htmlBody).toContain(file.url);
    const rows = exportRows(c);
    expect(rows).toHaveLength(1);
    const header = c.values('Exports')[0];
    expect(header.slice(0, 6)).toEqual(['Date', 'Période', 'Destinataires', 'Fichier', 'Lignes', 'Statut']);
    expect(String(rows[0][header.indexOf('Destinataires')])).toContain('opco@branche.test');
  });

  it('costs at most 4 Drive calls and 1 mail (folder + one share per new partner + two files)', () => {
    expect(c.emulator.calls.byMethod('drive')).toEqual({ 'Files.create': 3, 'Permissions.create': 2 });
    expect(c.emulator.calls.count('mail')).toBeLessThanOrEqual(2); // the quota check and the send
    expect(c.emulator.calls.byMethod('mail')['MailApp.sendEmail']).toBe(1);
  });

  it('pseudonymised CSVs hold no name, email, phone or company of the cohort', () => {
    const text = csvFiles(c).map((f) => f.content).join('\n');
    for (const r of Object.values(ROSTER)) for (const term of [r[1], r[2], r[3], r[4], r[5], r[6], r[8]]) expect(text).not.toContain(String(term));
    expect(text).not.toContain('06 11 22 33 44');
  });

  it('a second manual export runs again and is logged again, reusing the shared folder', () => {
    c.emulator.calls.reset();
    expect(c.run('exportToPartners')).toMatchObject({ ok: true });
    expect(c.emulator.calls.count('drive')).toBe(2);
    expect(exportRows(c)).toHaveLength(2);
    expect(partnerMails(c)).toHaveLength(2);
  });
});

describe('exports are refused, with nothing sent', () => {
  it('without a partner email', () => {
    const c = exportCohort({ 'Emails partenaires': '' });
    const result = c.run('exportToPartners');
    expect(result.ok).toBe(false);
    expect(result.errors[0].message).toMatch(/Emails partenaires/);
    expect(c.emulator.mail.outbox).toHaveLength(0);
    expect(csvFiles(c)).toHaveLength(0);
  });

  it('with an invalid partner email', () => {
    const c = exportCohort();
    c.setCell('Formation', rowWhere(c.values('Formation'), 'Paramètre', 'Emails partenaires'), 'Valeur', 'financeur@region.test; opco-branche');
    const result = c.run('exportToPartners');
    expect(result.ok).toBe(false);
    expect(result.errors.map((e: any) => e.message).join()).toContain('opco-branche');
    expect(c.emulator.mail.outbox).toHaveLength(0);
    expect(csvFiles(c)).toHaveLength(0);
    expect(exportRows(c)).toHaveLength(0);
  });
});

describe('the export budget', () => {
  it('with one partner, the first export makes 4 Drive calls and 1 email; the next ones 2 Drive calls', () => {
    const c = exportCohort({ 'Emails partenaires': 'financeur@region.test' });
    c.emulator.calls.reset();
    expect(c.run('exportToPartners')).toMatchObject({ ok: true });
    expect(c.emulator.calls.count('drive')).toBeLessThanOrEqual(4);
    expect(c.emulator.calls.byMethod('mail')['MailApp.sendEmail']).toBe(1);
    c.emulator.calls.reset();
    expect(c.run('exportToPartners')).toMatchObject({ ok: true });
    expect(c.emulator.calls.count('drive')).toBe(2);
    expect(c.emulator.calls.byMethod('mail')['MailApp.sendEmail']).toBe(1);
  });
});

describe('scheduled exports run once per period', () => {
  it('weekly: once per ISO week however often the hourly job runs', () => {
    const c = exportCohort({ 'Fréquence des exports': 'hebdomadaire' });
    // Wednesday 14 October 2026 (week 42) every hour to Sunday, then Monday 19 October (week 43).
    for (const [day, hours] of [['2026-10-14', 5], ['2026-10-18', 2], ['2026-10-19', 3]] as const) {
      for (let h = 0; h < hours; h++) {
        c.emulator.clock.set(at(day, `${String(8 + h).padStart(2, '0')}:00:00`));
        expect(c.run('runScheduledJobs', undefined, 'trigger')).toMatchObject({ ok: true });
      }
    }
    expect(partnerMails(c)).toHaveLength(2);
    expect(exportRows(c).map((r) => r[1])).toEqual(['semaine 42 de 2026', 'semaine 43 de 2026']);
  });

  it('monthly: once per calendar month', () => {
    const c = exportCohort({ 'Fréquence des exports': 'mensuelle' });
    for (const day of ['2026-10-14', '2026-10-31', '2026-11-01', '2026-11-30']) {
      c.emulator.clock.set(at(day));
      c.run('runScheduledJobs', undefined, 'trigger');
      c.run('runScheduledJobs', undefined, 'trigger');
    }
    expect(partnerMails(c)).toHaveLength(2);
  });

  it('an export interrupted before its email is done by the next run, and only once', () => {
    const c = exportCohort({ 'Fréquence des exports': 'hebdomadaire' });
    duringMailOutage(c, () => expect(c.run('runScheduledJobs', undefined, 'trigger')).toMatchObject({ ok: true }));
    expect(partnerMails(c)).toHaveLength(0);
    for (const hour of ['09:00:00', '10:00:00', '11:00:00']) {
      c.emulator.clock.set(at('2026-10-14', hour));
      c.run('runScheduledJobs', undefined, 'trigger');
    }
    expect(partnerMails(c)).toHaveLength(1);
  });

  it('a manual export does not use up the scheduled one', () => {
    const c = exportCohort({ 'Fréquence des exports': 'hebdomadaire' });
    expect(c.run('exportToPartners')).toMatchObject({ ok: true });
    c.run('runScheduledJobs', undefined, 'trigger');
    c.run('runScheduledJobs', undefined, 'trigger');
    expect(partnerMails(c)).toHaveLength(2);
    expect(exportRows(c)).toHaveLength(2);
  });

  it('no export when the frequency is « aucune »', () => {
    const c = exportCohort();
    c.run('runScheduledJobs', undefined, 'trigger');
    expect(partnerMails(c)).toHaveLength(0);
    expect(rowWhere(c.values('Exports'), 'Statut', 'envoyé')).toBe(0);
  });
});
