/**
 * PropertiesService: three string stores (document, script, user) with Google's limits: 9 KB per value, 500 KB per
 * store ("Quotas for Google Services"). Every read or write is a round trip.
 */
import type { EmulatorContext } from '../core/context';

export type PropertyScope = 'document' | 'script' | 'user';
export interface PropertiesState {
  document: Record<string, string>;
  script: Record<string, string>;
  user: Record<string, string>;
}

export const PROPERTY_VALUE_LIMIT_BYTES = 9 * 1024;
export const PROPERTY_STORE_LIMIT_BYTES = 500 * 1024;
export const MSG_VALUE_TOO_LARGE = 'Argument too large: value';
export const MSG_STORE_QUOTA =
  'You have exceeded the property storage quota. Please remove some properties and try again.';

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

function storeSize(store: Record<string, string>): number {
  let n = 0;
  for (const [k, v] of Object.entries(store)) n += bytes(k) + bytes(v);
  return n;
}

function checkKey(key: unknown): string {
  if (key === null || key === undefined || String(key) === '') throw new Error('Invalid argument: key');
  return String(key);
}

class EmulatedProperties implements GoogleAppsScript.Properties.Properties {
  constructor(
    private readonly ctx: EmulatorContext,
    private readonly store: Record<string, string>,
  ) {}

  private commit(next: Record<string, string>): void {
    for (const v of Object.values(next)) if (bytes(v) > PROPERTY_VALUE_LIMIT_BYTES) throw new Error(MSG_VALUE_TOO_LARGE);
    if (storeSize(next) > PROPERTY_STORE_LIMIT_BYTES) throw new Error(MSG_STORE_QUOTA);
    for (const k of Object.keys(this.store)) delete this.store[k];
    Object.assign(this.store, next);
  }

  getProperty(key: string): string | null {
    this.ctx.calls.record('properties', 'Properties.getProperty');
    const k = checkKey(key);
    return Object.prototype.hasOwnProperty.call(this.store, k) ? this.store[k] : null;
  }
  getProperties(): { [key: string]: string } {
    this.ctx.calls.record('properties', 'Properties.getProperties');
    return { ...this.store };
  }
  getKeys(): string[] {
    this.ctx.calls.record('properties', 'Properties.getKeys');
    return Object.keys(this.store);
  }
  setProperty(key: string, value: string): GoogleAppsScript.Properties.Properties {
    this.ctx.calls.record('properties', 'Properties.setProperty');
    const k = checkKey(key);
    this.commit({ ...this.store, [k]: String(value) });
    return this;
  }
  setProperties(properties: { [key: string]: string }, deleteAllOthers = false): GoogleAppsScript.Properties.Properties {
    this.ctx.calls.record('properties', 'Properties.setProperties');
    const next: Record<string, string> = deleteAllOthers ? {} : { ...this.store };
    for (const [k, v] of Object.entries(properties ?? {})) next[checkKey(k)] = String(v);
    this.commit(next);
    return this;
  }
  deleteProperty(key: string): GoogleAppsScript.Properties.Properties {
    this.ctx.calls.record('properties', 'Properties.deleteProperty');
    delete this.store[checkKey(key)];
    return this;
  }
  deleteAllProperties(): GoogleAppsScript.Properties.Properties {
    this.ctx.calls.record('properties', 'Properties.deleteAllProperties');
    for (const k of Object.keys(this.store)) delete this.store[k];
    return this;
  }
}

export interface PropertiesEmulator {
  service: GoogleAppsScript.Properties.PropertiesService;
  /** The live stores (inspect or seed them in tests). */
  state: PropertiesState;
  /** Bytes used by one store, as counted against the 500 KB limit (keys + values, UTF-8). */
  bytesUsed(scope: PropertyScope): number;
}

export function createPropertiesService(ctx: EmulatorContext, initial?: Partial<PropertiesState>): PropertiesEmulator {
  const state: PropertiesState = {
    document: { ...(initial?.document ?? {}) },
    script: { ...(initial?.script ?? {}) },
    user: { ...(initial?.user ?? {}) },
  };
  const stores = {
    document: new EmulatedProperties(ctx, state.document),
    script: new EmulatedProperties(ctx, state.script),
    user: new EmulatedProperties(ctx, state.user),
  };
  const service: GoogleAppsScript.Properties.PropertiesService = {
    getDocumentProperties: () => stores.document,
    getScriptProperties: () => stores.script,
    getUserProperties: () => stores.user,
  };
  return { service, state, bytesUsed: (scope) => storeSize(state[scope]) };
}
