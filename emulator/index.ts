/**
 * The assembled emulator: every Google service the add-on uses, sharing one context (clock, call log, user), with the
 * globals a script sees. Tests load dist/Code.js in `vm.createContext(emulator.globals)`.
 */
import { CallLog, Clock, type CostModel, type EmulatorContext } from './core/context';
import { isWaitCall, latencyModel, SIMPLE_TRIGGER_MS, SIX_MINUTES_MS, waitsOnlyModel } from './core/latency';
import { createDrive, type DriveEmulator, type DriveState } from './services/drive';
import { createHtmlService, type HtmlServiceEmulator } from './services/html';
import { createLockService, type LockEmulator } from './services/lock';
import { createLogging, type LoggingEmulator } from './services/logger';
import { createMailApp, type MailEmulator, type MailState } from './services/mail';
import { createPropertiesService, type PropertiesEmulator, type PropertiesState } from './services/properties';
import { createScriptApp, type ScriptAppEmulator, type TriggersState } from './services/script';
import { createSession, type SessionEmulator } from './services/session';
import { createUi, type UiEmulator } from './services/ui';
import { createUtilities } from './services/utilities';
import { createSpreadsheetApp, type SpreadsheetState } from './spreadsheet/index';

export { SIX_MINUTES_MS, SIMPLE_TRIGGER_MS } from './core/latency';

export type ExecutionKind = 'menu' | 'sidebar' | 'simple' | 'trigger';

export interface EmulatorState {
  version: 1;
  /** Emulated time (ms since epoch) when the state was saved. */
  now: number;
  spreadsheet?: SpreadsheetState;
  properties: PropertiesState;
  drive: DriveState;
  mail: MailState;
  triggers: TriggersState;
}

export interface EmulatorOptions {
  now?: Date;
  /** Spreadsheet time zone; default 'Europe/Paris'. */
  timeZone?: string;
  /** Script time zone (appsscript.json); default: timeZone. */
  scriptTimeZone?: string;
  /** Default 'formatrice@cfa-demo.fr'. */
  userEmail?: string;
  /** Email recipients per day; default 100 (consumer account). */
  mailQuota?: number;
  /** Project HTML files by name without `.html` (e.g. the built dist/*.html). */
  htmlFiles?: Record<string, string>;
  state?: EmulatorState;
  /** Model call latency (and advance the emulated clock with it); default true. */
  latency?: boolean;
  /** Spreadsheet name and locale, passed to the SpreadsheetApp emulator. */
  spreadsheetName?: string;
  locale?: string;
  /**
   * Variations of a simpler emulator (default: Google's behaviour). false: setValue(s) stores strings as given.
   */
  parseStringsOnWrite?: boolean;
  /** 'context': getValues returns Dates of the script's own vm realm (set by loadAddon); default 'host'. */
  dateRealm?: 'host' | 'context';
  /** Spreadsheet methods (call-log names, e.g. 'Sheet.setColumnWidths') that throw, like a missing optional feature. */
  failingMethods?: string[];
  /** getDataRange() covers this many blank rows below the data. */
  dataRangeExtraRows?: number;
}

type SpreadsheetParts = ReturnType<typeof createSpreadsheetApp>;

export interface Emulator {
  /** SpreadsheetApp, PropertiesService, LockService, MailApp, Drive, ScriptApp, HtmlService, Session, Utilities, Logger, console, Date. */
  globals: Record<string, unknown>;
  ctx: EmulatorContext;
  calls: CallLog;
  clock: Clock;
  spreadsheet: SpreadsheetParts['spreadsheet'];
  mail: MailEmulator;
  drive: DriveEmulator;
  properties: PropertiesEmulator;
  lock: LockEmulator;
  triggers: ScriptAppEmulator;
  ui: UiEmulator;
  session: SessionEmulator;
  html: HtmlServiceEmulator;
  logging: LoggingEmulator;
  /** The execution log (Logger.log and console.* lines). */
  logs: string[];
  /** The kind of the current execution. */
  readonly execution: ExecutionKind;
  /**
   * Begin a new execution: modelled time restarts at 0 and is capped (6 min; 30 s for a simple trigger); 'trigger'
   * makes getUi() throw; 'simple' mimics a simple trigger (blank active user email, no sidebar or dialog). Locks held
   * by the previous execution are released.
   */
  startExecution(kind?: ExecutionKind): void;
  toState(): EmulatorState;
}

/** A Date class of the host realm whose `new Date()` and `Date.now()` read the emulated clock. */
export function createDateClass(clock: Clock): DateConstructor {
  class EmulatedDate extends Date {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(clock.now());
      else super(...(args as [string | number | Date]));
    }
    static override now(): number {
      return clock.now();
    }
  }
  return EmulatedDate as unknown as DateConstructor;
}

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const saved = options.state;
  // A restored state keeps its data but not its time: the clock is `now`, or real time (playground).
  const clock = new Clock(options.now);
  const model: CostModel = options.latency === false ? waitsOnlyModel : latencyModel;
  // Modelled call time also passes on the emulated clock, so a script that checks its elapsed time sees it grow.
  // Waits (sleep, lock) advance the clock themselves.
  const cost: CostModel = (service, method, cells) => {
    const ms = model(service, method, cells);
    if (ms > 0 && !isWaitCall(service, method)) clock.advance(ms);
    return ms;
  };
  const calls = new CallLog(cost);
  const timeZone = options.timeZone ?? 'Europe/Paris';
  const ctx: EmulatorContext = {
    calls,
    clock,
    timeZone,
    scriptTimeZone: options.scriptTimeZone ?? timeZone,
    userEmail: options.userEmail ?? 'formatrice@cfa-demo.fr',
    uiAvailable: true,
    quirks: {
      parseStringsOnWrite: options.parseStringsOnWrite,
      failingMethods: options.failingMethods ? new Set(options.failingMethods) : undefined,
      dataRangeExtraRows: options.dataRangeExtraRows,
    },
  };

  const logging = createLogging(() => clock.now());
  const properties = createPropertiesService(ctx, saved?.properties);
  const lock = createLockService(ctx);
  const mail = createMailApp(ctx, { quota: options.mailQuota, state: saved?.mail });
  const drive = createDrive(ctx, saved?.drive);
  const triggers = createScriptApp(ctx, { state: saved?.triggers });
  const ui = createUi(ctx);
  const session = createSession(ctx, { locale: options.locale ? options.locale.split(/[_-]/)[0] : 'fr', scriptId: triggers.scriptId });
  const utilities = createUtilities(ctx);
  const globals: Record<string, unknown> = {};
  const html = createHtmlService(ctx, { htmlFiles: options.htmlFiles, scope: () => globals });
  const sheets = createSpreadsheetApp(ctx, {
    ui: ui.getUi,
    name: options.spreadsheetName,
    state: saved?.spreadsheet,
    locale: options.locale,
  });

  Object.assign(globals, {
    SpreadsheetApp: sheets.app,
    PropertiesService: properties.service,
    LockService: lock.service,
    MailApp: mail.service,
    Drive: drive.service,
    ScriptApp: triggers.service,
    HtmlService: html.service,
    Session: session.service,
    Utilities: utilities.service,
    Logger: logging.Logger,
    console: logging.console,
    Date: createDateClass(clock),
  });

  let execution: ExecutionKind = 'menu';
  const startExecution = (kind: ExecutionKind = 'menu') => {
    execution = kind;
    // Without a fixed `now`, each execution starts at real time (modelled latency may have run the clock ahead).
    if (!options.now && clock.now() < Date.now()) clock.set(new Date());
    lock.releaseAllHeldBySelf();
    calls.startExecution(kind === 'simple' ? SIMPLE_TRIGGER_MS : SIX_MINUTES_MS);
    ctx.uiAvailable = kind !== 'trigger';
    ui.setLimited(kind === 'simple');
    session.setActiveUserEmail(kind === 'simple' ? '' : null);
  };
  startExecution('menu');

  return {
    globals,
    ctx,
    calls,
    clock,
    spreadsheet: sheets.spreadsheet,
    mail,
    drive,
    properties,
    lock,
    triggers,
    ui,
    session,
    html,
    logging,
    logs: logging.lines,
    get execution() {
      return execution;
    },
    startExecution,
    toState: () =>
      JSON.parse(
        JSON.stringify({
          version: 1,
          now: clock.now(),
          spreadsheet: sheets.spreadsheet.toState(),
          properties: properties.state,
          drive: drive.state,
          mail: mail.state,
          triggers: triggers.state,
        }),
      ) as EmulatorState,
  };
}
