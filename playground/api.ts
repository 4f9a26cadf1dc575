/**
 * The playground's HTTP API. Every route that acts goes through the add-on as Apps Script would: a cell edit is a
 * person typing (validation, parsing) followed by the simple `onEdit` trigger, a menu item runs its global as a menu
 * execution, and `google.script.run` calls from the sidebar or a dialog run as sidebar executions.
 */
import express, { type Request, type Response } from 'express';
import { withShim } from './html-frame';
import { PLAYGROUND_MESSAGES as M } from './messages';
import type { PlaygroundSession } from './session';
import { driveTree, listTabs, outbox, tabView } from './views';

const a1 = (row: number, col: number) => {
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row}`;
};

/** Apps Script refuses google.script.run on names ending with `_` (private functions). */
const isPrivate = (fn: string) => fn.endsWith('_') || !/^[A-Za-z_$][\w$]*$/.test(fn);

export function apiRouter(session: PlaygroundSession): express.Router {
  const api = express.Router();
  api.use(express.json({ limit: '2mb' }));

  const crashed = (res: Response, fn: string, error: unknown) => {
    const detail = error instanceof Error ? error.message : String(error);
    console.error(`[playground] ${fn}: ${error instanceof Error ? error.stack : detail}`);
    res.status(500).json({ ok: false, error: M.crashed(fn, detail), version: session.version });
  };

  api.get('/state', (_req, res) => {
    res.json({
      version: session.version,
      name: session.emulator.spreadsheet.getName(),
      user: session.emulator.ctx.userEmail,
      menu: session.emulator.ui.state.menus.filter((m) => m.addon).flatMap((m) => m.items),
      sidebar: session.emulator.ui.state.sidebar ? { title: session.emulator.ui.state.sidebar.title } : null,
      emails: session.emulator.mail.outbox.length,
      quota: session.emulator.mail.state.remaining,
    });
    session.emulator.calls.reset();
  });

  api.get('/tabs', (_req, res) => {
    res.json({ version: session.version, tabs: listTabs(session.emulator) });
  });

  api.get('/tabs/:name', (req, res) => {
    const view = tabView(session.emulator, String(req.params.name));
    if (!view) return void res.status(404).json({ ok: false, error: M.noSheet(String(req.params.name)) });
    res.json({ version: session.version, ...view });
  });

  /** A person types (or pastes a block) at row/column: body `{row, column, values: [[…]]}` or `{row, column, value}`. */
  api.post('/tabs/:name/edit', (req: Request, res: Response) => {
    const name = String(req.params.name);
    const { row, column } = req.body ?? {};
    const values: unknown[][] | undefined = Array.isArray(req.body?.values) ? req.body.values : req.body && 'value' in req.body ? [[req.body.value]] : undefined;
    if (!Number.isInteger(row) || !Number.isInteger(column) || row < 1 || column < 1 || !values || !values.every(Array.isArray)) {
      return void res.status(400).json({ ok: false, error: M.invalidCell });
    }
    const sheet = session.emulator.spreadsheet.getSheetByName(name);
    if (!sheet) return void res.status(404).json({ ok: false, error: M.noSheet(name) });
    const edit = session.emulator.spreadsheet.userEdit(name, row, column, values);
    if (!edit.ok) {
      const at = /cell ([A-Z]+\d+)/.exec(edit.message)?.[1] ?? a1(row, column);
      const cell = /violates the data validation/.test(edit.message);
      const help = cell ? (tabView(session.emulator, name)?.validations[Number(at.replace(/\D/g, '')) - 1]?.[column - 1]?.helpText ?? '') : '';
      return void res.status(422).json({ ok: false, error: cell ? M.validation(at, help) : M.outside, version: session.version });
    }
    try {
      const { effects } = session.run('onEdit', edit.event, 'simple');
      res.json({ ok: true, version: session.version, effects });
    } catch (error) {
      crashed(res, 'onEdit', error);
    }
  });

  api.post('/menu/:fn', (req, res) => {
    const fn = String(req.params.fn);
    const inMenu = session.emulator.ui.menuItems().some((i) => i.functionName === fn);
    if (!inMenu) return void res.status(404).json({ ok: false, error: M.notInMenu(fn) });
    try {
      const { value, effects } = session.run(fn, undefined, 'menu');
      res.json({ ok: true, value: value ?? null, effects, version: session.version });
    } catch (error) {
      crashed(res, fn, error);
    }
  });

  /** The `google.script.run` bridge: body `{args: [payload?]}`, answer `{ok, value}` or `{ok:false, error}`. */
  api.post('/run/:fn', (req, res) => {
    const fn = String(req.params.fn);
    if (isPrivate(fn) || typeof session.loaded.addon[fn] !== 'function') {
      return void res.status(404).json({ ok: false, error: M.notCallable(fn), version: session.version });
    }
    const args: unknown[] = Array.isArray(req.body?.args) ? req.body.args : [];
    try {
      const { value, effects } = session.run(fn, args[0], 'sidebar');
      res.json({ ok: true, value: value === undefined ? null : JSON.parse(JSON.stringify(value)), effects, version: session.version });
    } catch (error) {
      // As in Apps Script, a server exception reaches the failure handler with its message.
      const detail = error instanceof Error ? error.message : String(error);
      res.json({ ok: false, error: detail, version: session.version });
    }
  });

  /** What the hourly time-driven trigger would do, run now (no UI in that execution, as in Apps Script). */
  api.post('/trigger', (_req, res) => {
    try {
      const { value, effects } = session.run('runScheduledJobs', { authMode: 'FULL', triggerUid: 'playground' }, 'trigger');
      res.json({ ok: true, value: value ?? null, effects, version: session.version });
    } catch (error) {
      crashed(res, 'runScheduledJobs', error);
    }
  });

  api.get('/emails', (_req, res) => res.json({ version: session.version, emails: outbox(session.emulator), remainingQuota: session.emulator.mail.state.remaining }));
  api.get('/drive', (_req, res) => res.json({ version: session.version, root: driveTree(session.emulator) }));
  api.get('/logs', (_req, res) => res.json({ logs: session.emulator.logs.slice(-200) }));

  api.post('/close', (req, res) => {
    const frame = req.body?.frame;
    session.close(frame === 'sidebar' ? 'sidebar' : Number(frame));
    res.json({ ok: true });
  });

  api.post('/reset', (_req, res) => {
    session.reset();
    res.json({ ok: true, version: session.version, seed: session.seed });
  });

  return api;
}

/** The sidebar or a dialog as Apps Script serves it: its HTML with the `google.script` client in front. */
export function frameRouter(session: PlaygroundSession): express.Router {
  const frames = express.Router();
  const send = (res: Response, which: 'sidebar' | number) => {
    const shown = session.shownHtml(which);
    if (!shown || !shown.content) return void res.status(404).type('html').send(`<p lang="fr">${M.noHtml}</p>`);
    res.type('html').set('cache-control', 'no-store').send(withShim(shown.content, String(which)));
  };
  frames.get('/sidebar', (_req, res) => send(res, 'sidebar'));
  frames.get('/dialog/:index', (req, res) => send(res, Number(req.params.index)));
  return frames;
}
