/**
 * Lays out a configuration tab from its template: headers with their explanatory notes, validations and formats on
 * the data rows, frozen header. A fixed number of calls per tab plus one per column width.
 */
import type { ColumnTemplate, TabTemplate } from '../domain/templates';
import { HEADER_COLOUR, HEADER_TEXT_COLOUR } from '../domain/codes';
import { cosmetic } from './cosmetic';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Columns kept as typed text: an ID `007`, a code `1.10`, a phone `+33…`, a precision starting with `=`. */
const TEXT_HEADERS = new Set(['ID', 'Code groupe', 'Code activité', 'Téléphone', 'Événement', 'Précision', 'Commentaire', 'Activités liées', 'Saisi par', 'Paramètre', 'Critères remplis', 'QCM', "Critères d'évaluation", 'Valeur']);

function validationOf(column: ColumnTemplate): GoogleAppsScript.Spreadsheet.DataValidation | null {
  const v = column.validation;
  if (!v) return null;
  const builder = SpreadsheetApp.newDataValidation().setAllowInvalid(false);
  switch (v.kind) {
    case 'list':
      return builder.requireValueInList(v.values, true).build();
    case 'date':
      return builder.requireDate().setHelpText('Une date, par exemple 23/11/2026.').build();
    case 'checkbox':
      return SpreadsheetApp.newDataValidation().requireCheckbox().build();
    case 'email':
      return builder.requireTextIsEmail().setAllowInvalid(true).setHelpText('Une adresse email, par exemple prenom.nom@exemple.fr.').build();
    case 'number':
      return builder.requireNumberBetween(v.min ?? -1e9, v.max ?? 1e9).build();
  }
}

export function writeTemplate(sheet: Sheet, template: TabTemplate): void {
  const width = template.columns.length;
  const dataRows = Math.max(1, sheet.getMaxRows() - 1);
  if (sheet.getMaxColumns() < width) sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());

  const data = sheet.getRange(2, 1, dataRows, width);
  // The Journal is written by the add-on alone, which keeps texts as typed with a leading apostrophe; in a plain-text
  // cell Sheets would keep that apostrophe as part of the value, so the Journal's columns stay 'General'.
  const plainText = (header: string) => TEXT_HEADERS.has(header) && template.name !== 'Journal';
  cosmetic('formats', () => data.setNumberFormats(Array.from({ length: dataRows }, () => template.columns.map((c) => (c.validation?.kind === 'date' ? 'dd/mm/yyyy' : plainText(c.header) ? '@' : 'General')))));
  cosmetic('validations', () => {
    const validations = template.columns.map(validationOf);
    if (validations.some(Boolean)) data.setDataValidations(Array.from({ length: dataRows }, () => validations));
  });

  const header = sheet.getRange(1, 1, 1, width);
  header.setValues([template.columns.map((c) => c.header)]);
  cosmetic('notes', () => header.setNotes([template.columns.map((c) => c.note)]));
  cosmetic('header colours', () => header.setBackground(HEADER_COLOUR).setFontColor(HEADER_TEXT_COLOUR).setFontWeight('bold'));
  cosmetic('frozen rows', () => sheet.setFrozenRows(template.frozenRows));
  cosmetic('column widths', () => template.columns.forEach((c, i) => c.width && sheet.setColumnWidth(i + 1, c.width)));
  cosmetic('protection', () => header.protect().setDescription(`OLAP — en-têtes de « ${template.name} »`).setWarningOnly(true));

  if (template.rows?.length) {
    const rows = template.rows.map((r) => [...r, ...Array(Math.max(0, width - r.length)).fill('')].slice(0, width));
    const block = sheet.getRange(2, 1, rows.length, width);
    block.setValues(rows);
    // Row-by-row notes and validations (the Formation settings differ row by row), one matrix each.
    const cells = template.cells ?? [];
    if (cells.some((c) => c.note)) {
      const notes = rows.map(() => Array<string>(width).fill(''));
      cells.forEach((c) => c.note && (notes[c.row][c.column] = c.note));
      cosmetic('notes', () => block.setNotes(notes));
    }
    if (cells.some((c) => c.validation)) {
      cosmetic('validations', () => {
        const rules = rows.map((_, r) => template.columns.map((col, c) => validationOf({ ...col, validation: cells.find((x) => x.row === r && x.column === c && x.validation)?.validation })));
        block.setDataValidations(rules);
      });
    }
  }
}
