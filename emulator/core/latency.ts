/**
 * The latency model: a modelled duration (ms) for each call a script pays a round trip for. Calibration and sources:
 * docs/latency-model.md. The numbers are typical (median-like) values, not worst cases.
 */
import type { CostModel, ServiceName } from './context';

export const SIX_MINUTES_MS = 6 * 60 * 1000;
/** Simple triggers (onOpen, onEdit) stop after 30 s. */
export const SIMPLE_TRIGGER_MS = 30 * 1000;

/** Spreadsheet service (calibrated on Google's 100×100 colouring example: ≈70 s one by one, ≈1 s batched). */
export const SPREADSHEET = {
  /** Range reads: getValues, getDisplayValues, getFormulas, getBackgrounds, getNotes, getDataValidations… */
  readBase: 50,
  readPerCell: 0.015,
  /** Range value writes: setValue(s), setFormula(s), appendRow, clear… (write-cached by Apps Script). */
  writeBase: 6,
  writePerCell: 0.01,
  /** Formatting writes: setBackground(s), setFontWeight(s), setNumberFormat(s), setBorder, setDataValidation(s)… */
  formatBase: 6,
  formatPerCell: 0.09,
  flush: 100,
  insertSheet: 400,
  deleteSheet: 300,
  /** Structure changes: insert/delete rows or columns, widths, freeze, protect, merge, conditional format rules. */
  structure: 60,
  /** Everything else (getSheetByName, getLastRow, getRange, getId…): answered from the script's cached model. */
  other: 10,
} as const;

export const SERVICE_COSTS: Record<string, number> = {
  'properties:Properties.getProperty': 30,
  'properties:Properties.getProperties': 35,
  'properties:Properties.getKeys': 30,
  'properties:Properties.setProperty': 62,
  'properties:Properties.setProperties': 70,
  'properties:Properties.deleteProperty': 60,
  'properties:Properties.deleteAllProperties': 65,
  'lock:Lock.tryLock': 40,
  'lock:Lock.waitLock': 40,
  'lock:Lock.releaseLock': 20,
  'mail:MailApp.sendEmail': 800,
  'mail:MailApp.getRemainingDailyQuota': 30,
  'drive:Files.create': 700,
  'drive:Files.get': 250,
  'drive:Files.list': 400,
  'drive:Files.update': 500,
  'drive:Files.remove': 400,
  'drive:Permissions.create': 900,
  'drive:Permissions.list': 250,
  'script:TriggerBuilder.create': 300,
  'script:ScriptApp.getProjectTriggers': 150,
  'script:ScriptApp.getUserTriggers': 150,
  'script:ScriptApp.deleteTrigger': 200,
  'script:ScriptApp.getAuthorizationInfo': 50,
  'script:ScriptApp.getOAuthToken': 5,
  'html:HtmlService.createHtmlOutputFromFile': 20,
  'html:HtmlService.createTemplateFromFile': 20,
  'html:HtmlTemplate.evaluate': 30,
  'session:Session.getActiveUser': 5,
  'session:Session.getEffectiveUser': 5,
  'session:Session.getTemporaryActiveUserKey': 5,
  'ui:Ui.showSidebar': 150,
  'ui:Ui.showModalDialog': 150,
  'ui:Ui.showModelessDialog': 150,
  'ui:Ui.alert': 150,
  'ui:Ui.prompt': 150,
  'ui:Ui.Menu.addToUi': 50,
};

/** Default per service, for calls not listed above. */
export const SERVICE_DEFAULTS: Record<ServiceName, number> = {
  spreadsheet: SPREADSHEET.other,
  properties: 40,
  lock: 40,
  mail: 800,
  drive: 400,
  script: 150,
  html: 20,
  session: 5,
  utilities: 0,
  ui: 100,
};

/** Calls whose `cells` argument carries milliseconds actually waited (sleep, waiting for a lock): cost = that time. */
export function isWaitCall(service: ServiceName, method: string): boolean {
  return (service === 'utilities' && method === 'Utilities.sleep') || (service === 'lock' && method === 'Lock.wait');
}

const READ = /\.get(Values?|DisplayValues?|Formulas?|FormulasR1C1|Backgrounds?|BackgroundColors?|FontColors?|FontWeights?|FontStyles?|FontSizes?|FontFamilies|FontLines|Notes?|RichTextValues?|DataValidations?|NumberFormats?|HorizontalAlignments|VerticalAlignments|WrapStrategies|TextStyles?|DataRange|DataRegion)$/;
const FORMAT = /\.(set(Backgrounds?|BackgroundColors?|BackgroundRGB|FontColors?|FontWeights?|FontStyles?|FontSizes?|FontFamil(y|ies)|FontLines?|NumberFormats?|HorizontalAlignments?|VerticalAlignments?|Border|Wraps?|WrapStrateg(y|ies)|TextStyles?|TextRotations?|DataValidations?|ShowHyperlink)|clearFormat|clearDataValidations|insertCheckboxes|removeCheckboxes|applyRowBanding|applyColumnBanding)$/;
const WRITE = /\.(setValues?|setFormulas?|setFormulasR1C1|setFormulaR1C1|setRichTextValues?|setNotes?|appendRow|clear|clearContent|clearContents|clearNote|clearNotes|copyTo|moveTo|sort|deleteCells|insertCells|randomize|trimWhitespace|removeDuplicates)$/;
const STRUCTURE = /\.(insertRows?(After|Before)?|insertColumns?(After|Before)?|deleteRows?|deleteColumns?|setColumnWidths?|setRowHeights?|autoResizeColumns?|autoResizeRows?|setFrozenRows|setFrozenColumns|protect|merge|mergeAcross|mergeVertically|breakApart|setConditionalFormatRules|setName|setTabColor|hideSheet|showSheet|hideColumns?|hideRows?|showColumns?|showRows?|activate|setActiveSheet|moveActiveSheet|addDeveloperMetadata|setNamedRange|setNamedRanges|addEditors?|removeEditors?|setDescription|setWarningOnly|setUnprotectedRanges)$/;

function spreadsheetCost(method: string, cells: number): number {
  if (method.endsWith('.flush')) return SPREADSHEET.flush;
  if (/\.(insertSheet|duplicateActiveSheet)$/.test(method) || method === 'Sheet.copyTo') return SPREADSHEET.insertSheet;
  if (/\.deleteSheet$/.test(method)) return SPREADSHEET.deleteSheet;
  if (READ.test(method)) return SPREADSHEET.readBase + SPREADSHEET.readPerCell * cells;
  if (FORMAT.test(method)) return SPREADSHEET.formatBase + SPREADSHEET.formatPerCell * cells;
  if (WRITE.test(method)) return SPREADSHEET.writeBase + SPREADSHEET.writePerCell * cells;
  if (STRUCTURE.test(method)) return SPREADSHEET.structure;
  return SPREADSHEET.other;
}

export const latencyModel: CostModel = (service, method, cells) => {
  if (isWaitCall(service, method)) return Math.max(0, cells);
  if (service === 'spreadsheet') return spreadsheetCost(method, Math.max(0, cells));
  return SERVICE_COSTS[`${service}:${method}`] ?? SERVICE_DEFAULTS[service] ?? 0;
};

/** No latency: only real waits (sleep, lock waits) take time. */
export const waitsOnlyModel: CostModel = (service, method, cells) => (isWaitCall(service, method) ? Math.max(0, cells) : 0);
