/**
 * Loads the BUILT add-on (dist/Code.js) the way Apps Script does: one script in a fresh global scope whose only
 * globals are the Google services (no require, no module, no process). Tests, the playground and the benchmark all
 * drive the bundle through this, so they exercise exactly what clasp pushes.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { createEmulator, type Emulator, type EmulatorOptions, type ExecutionKind } from './index';

/** dist/, or OLAP_DIST when a parallel build went elsewhere. */
export const DIST = join(__dirname, '..', process.env.OLAP_DIST || 'dist');

export type AddonGlobals = Record<string, (...args: unknown[]) => any>;

export interface LoadedAddon {
  emulator: Emulator;
  /** The bundle's globals (onOpen, recordNeed, …), as Apps Script would call them. */
  addon: AddonGlobals;
  /** Runs one global as one execution of the given kind (menu by default), like Apps Script does. */
  run<T = any>(name: string, arg?: unknown, kind?: ExecutionKind): T;
}

export function distHtmlFiles(dist = DIST): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dist)) if (name.endsWith('.html')) files[name.replace(/\.html$/, '')] = readFileSync(join(dist, name), 'utf8');
  return files;
}

const cachedCode = new Map<string, string>();

export function loadAddon(options: EmulatorOptions = {}, dist = DIST): LoadedAddon {
  const code = cachedCode.get(dist) ?? readFileSync(join(dist, 'Code.js'), 'utf8');
  cachedCode.set(dist, code);
  const emulator = createEmulator({ htmlFiles: distHtmlFiles(dist), ...options });
  const context = vm.createContext({});
  if (options.dateRealm === 'context') {
    // The context's own Date, captured before the emulated globals shadow it.
    const ContextDate = vm.runInContext('Date', context) as DateConstructor;
    emulator.ctx.quirks = { ...emulator.ctx.quirks, makeDate: (ms) => new ContextDate(ms) };
  }
  Object.assign(context, emulator.globals);
  vm.runInContext(code, context, { filename: 'Code.js' });
  const addon = context as unknown as AddonGlobals;
  return {
    emulator,
    addon,
    run(name, arg, kind = 'menu') {
      const fn = addon[name];
      if (typeof fn !== 'function') throw new Error(`dist/Code.js has no global ${name}`);
      emulator.startExecution(kind);
      return arg === undefined ? fn() : fn(arg);
    },
  };
}
