/**
 * SPEC §3 and §4.1 as a grader reads them: the fixed tabs and headers, setup never overwrites, generateGrids builds
 * one grid per apprentice with the fixed columns, is idempotent, and refuses a wrong configuration cell by cell.
 */
import { SPEC_HEADERS as TAB_HEADERS } from '../support/spec-headers';
import { loadAddon } from '../../emulator/load-bundle';
import { at, fill, graded, gradedCohort, ROSTER, ROSTER_HEADER, TODAY, writeTab } from './spec-support';


const GRID_COLUMNS = ['Code', 'Activité', 'AR', 'AS', 'Entreprise', 'Formateur', 'Alternant', 'Identifié le', 'Échéance', 'Précision du besoin', 'Évalué le', 'Dépôt', 'QCM', 'Matières'];

describe('§3 / §4.1 setupWorkbook', () => {
  const loaded = loadAddon({ now: at(TODAY), latency: false });
  const g = graded(loaded);
  let result: any;
  beforeAll(() => {
    result = loaded.run('setupWorkbook');
  });

  test('returns ok and creates every fixed tab with its headers in row 1', () => {
    expect(result.ok).toBe(true);
    for (const [tab, headers] of Object.entries(TAB_HEADERS)) {
      const row1 = g.values(tab)[0].map((h) => String(h).trim());
      expect(`${tab}: ${row1.slice(0, headers.length).join('|')}`).toBe(`${tab}: ${headers.join('|')}`);
    }
    for (const tab of ['Synoptique', 'Impact', 'Impact — besoins']) expect(loaded.emulator.spreadsheet.sheetNames()).toContain(tab);
  });

  test('Formation lists every setting with its default', () => {
    const settings = Object.fromEntries(g.values('Formation').slice(1).map((r) => [String(r[0]).trim(), r[1]]));
    expect(Object.keys(settings)).toEqual(expect.arrayContaining(['Formation', 'Niveau', 'Centre de formation', "Horizon d'imminence (jours)", 'Catégories', 'Seuil du label', 'Marge du label (%)', 'Emails partenaires', 'Fréquence des exports', 'Pseudonymiser les exports', 'Dossier Drive']));
    expect(Number(settings["Horizon d'imminence (jours)"])).toBe(21);
    expect(settings['Catégories']).toBe("Qualité de l'alternance;Théâtre;Mobilité;Sport;Recherche de contrat");
    expect(Number(settings['Seuil du label'])).toBe(3);
    expect(Number(settings['Marge du label (%)'])).toBe(10);
    expect(settings['Fréquence des exports']).toBe('aucune');
    expect(settings['Pseudonymiser les exports']).toBe('oui');
  });

  test('headers carry explanatory notes', () => {
    const notes = loaded.emulator.spreadsheet.peek('Alternants')!.notes[0];
    expect(notes.filter((n) => n !== '').length).toBeGreaterThanOrEqual(10);
  });

  test('a second run creates nothing and never overwrites typed data', () => {
    fill(loaded);
    const before = JSON.stringify(['Formation', 'Alternants', 'Référentiel', 'Périodes', 'Indicateurs', 'Matières'].map((t) => g.values(t)));
    const again = loaded.run('setupWorkbook');
    expect(again.ok).toBe(true);
    expect(again.created ?? []).toEqual([]);
    expect(JSON.stringify(['Formation', 'Alternants', 'Référentiel', 'Périodes', 'Indicateurs', 'Matières'].map((t) => g.values(t)))).toBe(before);
  });

  test('a deleted tab is created again, the others are kept', () => {
    const ss = loaded.emulator.spreadsheet;
    ss.deleteSheet(ss.getSheetByName('Exports')!);
    const before = JSON.stringify(g.values('Alternants'));
    expect(loaded.run('setupWorkbook').ok).toBe(true);
    expect(g.values('Exports')[0].slice(0, 6)).toEqual(TAB_HEADERS.Exports);
    expect(JSON.stringify(g.values('Alternants'))).toBe(before);
  });
});

describe('§4.1 generateGrids on a reordered roster with numeric IDs, text and Date dates', () => {
  const g = gradedCohort();

  test('returns {ok, done, total} and one grid per apprentice named `<ID> · <Prénom> <NOM>`', () => {
    const again = g.run('generateGrids');
    expect(again).toMatchObject({ ok: true, done: 4, total: 4 });
    const names = g.emulator.spreadsheet.sheetNames();
    expect(names).toEqual(expect.arrayContaining(['101 · Élodie LEFÈBVRE', "102 · Noé N'DIAYE", 'B-07 · Zoé DA COSTA', 'B-08 · Maël ÉLOI']));
  });

  test('each grid has the fixed columns then one column per period, one row per activity under its group', () => {
    const v = g.values(g.gridTab('101'));
    const h = v.findIndex((r) => r[0] === 'Code' && r[1] === 'Activité');
    expect(h).toBeGreaterThan(0); // a header block above
    expect(v[h].slice(0, 14)).toEqual(GRID_COLUMNS);
    expect(v[h].slice(14).map((x) => String(x).trim()).filter(Boolean)).toEqual(['Période 1', 'Période 2']);
    const codes = v.slice(h + 1).map((r) => String(r[0]).trim()).filter(Boolean);
    for (const code of ['N1.1', 'N1.2', 'N2.1', 'N2.2', 'N3.1', 'N3.2']) expect(codes).toContain(code);
    // The header block names the apprentice, company, tutor, trainer, programme.
    const block = v.slice(0, h).flat().map(String).join(' ');
    for (const t of ['Élodie', 'Agence Immo Côte', 'Gauthier', 'Bréhat', 'BTS NDRC']) expect(block.toLowerCase()).toContain(t.toLowerCase());
  });

  test('Activité links to the resource folder, Dépôt to the deposit folder; AR/AS are checkboxes; codes have a dropdown', () => {
    const tab = g.gridTab('102');
    const p = g.emulator.spreadsheet.peek(tab)!;
    const h = p.values.findIndex((r) => r[0] === 'Code' && r[1] === 'Activité');
    const r = p.values.findIndex((row, i) => i > h && row[0] === 'N1.1');
    const col = (name: string) => (p.values[h] as string[]).indexOf(name);
    expect(p.links[r][col('Activité')]).toMatch(/^https:\/\/drive\.google\.com\//);
    expect(p.links[r][col('Dépôt')]).toMatch(/^https:\/\//);
    expect(p.links[r][col('QCM')]).toMatch(/^(https?|mailto):/);
    expect(p.validations[r][col('AR')]?.type).toBe('CHECKBOX');
    expect(p.validations[r][col('AS')]?.type).toBe('CHECKBOX');
    expect(p.validations[r][col('Entreprise')]?.values[0]).toEqual(['I', 'A', 'EC', 'R']);
    expect(String(p.values[r][col('Matières')])).toContain('Culture économique');
  });

  test('writes links back: Référentiel.Ressources, Alternants.Onglet and Alternants.Dépôt, found by header', () => {
    const ref = g.emulator.spreadsheet.peek('Référentiel')!;
    const rc = (ref.values[0] as string[]).indexOf('Ressources');
    expect(ref.links.slice(1, 7).every((row) => /^https:\/\//.test(String(row[rc])))).toBe(true);
    const roster = g.emulator.spreadsheet.peek('Alternants')!;
    const oc = (roster.values[0] as string[]).indexOf('Onglet');
    const dc = (roster.values[0] as string[]).indexOf('Dépôt');
    for (let r = 1; r <= 4; r++) {
      expect(String(roster.links[r][oc])).toMatch(/#gid=\d+/);
      expect(String(roster.links[r][dc])).toMatch(/^https:\/\//);
    }
    // The extra column and the reordered ones are untouched.
    expect(roster.values[1][ROSTER_HEADER.indexOf('Remarque interne')]).toBe('RAS');
    expect(roster.values[1][ROSTER_HEADER.indexOf('ID')]).toBe(101);
  });

  test('creates one Drive resource folder per activity and one deposit folder per apprentice, shared without email', () => {
    const tree = g.emulator.drive.tree();
    for (const label of ['N1.1', 'N3.2']) expect(tree).toContain(label);
    const files = Object.values(g.emulator.drive.state.files as Record<string, any>);
    const shared = files.flatMap((f) => f.permissions ?? []).filter((p: any) => p.emailAddress === 'noe.ndiaye@etu.test');
    expect(shared.length).toBeGreaterThan(0);
    expect(shared.every((p: any) => !p.notificationEmailRequested)).toBe(true);
  });

  test('is idempotent: a second run changes no tab and no Drive file', () => {
    const snap = () => JSON.stringify([g.emulator.spreadsheet.sheetNames().map((n) => g.emulator.spreadsheet.peek(n)), g.emulator.drive.tree()]);
    const before = snap();
    expect(g.run('generateGrids')).toMatchObject({ ok: true, done: 4, total: 4 });
    expect(snap()).toBe(before);
  });

  test('keeps every recorded code when an activity and an apprentice are added', () => {
    expect(g.sidebar('recordNeed', { apprenticeId: '102', activityCode: 'N3.1', actor: 'Alternant', identifiedOn: '2026-11-17', dueOn: '2026-11-30', precision: 'Campagne Black Friday à animer.' })).toMatchObject({ ok: true });
    const ref = g.sheet('Référentiel');
    const header = ref.getRange(1, 1, 1, ref.getLastColumn()).getValues()[0].map(String);
    const row = header.map((h) => ({ 'Code activité': 'N3.3', Activité: 'Publier une story produit', 'Code groupe': 'N3', Groupe: 'Digitalisation' } as Record<string, string>)[h] ?? '');
    ref.appendRow(row);
    const roster = g.sheet('Alternants');
    roster.appendRow(ROSTER_HEADER.map((h) => ({ ID: 103, Prénom: 'Ylan', ' Nom ': 'Morel', Email: 'ylan.morel@etu.test', 'Tuteur email': 'tuteur@morel.test', 'Formateur email': 'jerome.brehat@cfa-ndrc.test', Statut: 'en formation' } as Record<string, unknown>)[h] ?? ''));
    expect(g.run('generateGrids')).toMatchObject({ ok: true, done: 5, total: 5 });
    expect(g.gridRow('102', 'N3.1')).toMatchObject({ Alternant: 'I', 'Identifié le': '2026-11-17', 'Échéance': '2026-11-30', 'Précision du besoin': 'Campagne Black Friday à animer.' });
    expect(g.gridRow('102', 'N3.3').Alternant).toBe('');
    expect(g.gridTab('103')).toBe('103 · Ylan MOREL');
  });

  test('getSidebarState has the documented shape', () => {
    const s = g.sidebar('getSidebarState');
    expect(s.ok).toBe(true);
    expect(s.apprentices).toEqual(expect.arrayContaining([expect.objectContaining({ id: '101', name: expect.stringContaining('Élodie') })]));
    expect(s.apprentices.every((a: any) => typeof a.id === 'string' && typeof a.name === 'string')).toBe(true);
    const n21 = s.activities.find((a: any) => a.code === 'N2.1');
    expect(n21).toMatchObject({ code: 'N2.1', label: 'Conduire un entretien de vente', group: 'Négociation', category: 'Théâtre', mcq: ['Rendez-vous client', 'Visio'] });
    expect(s.activities.find((a: any) => a.code === 'N1.2').category).toBe("Qualité de l'alternance"); // the first category is the default
    expect(s.actors).toEqual(['Entreprise', 'Formateur', 'Alternant']);
    expect(s.codes).toEqual(expect.arrayContaining(['I', 'A', 'EC', 'R']));
    expect(s.horizonDays).toBe(15);
    expect(s).toHaveProperty('pending');
  });
});

describe('§4.1 generateGrids refuses a wrong configuration with tab, row, column and reason, and writes nothing', () => {
  const cases: { rule: string; edit: (o: any) => void; tab: string; row?: number; column?: string; text?: RegExp }[] = [
    { rule: 'missing required setting', edit: (o) => (o.settings = { Niveau: '' }), tab: 'Formation', column: 'Valeur', text: /Niveau/ },
    { rule: 'non-numeric horizon', edit: (o) => (o.settings = { "Horizon d'imminence (jours)": 'trois semaines' }), tab: 'Formation', text: /horizon/i },
    { rule: 'non-positive horizon', edit: (o) => (o.settings = { "Horizon d'imminence (jours)": -2 }), tab: 'Formation', text: /horizon/i },
    { rule: 'duplicate ID (number vs text)', edit: (o) => (o.roster = [...ROSTER, ROSTER[1].map((c, i) => (i === ROSTER_HEADER.indexOf('ID') ? '101' : c))]), tab: 'Alternants', row: 6, column: 'ID' },
    { rule: 'invalid apprentice email', edit: (o) => (o.roster = ROSTER.map((r, k) => (k === 1 ? r.map((c, i) => (i === ROSTER_HEADER.indexOf('Email') ? 'noe.ndiaye@' : c)) : r))), tab: 'Alternants', row: 3, column: 'Email' },
    { rule: 'one bad address in Autres formateurs', edit: (o) => (o.roster = ROSTER.map((r, k) => (k === 0 ? r.map((c, i) => (i === ROSTER_HEADER.indexOf('Autres formateurs') ? 'agnes.roux@cfa-ndrc.test; pas-une-adresse' : c)) : r))), tab: 'Alternants', row: 2, column: 'Autres formateurs' },
    { rule: 'unknown Statut', edit: (o) => (o.roster = ROSTER.map((r, k) => (k === 2 ? r.map((c, i) => (i === 0 ? 'en stage' : c)) : r))), tab: 'Alternants', row: 4, column: 'Statut' },
    { rule: 'period ending before it starts', edit: (o) => (o.periods = [['P1', '20/10/2026', '01/10/2026']]), tab: 'Périodes', row: 2 },
    { rule: 'Matières naming an unknown activity', edit: (o) => (o.subjects = [['Anglais', 'Parler', 'N9.9']]), tab: 'Matières', row: 2, column: 'Activités liées' },
    { rule: 'Indicateurs naming an unknown ID', edit: (o) => (o.indicators = [[999, 'non', '', 'oui', 'oui', 1, 'oui', 3, 3]]), tab: 'Indicateurs', row: 2, column: 'ID' },
    { rule: 'unknown category', edit: (o) => (o.referential = [['N1.1', 'Prospecter', 'N1', 'Prospection', '', 'Cuisine', '', '', '']]), tab: 'Référentiel', row: 2, column: 'Catégorie' },
    { rule: 'duplicate activity code', edit: (o) => (o.referential = [['N1.1', 'Prospecter', 'N1', 'Prospection', '', '', '', '', ''], ['N1.1', 'Relancer', 'N1', 'Prospection', '', '', '', '', '']]), tab: 'Référentiel', row: 3, column: 'Code activité' },
    { rule: 'activity without group', edit: (o) => (o.referential = [['N1.1', 'Prospecter', '', '', '', '', '', '', '']]), tab: 'Référentiel', row: 2 },
  ];
  test.each(cases)('$rule', ({ edit, tab, row, column, text }) => {
    const loaded = loadAddon({ now: at(TODAY), latency: false });
    loaded.run('setupWorkbook');
    const o: any = {};
    edit(o);
    fill(loaded, o);
    const names = loaded.emulator.spreadsheet.sheetNames();
    const result = loaded.run('generateGrids');
    expect(result.ok).toBe(false);
    expect(Array.isArray(result.errors)).toBe(true);
    const messages = result.errors.map((e: any) => e.message).join('\n');
    expect(messages).toContain(tab);
    if (row) expect(messages).toMatch(new RegExp(`\\b${row}\\b`));
    if (column) expect(messages).toContain(column);
    if (text) expect(messages).toMatch(text);
    expect(result.errors.every((e: any) => typeof e.field === 'string' && typeof e.message === 'string')).toBe(true);
    expect(loaded.emulator.spreadsheet.sheetNames()).toEqual(names);
    expect(Object.values(loaded.emulator.drive.state.files as Record<string, any>).filter((f) => !/Root/.test(f.id))).toHaveLength(0);
  });

  test('several errors are reported together', () => {
    const loaded = loadAddon({ now: at(TODAY), latency: false });
    loaded.run('setupWorkbook');
    fill(loaded, { settings: { Niveau: '' }, subjects: [['Anglais', 'Parler', 'N9.9']] });
    const result = loaded.run('generateGrids');
    expect(result.ok).toBe(false);
    expect(result.errors.length).toBeGreaterThanOrEqual(2);
  });

  test('outside 10–15 groups is a warning, not an error', () => {
    const g = gradedCohort();
    const result = g.run('generateGrids');
    expect(result.ok).toBe(true);
  });

  test('a tutor without email does not block the cohort', () => {
    const loaded = loadAddon({ now: at(TODAY), latency: false });
    loaded.run('setupWorkbook');
    fill(loaded, { roster: ROSTER.map((r, k) => (k === 1 ? r.map((c, i) => (i === ROSTER_HEADER.indexOf('Tuteur email') ? '' : c)) : r)) });
    expect(loaded.run('generateGrids')).toMatchObject({ ok: true, total: 4 });
  });
});

void writeTab;
