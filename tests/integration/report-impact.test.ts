/**
 * « Construire le tableau d'impact » (SPEC §3 Impact, annex 7 of the method) on hand-computed data: counts per
 * category, total, proactive support, indicators, the label and the correlations; refusals; pseudonymisation.
 */
import { openCohort, ROSTER, type Cohort } from './report-support';

const CATEGORIES = ["Qualité de l'alternance", 'Théâtre', 'Mobilité', 'Sport', 'Recherche de contrat'];
const INDICATORS = [
  // ID, Rupture, Date de rupture, Contrat obtenu, Réussite examen, Absentéisme (%), Insertion à 6 mois, Satisfaction alternant, Satisfaction entreprise
  ['A1', 'non', '', 'oui', 'oui', 5, '', 4, 5],
  ['A2', 'non', '', 'oui', 'non', 12, '', 3, 4],
  ['A3', 'non', '', 'non', '', '', '', '', ''],
  ['A4', 'non', '', 'non', '', '', '', '', ''],
];

/**
 * Léa: two needs on G1.1 (Sport) and one on G2.1 filed under « Recherche de contrat » → 3.
 * Hugo: G2.1 (Mobilité) and G2.2 (Théâtre) → 2. Inès: G1.2 (no category: the first one) → 1. Yanis: none → 0.
 * Seuil 2: Léa and Hugo, 2 of 4 = 50 %. Contrat obtenu (1,1,0,0) against (3,2,1,0): r = 2/√5 ≈ 0,89, n = 4.
 */
function cohortWithNeeds(settings: Record<string, unknown> = {}): Cohort {
  const c = openCohort(
    (() => {
      const { smallCohort } = require('./report-support');
      return smallCohort({ 'Seuil du label': 2, 'Marge du label (%)': 25, 'Pseudonymiser les exports': 'non', ...settings }, INDICATORS);
    })(),
    '2026-10-01',
  );
  c.need('A1', 'G1.1', '2026-10-01', '2026-10-10', 'Buffet froid chez Boulangerie Dupain, voir Paul Roux au 06 11 22 33 44.');
  c.need('A1', 'G1.1', '2026-10-05', '2026-10-15', 'Plateau-repas.');
  c.need('A1', 'G2.1', '2026-10-06', '2026-10-16', 'Entretien chez un traiteur.', { category: 'Recherche de contrat' });
  c.need('A2', 'G2.1', '2026-10-07', '2026-10-17', 'Banquet.');
  c.need('A2', 'G2.2', '2026-10-08', '2026-10-18', '=SOMME(A1:A3) à encaisser.');
  c.need('A3', 'G1.2', '2026-10-09', '2026-10-19', 'Cuisson lente ; "basse température".');
  c.evaluation('A1', 'G1.1', 'A', '2026-10-12');
  c.emulator.clock.set(new Date('2026-10-20T08:00:00Z'));
  return c;
}

function summary(values: unknown[][], label: string | RegExp): unknown[] {
  for (const row of values.slice(1)) {
    const i = row.findIndex((v) => (typeof label === 'string' ? v === label : label.test(String(v))));
    if (i >= 0) return row.slice(i + 1, i + 3);
  }
  throw new Error(`no summary line ${label}`);
}

describe('the impact table counts anticipated needs and relates them to outcomes', () => {
  let c: Cohort;
  let result: any;
  let values: unknown[][];
  beforeAll(() => {
    c = cohortWithNeeds();
    result = c.run('buildImpact');
    values = c.values('Impact');
  });
  const header = () => values[0] as string[];
  const rowOf = (id: string) => values.find((r) => r[0] === id)!;
  const cell = (id: string, h: string) => rowOf(id)[header().indexOf(h)];

  it('returns the participants and whether the label is reached', () => {
    expect(result).toMatchObject({ ok: true, participants: 4, labelReached: false });
  });

  it('has one column per category, the total, Accompagnement proactif and the indicators', () => {
    const h = header();
    expect(h.slice(0, 4)).toEqual(['ID', 'Nom', 'Prénom', 'Entreprise']);
    expect(h.slice(4, 4 + CATEGORIES.length + 2)).toEqual([...CATEGORIES, 'Total', 'Accompagnement proactif']);
    expect(h).toEqual(expect.arrayContaining(['Rupture', 'Contrat obtenu', 'Réussite examen', 'Insertion à 6 mois']));
  });

  it("counts each need in its own category, else its activity's, else the first one", () => {
    const counts = (id: string) => CATEGORIES.map((k) => cell(id, k));
    expect(counts('A1')).toEqual([0, 0, 0, 2, 1]);
    expect(counts('A2')).toEqual([0, 1, 1, 0, 0]);
    expect(counts('A3')).toEqual([1, 0, 0, 0, 0]);
    expect(counts('A4')).toEqual([0, 0, 0, 0, 0]);
    expect(['A1', 'A2', 'A3', 'A4'].map((id) => cell(id, 'Total'))).toEqual([3, 2, 1, 0]);
    expect(['A1', 'A2', 'A3', 'A4'].map((id) => cell(id, 'Accompagnement proactif'))).toEqual(['oui', 'oui', 'oui', 'non']);
  });

  it('carries the indicators of each apprentice', () => {
    expect([cell('A1', 'Contrat obtenu'), cell('A3', 'Contrat obtenu'), cell('A1', 'Réussite examen'), cell('A3', 'Réussite examen')]).toEqual(['oui', 'non', 'oui', '']);
    expect(cell('A2', 'Absentéisme (%)')).toBe(12);
  });

  it('states participants, the share at or above the threshold and the label', () => {
    expect(summary(values, 'Participants')[0]).toBe(4);
    expect(summary(values, /^Participants au niveau du seuil/)[0]).toBe(2);
    expect(summary(values, /^Part au niveau du seuil/)[0]).toBe(50);
    expect(summary(values, /^Label/)[0]).toBe('label non atteint');
  });

  it('gives Pearson r with n, or — when n < 3 or an answer never varies', () => {
    const [r, n] = summary(values, 'Contrat obtenu');
    expect(r).toBeCloseTo(2 / Math.sqrt(5), 2);
    expect(n).toBe(4);
    expect(summary(values, 'Rupture')).toEqual(['—', 4]);
    expect(summary(values, 'Réussite examen')).toEqual(['—', 2]);
    expect(summary(values, 'Insertion à 6 mois')).toEqual(['—', 0]);
    expect(result.correlations.find((x: any) => x.indicator === 'Contrat obtenu').r).toBeCloseTo(0.894427, 5);
  });

  it('lists every need in « Impact — besoins »', () => {
    const needs = c.values('Impact — besoins');
    expect(needs[0]).toEqual(expect.arrayContaining(['Code activité', 'Catégorie', 'Précision', 'Identifié le', 'Échéance']));
    expect(needs.slice(1).filter((r) => r[0] !== '')).toHaveLength(6);
    const category = needs[0].indexOf('Catégorie');
    expect(needs.slice(1).map((r) => r[category]).sort()).toEqual(['Mobilité', "Qualité de l'alternance", 'Recherche de contrat', 'Sport', 'Sport', 'Théâtre']);
  });

  it('the label is reached when the share is at least 100 − margin', () => {
    const d = cohortWithNeeds({ 'Marge du label (%)': 50 });
    expect(d.run('buildImpact')).toMatchObject({ ok: true, participants: 4, labelReached: true });
    expect(summary(d.values('Impact'), /^Label/)[0]).toBe('label atteint');
  });
});

describe('an impact table is built whatever the journal holds', () => {
  it('an empty journal gives zeros and « label non atteint », not an error', () => {
    const c = openCohort();
    const result = c.run('buildImpact');
    expect(result).toMatchObject({ ok: true, participants: 4, labelReached: false });
    const values = c.values('Impact');
    const total = values[0].indexOf('Total');
    expect(values.slice(1, 5).map((r) => r[total])).toEqual([0, 0, 0, 0]);
    expect(values.flat()).toContain('label non atteint');
  });

  it('an Indicateurs cell that is not oui/non is refused, naming the cell', () => {
    const c = openCohort();
    c.setCell('Indicateurs', 2, 'ID', 'A1');
    c.setCell('Indicateurs', 2, 'Contrat obtenu', 'peut-être');
    const before = c.emulator.spreadsheet.peek('Impact');
    const result = c.run('buildImpact');
    expect(result.ok).toBe(false);
    const text = result.errors.map((e: any) => `${e.field} ${e.message}`).join('\n');
    expect(text).toMatch(/Indicateurs/);
    expect(text).toMatch(/ligne 2/);
    expect(text).toMatch(/Contrat obtenu/);
    // Nothing written: the Impact tab is as setup left it.
    expect(c.emulator.spreadsheet.peek('Impact')).toEqual(before);
  });
});

describe('pseudonymisation', () => {
  const personal = Object.values(ROSTER).flatMap((r) => [r[1], r[2], r[3], r[4], r[5], r[6], r[8]].map(String));

  it('keys are stable across runs, the secret stays in document properties and in no cell', () => {
    const c = cohortWithNeeds({ 'Pseudonymiser les exports': 'oui' });
    c.run('buildImpact');
    const keys = () => c.values('Impact').slice(1).map((r) => r[0]).filter((k) => /^P-/.test(String(k)));
    const first = keys();
    expect(first).toHaveLength(4);
    c.run('buildImpact');
    expect(keys()).toEqual(first);
    const props = JSON.stringify(c.emulator.toState().properties);
    const secret = /"olap\.pseudonym\.secret":"([^"]+)"/.exec(props)?.[1];
    expect(secret).toBeTruthy();
    const everything = JSON.stringify(c.emulator.toState().spreadsheet);
    expect(everything).not.toContain(secret!);
  });

  it('with « oui », neither Impact nor Impact — besoins holds a name, email, phone or company', () => {
    const c = cohortWithNeeds({ 'Pseudonymiser les exports': 'oui' });
    expect(c.run('buildImpact')).toMatchObject({ ok: true });
    const text = JSON.stringify([c.values('Impact'), c.values('Impact — besoins')]);
    for (const term of personal) expect(text).not.toContain(term);
    expect(text).not.toContain('06 11 22 33 44');
  });
});
