/**
 * SPEC §3 (Synoptique, Impact, Exports), §4.4 and §4.5 as a grader reads them, on the BTS NDRC cohort.
 */
import { gradedCohort, NEED, setSetting, type Graded } from './spec-support';

/** Open need of 102 on N1.1, overdue since 10/11; B-07 is A on N1.1; 101 has an open need on N2.1, evaluated EC before it. */
function withEvents(settings: Record<string, unknown> = {}): Graded {
  const g = gradedCohort({ settings });
  g.setClock('2026-11-02');
  expect(g.sidebar('recordNeed', { ...NEED, apprenticeId: '102', activityCode: 'N1.1', identifiedOn: '2026-11-02', dueOn: '2026-11-10', precision: 'Salon de l’immobilier ; 40 contacts à qualifier' })).toMatchObject({ ok: true });
  g.setClock('2026-11-12');
  expect(g.sidebar('recordEvaluation', { apprenticeId: 'B-07', activityCode: 'N1.1', actor: 'Formateur', code: 'A', evaluatedOn: '2026-11-12' })).toMatchObject({ ok: true });
  expect(g.sidebar('recordEvaluation', { apprenticeId: '101', activityCode: 'N2.1', actor: 'Alternant', code: 'EC', evaluatedOn: '2026-11-12' })).toMatchObject({ ok: true });
  g.setClock('2026-11-18');
  expect(g.sidebar('recordNeed', NEED)).toMatchObject({ ok: true });
  g.emulator.mail.outbox.length = 0;
  return g;
}

const cell = (v: unknown[][], rowKey: (r: unknown[]) => boolean, header: string): unknown => {
  const h = v.findIndex((r) => r.map(String).includes(header) && r.map(String).includes('Alternant'));
  const col = v[h].map(String).indexOf(header);
  const row = v.find((r, i) => i > h && rowKey(r));
  return row?.[col];
};

describe('§3 Synoptique', () => {
  const g = withEvents();
  let result: any;
  beforeAll(() => {
    result = g.run('rebuildSynoptic');
  });

  test('returns {ok, apprentices, activities, openNeeds}', () => {
    expect(result).toMatchObject({ ok: true, apprentices: 4, activities: 6, openNeeds: 2 });
  });

  test('a row per apprentice, a column per activity: open need I (overdue flagged), else the latest A/EC/R', () => {
    const v = g.values('Synoptique');
    const of = (name: string) => (r: unknown[]) => r.map(String).some((c) => c.includes(name));
    expect(cell(v, of('LEFÈBVRE'), 'N2.1')).toBe('I');
    expect(String(cell(v, of("N'DIAYE"), 'N1.1'))).toMatch(/^I\b/);
    expect(String(cell(v, of("N'DIAYE"), 'N1.1'))).not.toBe('I'); // flagged overdue
    expect(cell(v, of('DA COSTA'), 'N1.1')).toBe('A');
    expect(cell(v, of('LEFÈBVRE'), 'N1.1')).toBe('');
  });

  test('coloured like the grids, with totals and the Mises en relation pairing the open need with the A apprentice', () => {
    const p = g.emulator.spreadsheet.peek('Synoptique')!;
    expect(new Set(p.backgrounds.flat()).size).toBeGreaterThan(2);
    const text = p.values.map((r) => r.map(String).join('|'));
    const pairsAt = text.findIndex((r) => r.includes('Mises en relation'));
    expect(pairsAt).toBeGreaterThan(0);
    const pair = text.slice(pairsAt).find((r) => r.includes('N1.1') && r.includes("N'DIAYE"));
    expect(pair).toContain('DA COSTA');
    expect(text.join('\n')).toMatch(/Total|Totaux/);
  });

  test('a pure projection: rebuilding twice or after deleting the tab gives the same values and colours', () => {
    const before = JSON.stringify([g.emulator.spreadsheet.peek('Synoptique')!.values, g.emulator.spreadsheet.peek('Synoptique')!.backgrounds]);
    g.run('rebuildSynoptic');
    expect(JSON.stringify([g.emulator.spreadsheet.peek('Synoptique')!.values, g.emulator.spreadsheet.peek('Synoptique')!.backgrounds])).toBe(before);
    const ss = g.emulator.spreadsheet;
    ss.deleteSheet(ss.getSheetByName('Synoptique')!);
    expect(g.run('rebuildSynoptic').ok).toBe(true);
    expect(JSON.stringify([ss.peek('Synoptique')!.values, ss.peek('Synoptique')!.backgrounds])).toBe(before);
  });
});

describe('§3 Impact and Impact — besoins', () => {
  const g = withEvents();
  let result: any;
  beforeAll(() => {
    result = g.run('buildImpact');
  });

  test('returns {ok, participants, labelReached}', () => {
    // Seuil 1, marge 50 %: 2 of 4 participants have ≥ 1 anticipated need → 50 % ≥ 50 % → reached.
    expect(result).toMatchObject({ ok: true, participants: 4, labelReached: true });
  });

  test('one row per apprentice with a column per category, total, Accompagnement proactif and the indicators', () => {
    const v = g.values('Impact');
    const head = v[0].map(String);
    for (const h of ["Qualité de l'alternance", 'Théâtre', 'Mobilité', 'Sport', 'Recherche de contrat', 'Accompagnement proactif', 'Rupture', 'Contrat obtenu', 'Réussite examen', 'Satisfaction entreprise']) expect(head).toContain(h);
    const rows = v.slice(1).filter((r) => String(r[0]).trim() !== '');
    expect(rows).toHaveLength(4);
    const col = (h: string) => head.indexOf(h);
    const totals = rows.map((r) => Number(r[col('Total')])).sort();
    expect(totals).toEqual([0, 0, 1, 1]);
    const theatre = rows.find((r) => r[col('Théâtre')] === 1)!;
    expect(theatre[col('Accompagnement proactif')]).toBe('oui');
    expect(theatre[col('Contrat obtenu')]).toBe('oui'); // 101's indicators, typed `Oui`
    const contract = rows.find((r) => r[col('Recherche de contrat')] === 1)!;
    expect(contract[col('Rupture')]).toBe('oui'); // 102, typed `OUI `
    expect(rows.filter((r) => r[col('Accompagnement proactif')] === 'non')).toHaveLength(2);
  });

  test('pseudonymised by default: no name, email or company in Impact', () => {
    const text = JSON.stringify(g.values('Impact')) + JSON.stringify(g.values('Impact — besoins'));
    for (const t of ['Élodie', 'LEFÈBVRE', 'Lefèbvre', 'Agence Immo Côte', 'noe.ndiaye', 'Décathlon']) expect(text).not.toContain(t);
  });

  test('the summary states participants, share, label and correlations with n', () => {
    const text = g.values('Impact').map((r) => r.map(String).join('|')).join('\n');
    expect(text).toMatch(/Participants/);
    expect(text).toMatch(/label/i);
    expect(text).toMatch(/Corrélation/i);
  });

  test('Impact — besoins lists every need with its category, precision, dates and resource link', () => {
    const v = g.values('Impact — besoins');
    expect(v.slice(1).filter((r) => r.some((c) => c !== ''))).toHaveLength(2);
    const text = JSON.stringify(v);
    expect(text).toContain('Salon de l’immobilier ; 40 contacts à qualifier');
    expect(text).toContain('Théâtre');
    expect(text).toContain('https://drive.google.com/');
  });

  test('rebuilding gives the same tables', () => {
    const before = JSON.stringify([g.values('Impact'), g.values('Impact — besoins')]);
    g.run('buildImpact');
    expect(JSON.stringify([g.values('Impact'), g.values('Impact — besoins')])).toBe(before);
  });

  test('an Indicateurs cell that is not oui/non is refused naming the cell', () => {
    const h = withEvents();
    const sheet = h.sheet('Indicateurs');
    sheet.getRange(2, 2).setValue('peut-être');
    const r = h.run('buildImpact');
    expect(r.ok).toBe(false);
    expect(r.errors.map((e: any) => e.message).join()).toMatch(/Indicateurs.*2.*Rupture|Rupture.*2/s);
  });

  test('an empty journal gives zeros and label non atteint', () => {
    const h = gradedCohort();
    const r = h.run('buildImpact');
    expect(r).toMatchObject({ ok: true, participants: 4, labelReached: false });
  });
});

describe('§4.5 exportToPartners', () => {
  const g = withEvents();
  let result: any;
  const csvs = () => Object.values(g.emulator.drive.state.files as Record<string, any>).filter((f) => String(f.name).endsWith('.csv'));
  beforeAll(() => {
    result = g.run('exportToPartners');
  });

  test('returns {ok, files, recipients}', () => {
    expect(result).toMatchObject({ ok: true, recipients: ['region@financeur.test', 'opco@commerce.test'] });
    expect(result.files).toHaveLength(2);
  });

  test('two CSV: UTF-8 BOM, `;`, CRLF, quoted `;`, no personal data', () => {
    const files = csvs();
    expect(files).toHaveLength(2);
    for (const f of files) {
      expect(f.content.startsWith('\uFEFF')).toBe(true);
      expect(f.content).toContain('\r\n');
      expect(f.content.split('\r\n')[0]).toContain(';');
    }
    const all = files.map((f) => f.content).join('\n');
    expect(all).toContain('"Salon de l’immobilier ; 40 contacts à qualifier"');
    for (const t of ['Élodie', 'LEFÈBVRE', "N'DIAYE", 'Agence Immo Côte', 'elodie.lefebvre@etu.test', '06 10 20 30 40', 'Décathlon', 'Bréhat', 'Gauthier']) expect(all).not.toContain(t);
  });

  test('saved in an `Exports` folder shared with the partners without Drive email, one email, one log row', () => {
    const folder = g.emulator.drive.get(csvs()[0].parents[0])!;
    expect(folder.name).toBe('Exports');
    const readers = folder.permissions.filter((p) => p.type === 'user' && p.role === 'reader').map((p) => p.emailAddress).sort();
    expect(readers).toEqual(['opco@commerce.test', 'region@financeur.test']);
    expect(folder.permissions.every((p) => !p.notificationEmailRequested)).toBe(true);
    expect(g.emulator.mail.outbox).toHaveLength(1);
    expect(g.emulator.mail.outbox[0].to.sort()).toEqual(['opco@commerce.test', 'region@financeur.test']);
    const log = g.records('Exports');
    expect(log).toHaveLength(1);
    expect(String(log[0].Destinataires)).toContain('region@financeur.test');
    expect(Object.keys(log[0]).slice(0, 6)).toEqual(['Date', 'Période', 'Destinataires', 'Fichier', 'Lignes', 'Statut']);
  });

  test('without partner emails: refused in French, nothing sent', () => {
    const h = withEvents({ 'Emails partenaires': '' });
    const r = h.run('exportToPartners');
    expect(r.ok).toBe(false);
    expect(r.errors[0].message).toMatch(/Emails partenaires/);
    expect(h.emulator.mail.outbox).toHaveLength(0);
  });

  test('with `Pseudonymiser les exports` = non, the export carries names', () => {
    const h = withEvents({ 'Pseudonymiser les exports': 'non' });
    expect(h.run('exportToPartners')).toMatchObject({ ok: true });
    const all = Object.values(h.emulator.drive.state.files as Record<string, any>).filter((f) => String(f.name).endsWith('.csv')).map((f) => f.content).join('\n');
    expect(all).toMatch(/101|LEFÈBVRE|Lefèbvre/);
  });
});

describe('§4.4 scheduled work', () => {
  test('scheduleJobs installs one hourly trigger for runScheduledJobs, however often', () => {
    const g = withEvents();
    expect(g.run('scheduleJobs')).toMatchObject({ ok: true });
    expect(g.run('scheduleJobs')).toMatchObject({ ok: true });
    const mine = g.emulator.triggers.all.filter((t) => t.handler === 'runScheduledJobs');
    expect(mine).toHaveLength(1);
    expect(mine[0].schedule).toMatchObject({ everyHours: 1 });
  });

  test('an overdue need is reminded once to the three actors', () => {
    const g = withEvents();
    g.setClock('2026-11-18', '10:00:00');
    expect(g.run('runScheduledJobs', undefined, 'trigger')).toMatchObject({ ok: true });
    g.setClock('2026-11-18', '11:00:00');
    g.run('runScheduledJobs', undefined, 'trigger');
    g.setClock('2026-11-19', '11:00:00');
    g.run('runScheduledJobs', undefined, 'trigger');
    const reminders = g.emulator.mail.outbox.filter((m) => m.to.includes('noe.ndiaye@etu.test'));
    expect(reminders).toHaveLength(1);
    expect(reminders[0].to).toEqual(expect.arrayContaining(['noe.ndiaye@etu.test', 'marc.olivier@decat.test', 'jerome.brehat@cfa-ndrc.test']));
    // The need of 101, not overdue, gets no reminder.
    expect(g.emulator.mail.outbox.filter((m) => m.to.includes('elodie.lefebvre@etu.test'))).toHaveLength(0);
  });

  test('a weekly export runs once per ISO week, however often the job runs', () => {
    const g = withEvents({ 'Fréquence des exports': 'hebdomadaire' });
    for (const [day, time] of [['2026-11-18', '10:00:00'], ['2026-11-18', '11:00:00'], ['2026-11-20', '09:00:00'], ['2026-11-22', '20:00:00']]) {
      g.setClock(day, time);
      g.run('runScheduledJobs', undefined, 'trigger');
    }
    expect(g.records('Exports')).toHaveLength(1);
    g.setClock('2026-11-23', '09:00:00');
    g.run('runScheduledJobs', undefined, 'trigger');
    expect(g.records('Exports')).toHaveLength(2);
  });

  test('a monthly export set to `mensuelle` runs once in the month', () => {
    const g = withEvents();
    setSetting(g.sheet('Formation'), 'Fréquence des exports', 'mensuelle');
    for (const day of ['2026-11-18', '2026-11-25', '2026-11-30']) {
      g.setClock(day, '10:00:00');
      g.run('runScheduledJobs', undefined, 'trigger');
    }
    expect(g.records('Exports')).toHaveLength(1);
  });
});
