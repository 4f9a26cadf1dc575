import { readCohort } from '../../src/domain/config';
import type { Apprentice, Problem } from '../../src/domain/types';
import { ROSTER_HEADERS } from '../../src/domain/workbook';

const dayOf = (d: Date) => d.toISOString().slice(0, 10);
const HEADER = [...ROSTER_HEADERS];

/** One roster row, by header; unnamed columns are blank. */
function row(cells: Partial<Record<(typeof ROSTER_HEADERS)[number], unknown>>): unknown[] {
  const complete: Record<string, unknown> = {
    ID: 'A1',
    Nom: 'Martin',
    Prénom: 'Léa',
    Email: 'lea.martin@exemple.fr',
    'Tuteur email': 'p.dupont@boulangerie.fr',
    'Formateur email': 'a.durand@cfa.fr',
    ...cells,
  };
  return HEADER.map((header) => complete[header] ?? '');
}

function apprenticesOf(rows: unknown[][], header: unknown[] = HEADER): Apprentice[] {
  const result = readCohort({ roster: [header, ...rows] }, dayOf);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.value.apprentices;
}

function errorsOf(rows: unknown[][]): Problem[] {
  const result = readCohort({ roster: [HEADER, ...rows] }, dayOf);
  return result.ok ? [] : result.errors;
}

describe('Alternants tab', () => {
  it('reads an ID typed as a number as text', () => {
    expect(apprenticesOf([row({ ID: 12 })])[0].id).toBe('12');
  });

  it('trims texts and lower-cases emails', () => {
    const [apprentice] = apprenticesOf([row({ Nom: '  Martin ', Email: ' Lea.Martin@Exemple.FR ', Entreprise: ' Dupont ' })]);
    expect(apprentice).toMatchObject({ lastName: 'Martin', email: 'lea.martin@exemple.fr', company: 'Dupont' });
  });

  it('refuses an invalid email, naming the tab, the row and the column', () => {
    const errors = errorsOf([row({ ID: 'A1' }), row({ ID: 'A2' }), row({ ID: 'A3' }), row({ ID: 'A4', Email: 'jean@' })]);
    expect(errors).toEqual([
      {
        tab: 'Alternants',
        row: 5,
        column: 'Email',
        message: "Onglet « Alternants », ligne 5, colonne « Email » : « jean@ » n'est pas une adresse email valide.",
      },
    ]);
  });

  it('requires the apprentice and trainer emails; a blank tutor email is only a warning (often unknown at first)', () => {
    const errors = errorsOf([row({ Email: '', 'Tuteur email': '', 'Formateur email': 'durand' })]);
    expect(errors.map((e) => e.column)).toEqual(['Email', 'Formateur email']);
  });

  it('refuses a duplicate ID naming both rows, even when one was typed as a number', () => {
    const errors = errorsOf([row({ ID: 12 }), row({ ID: 'B7' }), row({ ID: ' 12 ' })]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ row: 4, column: 'ID' });
    expect(errors[0].message).toContain("ligne 4, colonne « ID » : l'ID « 12 » est déjà utilisé ligne 2");
  });

  it('refuses a blank ID or name', () => {
    const errors = errorsOf([row({ ID: '' }), row({ ID: 'A2', Prénom: ' ' })]);
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'ID'],
      [3, 'Prénom'],
    ]);
  });

  it('checks each address of « Autres formateurs » and keeps the good ones', () => {
    expect(apprenticesOf([row({ 'Autres formateurs': 'B.Petit@cfa.fr ; c.roux@cfa.fr' })])[0].otherTrainers).toEqual([
      'b.petit@cfa.fr',
      'c.roux@cfa.fr',
    ]);
    const [error] = errorsOf([row({ 'Autres formateurs': 'b.petit@cfa.fr;c.roux@' })]);
    expect(error.message).toContain("« c.roux@ » n'est pas une adresse email valide");
  });

  it('reads the status whatever its case or accents, blank meaning « en formation »', () => {
    const statuses = apprenticesOf([
      row({ ID: 1, Statut: 'Sorti' }),
      row({ ID: 2, Statut: ' SUSPENDU ' }),
      row({ ID: 3, Statut: 'En Formation' }),
      row({ ID: 4 }),
    ]).map((a) => a.status);
    expect(statuses).toEqual(['sorti', 'suspendu', 'en formation', 'en formation']);
    expect(errorsOf([row({ Statut: 'parti' })])[0].message).toContain("« parti » n'est pas un statut connu");
  });

  it('skips fully blank rows and still reports real sheet rows', () => {
    const errors = errorsOf([row({ ID: 'A1' }), ['', ' ', null], row({ ID: 'A3', Email: 'x' })]);
    expect(errors.map((e) => e.row)).toEqual([4]);
  });

  it('finds columns in any order, with stray spaces and extra columns', () => {
    const header = [' email', 'Remarque', 'PRENOM', 'nom ', 'Id', 'formateur EMAIL', 'Tuteur Email'];
    const [apprentice] = apprenticesOf([['lea@x.fr', 'rien', 'Léa', 'Martin', 7, 'f@x.fr', 't@x.fr']], header);
    expect(apprentice).toMatchObject({ id: '7', firstName: 'Léa', email: 'lea@x.fr', trainerEmail: 'f@x.fr', phone: '' });
  });

  it('refuses a missing Alternants tab or a missing required column', () => {
    const missing = readCohort({ roster: null }, dayOf);
    expect(!missing.ok && missing.errors[0].message).toContain("L'onglet « Alternants » est introuvable");
    const noEmail = readCohort({ roster: [HEADER.filter((h) => h !== 'Tuteur email')] }, dayOf);
    expect(!noEmail.ok && noEmail.errors[0]).toMatchObject({ tab: 'Alternants', column: 'Tuteur email' });
  });
});
