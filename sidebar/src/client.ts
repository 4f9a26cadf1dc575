/**
 * The only door to the server: each global called through `google.script.run` becomes a promise of its typed
 * `Reply`. A thrown server error or a lost connection becomes a French `{ok:false}` value; the raw error goes to the
 * console for whoever debugs, never to the trainer's screen.
 */
import type {
  ApprenticeOverview,
  EvaluationPayload,
  Failure,
  NeedPayload,
  PendingEntry,
  RecordResult,
  Reply,
  SidebarState,
} from '../../src/shared/types';
import { MSG } from './messages';

export interface ServerApi {
  getSidebarState: { payload: void; reply: Reply<SidebarState> };
  getApprenticeOverview: { payload: { apprenticeId: string }; reply: Reply<{ overview: ApprenticeOverview }> };
  recordNeed: { payload: NeedPayload; reply: Reply<RecordResult> };
  recordEvaluation: { payload: EvaluationPayload; reply: Reply<RecordResult> };
  getPendingEntry: { payload: void; reply: Reply<{ pending: PendingEntry | null }> };
  dismissPendingEntry: { payload: void; reply: Reply<object> };
}

/** The shape of `google.script.run` this page uses (no official typings ship for the client side). */
export interface ScriptRun {
  withSuccessHandler(fn: (value: unknown) => void): ScriptRun;
  withFailureHandler(fn: (error: unknown) => void): ScriptRun;
  [serverFunction: string]: unknown;
}

export interface ScriptHost {
  close(): void;
}

interface GoogleScript {
  script?: { run?: ScriptRun; host?: ScriptHost };
}

function googleScript(): GoogleScript['script'] {
  const g = (globalThis as unknown as { google?: GoogleScript }).google;
  return g && g.script;
}

export function failure(message: string, field = 'payload'): Failure {
  return { ok: false, errors: [{ field, message }] };
}

/** Server exceptions and transport errors, told in French without any stack trace. */
export function failureMessage(error: unknown): string {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /network|http 0|connection|timed? ?out|délai/i.test(text) ? MSG.network : MSG.serverFailure;
}

function isReply(value: unknown): value is { ok: boolean } {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

export class ServerClient {
  constructor(private readonly run: () => ScriptRun | undefined = () => googleScript()?.run) {}

  call<K extends keyof ServerApi>(name: K, payload?: ServerApi[K]['payload']): Promise<ServerApi[K]['reply']> {
    return new Promise((resolve) => {
      const runner = this.run();
      if (!runner) {
        resolve(failure(MSG.unavailable));
        return;
      }
      const chained = runner
        .withSuccessHandler((value) => {
          if (isReply(value)) {
            resolve(value as ServerApi[K]['reply']);
          } else {
            console.error(`OLAP: unexpected reply from ${name}`, value);
            resolve(failure(MSG.serverFailure));
          }
        })
        .withFailureHandler((error) => {
          console.error(`OLAP: ${name} failed`, error);
          resolve(failure(failureMessage(error)));
        });
      const fn = chained[name];
      if (typeof fn !== 'function') {
        resolve(failure(MSG.unavailable));
        return;
      }
      if (payload === undefined) (fn as () => void).call(chained);
      else (fn as (p: unknown) => void).call(chained, payload);
    });
  }

  getSidebarState() {
    return this.call('getSidebarState');
  }
  getApprenticeOverview(apprenticeId: string) {
    return this.call('getApprenticeOverview', { apprenticeId });
  }
  recordNeed(payload: NeedPayload) {
    return this.call('recordNeed', payload);
  }
  recordEvaluation(payload: EvaluationPayload) {
    return this.call('recordEvaluation', payload);
  }
  getPendingEntry() {
    return this.call('getPendingEntry');
  }
  dismissPendingEntry() {
    return this.call('dismissPendingEntry');
  }
}

/** Closes the dialog (or sidebar) that serves this page; does nothing outside Apps Script. */
export function closeHost(): void {
  const host = googleScript()?.host;
  if (host) host.close();
}
