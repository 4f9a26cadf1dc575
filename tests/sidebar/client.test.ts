import { ScriptRun, ServerClient } from '../../sidebar/src/client';
import { MSG } from '../../sidebar/src/messages';

/** A stand-in for google.script.run: `behaviour` decides, per call, what the server does. */
function fakeRun(behaviour: (name: string, payload: unknown) => { value?: unknown; error?: unknown }) {
  const calls: Array<{ name: string; payload: unknown }> = [];
  const make = (ok?: (v: unknown) => void, ko?: (e: unknown) => void): ScriptRun =>
    new Proxy({} as ScriptRun, {
      get(_, prop: string) {
        if (prop === 'withSuccessHandler') return (fn: (v: unknown) => void) => make(fn, ko);
        if (prop === 'withFailureHandler') return (fn: (e: unknown) => void) => make(ok, fn);
        return (payload?: unknown) => {
          calls.push({ name: prop, payload });
          const r = behaviour(prop, payload);
          setTimeout(() => ('error' in r ? ko?.(r.error) : ok?.(r.value)), 0);
        };
      },
    });
  return { run: make(), calls };
}

describe('the server client', () => {
  beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it('passes one JSON payload and resolves with the reply', async () => {
    const { run, calls } = fakeRun(() => ({ value: { ok: true, eventId: 'E1', notification: 'envoyée', notices: [] } }));
    const reply = await new ServerClient(() => run).recordEvaluation({
      apprenticeId: 'A001',
      activityCode: '1.1',
      actor: 'Formateur',
      code: 'A',
      evaluatedOn: '2026-11-23',
    });
    expect(reply).toEqual({ ok: true, eventId: 'E1', notification: 'envoyée', notices: [] });
    expect(calls).toEqual([{ name: 'recordEvaluation', payload: expect.objectContaining({ code: 'A' }) }]);
  });

  it('calls argument-less globals without an argument', async () => {
    const { run, calls } = fakeRun(() => ({ value: { ok: true, pending: null } }));
    await new ServerClient(() => run).getPendingEntry();
    expect(calls).toEqual([{ name: 'getPendingEntry', payload: undefined }]);
  });

  it('keeps the server refusal with its fields', async () => {
    const errors = [{ field: 'precision', message: 'La précision est obligatoire.' }];
    const { run } = fakeRun(() => ({ value: { ok: false, errors } }));
    expect(await new ServerClient(() => run).getSidebarState()).toEqual({ ok: false, errors });
  });

  it('turns a server exception into a French message, never a stack trace', async () => {
    const { run } = fakeRun(() => ({ error: new Error('TypeError: Cannot read properties of undefined at Code.gs:12') }));
    const reply = await new ServerClient(() => run).getSidebarState();
    expect(reply).toEqual({ ok: false, errors: [{ field: 'payload', message: MSG.serverFailure }] });
  });

  it('tells a lost connection apart', async () => {
    const { run } = fakeRun(() => ({ error: new Error('NetworkError: Connection failure due to HTTP 0') }));
    const reply = await new ServerClient(() => run).getSidebarState();
    expect(reply.ok === false && reply.errors[0].message).toBe(MSG.network);
  });

  it('treats a malformed reply as a failure', async () => {
    const { run } = fakeRun(() => ({ value: undefined }));
    const reply = await new ServerClient(() => run).getSidebarState();
    expect(reply.ok).toBe(false);
  });

  it('explains when the page is opened outside Google Sheets', async () => {
    const reply = await new ServerClient(() => undefined).getSidebarState();
    expect(reply).toEqual({ ok: false, errors: [{ field: 'payload', message: MSG.unavailable }] });
  });
});
