/**
 * Every global answers `{ok: true, …}` or `{ok: false, errors}`. A bug becomes a French sentence for the user and a
 * line in the execution log for us: never a stack trace on screen.
 */
import type { FieldError } from '../shared/types';
import type { Problem } from '../domain/types';
import { MESSAGES } from '../domain/messages/app';

export type Reply = { ok: true; [key: string]: unknown } | { ok: false; errors: FieldError[]; [key: string]: unknown };

export const fail = (errors: FieldError[], extra: Record<string, unknown> = {}): Reply => ({ ok: false, errors, ...extra });

export const problemsToErrors = (problems: Problem[]): FieldError[] =>
  problems.map((p) => ({ field: p.field ?? (p.tab ? `${p.tab}!${p.row ?? ''}:${p.column ?? ''}` : 'payload'), message: p.message }));

export function safely<A extends unknown[]>(name: string, work: (...args: A) => Reply): (...args: A) => Reply {
  return (...args: A) => {
    try {
      return work(...args);
    } catch (error) {
      // Duck-typed: errors thrown by Google's services need not be instances of this script's Error.
      const { message, stack } = (error ?? {}) as { message?: unknown; stack?: unknown };
      const detail = typeof message === 'string' ? `${message}\n${String(stack ?? '')}` : String(error);
      console.error(`OLAP ${name}: ${detail}`);
      if (/Exceeded maximum execution time/i.test(detail)) {
        return fail([{ field: 'payload', message: MESSAGES.timeout }]);
      }
      return fail([{ field: 'payload', message: MESSAGES.unexpected }]);
    }
  };
}
