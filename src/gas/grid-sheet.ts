/**
 * Writes one individual grid. The number of calls does not depend on the number of activities (one write per
 * attribute over the whole table), except row grouping: Sheets has no batch call for it, so it costs one call per
 * activity group.
 */
import type { GridLayout } from '../domain/grid';
import { ACTOR_COLUMN, GRID_COLUMN, GRID_FIRST_ROW, GRID_HEADER_ROW, RECORDED_SPAN, recordedColumns } from '../domain/grid';
import { CODE_COLOURS, GROUP_COLOUR, HEADER_COLOUR, HEADER_TEXT_COLOUR } from '../domain/codes';
import { CODES } from '../domain/types';
import { richLink } from './rich-text';
import { cosmetic } from './cosmetic';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Validation = GoogleAppsScript.Spreadsheet.DataValidation;

const DATE_FORMAT = 'dd/mm/yyyy';

const link = (text: string, url: string) => richLink({ text, url });

export function writeGrid(sheet: Sheet, layout: GridLayout): void {
  const width = layout.width;
  const rows = layout.rows.length;
  const lastRow = GRID_FIRST_ROW + rows - 1;
  const totalRows = lastRow;

  if (sheet.getMaxRows() < totalRows) sheet.insertRowsAfter(sheet.getMaxRows(), totalRows - sheet.getMaxRows() + 5);
  if (sheet.getMaxColumns() < width) sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());

  // Formats first, so that Sheets stores codes like `1.10` and precisions like `=2 pièces` as typed text.
  const all = sheet.getRange(1, 1, totalRows, width);
  const matrix = <T>(cell: (r: number, c: number) => T) => Array.from({ length: totalRows }, (_, r) => Array.from({ length: width }, (_, c) => cell(r, c)));
  const dateColumns = new Set([GRID_COLUMN['Identifié le'], GRID_COLUMN['Échéance'], GRID_COLUMN['Évalué le']]);
  const textColumns = new Set([GRID_COLUMN.Code, GRID_COLUMN['Précision du besoin'], GRID_COLUMN['Matières']]);
  cosmetic('grid formats', () => all.setNumberFormats(matrix((r, c) => (r < GRID_HEADER_ROW ? '@' : dateColumns.has(c + 1) ? DATE_FORMAT : textColumns.has(c + 1) ? '@' : 'General'))));

  // Values: header block, table headers and rows in one write.
  all.setValues([...layout.header, layout.columns, ...layout.rows.map((r) => r.values)]);

  // Looks of the whole block, one matrix per attribute.
  const background = (r: number): string | null => {
    if (r < GRID_HEADER_ROW - 1) return r === 0 ? '#ffffff' : '#f3f6fa';
    if (r === GRID_HEADER_ROW - 1) return HEADER_COLOUR;
    return layout.rows[r - GRID_HEADER_ROW].kind === 'group' ? GROUP_COLOUR : null;
  };
  const isBold = (r: number) => r === 0 || r === GRID_HEADER_ROW - 1 || (r >= GRID_HEADER_ROW && layout.rows[r - GRID_HEADER_ROW].kind === 'group');
  cosmetic('grid colours', () => {
    all.setBackgrounds(matrix((r) => background(r)));
    all.setFontWeights(matrix((r, c) => (isBold(r) || (r < GRID_HEADER_ROW - 1 && (c === 0 || c === 4)) ? 'bold' : 'normal')));
    all.setFontColors(matrix((r) => (r === GRID_HEADER_ROW - 1 ? HEADER_TEXT_COLOUR : '#000000')));
  });

  if (rows === 0) return;
  const table = sheet.getRange(GRID_FIRST_ROW, 1, rows, width);

  // Dropdowns for the actor codes, checkboxes for AR, AS and the periods; nothing on group rows.
  cosmetic('grid validations', () => writeValidations(table, layout, width));

  // Links on the texts already written: the activity to its resource folder; Dépôt and QCM to the deposit folder and
  // the questionnaire.
  cosmetic('grid links', () => writeLinks(sheet, layout, rows));

  // A colour per code in the actor columns, as rules: recording a code then needs no formatting call.
  cosmetic('grid code colours', () => {
    const actorRange = sheet.getRange(GRID_FIRST_ROW, ACTOR_COLUMN.Entreprise, rows, 3);
    sheet.setConditionalFormatRules(
      CODES.map((code) => SpreadsheetApp.newConditionalFormatRule().whenTextEqualTo(code).setBackground(CODE_COLOURS[code]).setRanges([actorRange]).build()),
    );
  });

  cosmetic('grid frozen rows', () => sheet.setFrozenRows(GRID_HEADER_ROW));
  cosmetic('grid column widths', () => {
    sheet.setColumnWidths(1, 1, 110); // also holds the header block's labels (« Entreprise : »…)
    sheet.setColumnWidths(GRID_COLUMN['Activité'], 1, 280);
    sheet.setColumnWidths(GRID_COLUMN['Précision du besoin'], 1, 280);
    sheet.setColumnWidths(GRID_COLUMN['Matières'], 1, 220);
  });

  // Headers are the add-on's: a warning protects them without locking out the CFA staff.
  cosmetic('grid protection', () => {
    const protection = sheet.getRange(1, 1, GRID_HEADER_ROW, width).protect();
    protection.setDescription('OLAP — en-têtes du tableau individuel').setWarningOnly(true);
  });

  // One collapsible row group per activity group, its −/+ control on the group's own row (above its activities).
  cosmetic('grid group control', () => sheet.setRowGroupControlPosition(SpreadsheetApp.GroupControlTogglePosition.BEFORE));
  cosmetic('grid row groups', () => {
    let row = GRID_FIRST_ROW;
    for (const group of groupsOf(layout)) {
      if (group.size > 0) sheet.getRange(row + 1, 1, group.size, 1).shiftRowGroupDepth(1);
      row += group.size + 1;
    }
  });
}

function writeValidations(table: GoogleAppsScript.Spreadsheet.Range, layout: GridLayout, width: number): void {
  const codeList = SpreadsheetApp.newDataValidation().requireValueInList([...CODES], true).setAllowInvalid(false)
    .setHelpText('Choisissez I, A, EC ou R : le formulaire OLAP s’ouvre pour compléter la saisie.').build();
  const checkbox = SpreadsheetApp.newDataValidation().requireCheckbox().build();
  const actorColumns = new Set(Object.values(ACTOR_COLUMN));
  const checkColumns = new Set([GRID_COLUMN.AR, GRID_COLUMN.AS]);
  const periodStart = GRID_COLUMN['Matières'] + 1;
  table.setDataValidations(
    layout.rows.map((row) =>
      Array.from({ length: width }, (_, c): Validation | null => {
        if (row.kind === 'group') return null;
        const column = c + 1;
        if (actorColumns.has(column)) return codeList;
        if (checkColumns.has(column) || column >= periodStart) return checkbox;
        return null;
      }),
    ),
  );
}

function writeLinks(sheet: Sheet, layout: GridLayout, rows: number): void {
  sheet.getRange(GRID_FIRST_ROW, GRID_COLUMN['Activité'], rows, 1).setRichTextValues(
    layout.rows.map((row) => [row.kind === 'activity' ? link(row.activity.label, row.links.activity) : link(String(row.values[1]), '')]),
  );
  sheet.getRange(GRID_FIRST_ROW, GRID_COLUMN['Dépôt'], rows, 2).setRichTextValues(
    layout.rows.map((row) =>
      row.kind === 'activity'
        ? [link(String(row.values[GRID_COLUMN['Dépôt'] - 1]), row.links.deposit), link(String(row.values[GRID_COLUMN.QCM - 1]), row.links.questionnaire)]
        : [link('', ''), link('', '')],
    ),
  );
}

function groupsOf(layout: GridLayout): { size: number }[] {
  const groups: { size: number }[] = [];
  for (const row of layout.rows) {
    if (row.kind === 'group') groups.push({ size: 0 });
    else if (groups.length) groups[groups.length - 1].size++;
  }
  return groups;
}

/** Rewrites the recorded columns (Entreprise … Évalué le) of a grid whose layout did not change: one write. */
export function refreshRecordedColumns(sheet: Sheet, layout: GridLayout): void {
  if (layout.rows.length === 0) return;
  sheet.getRange(GRID_FIRST_ROW, RECORDED_SPAN.first, layout.rows.length, RECORDED_SPAN.last - RECORDED_SPAN.first + 1).setValues(recordedColumns(layout));
}
