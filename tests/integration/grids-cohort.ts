/**
 * A small, realistic cohort for the grid tests (CAP Électricien, 4 apprentices, 10 groups of 2 to 4 activities),
 * and helpers to load the BUILT bundle, fill the workbook like a manager would, and snapshot everything a user could
 * see (every tab's peek and the Drive tree) to prove that a run changed nothing.
 */
import { loadAddon, type LoadedAddon } from '../../emulator/load-bundle';
import type { EmulatorOptions } from '../../emulator';
import { fillWorkbook, type CohortRows } from '../../fixtures/cohort';

export const TODAY = new Date('2026-11-20T09:00:00Z');

const GROUPS: [string, string, [string, string][]][] = [
  ['G01', 'Préparer le chantier', [['Lire un plan électrique', 'Mobilité'], ['Approvisionner le matériel', ''], ['Baliser la zone de travail', '']]],
  ['G02', 'Poser les conduits', [['Tracer les cheminements', ''], ['Fixer les goulottes', ''], ['Encastrer les gaines', 'Sport'], ['Percer les cloisons', '']]],
  ['G03', 'Tirer les câbles', [['Choisir la section des câbles', ''], ['Tirer les conducteurs', '']]],
  ['G04', 'Raccorder les appareillages', [['Raccorder une prise', ''], ['Raccorder un interrupteur va-et-vient', ''], ['Raccorder un point lumineux', '']]],
  ['G05', 'Équiper le tableau', [['Câbler un tableau de répartition', 'Théâtre'], ['Poser un différentiel', '']]],
  ['G06', 'Mettre en service', [['Vérifier la continuité', ''], ['Mesurer l’isolement', ''], ['Mettre sous tension', '']]],
  ['G07', 'Dépanner', [['Diagnostiquer une panne', ''], ['Remplacer un composant', '']]],
  ['G08', 'Communiquer', [['Renseigner un bon d’intervention', 'Recherche de contrat'], ['Expliquer l’installation au client', '']]],
  ['G09', 'Travailler en sécurité', [['Consigner une installation', ''], ['Porter les EPI adaptés', ''], ['Appliquer l’habilitation B1V', '']]],
  ['G10', 'Ranger et trier', [['Trier les déchets du chantier', ''], ['Ranger le véhicule', '']]],
];

/** Referential rows: [Code groupe, Groupe, Code activité, Activité, Catégorie, QCM, Critères d'évaluation]. */
export function referentialRows(groups = GROUPS): unknown[][] {
  return groups.flatMap(([code, label, activities]) =>
    activities.map(([activity, category], i) => [code, label, `${code.slice(1)}.${i + 1}`.replace(/^0/, ''), activity, category, 'Observer;Faire avec le tuteur;Faire seul', 'Travail soigné;Sécurité respectée']),
  );
}

export const ACTIVITY_COUNT = GROUPS.reduce((n, g) => n + g[2].length, 0);
export const GROUP_COUNT = GROUPS.length;

export function electricianCohort(): CohortRows {
  return {
    settings: {
      Formation: 'CAP Électricien',
      Niveau: 'CAP (niveau 3)',
      'Centre de formation': 'CFA du Bâtiment de Lyon',
      'Emails partenaires': 'region@partenaire.test',
    },
    periods: [
      ['Septembre', '01/09/2026', '30/09/2026'],
      ['Octobre', '01/10/2026', '31/10/2026'],
      ['Novembre', '02/11/2026', '30/11/2026'],
    ],
    referential: referentialRows(),
    subjects: [
      ['Mathématiques', 'Calculer une section de câble', '3.1;6.2'],
      ['Prévention Santé Environnement', 'Identifier les risques électriques', '9.1;9.3'],
    ],
    roster: [
      ['E01', 'Lefèvre', 'Chloé', 'chloe.lefevre@eleve.test', '06 11 22 33 44', 'Élec Rhône SARL', 'Bernard', 'Paul', 'paul.bernard@elec-rhone.test', 'Moreau', 'Anne', 'anne.moreau@cfa-lyon.test', '', 'en formation'],
      ['E02', 'Diallo', 'Mamadou', 'mamadou.diallo@eleve.test', '', 'Lumière & Fils', 'Roux', 'Sylvie', 'sylvie.roux@lumiere.test', 'Moreau', 'Anne', 'anne.moreau@cfa-lyon.test', 'karim.haddad@cfa-lyon.test', 'en formation'],
      ['E03', 'Nguyen', 'Théo', 'theo.nguyen@eleve.test', '', 'Volt Services', 'Garcia', 'Luis', 'luis.garcia@volt.test', 'Haddad', 'Karim', 'karim.haddad@cfa-lyon.test', '', 'sorti'],
      ['E04', 'Da Silva', 'Inès', 'ines.dasilva@eleve.test', '', 'Élec Rhône SARL', 'Bernard', 'Paul', 'paul.bernard@elec-rhone.test', 'Haddad', 'Karim', 'karim.haddad@cfa-lyon.test', '', 'suspendu'],
    ],
    indicators: [['E01', 'non', '', 'oui', 'oui', 3, 'oui', 4, 5]],
  };
}

export const TAB_OF = { E01: 'E01 · Chloé LEFÈVRE', E02: 'E02 · Mamadou DIALLO', E03: 'E03 · Théo NGUYEN', E04: 'E04 · Inès DA SILVA' } as const;

/** A workbook set up by the add-on and filled by hand; the call log starts empty. */
export function cohortWorkbook(rows: CohortRows = electricianCohort(), options: EmulatorOptions = {}): LoadedAddon {
  const loaded = loadAddon({ now: TODAY, latency: false, ...options });
  loaded.run('setupWorkbook');
  fillWorkbook(loaded.emulator, rows);
  loaded.emulator.ui.state.alerts.length = 0;
  return loaded;
}

/** Everything a user can see: every tab (in order, with all its properties) and the Drive tree with its sharing. */
export function visibleState(loaded: LoadedAddon): { tabs: Record<string, string>; order: string[]; drive: string } {
  const ss = loaded.emulator.spreadsheet;
  const order = ss.sheetNames();
  // As JSON text: tabs set up with validations down to row 1000 are large, and comparing strings is fast.
  const tabs: Record<string, string> = {};
  for (const name of order) tabs[name] = JSON.stringify(ss.peek(name));
  return { tabs, order, drive: loaded.emulator.drive.tree() };
}

/** The grid tabs (named `<ID> · <Prénom> <NOM>`). */
export const gridTabs = (loaded: LoadedAddon) => loaded.emulator.spreadsheet.sheetNames().filter((n) => / · /.test(n) && !n.startsWith('⏳'));

/** Row (1-based) of the grid table header: the row whose first cell is `Code`. */
export function tableHeaderRow(values: unknown[][]): number {
  return values.findIndex((r) => r[0] === 'Code' && r[1] === 'Activité') + 1;
}
