import { defaultSettings, readCohort } from '../../src/domain/config';
import type { Problem, Settings } from '../../src/domain/types';
import { DEFAULT_CATEGORIES } from '../../src/domain/workbook';

const dayOf = (d: Date) => d.toISOString().slice(0, 10);
const REQUIRED: unknown[][] = [
  ['Formation', 'CAP Cuisine'],
  ['Niveau', 'CAP'],
  ['Centre de formation', 'CFA de Lyon'],
];

function settingsOf(rows: unknown[][], header: unknown[] = ['Paramètre', 'Valeur']): Settings {
  const result = readCohort({ settings: [header, ...rows] }, dayOf);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.value.settings;
}

function errorsOf(rows: unknown[][]): Problem[] {
  const result = readCohort({ settings: [['Paramètre', 'Valeur'], ...rows] }, dayOf);
  return result.ok ? [] : result.errors;
}

describe('Formation tab', () => {
  it('gives the defaults of the method when optional values are blank or absent', () => {
    const settings = settingsOf([...REQUIRED, ["Horizon d'imminence (jours)", ''], ['Catégories', '  ']]);
    expect(settings).toEqual({ ...defaultSettings(), programme: 'CAP Cuisine', level: 'CAP', centre: 'CFA de Lyon' });
    expect(settings.horizonDays).toBe(21);
    expect(settings.categories).toEqual(DEFAULT_CATEGORIES);
  });

  it('finds columns and parameters in any order, whatever their case, accents, apostrophe or stray spaces', () => {
    const settings = settingsOf(
      [
        [14, 'court', '  HORIZON D’IMMINENCE (JOURS) '],
        [' CFA de Lyon ', '', 'centre de formation'],
        ['CAP', '', 'niveau'],
        ['CAP Cuisine', '', 'FORMATION'],
        ['ignoré', '', 'Paramètre inconnu'],
      ],
      [' VALEUR ', 'Commentaire', 'parametre'],
    );
    expect(settings.horizonDays).toBe(14);
    expect(settings.centre).toBe('CFA de Lyon');
    expect(settings.programme).toBe('CAP Cuisine');
  });

  it('reads numbers typed as text with spaces or a decimal comma', () => {
    const settings = settingsOf([
      ...REQUIRED,
      ["Horizon d'imminence (jours)", ' 21 '],
      ['Seuil du label', '4,0'],
      ['Marge du label (%)', '12,5'],
    ]);
    expect([settings.horizonDays, settings.labelThreshold, settings.labelMarginPercent]).toEqual([21, 4, 12.5]);
  });

  it('refuses a non-numeric horizon, naming the tab, the row and the column', () => {
    const [error] = errorsOf([...REQUIRED, ["Horizon d'imminence (jours)", 'trois semaines']]);
    expect(error).toMatchObject({ tab: 'Formation', row: 5, column: 'Valeur' });
    expect(error.message).toMatch(/^Onglet « Formation », ligne 5, colonne « Valeur » : « trois semaines » n'est pas/);
  });

  it('refuses a zero or negative horizon and a label margin outside 0–100', () => {
    const errors = errorsOf([...REQUIRED, ["Horizon d'imminence (jours)", 0], ['Marge du label (%)', 150]]);
    expect(errors.map((e) => e.row)).toEqual([5, 6]);
    expect(errors[1].message).toContain('entre 0 et 100');
  });

  it('reports a missing required setting, and a blank one at its row', () => {
    const errors = errorsOf([['Formation', 'CAP Cuisine'], ['Centre de formation', '']]);
    expect(errors).toHaveLength(2);
    expect(errors[0].row).toBeUndefined();
    expect(errors[0].message).toContain('le paramètre « Niveau » est obligatoire');
    expect(errors[1]).toMatchObject({ tab: 'Formation', row: 3, column: 'Valeur' });
    expect(errors[1].message).toContain('« Centre de formation » est obligatoire');
  });

  it('splits categories on « ; », the first one being the default', () => {
    const settings = settingsOf([...REQUIRED, ['Catégories', ' Mobilité ; Sport;;Théâtre ']]);
    expect(settings.categories).toEqual(['Mobilité', 'Sport', 'Théâtre']);
  });

  it('reads oui/non whatever the case or accents, and the TRUE/FALSE of a checkbox', () => {
    expect(settingsOf([...REQUIRED, ['Pseudonymiser les exports', ' NON ']]).pseudonymise).toBe(false);
    expect(settingsOf([...REQUIRED, ['Pseudonymiser les exports', false]]).pseudonymise).toBe(false);
    expect(settingsOf([...REQUIRED, ['Pseudonymiser les exports', 'Oui']]).pseudonymise).toBe(true);
    expect(errorsOf([...REQUIRED, ['Pseudonymiser les exports', 'peut-être']])[0].message).toContain(
      "« peut-être » n'est ni « oui » ni « non »",
    );
  });

  it('accepts a known export frequency in any case and refuses an unknown one', () => {
    expect(settingsOf([...REQUIRED, ['Fréquence des exports', 'Mensuelle']]).exportFrequency).toBe('mensuelle');
    const [error] = errorsOf([...REQUIRED, ['Fréquence des exports', 'quotidienne']]);
    expect(error.message).toContain("« quotidienne » n'est pas une fréquence connue");
  });

  it('lower-cases partner emails and reports each bad one', () => {
    const rows = [...REQUIRED, ['Emails partenaires', 'Suivi@Region.fr ; contact@opco']];
    expect(errorsOf(rows).map((e) => e.message)).toEqual([
      expect.stringContaining("« contact@opco » n'est pas une adresse email valide"),
    ]);
    const ok = settingsOf([...REQUIRED, ['Emails partenaires', 'Suivi@Region.fr;contact@opco.fr']]);
    expect(ok.partnerEmails).toEqual(['suivi@region.fr', 'contact@opco.fr']);
  });

  it('keeps only the id of a Drive folder pasted as a link', () => {
    const link = 'https://drive.google.com/drive/folders/1AbC-d_9?usp=sharing';
    expect(settingsOf([...REQUIRED, ['Dossier Drive', link]]).driveFolderId).toBe('1AbC-d_9');
  });

  it('refuses a workbook without the Formation tab', () => {
    const result = readCohort({ settings: null }, dayOf);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0].message).toContain("L'onglet « Formation » est introuvable");
  });
});
