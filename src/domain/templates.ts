/**
 * What « Configurer le classeur » creates, as data: tabs, headers, notes, widths and validation. Examples live in the
 * notes, never in rows: a forgotten sample apprentice would become a real one and receive emails.
 */
import { TEMPLATE_NOTES, YES_NO } from './messages/config';
import { EXPORT_FREQUENCIES, STATUSES } from './types';
import {
  DEFAULT_CATEGORIES,
  EXPORT_LOG_HEADERS,
  INDICATOR_HEADERS,
  JOURNAL_HEADERS,
  PERIOD_HEADERS,
  REFERENTIAL_HEADERS,
  ROSTER_HEADERS,
  SETTINGS_HEADERS,
  SETTING_KEYS,
  SUBJECT_HEADERS,
  TABS,
} from './workbook';

export type Validation =
  | { kind: 'list'; values: string[] }
  | { kind: 'date' }
  | { kind: 'checkbox' }
  | { kind: 'email' }
  | { kind: 'number'; min?: number; max?: number };

export interface ColumnTemplate {
  header: string;
  note: string; // French: what to type, an example
  width?: number; // pixels
  validation?: Validation; // on the data rows of the column
}

/** A note or validation on one cell of the initial rows (the `Formation` values differ row by row). */
export interface CellTemplate {
  row: number; // index in `rows`
  column: number; // index in `columns`
  note?: string;
  validation?: Validation;
}

export interface TabTemplate {
  name: string;
  columns: ColumnTemplate[];
  rows?: unknown[][]; // initial rows, e.g. the Formation keys with defaults
  cells?: CellTemplate[];
  frozenRows: number;
}

const WIDTH = { code: 100, short: 140, date: 110, text: 220, long: 360, email: 240 };
const YES_NO_LIST: Validation = { kind: 'list', values: [...YES_NO] };

function columns(
  headers: readonly string[],
  notes: Record<string, string>,
  layout: Record<string, Partial<ColumnTemplate>> = {},
): ColumnTemplate[] {
  return headers.map((header) => ({ header, note: notes[header] ?? '', width: WIDTH.short, ...layout[header] }));
}

function settingsTab(): TabTemplate {
  const rowsBySetting: [string, unknown, Validation?][] = [
    [SETTING_KEYS.programme, ''],
    [SETTING_KEYS.level, ''],
    [SETTING_KEYS.centre, ''],
    [SETTING_KEYS.horizonDays, 21, { kind: 'number', min: 1 }],
    [SETTING_KEYS.categories, DEFAULT_CATEGORIES.join(';')],
    [SETTING_KEYS.labelThreshold, 3, { kind: 'number', min: 1 }],
    [SETTING_KEYS.labelMarginPercent, 10, { kind: 'number', min: 0, max: 100 }],
    [SETTING_KEYS.partnerEmails, ''],
    [SETTING_KEYS.exportFrequency, 'aucune', { kind: 'list', values: [...EXPORT_FREQUENCIES] }],
    [SETTING_KEYS.pseudonymise, 'oui', YES_NO_LIST],
    [SETTING_KEYS.driveFolder, ''],
  ];
  return {
    name: TABS.settings,
    columns: columns(SETTINGS_HEADERS, TEMPLATE_NOTES.settingsColumns, {
      [SETTINGS_HEADERS[0]]: { width: WIDTH.text },
      [SETTINGS_HEADERS[1]]: { width: WIDTH.long },
    }),
    rows: rowsBySetting.map(([key, value]) => [key, value]),
    cells: rowsBySetting.flatMap(([key, , validation], row) => [
      { row, column: 0, note: TEMPLATE_NOTES.settings[key] },
      ...(validation ? [{ row, column: 1, validation }] : []),
    ]),
    frozenRows: 1,
  };
}

/** `categories`: the list offered in the `Catégorie` column of the referential. */
export function configurationTemplates(categories: readonly string[] = DEFAULT_CATEGORIES): TabTemplate[] {
  const date = { width: WIDTH.date, validation: { kind: 'date' } } as const;
  const email = { width: WIDTH.email, validation: { kind: 'email' } } as const;
  const yesNo = { validation: YES_NO_LIST };
  const satisfaction = { validation: { kind: 'number', min: 1, max: 5 } } as const;
  const byAddOn = { width: WIDTH.text };
  return [
    settingsTab(),
    {
      name: TABS.periods,
      columns: columns(PERIOD_HEADERS, TEMPLATE_NOTES.periods, {
        Période: { width: WIDTH.text },
        Début: date,
        Fin: date,
      }),
      frozenRows: 1,
    },
    {
      name: TABS.referential,
      columns: columns(REFERENTIAL_HEADERS, TEMPLATE_NOTES.referential, {
        'Code groupe': { width: WIDTH.code },
        Groupe: { width: WIDTH.text },
        'Code activité': { width: WIDTH.code },
        Activité: { width: WIDTH.long },
        Catégorie: { width: WIDTH.text, validation: { kind: 'list', values: [...categories] } },
        QCM: { width: WIDTH.long },
        "Critères d'évaluation": { width: WIDTH.long },
        Ressources: byAddOn,
      }),
      frozenRows: 1,
    },
    {
      name: TABS.subjects,
      columns: columns(SUBJECT_HEADERS, TEMPLATE_NOTES.subjects, {
        Matière: { width: WIDTH.text },
        Objectif: { width: WIDTH.long },
        'Activités liées': { width: WIDTH.text },
      }),
      frozenRows: 1,
    },
    {
      name: TABS.roster,
      columns: columns(ROSTER_HEADERS, TEMPLATE_NOTES.roster, {
        ID: { width: WIDTH.code },
        Email: email,
        Entreprise: { width: WIDTH.text },
        'Tuteur email': email,
        'Formateur email': email,
        'Autres formateurs': { width: WIDTH.email },
        Statut: { validation: { kind: 'list', values: [...STATUSES] } },
        Onglet: byAddOn,
        Dépôt: byAddOn,
      }),
      frozenRows: 1,
    },
    {
      name: TABS.indicators,
      columns: columns(INDICATOR_HEADERS, TEMPLATE_NOTES.indicators, {
        ID: { width: WIDTH.code },
        Rupture: yesNo,
        'Date de rupture': date,
        'Contrat obtenu': yesNo,
        'Réussite examen': yesNo,
        'Absentéisme (%)': { validation: { kind: 'number', min: 0, max: 100 } },
        'Insertion à 6 mois': yesNo,
        'Satisfaction alternant': satisfaction,
        'Satisfaction entreprise': satisfaction,
      }),
      frozenRows: 1,
    },
    {
      name: TABS.journal,
      columns: columns(JOURNAL_HEADERS, TEMPLATE_NOTES.journal, {
        Horodatage: { width: WIDTH.text },
        Événement: { width: WIDTH.text },
        Précision: { width: WIDTH.long },
        Commentaire: { width: WIDTH.long },
        'Saisi par': { width: WIDTH.email },
        'Critères remplis': { width: WIDTH.long },
      }),
      frozenRows: 1,
    },
    {
      name: TABS.exports,
      columns: columns(EXPORT_LOG_HEADERS, TEMPLATE_NOTES.exports, {
        Destinataires: { width: WIDTH.email },
        Fichier: { width: WIDTH.long },
      }),
      frozenRows: 1,
    },
  ];
}
