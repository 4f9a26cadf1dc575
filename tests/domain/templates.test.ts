import { defaultSettings, readCohort } from '../../src/domain/config';
import { configurationTemplates, type TabTemplate } from '../../src/domain/templates';
import { STATUSES } from '../../src/domain/types';
import * as workbook from '../../src/domain/workbook';

const dayOf = (d: Date) => d.toISOString().slice(0, 10);
const templates = configurationTemplates();
const tab = (name: string): TabTemplate => templates.find((t) => t.name === name)!;
const column = (tabName: string, header: string) => tab(tabName).columns.find((c) => c.header === header)!;

describe('tabs created by « Configurer le classeur »', () => {
  it('come in the order of the method, headers frozen', () => {
    expect(templates.map((t) => t.name)).toEqual(['Formation', 'Périodes', 'Référentiel', 'Matières', 'Alternants', 'Indicateurs', 'Journal', 'Exports']);
    expect(templates.every((t) => t.frozenRows === 1)).toBe(true);
  });

  it('carry exactly the headers of the workbook format', () => {
    const headers = Object.fromEntries(templates.map((t) => [t.name, t.columns.map((c) => c.header)]));
    expect(headers).toEqual({
      Formation: [...workbook.SETTINGS_HEADERS],
      Périodes: [...workbook.PERIOD_HEADERS],
      Référentiel: [...workbook.REFERENTIAL_HEADERS],
      Matières: [...workbook.SUBJECT_HEADERS],
      Alternants: [...workbook.ROSTER_HEADERS],
      Indicateurs: [...workbook.INDICATOR_HEADERS],
      Journal: [...workbook.JOURNAL_HEADERS],
      Exports: [...workbook.EXPORT_LOG_HEADERS],
    });
  });

  it('explain every column in a French note', () => {
    const unexplained = templates.flatMap((t) => t.columns.filter((c) => c.note.trim().length < 10).map((c) => `${t.name} ${c.header}`));
    expect(unexplained).toEqual([]);
  });

  it('never hold an example row that could become a real apprentice, activity or period', () => {
    const withRows = templates.filter((t) => (t.rows ?? []).length > 0).map((t) => t.name);
    expect(withRows).toEqual(['Formation']);
  });

  it('put the examples in the notes instead', () => {
    expect(column('Alternants', 'Email').note).toMatch(/Exemple : \S+@\S+/);
    expect(column('Référentiel', 'Code activité').note).toContain('Exemple');
  });

  it('offer the statuses, the categories and oui/non as lists, and check emails and dates', () => {
    expect(column('Alternants', 'Statut').validation).toEqual({ kind: 'list', values: [...STATUSES] });
    expect(column('Alternants', 'Tuteur email').validation).toEqual({ kind: 'email' });
    expect(column('Périodes', 'Début').validation).toEqual({ kind: 'date' });
    expect(column('Indicateurs', 'Rupture').validation).toEqual({ kind: 'list', values: ['oui', 'non'] });
    expect(column('Indicateurs', 'Satisfaction entreprise').validation).toEqual({ kind: 'number', min: 1, max: 5 });
    const custom = configurationTemplates(['Mobilité', 'Sport']).find((t) => t.name === 'Référentiel')!;
    expect(custom.columns.find((c) => c.header === 'Catégorie')!.validation).toEqual({ kind: 'list', values: ['Mobilité', 'Sport'] });
  });
});

describe('the Formation tab as created', () => {
  const formation = tab('Formation');

  it('lists every parameter once, with a note on each', () => {
    const keys = formation.rows!.map((row) => row[0]);
    expect(keys).toEqual(Object.values(workbook.SETTING_KEYS));
    keys.forEach((_, row) => expect(formation.cells!.find((c) => c.row === row && c.column === 0)?.note).toBeTruthy());
  });

  it('leaves the required parameters blank, so the check asks for them', () => {
    const result = readCohort({ settings: [[...workbook.SETTINGS_HEADERS], ...formation.rows!] }, dayOf);
    expect(!result.ok && result.errors.map((e) => [e.row, e.column])).toEqual([[2, 'Valeur'], [3, 'Valeur'], [4, 'Valeur']]);
  });

  it('holds the defaults of the method, read back as such once the required ones are filled', () => {
    const rows = formation.rows!.map((row, i) => (i < 3 ? [row[0], 'rempli'] : row));
    const result = readCohort({ settings: [[...workbook.SETTINGS_HEADERS], ...rows] }, dayOf);
    expect(result.ok && result.value.settings).toEqual({ ...defaultSettings(), programme: 'rempli', level: 'rempli', centre: 'rempli' });
  });

  it('offers the export frequencies and oui/non as lists on their value cells', () => {
    const validationOf = (key: string) => {
      const row = formation.rows!.findIndex((r) => r[0] === key);
      return formation.cells!.find((c) => c.row === row && c.column === 1)?.validation;
    };
    expect(validationOf('Fréquence des exports')).toEqual({ kind: 'list', values: ['aucune', 'hebdomadaire', 'mensuelle'] });
    expect(validationOf('Pseudonymiser les exports')).toEqual({ kind: 'list', values: ['oui', 'non'] });
  });
});
