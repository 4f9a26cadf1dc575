/**
 * A small French cohort for the reporting tests (synoptic, impact, exports, hourly job), driven through the BUILT
 * bundle: « Configurer le classeur », the tabs filled by hand, « Générer les grilles », then needs and evaluations
 * recorded from the sidebar at chosen emulated dates.
 */
import { isSpreadsheetDataCall } from '../../emulator/core/context';
import { loadAddon, type LoadedAddon } from '../../emulator/load-bundle';
import { fillWorkbook, type CohortRows } from '../../fixtures/cohort';

/** 09:00 in Paris (CET, UTC+1, in November). */
export const at = (day: string, time = '08:00:00') => new Date(`${day}T${time}Z`);

export const ROSTER = {
  lea: ['A1', 'Martin', 'Léa', 'lea.martin@eleve.test', '06 11 22 33 44', 'Boulangerie Dupain', 'Roux', 'Paul', 'paul.roux@dupain.test', 'Durand', 'Anne', 'anne.durand@cfa.test', '', 'en formation'],
  hugo: ['A2', 'Petit', 'Hugo', 'hugo.petit@eleve.test', '06 55 66 77 88', 'Garage Électra', 'Faure', 'Nina', 'nina.faure@electra.test', 'Durand', 'Anne', 'anne.durand@cfa.test', '', 'en formation'],
  ines: ['A3', 'Benali', 'Inès', 'ines.benali@eleve.test', '07 12 12 12 12', 'Hôtel Bellevue', 'Caron', 'Marc', 'marc.caron@bellevue.test', 'Durand', 'Anne', 'anne.durand@cfa.test', '', 'en formation'],
  yanis: ['A4', 'Diallo', 'Yanis', 'yanis.diallo@eleve.test', '07 98 76 54 32', 'Atelier Sérénité', 'Lopez', 'Jade', 'jade.lopez@serenite.test', 'Durand', 'Anne', 'anne.durand@cfa.test', '', 'en formation'],
};

export function smallCohort(settings: Record<string, unknown> = {}, indicators: unknown[][] = []): CohortRows {
  return {
    settings: { Formation: 'CAP Cuisine', Niveau: 'CAP', 'Centre de formation': 'CFA des Métiers', ...settings },
    periods: [],
    referential: [
      ['G1', 'Cuisine', 'G1.1', 'Préparer les entrées', 'Sport', 'Froide;Chaude', 'Hygiène;Temps'],
      ['G1', 'Cuisine', 'G1.2', 'Cuire les viandes', '', '', ''],
      ['G2', 'Salle', 'G2.1', 'Servir en salle', 'Mobilité', '', ''],
      ['G2', 'Salle', 'G2.2', 'Encaisser', 'Théâtre', '', ''],
    ],
    subjects: [],
    roster: Object.values(ROSTER),
    indicators,
  };
}

export interface Cohort extends LoadedAddon {
  need(id: string, activity: string, identifiedOn: string, dueOn: string, precision: string, extra?: Record<string, unknown>): any;
  evaluation(id: string, activity: string, code: 'A' | 'EC' | 'R', evaluatedOn: string, extra?: Record<string, unknown>): any;
  values(tab: string): unknown[][];
  setCell(tab: string, row: number, header: string, value: unknown): void;
}

/** Setup, fill, generate: a ready workbook whose clock stands at `today`. */
export function openCohort(rows: CohortRows = smallCohort(), today = '2026-10-19'): Cohort {
  const loaded = loadAddon({ now: at(today), latency: false });
  const { emulator, run } = loaded;
  expect(run('setupWorkbook').ok).toBe(true);
  fillWorkbook(emulator, rows);
  const generated = run('generateGrids');
  expect(generated.ok).toBe(true);
  emulator.calls.reset();
  const record = (name: string, payload: Record<string, unknown>, day: string) => {
    emulator.clock.set(at(day));
    const result = run(name, payload, 'sidebar');
    expect(result).toMatchObject({ ok: true });
    return result;
  };
  return {
    ...loaded,
    need: (apprenticeId, activityCode, identifiedOn, dueOn, precision, extra = {}) =>
      record('recordNeed', { apprenticeId, activityCode, actor: 'Entreprise', identifiedOn, dueOn, precision, ...extra }, identifiedOn),
    evaluation: (apprenticeId, activityCode, code, evaluatedOn, extra = {}) =>
      record('recordEvaluation', { apprenticeId, activityCode, actor: 'Formateur', code, evaluatedOn, ...extra }, evaluatedOn),
    values: (tab) => emulator.spreadsheet.peek(tab)!.values as unknown[][],
    setCell(tab, row, header, value) {
      const sheet = emulator.spreadsheet.getSheetByName(tab)!;
      const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].map(String);
      const column = headers.indexOf(header) + 1;
      if (column === 0) throw new Error(`no column ${header} in ${tab}`);
      sheet.getRange(row, column).setValue(value);
      emulator.calls.reset();
    },
  };
}

/** The row (1-based, as in the sheet) of a tab whose column `header` holds `value`. */
export function rowWhere(values: unknown[][], header: string, value: unknown): number {
  const column = values[0].map(String).indexOf(header);
  return values.findIndex((row, i) => i > 0 && row[column] === value) + 1;
}

export function spreadsheetDataCalls(cohort: LoadedAddon): string[] {
  return cohort.emulator.calls.records.filter(isSpreadsheetDataCall).map((r) => r.method);
}

const PARTNERS = 'financeur@region.test; opco@branche.test';

/** Three needs whose precisions test the CSV: `;`, quotes, a line break, personal data, formula-like starts. */
export function exportCohort(settings: Record<string, unknown> = {}): Cohort {
  const c = openCohort(smallCohort({ 'Emails partenaires': PARTNERS, ...settings }), '2026-10-01');
  c.need('A1', 'G1.1', '2026-10-01', '2026-10-10', 'Buffet froid chez Boulangerie Dupain ; voir Paul Roux au 06 11 22 33 44.\nPrévoir 80 "couverts".');
  c.need('A2', 'G2.2', '2026-10-02', '2026-10-12', '=SOMME(A1:A3) à encaisser');
  c.need('A3', 'G1.2', '2026-10-03', '2026-10-13', '-5 % sur la commande, +2 plats, @chef');
  c.emulator.mail.outbox.length = 0;
  c.emulator.clock.set(at('2026-10-14'));
  return c;
}


/** The CSV files the add-on saved in Drive. */
export const csvFiles = (c: Cohort): { name: string; content?: string; parents: string[] }[] =>
  Object.values(c.emulator.drive.state.files as Record<string, any>).filter((f) => f.name.endsWith('.csv'));

/** Runs `work` while every MailApp.sendEmail fails as during a Gmail outage, then restores it. */
export function duringMailOutage<T>(c: LoadedAddon, work: () => T): T {
  const mailApp = c.emulator.globals.MailApp as { sendEmail: (...args: unknown[]) => void };
  const real = mailApp.sendEmail;
  mailApp.sendEmail = () => {
    throw new Error('Service unavailable: Gmail');
  };
  try {
    return work();
  } finally {
    mailApp.sendEmail = real;
  }
}
