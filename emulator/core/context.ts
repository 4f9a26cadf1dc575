/**
 * What every emulated service shares: the clock, the call log (every call a real script would pay a round trip for)
 * and the settings of the emulated user and document.
 */

export type ServiceName =
  | 'spreadsheet'
  | 'properties'
  | 'lock'
  | 'mail'
  | 'drive'
  | 'script'
  | 'html'
  | 'session'
  | 'utilities'
  | 'ui';

export interface CallRecord {
  service: ServiceName;
  method: string; // e.g. 'Range.getValues', 'Files.create'
  cells: number; // cells read or written (0 when it does not apply)
  ms: number; // modelled duration of the call
}

/**
 * Handle-only calls: they return an object to call on and fetch nothing from the document. The call budgets count
 * every spreadsheet call but these (docs/performance.md); they still appear in the log and cost modelled time.
 */
export const HANDLE_METHODS: ReadonlySet<string> = new Set([
  'SpreadsheetApp.getActiveSpreadsheet',
  'SpreadsheetApp.getActive',
  'SpreadsheetApp.getUi', // a handle on the editor's UI, not on the document (its dialogs are counted as ui)
  'Spreadsheet.getSheetByName',
  'Spreadsheet.getRange',
  'Sheet.getRange',
  'Sheet.getDataRange',
  'Range.getSheet',
]);

/** A spreadsheet call that reads or writes data, formats or structure: what the budgets count. */
export const isSpreadsheetDataCall = (record: Pick<CallRecord, 'service' | 'method'>): boolean =>
  record.service === 'spreadsheet' && !HANDLE_METHODS.has(record.method);

/** Gives the modelled duration of one call; the latency model plugs in here. */
export type CostModel = (service: ServiceName, method: string, cells: number) => number;

export class CallLog {
  readonly records: CallRecord[] = [];
  private executionMs = 0;
  private limitMs = Number.POSITIVE_INFINITY;

  constructor(private cost: CostModel = () => 0) {}

  setCostModel(cost: CostModel): void {
    this.cost = cost;
  }

  /** Starts a new execution: its modelled time restarts at 0 and is capped at `limitMs` (6 min in Apps Script). */
  startExecution(limitMs = Number.POSITIVE_INFINITY): void {
    this.executionMs = 0;
    this.limitMs = limitMs;
  }

  get modelledMs(): number {
    return this.executionMs;
  }

  record(service: ServiceName, method: string, cells = 0): void {
    const ms = this.cost(service, method, cells);
    this.records.push({ service, method, cells, ms });
    this.executionMs += ms;
    if (this.executionMs > this.limitMs) {
      this.limitMs = Number.POSITIVE_INFINITY; // the error is thrown once, as Apps Script stops the execution
      throw new Error('Exceeded maximum execution time');
    }
  }

  reset(): void {
    this.records.length = 0;
    this.executionMs = 0;
  }

  count(service?: ServiceName): number {
    return service ? this.records.filter((r) => r.service === service).length : this.records.length;
  }

  /** `{ spreadsheet: 12, mail: 2, … }` */
  byService(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const r of this.records) out[r.service] = (out[r.service] ?? 0) + 1;
    return out;
  }

  /** `{ 'Range.getValues': 3, … }` for one service or all. */
  byMethod(service?: ServiceName): Record<string, number> {
    const out: Record<string, number> = {};
    for (const r of this.records) {
      if (service && r.service !== service) continue;
      const key = service ? r.method : `${r.service}:${r.method}`;
      out[key] = (out[key] ?? 0) + 1;
    }
    return out;
  }
}

/** The emulated wall clock. Scripts see it through the `Date` global of their context. */
export class Clock {
  private fixed: number | null;
  constructor(now?: Date) {
    this.fixed = now ? now.getTime() : null;
  }
  now(): number {
    return this.fixed ?? Date.now();
  }
  set(date: Date): void {
    this.fixed = date.getTime();
  }
  advance(ms: number): void {
    this.fixed = this.now() + ms;
  }
}

export interface EmulatorContext {
  calls: CallLog;
  clock: Clock;
  /** Spreadsheet time zone (Spreadsheet.getSpreadsheetTimeZone). */
  timeZone: string;
  /** Script time zone (appsscript.json), used by Session.getScriptTimeZone. */
  scriptTimeZone: string;
  userEmail: string;
  /** false while a time-driven trigger runs: SpreadsheetApp.getUi() then throws, as in Apps Script. */
  uiAvailable: boolean;
  /** Variations another (simpler) emulator of Google's services could show; all off by default. */
  quirks?: EmulatorQuirks;
}

export interface EmulatorQuirks {
  /** false: setValue(s)/appendRow store strings as given (no number/date/boolean parsing, leading `'` kept). */
  parseStringsOnWrite?: boolean;
  /** Makes the Dates that getValue(s) return (e.g. Dates of the script's own vm realm). */
  makeDate?: (ms: number) => Date;
  /** Spreadsheet methods (as in the call log, e.g. 'Sheet.setColumnWidths') that throw when called. */
  failingMethods?: ReadonlySet<string>;
  /** Sheet.getDataRange() covers this many extra blank rows below the last row. */
  dataRangeExtraRows?: number;
}
