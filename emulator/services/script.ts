/**
 * ScriptApp: installable triggers (time-driven and spreadsheet), the 20-triggers-per-user-per-script limit, the enums
 * scripts compare against, authorization info, script id and OAuth token.
 * Enum members are their own names as strings (`ScriptApp.AuthMode.FULL === 'FULL'`): Apps Script's enum objects also
 * print as their names, and `===` comparisons against the enum keep working.
 */
import type { EmulatorContext } from '../core/context';

const strEnum = <K extends string>(...keys: K[]): { readonly [P in K]: P } =>
  Object.freeze(Object.fromEntries(keys.map((k) => [k, k]))) as { readonly [P in K]: P };

export const AuthMode = strEnum('NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL');
export const AuthorizationStatus = strEnum('REQUIRED', 'NOT_REQUIRED');
export const TriggerSource = strEnum('SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR');
export const EventType = strEnum('CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE', 'ON_EVENT_UPDATED');
export const WeekDay = strEnum('SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY');
export const InstallationSource = strEnum('APPS_MARKETPLACE_DOMAIN_ADD_ON', 'NONE', 'WEB_STORE_ADD_ON');

export const MAX_TRIGGERS_PER_USER = 20;
export const MSG_TOO_MANY_TRIGGERS =
  'This script has too many triggers. Triggers must be deleted from the script before more can be added.';

export interface ClockSchedule {
  everyMinutes?: number;
  everyHours?: number;
  everyDays?: number;
  everyWeeks?: number;
  atHour?: number;
  nearMinute?: number;
  onWeekDay?: string;
  onMonthDay?: number;
  /** One-off: emulated time (ms) at which it runs (after(ms) / at(date)). */
  at?: number;
  timeZone?: string;
}
export interface TriggerRecord {
  id: string;
  handler: string;
  source: keyof typeof TriggerSource;
  eventType: keyof typeof EventType;
  /** Spreadsheet id for spreadsheet triggers, null for time-driven ones. */
  sourceId: string | null;
  ownerEmail: string;
  schedule?: ClockSchedule;
}
export interface TriggersState {
  nextId: number;
  triggers: TriggerRecord[];
}

export interface ScriptAppEmulator {
  service: GoogleAppsScript.Script.ScriptApp;
  state: TriggersState;
  /** The triggers of every user of this script. */
  readonly all: TriggerRecord[];
  /** Test hook: make getAuthorizationInfo() answer REQUIRED (a new scope was added, the user must re-authorize). */
  setAuthorizationRequired(required: boolean): void;
  scriptId: string;
}

const HOURS = [1, 2, 4, 6, 8, 12];
const MINUTES = [1, 5, 10, 15, 30];

class EmulatedTrigger {
  constructor(private readonly rec: TriggerRecord) {}
  getHandlerFunction() {
    return this.rec.handler;
  }
  getUniqueId() {
    return this.rec.id;
  }
  getTriggerSource() {
    return this.rec.source as unknown as GoogleAppsScript.Script.TriggerSource;
  }
  getEventType() {
    return this.rec.eventType as unknown as GoogleAppsScript.Script.EventType;
  }
  getTriggerSourceId() {
    return this.rec.sourceId as string;
  }
}

export function createScriptApp(ctx: EmulatorContext, options: { state?: TriggersState; scriptId?: string } = {}): ScriptAppEmulator {
  const state: TriggersState = options.state ? JSON.parse(JSON.stringify(options.state)) : { nextId: 1, triggers: [] };
  const scriptId = options.scriptId ?? '1EmuScriptId_olap_addon_emulated_script_0001';
  let authRequired = false;

  const mine = () => state.triggers.filter((t) => t.ownerEmail === ctx.userEmail);

  const create = (rec: Omit<TriggerRecord, 'id' | 'ownerEmail'>): GoogleAppsScript.Script.Trigger => {
    ctx.calls.record('script', 'TriggerBuilder.create');
    if (!rec.handler) throw new Error('Invalid argument: functionName');
    if (mine().length >= MAX_TRIGGERS_PER_USER) throw new Error(MSG_TOO_MANY_TRIGGERS);
    const full: TriggerRecord = { ...rec, id: String(8_000_000_000 + state.nextId++), ownerEmail: ctx.userEmail };
    state.triggers.push(full);
    return new EmulatedTrigger(full);
  };

  const clockBuilder = (handler: string): GoogleAppsScript.Script.ClockTriggerBuilder => {
    const s: ClockSchedule = {};
    const b: GoogleAppsScript.Script.ClockTriggerBuilder = {
      everyMinutes(n) {
        if (!MINUTES.includes(n)) throw new Error('Invalid argument: minutes. Use 1, 5, 10, 15 or 30.');
        s.everyMinutes = n;
        return b;
      },
      everyHours(n) {
        if (!HOURS.includes(n)) throw new Error('Invalid argument: hours. Use 1, 2, 4, 6, 8 or 12.');
        s.everyHours = n;
        return b;
      },
      everyDays(n) {
        s.everyDays = n;
        return b;
      },
      everyWeeks(n) {
        s.everyWeeks = n;
        return b;
      },
      atHour(h) {
        if (!(h >= 0 && h <= 23)) throw new Error('Invalid argument: hour');
        s.atHour = h;
        return b;
      },
      nearMinute(m) {
        s.nearMinute = m;
        return b;
      },
      onWeekDay(d) {
        s.onWeekDay = String(d);
        return b;
      },
      onMonthDay(d) {
        s.onMonthDay = d;
        return b;
      },
      after(ms) {
        s.at = ctx.clock.now() + ms;
        return b;
      },
      at(date) {
        s.at = (date as unknown as Date).getTime();
        return b;
      },
      atDate(y, m, d) {
        s.at = new Date(y, m - 1, d).getTime();
        return b;
      },
      inTimezone(tz) {
        s.timeZone = tz;
        return b;
      },
      create() {
        const kinds = [s.everyMinutes, s.everyHours, s.everyDays, s.everyWeeks, s.at].filter((x) => x !== undefined).length;
        if (kinds === 0 && s.onWeekDay === undefined && s.onMonthDay === undefined)
          throw new Error('The trigger needs a schedule: call everyMinutes, everyHours, everyDays, everyWeeks, after or at.');
        return create({ handler, source: 'CLOCK', eventType: 'CLOCK', sourceId: null, schedule: { ...s } });
      },
    };
    return b;
  };

  const spreadsheetBuilder = (handler: string, sheet: GoogleAppsScript.Spreadsheet.Spreadsheet | string): GoogleAppsScript.Script.SpreadsheetTriggerBuilder => {
    let eventType: TriggerRecord['eventType'] | null = null;
    const b: GoogleAppsScript.Script.SpreadsheetTriggerBuilder = {
      onOpen: () => ((eventType = 'ON_OPEN'), b),
      onEdit: () => ((eventType = 'ON_EDIT'), b),
      onChange: () => ((eventType = 'ON_CHANGE'), b),
      onFormSubmit: () => ((eventType = 'ON_FORM_SUBMIT'), b),
      create() {
        if (!eventType) throw new Error('The trigger needs an event type: call onOpen, onEdit, onChange or onFormSubmit.');
        const sourceId = typeof sheet === 'string' ? sheet : sheet.getId();
        return create({ handler, source: 'SPREADSHEETS', eventType, sourceId });
      },
    };
    return b;
  };

  const service = {
    AuthMode,
    AuthorizationStatus,
    TriggerSource,
    EventType,
    WeekDay,
    InstallationSource,
    newTrigger(functionName: string) {
      const handler = String(functionName ?? '');
      return {
        timeBased: () => clockBuilder(handler),
        forSpreadsheet: (sheet: GoogleAppsScript.Spreadsheet.Spreadsheet | string) => spreadsheetBuilder(handler, sheet),
        forDocument: () => {
          throw new Error('forDocument is not emulated');
        },
        forForm: () => {
          throw new Error('forForm is not emulated');
        },
        forUserCalendar: () => {
          throw new Error('forUserCalendar is not emulated');
        },
      };
    },
    getProjectTriggers() {
      ctx.calls.record('script', 'ScriptApp.getProjectTriggers');
      return mine().map((t) => new EmulatedTrigger(t));
    },
    getUserTriggers(doc: { getId(): string }) {
      ctx.calls.record('script', 'ScriptApp.getUserTriggers');
      const id = doc.getId();
      return mine()
        .filter((t) => t.sourceId === id)
        .map((t) => new EmulatedTrigger(t));
    },
    deleteTrigger(trigger: GoogleAppsScript.Script.Trigger) {
      ctx.calls.record('script', 'ScriptApp.deleteTrigger');
      const id = trigger.getUniqueId();
      const i = state.triggers.findIndex((t) => t.id === id);
      if (i >= 0) state.triggers.splice(i, 1);
    },
    getAuthorizationInfo(authMode: unknown) {
      ctx.calls.record('script', 'ScriptApp.getAuthorizationInfo');
      if (!(String(authMode) in AuthMode)) throw new Error('Invalid argument: authMode');
      return {
        getAuthorizationStatus: () => (authRequired ? AuthorizationStatus.REQUIRED : AuthorizationStatus.NOT_REQUIRED) as unknown as GoogleAppsScript.Script.AuthorizationStatus,
        getAuthorizationUrl: () => (authRequired ? `https://script.google.com/macros/d/${scriptId}/authorize` : (null as unknown as string)),
      };
    },
    getScriptId: () => scriptId,
    getOAuthToken() {
      ctx.calls.record('script', 'ScriptApp.getOAuthToken');
      return `ya29.emulated-token-for-${ctx.userEmail}`;
    },
    getIdentityToken: () => '',
    getInstallationSource: () => InstallationSource.WEB_STORE_ADD_ON,
    invalidateAuth: () => undefined,
    requireAllScopes: () => undefined,
    requireScopes: () => undefined,
  };

  return {
    service: service as unknown as GoogleAppsScript.Script.ScriptApp,
    state,
    get all() {
      return state.triggers;
    },
    setAuthorizationRequired(required: boolean) {
      authRequired = required;
    },
    scriptId,
  };
}
