import { readCohort } from '../../src/domain/config';
import type { Problem } from '../../src/domain/types';
import { REFERENTIAL_HEADERS } from '../../src/domain/workbook';

const dayOf = (d: Date) => d.toISOString().slice(0, 10);
const HEADER = [...REFERENTIAL_HEADERS];

/** A referential of `groups` groups of `size` activities each: G1 / G1.1, G1.2… */
function referentialRows(groups: number, size: number): unknown[][] {
  const rows: unknown[][] = [];
  for (let g = 1; g <= groups; g++) {
    for (let a = 1; a <= size; a++) rows.push([`G${g}`, `Groupe ${g}`, `G${g}.${a}`, `Activité ${g}.${a}`, '', '', '', '']);
  }
  return rows;
}

function read(rows: unknown[][], header: unknown[] = HEADER, settings?: unknown[][]) {
  return readCohort({ referential: [header, ...rows], ...(settings ? { settings } : {}) }, dayOf);
}

function errorsOf(rows: unknown[][], header: unknown[] = HEADER): Problem[] {
  const result = read(rows, header);
  return result.ok ? [] : result.errors;
}

describe('Référentiel tab', () => {
  it('groups activities under their group in sheet order, with the default category when blank', () => {
    const rows = referentialRows(10, 2);
    rows[1] = ['G1', 'Groupe 1', 'G1.2', 'Servir', 'sport', 'un banquet ; une terrasse', 'hygiène;délais', 'https://x'];
    const result = read(rows);
    if (!result.ok) throw new Error(result.errors[0].message);
    const { groups, activities } = result.value;
    expect(groups.map((g) => g.code)).toEqual(['G1', 'G2', 'G3', 'G4', 'G5', 'G6', 'G7', 'G8', 'G9', 'G10']);
    expect(groups[0].activities.map((a) => a.code)).toEqual(['G1.1', 'G1.2']);
    expect(activities[0].category).toBe("Qualité de l'alternance");
    expect(activities[1]).toMatchObject({
      category: 'Sport', // the spelling of the Formation tab
      mcq: ['un banquet', 'une terrasse'],
      criteria: ['hygiène', 'délais'],
      resourcesUrl: 'https://x',
      groupCode: 'G1',
      group: 'Groupe 1',
    });
    expect(result.warnings).toEqual([]);
  });

  it('finds headers in any order and with stray spaces, ignoring extra columns', () => {
    const header = ['Remarque', ' activité ', 'CODE ACTIVITE', ' groupe', 'code groupe '];
    const result = read([['à revoir', 'Servir', 'G1.1', 'Salle', 'G1']], header);
    const activities = result.ok ? result.value.activities : [];
    expect(activities).toEqual([expect.objectContaining({ code: 'G1.1', label: 'Servir', groupCode: 'G1', group: 'Salle' })]);
  });

  it('refuses a duplicate activity code, naming both rows', () => {
    const rows = referentialRows(10, 2);
    rows[3][2] = 'g1.1';
    const [error] = errorsOf(rows);
    expect(error).toMatchObject({ tab: 'Référentiel', row: 5, column: 'Code activité' });
    expect(error.message).toContain('ligne 5');
    expect(error.message).toContain('déjà utilisé ligne 2');
  });

  it('refuses an activity without group code or group name', () => {
    const rows = referentialRows(10, 2);
    rows[0][0] = '';
    rows[2][1] = ' ';
    expect(errorsOf(rows).map((e) => [e.row, e.column])).toEqual([
      [2, 'Code groupe'],
      [4, 'Groupe'],
    ]);
  });

  it('refuses a category the Formation tab does not list, saying which ones exist', () => {
    const settings = [
      ['Paramètre', 'Valeur'],
      ['Formation', 'CAP'],
      ['Niveau', '3'],
      ['Centre de formation', 'CFA'],
      ['Catégories', 'Mobilité;Sport'],
    ];
    const rows = referentialRows(10, 2);
    rows[0][4] = 'Théâtre';
    const result = read(rows, HEADER, settings);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0].message).toContain(
      "« Théâtre » n'existe pas dans l'onglet « Formation ». Choisissez parmi « Mobilité », « Sport »",
    );
  });

  it('refuses an empty referential', () => {
    const [error] = errorsOf([['', '', '', '', '', '', '', '']]);
    expect(error.message).toMatch(/^Onglet « Référentiel » : aucune activité n'est saisie/);
  });

  it('reports a missing required column once, instead of an error on every row', () => {
    const errors = errorsOf(referentialRows(10, 2).map((row) => row.slice(1)), HEADER.slice(1));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ tab: 'Référentiel', column: 'Code groupe' });
  });

  it('only warns when there are not 10–15 groups of 2–4 activities', () => {
    const rows = [...referentialRows(3, 2), ['G4', 'Groupe 4', 'G4.1', 'Seule', '', '', '', '']];
    const result = read(rows);
    expect(result.ok).toBe(true);
    expect(result.warnings.map((w) => w.message)).toEqual([
      expect.stringContaining('4 groupes ; la méthode en recommande 10 à 15'),
      "Onglet « Référentiel », ligne 8, colonne « Code groupe » : le groupe « G4 » compte 1 sous-activité ; la méthode en recommande 2 à 4.",
    ]);
  });
});
