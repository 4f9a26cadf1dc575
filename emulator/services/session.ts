/**
 * Session: the active and effective user, a temporary active-user key that identifies the user even where the email
 * is blank (simple triggers outside the owner's domain), the script time zone and the user's locale.
 */
import { createHash } from 'node:crypto';
import type { EmulatorContext } from '../core/context';

export interface SessionEmulator {
  service: GoogleAppsScript.Base.Session;
  /** Set to '' to mimic a simple trigger run by a user outside the add-on owner's domain; null = ctx.userEmail. */
  setActiveUserEmail(email: string | null): void;
  setLocale(locale: string): void;
}

export function createSession(ctx: EmulatorContext, options: { locale?: string; scriptId?: string } = {}): SessionEmulator {
  let active: string | null = null;
  let locale = options.locale ?? 'fr';
  const user = (email: () => string): GoogleAppsScript.Base.User => ({ getEmail: email }) as GoogleAppsScript.Base.User;
  const service = {
    getActiveUser() {
      ctx.calls.record('session', 'Session.getActiveUser');
      return user(() => (active === null ? ctx.userEmail : active));
    },
    getEffectiveUser() {
      ctx.calls.record('session', 'Session.getEffectiveUser');
      return user(() => ctx.userEmail);
    },
    getTemporaryActiveUserKey() {
      ctx.calls.record('session', 'Session.getTemporaryActiveUserKey');
      // Stable per user and per script (Google rotates it every 30 days; the emulator does not).
      return createHash('sha256')
        .update(`${options.scriptId ?? 'script'}|${ctx.userEmail}`)
        .digest('base64')
        .replace(/[^A-Za-z0-9]/g, '')
        .slice(0, 43);
    },
    getScriptTimeZone: () => ctx.scriptTimeZone,
    getActiveUserLocale: () => locale,
    getTimeZone: () => ctx.scriptTimeZone,
  };
  return {
    service: service as unknown as GoogleAppsScript.Base.Session,
    setActiveUserEmail(email) {
      active = email;
    },
    setLocale(l) {
      locale = l;
    },
  };
}
