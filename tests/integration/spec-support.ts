/**
 * A grader's view of OLAP: a cohort of another trade (BTS NDRC, négociation et relation client), typed the way real
 * people type it (IDs as numbers, dates as text or Date objects, columns reordered with extra ones, stray spaces,
 * accents), written only through the SPEC's fixed names, and helpers that read tabs by header.
 */
import { loadAddon, type LoadedAddon } from '../../emulator/load-bundle';
import type { EmulatorOptions } from '../../emulator';

/** Wednesday 18 November 2026, 10:00 in Paris. */
export const TODAY = '2026-11-18';
export const at = (day: string, time = '09:00:00') => new Date(`${day}T${time}Z`);

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const ROSTER_HEADER = [
  'Statut', 'Prénom', ' Nom ', 'ID', 'Remarque interne', 'Email', 'Téléphone', 'Entreprise', 'Tuteur prénom', 'Tuteur nom', 'Tuteur email',
  'Formateur prénom', 'Formateur nom', 'Formateur email', 'Autres formateurs', 'Onglet', 'Dépôt',
];

/** Apprentices, in ROSTER_HEADER order. IDs 101 and 102 are typed as numbers. */
export const ROSTER: unknown[][] = [
  ['en formation', 'Élodie', 'Lefèbvre', 101, 'RAS', ' elodie.lefebvre@etu.test ', '06 10 20 30 40', 'Agence Immo Côte', 'Hélène', 'Gauthier', 'helene.gauthier@immo-cote.test', 'Jérôme', 'Bréhat', 'jerome.brehat@cfa-ndrc.test', 'agnes.roux@cfa-ndrc.test; '],
  ['En formation ', 'Noé', "N'Diaye", 102, '', 'noe.ndiaye@etu.test', '07 11 22 33 44', 'Décathlon Vénissieux', 'Marc', 'Olivier', 'marc.olivier@decat.test', 'Jérôme', 'Bréhat', 'jerome.brehat@cfa-ndrc.test', '', ''],
  ['suspendu', 'Zoé', 'Da Costa', 'B-07', '', 'zoe.dacosta@etu.test', '', 'Banque Populaire Rhône', 'Luc', 'Perrin', 'luc.perrin@bp.test', 'Agnès', 'Roux', 'agnes.roux@cfa-ndrc.test', '', ''],
  ['sorti', 'Maël', 'Éloi', 'B-08', '', 'mael.eloi@etu.test', '', 'SFR Part-Dieu', 'Inès', 'Khelifi', 'ines.khelifi@sfr.test', 'Agnès', 'Roux', 'agnes.roux@cfa-ndrc.test', '', ''],
].map((r) => (r.length < ROSTER_HEADER.length ? [...r, ...Array(ROSTER_HEADER.length - r.length).fill('')] : r));

export const REFERENTIAL_HEADER = ['Code activité', 'Activité', 'Code groupe', 'Groupe', 'Commentaire RP', 'Catégorie', 'QCM', "Critères d'évaluation", 'Ressources'];
export const REFERENTIAL: unknown[][] = [
  ['N1.1', 'Prospecter de nouveaux clients', 'N1', 'Prospection', '', 'Recherche de contrat', 'Phoning;Salon professionnel', 'Fichier qualifié;Taux de transformation'],
  ['N1.2', 'Qualifier un fichier de prospects', 'N1', 'Prospection', '', '', '', ''],
  ['N2.1', 'Conduire un entretien de vente', ' N2 ', 'Négociation', '', 'Théâtre', 'Rendez-vous client;Visio', 'Découverte des besoins;Argumentation;Conclusion'],
  ['N2.2', 'Traiter une objection', 'N2', 'Négociation', '', ' théâtre ', '', ''],
  ['N3.1', 'Animer une page réseau social', 'N3', 'Digitalisation', '', 'Mobilité', '', ''],
  ['N3.2', 'Répondre à un avis client en ligne', 'N3', 'Digitalisation', '', 'Sport', '', 'Ton adapté'],
].map((r) => [...r, '']);

export const SETTINGS: Record<string, unknown> = {
  Formation: 'BTS NDRC — Négociation et digitalisation de la relation client',
  Niveau: 'niveau 5',
  'Centre de formation': 'CFA du Commerce de Villeurbanne',
  "Horizon d'imminence (jours)": ' 15 ',
  'Emails partenaires': 'region@financeur.test;opco@commerce.test',
  'Seuil du label': 1,
  'Marge du label (%)': '50',
};

export interface Graded extends LoadedAddon {
  /** Values of a tab, header first (trailing blank rows dropped). */
  values(tab: string): unknown[][];
  /** Rows of a tab as header → value. */
  records(tab: string, headerRow?: number): Record<string, unknown>[];
  gridTab(id: string): string;
  /** One grid row (activity code) as header → value, dates as YYYY-MM-DD. */
  gridRow(id: string, code: string): Record<string, unknown>;
  journal(): Record<string, unknown>[];
  sheet(name: string): Sheet;
  setClock(day: string, time?: string): void;
  sidebar<T = any>(name: string, payload?: unknown): T;
}

export const isoDay = (v: unknown): unknown => {
  if (Object.prototype.toString.call(v) !== '[object Date]') return v;
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(v as Date);
};

/** Any date-like cell as YYYY-MM-DD (a Date, a `dd/mm/yyyy` or ISO text). */
export const anyDay = (v: unknown): string => {
  const d = isoDay(v);
  const s = String(d ?? '').trim();
  const fr = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(s);
  return fr ? `${fr[3]}-${fr[2]}-${fr[1]}` : s.replace(/^'/, '');
};

const trimRows = (values: unknown[][]) => {
  const out = values.slice();
  while (out.length && out[out.length - 1].every((c) => c === '' || c === null)) out.pop();
  return out;
};

/** Writes a whole tab as a person would: its header row replaced by `header`, rows under it. */
export function writeTab(sheet: Sheet, header: string[], rows: unknown[][]): void {
  if (sheet.getMaxColumns() < header.length) sheet.insertColumnsAfter(sheet.getMaxColumns(), header.length - sheet.getMaxColumns());
  const width = Math.max(header.length, sheet.getLastColumn());
  const pad = (r: unknown[]) => [...r, ...Array(width - r.length).fill('')].slice(0, width);
  sheet.getRange(1, 1, 1, width).setValues([pad(header)]);
  if (rows.length) sheet.getRange(2, 1, rows.length, width).setValues(rows.map(pad));
}

export function setSetting(sheet: Sheet, key: string, value: unknown): void {
  const values = sheet.getDataRange().getValues();
  const row = values.findIndex((r) => String(r[0]).trim() === key);
  if (row >= 0) sheet.getRange(row + 1, 2).setValue(value);
  else sheet.appendRow([key, value]);
}

export interface CohortOptions {
  settings?: Record<string, unknown>;
  roster?: unknown[][];
  referential?: unknown[][];
  periods?: unknown[][];
  subjects?: unknown[][];
  indicators?: unknown[][];
}

/** Fills the tabs made by setupWorkbook. */
export function fill(loaded: LoadedAddon, o: CohortOptions = {}): void {
  const ss = loaded.emulator.spreadsheet;
  const sheet = (n: string) => ss.getSheetByName(n)!;
  for (const [k, v] of Object.entries({ ...SETTINGS, ...(o.settings ?? {}) })) setSetting(sheet('Formation'), k, v);
  writeTab(sheet('Référentiel'), REFERENTIAL_HEADER, o.referential ?? REFERENTIAL);
  writeTab(sheet('Alternants'), ROSTER_HEADER, o.roster ?? ROSTER);
  writeTab(sheet('Périodes'), ['Période', 'Début', 'Fin'], o.periods ?? [
    ['Période 1 ', '07/09/2026', at('2026-10-16', '00:00:00')],
    ['Période 2', new Date(Date.UTC(2026, 10, 2)), '2026-12-18'],
  ]);
  writeTab(sheet('Matières'), ['Matière', 'Objectif', 'Activités liées'], o.subjects ?? [['Culture économique', 'Analyser un marché local', 'N1.1; N1.2'], ['Anglais', 'Répondre à un client étranger', 'N3.2']]);
  writeTab(sheet('Indicateurs'), ['ID', 'Rupture', 'Date de rupture', 'Contrat obtenu', 'Réussite examen', 'Absentéisme (%)', 'Insertion à 6 mois', 'Satisfaction alternant', 'Satisfaction entreprise'],
    o.indicators ?? [
      [101, 'non', '', 'Oui', 'oui', 4, 'oui', 5, 4],
      [102, 'OUI ', '12/10/2026', 'non', 'non', '12,5', 'non', 2, 3],
      ['B-07', 'non', '', 'oui', 'oui', 0, 'oui', 4, 4],
    ]);
  loaded.emulator.calls.reset();
}

export function graded(loaded: LoadedAddon): Graded {
  const ss = loaded.emulator.spreadsheet;
  const values = (tab: string) => trimRows((ss.peek(tab)?.values ?? []) as unknown[][]);
  const records = (tab: string, headerRow = 1) => {
    const v = values(tab);
    const head = (v[headerRow - 1] ?? []).map((h) => String(h).trim());
    return v.slice(headerRow).filter((r) => r.some((c) => c !== '')).map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]])));
  };
  const gridTab = (id: string) => {
    const name = ss.sheetNames().find((n) => n.startsWith(`${id} · `));
    if (!name) throw new Error(`no grid for ${id} in ${ss.sheetNames().join(', ')}`);
    return name;
  };
  const gridRow = (id: string, code: string) => {
    const v = values(gridTab(id));
    const h = v.findIndex((r) => r[0] === 'Code' && r[1] === 'Activité');
    const head = v[h].map(String);
    const row = v.find((r, i) => i > h && String(r[0]).trim() === code);
    if (!row) throw new Error(`no row ${code}`);
    return Object.fromEntries(head.map((title, i) => [title, title === 'Identifié le' || title === 'Échéance' || title === 'Évalué le' ? (row[i] === '' ? '' : anyDay(row[i])) : row[i]]));
  };
  return {
    ...loaded,
    values,
    records,
    gridTab,
    gridRow,
    journal: () => records('Journal'),
    sheet: (n) => ss.getSheetByName(n)! as unknown as Sheet,
    setClock: (day, time) => loaded.emulator.clock.set(at(day, time)),
    sidebar: (name, payload) => loaded.run(name, payload, 'sidebar'),
  };
}

/** setup → fill → generateGrids, ready at TODAY. */
export function gradedCohort(o: CohortOptions = {}, options: EmulatorOptions = {}): Graded {
  const loaded = loadAddon({ now: at(TODAY), latency: false, ...options });
  const setup = loaded.run('setupWorkbook');
  if (!setup.ok) throw new Error(`setupWorkbook: ${JSON.stringify(setup)}\n${loaded.emulator.logs.join('\n')}`);
  fill(loaded, o);
  const generated = loaded.run('generateGrids');
  if (!generated.ok) throw new Error(`generateGrids: ${JSON.stringify(generated)}\n${loaded.emulator.logs.join('\n')}`);
  loaded.emulator.calls.reset();
  return graded(loaded);
}

export const NEED = {
  apprenticeId: '101',
  activityCode: 'N2.1',
  actor: 'Entreprise',
  identifiedOn: '2026-11-16',
  dueOn: '2026-11-27',
  precision: 'Rendez-vous « grand compte » le 27 : préparer l’argumentaire <b>seule</b> & présenter l’offre.',
};

export const EVALUATION = {
  apprenticeId: '101',
  activityCode: 'N2.1',
  actor: 'Formateur',
  code: 'EC',
  evaluatedOn: '2026-11-18',
  comment: 'Bonne découverte, conclusion à travailler.',
  criteria: ['Découverte des besoins', 'Argumentation'],
};
