/** Logger and console: both append lines to one execution log (what the Executions panel would show). */
import { format } from 'node:util';

export interface LogEntry {
  level: 'log' | 'info' | 'warn' | 'error';
  message: string;
}

export interface LoggingEmulator {
  Logger: GoogleAppsScript.Base.Logger;
  console: Console;
  /** Message lines, in order (Logger and console alike). */
  lines: string[];
  entries: LogEntry[];
  clear(): void;
}

/** Apps Script's Logger.log(format, values…) replaces %s / %d / %f / %% placeholders. */
function loggerFormat(data: unknown, values: unknown[]): string {
  if (values.length === 0) return typeof data === 'string' ? data : stringify(data);
  let i = 0;
  return String(data).replace(/%(\d*\.?\d*)([sdfo%])/g, (m, _w, kind) => {
    if (kind === '%') return '%';
    const v = values[i++];
    if (kind === 'd') return String(Math.trunc(Number(v)));
    if (kind === 'f') return String(Number(v));
    return typeof v === 'string' ? v : stringify(v);
  });
}

function stringify(v: unknown): string {
  if (v === null || v === undefined || typeof v !== 'object') return String(v);
  if (v instanceof Date) return v.toString();
  try {
    return JSON.stringify(v);
  } catch {
    return String(v);
  }
}

export function createLogging(now: () => number = Date.now): LoggingEmulator {
  const lines: string[] = [];
  const entries: LogEntry[] = [];
  const push = (level: LogEntry['level'], message: string) => {
    lines.push(message);
    entries.push({ level, message });
  };
  const timers = new Map<string, number>();
  const Logger: GoogleAppsScript.Base.Logger = {
    log(data: unknown, ...values: unknown[]) {
      push('log', loggerFormat(data, values));
      return Logger;
    },
    getLog: () => entries.map((e) => e.message).join('\n') + (entries.length ? '\n' : ''),
    clear() {
      lines.length = 0;
      entries.length = 0;
    },
  } as GoogleAppsScript.Base.Logger;
  const c = {
    log: (...a: unknown[]) => push('log', format(...a)),
    info: (...a: unknown[]) => push('info', format(...a)),
    warn: (...a: unknown[]) => push('warn', format(...a)),
    error: (...a: unknown[]) => push('error', format(...a)),
    debug: (...a: unknown[]) => push('log', format(...a)),
    time: (label: string) => timers.set(label, now()),
    timeEnd: (label: string) => push('log', `${label}: ${now() - (timers.get(label) ?? now())}ms`),
  };
  return {
    Logger,
    console: c as unknown as Console,
    lines,
    entries,
    clear: () => Logger.clear(),
  };
}
