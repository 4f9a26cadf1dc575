/**
 * A small French cohort for the recording tests, set up through the BUILT bundle: « Configurer le classeur », the
 * tabs filled by hand, then « Générer les grilles ». Today is Thursday 12 March 2026 in Paris.
 */
import { loadAddon, type LoadedAddon } from '../../emulator/load-bundle';
import type { EmulatorOptions } from '../../emulator';
import { fillWorkbook, type CohortRows } from '../../fixtures/cohort';

export const TODAY = '2026-03-12';

export const COHORT: CohortRows = {
  settings: { Formation: 'CAP Cuisine', Niveau: 'niveau 3', 'Centre de formation': 'CFA des Métiers de Lyon' },
  periods: [['Période 1', '2026-01-05', '2026-02-27']],
  referential: [
    ['G1', 'Accueil', 'G1.1', 'Accueillir un client', "Qualité de l'alternance", 'Préparer la salle;Saluer les clients', 'Sourire;Politesse'],
    ['G1', 'Accueil', 'G1.2', 'Prendre une commande', 'Théâtre', '', 'Exactitude'],
    ['G2', 'Production', 'G2.1', 'Préparer une entrée', 'Mobilité', 'Couper;Dresser', 'Hygiène;Dressage'],
    ['G2', 'Production', 'G2.2', 'Cuire une viande', 'Sport', '', ''],
  ],
  subjects: [],
  roster: [
    ['A01', 'Martin', 'Léa', 'lea.martin@eleve.fr', '06 11 22 33 44', 'Boulangerie Dupain', 'Roux', 'Paul', 'paul.roux@dupain.fr', 'Durand', 'Anne', 'anne.durand@cfa.fr', 'marc.petit@cfa.fr', 'en formation'],
    ['A02', 'Benali', 'Inès', 'ines.benali@eleve.fr', '', 'Restaurant Le Zinc', 'Garcia', 'Marie', 'marie.garcia@zinc.fr', 'Durand', 'Anne', 'anne.durand@cfa.fr', '', 'en formation'],
    ['A03', 'Diallo', 'Yanis', 'yanis.diallo@eleve.fr', '', 'Traiteur Sud', 'Lefèvre', 'Jean', 'jean.lefevre@sud.fr', 'Durand', 'Anne', 'anne.durand@cfa.fr', '', 'sorti'],
    ['A04', 'Moreau', 'Chloé', 'chloe.moreau@eleve.fr', '', 'Brasserie du Port', 'Nguyen', 'Linh', 'linh.nguyen@port.fr', 'Durand', 'Anne', 'anne.durand@cfa.fr', '', 'en formation'],
  ],
  indicators: [],
};

export interface Cohort extends LoadedAddon {
  /** The tab name of an apprentice's grid. */
  tabOf(id: string): string;
  /** The journal's non-blank rows, header first. */
  journal(): unknown[][];
  /** A grid row as header → value, for one activity. */
  gridRow(id: string, activityCode: string): Record<string, unknown>;
  /** A grid row's link in one column. */
  gridLink(id: string, activityCode: string, header: string): string | null;
  /** The sheet row of an activity in every grid. */
  rowOf(activityCode: string): number;
  columnOf(header: string): number;
  /** Everything a refused entry must leave unchanged. */
  footprint(): string;
}

const day = (v: unknown): unknown => (v instanceof Date || Object.prototype.toString.call(v) === '[object Date]' ? isoInParis(v as Date) : v);

export function isoInParis(d: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
}

export function setUpCohort(rows: CohortRows = COHORT, options: EmulatorOptions = {}): Cohort {
  const loaded = loadAddon({ now: new Date(`${TODAY}T09:00:00Z`), latency: false, ...options });
  const { emulator, run } = loaded;
  expect(run('setupWorkbook')).toMatchObject({ ok: true });
  fillWorkbook(emulator, rows);
  expect(run('generateGrids')).toMatchObject({ ok: true });
  emulator.calls.reset();
  const ss = emulator.spreadsheet;
  const tabOf = (id: string) => {
    const name = ss.sheetNames().find((n) => n.startsWith(`${id} · `));
    if (!name) throw new Error(`no grid for ${id}`);
    return name;
  };
  const header = (id: string) => ss.peek(tabOf(id))!.values.find((r) => r[0] === 'Code')!.map(String);
  const rowOf = (code: string) => ss.peek(tabOf(String(rows.roster[0][0])))!.values.findIndex((r) => r[0] === code) + 1;
  const columnOf = (h: string) => header(String(rows.roster[0][0])).indexOf(h) + 1;
  const journal = () => ss.peek('Journal')!.values.filter((r) => r.some((c) => c !== '' && c !== null));
  const gridRow = (id: string, code: string) => {
    const values = ss.peek(tabOf(id))!.values;
    const h = header(id);
    const row = values.find((r) => r[0] === code)!;
    return Object.fromEntries(h.map((title, i) => [title, day(row[i])]));
  };
  const gridLink = (id: string, code: string, h: string) => {
    const p = ss.peek(tabOf(id))!;
    const r = p.values.findIndex((v) => v[0] === code);
    return p.links[r][header(id).indexOf(h)];
  };
  const footprint = () =>
    JSON.stringify({
      journal: journal(),
      grids: ss.sheetNames().filter((n) => / · /.test(n)).map((n) => [ss.peek(n)!.values, ss.peek(n)!.links]),
      outbox: emulator.mail.outbox.length,
    });
  return { ...loaded, tabOf, journal, gridRow, gridLink, rowOf, columnOf, footprint };
}

export const NEED = {
  apprenticeId: 'A01',
  activityCode: 'G1.1',
  actor: 'Entreprise',
  identifiedOn: '2026-03-10',
  dueOn: '2026-03-20',
  precision: 'Le samedi 21, un groupe de 30 personnes : préparer la salle et accueillir seule.',
};

export const EVALUATION = {
  apprenticeId: 'A01',
  activityCode: 'G1.1',
  actor: 'Formateur',
  code: 'A',
  evaluatedOn: '2026-03-12',
  comment: 'Accueil très réussi.',
  criteria: ['Sourire', 'Politesse'],
};

/** The journal as header → value records (dates as YYYY-MM-DD in Paris). */
export function journalRecords(cohort: Cohort): Record<string, unknown>[] {
  const [head, ...rows] = cohort.journal();
  return rows.map((r) => Object.fromEntries(head.map((h, i) => [String(h), day(r[i])])));
}
