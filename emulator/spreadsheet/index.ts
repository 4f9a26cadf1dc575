/**
 * Emulated SpreadsheetApp, faithful to Google's documented behaviour for the methods this add-on uses.
 * Every method a real script pays a round trip for is recorded in ctx.calls (service 'spreadsheet') before it runs;
 * builders and value objects (DataValidationBuilder, RichTextValue, ConditionalFormatRuleBuilder…) are local.
 *
 * Known limits: formulas are stored but only `=HYPERLINK(url; label)` and constants are evaluated (others read as
 * ''); merges and borders are recorded, not modelled; inserting rows does not move protections or conditional rules.
 */
import type { EmulatorContext } from '../core/context';
import { Book } from './book';
import { BOOLEAN_CRITERIA, EmConditionalFormatRuleBuilder } from './conditional-format';
import { BookModel, SheetModel } from './model';
import { EmRichTextValueBuilder, EmTextStyleBuilder } from './rich-text';
import { defaultSheetName, EmSpreadsheet } from './spreadsheet';
import { fromState, type SpreadsheetState } from './state';
import { DATA_VALIDATION_CRITERIA, EmDataValidationBuilder } from './validation';

export type { SpreadsheetState } from './state';
export type { SheetPeek } from './peek';
export type { UserEditResult } from './user-edit';

export type EmulatedSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet &
  Pick<EmSpreadsheet, 'toState' | 'peek' | 'sheetNames' | 'userEdit' | 'toasts'>;

export interface SpreadsheetAppOptions {
  ui: () => GoogleAppsScript.Base.Ui;
  name?: string;
  state?: SpreadsheetState;
  /** Spreadsheet locale, 'fr_FR' by default. */
  locale?: string;
}

function enumOf(names: readonly string[]): Readonly<Record<string, string>> {
  return Object.freeze(Object.fromEntries(names.map((n) => [n, n])));
}

function idFor(name: string): string {
  let h = 2166136261;
  for (const ch of name) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return `1emu${h.toString(36)}${'x'.repeat(36)}`.slice(0, 44);
}

function newBook(options: SpreadsheetAppOptions): BookModel {
  const locale = options.locale ?? 'fr_FR';
  const name = options.name ?? (/^fr/i.test(locale) ? 'Feuille de calcul sans titre' : 'Untitled spreadsheet');
  const model = new BookModel(idFor(name), name, locale);
  model.sheets.push(new SheetModel(0, defaultSheetName(locale, 1)));
  model.activeSheetId = 0;
  model.nextSheetId = 1;
  return model;
}

export function createSpreadsheetApp(
  ctx: EmulatorContext,
  options: SpreadsheetAppOptions,
): { app: GoogleAppsScript.Spreadsheet.SpreadsheetApp; spreadsheet: EmulatedSpreadsheet } {
  const model = options.state ? fromState(options.state) : newBook(options);
  if (options.state && options.locale) model.locale = options.locale;
  const book = new Book(ctx, model);
  const spreadsheet = new EmSpreadsheet(book);
  const rec = (method: string): void => book.record(`SpreadsheetApp.${method}`);

  const app = {
    getActiveSpreadsheet: () => (rec('getActiveSpreadsheet'), spreadsheet),
    getActive: () => (rec('getActive'), spreadsheet),
    getActiveSheet: () => (rec('getActiveSheet'), book.sheet(model.sheetById(model.activeSheetId) ?? model.sheets[0])),
    getUi: () => {
      rec('getUi');
      if (!ctx.uiAvailable) throw new Error('Cannot call SpreadsheetApp.getUi() from this context.');
      return options.ui();
    },
    flush: () => rec('flush'),
    newDataValidation: () => new EmDataValidationBuilder(book.codec),
    newRichTextValue: () => new EmRichTextValueBuilder(),
    newConditionalFormatRule: () => new EmConditionalFormatRuleBuilder(book.codec),
    newTextStyle: () => new EmTextStyleBuilder(),
    DataValidationCriteria: enumOf(DATA_VALIDATION_CRITERIA),
    BooleanCriteria: enumOf(BOOLEAN_CRITERIA),
    ProtectionType: enumOf(['RANGE', 'SHEET']),
    BorderStyle: enumOf(['DOTTED', 'DASHED', 'SOLID', 'SOLID_MEDIUM', 'SOLID_THICK', 'DOUBLE']),
    WrapStrategy: enumOf(['WRAP', 'OVERFLOW', 'CLIP']),
    GroupControlTogglePosition: enumOf(['BEFORE', 'AFTER']),
    Dimension: enumOf(['COLUMNS', 'ROWS']),
  };
  return {
    app: app as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp,
    spreadsheet: spreadsheet as unknown as EmulatedSpreadsheet,
  };
}
