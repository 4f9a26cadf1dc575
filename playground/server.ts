/**
 * `npm start`: the local playground. It builds nothing itself (npm start builds first); it loads the built bundle
 * (OLAP_DIST, default dist/) into the emulator, seeds the CAP Cuisine demo on first start, keeps the workbook in
 * `.playground/state.json`, and serves the page on 127.0.0.1 (PORT, default 5173).
 */
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import express from 'express';
import { apiRouter, frameRouter } from './api';
import { PLAYGROUND_MESSAGES as M } from './messages';
import { PlaygroundSession } from './session';

const ROOT = join(__dirname, '..');

export interface PlaygroundOptions {
  /** Default 5173; 0 picks a free port. */
  port?: number;
  /** Default `.playground/state.json` at the repository root. */
  stateFile?: string;
  /** Folder of the built bundle; default OLAP_DIST or dist. */
  dist?: string;
  quiet?: boolean;
}

export interface Playground {
  url: string;
  session: PlaygroundSession;
  server: Server;
  close(): Promise<void>;
}

export function createApp(session: PlaygroundSession): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.use('/api', apiRouter(session));
  app.use('/frame', frameRouter(session));
  app.use(express.static(join(__dirname, 'public'), { index: 'index.html' }));
  return app;
}

export async function startPlayground(options: PlaygroundOptions = {}): Promise<Playground> {
  const stateFile = options.stateFile ?? join(ROOT, '.playground', 'state.json');
  const dist = options.dist ?? join(ROOT, process.env.OLAP_DIST || 'dist');
  const restoring = existsSync(stateFile);
  const session = new PlaygroundSession({ stateFile, dist });
  const log = options.quiet ? () => undefined : (line: string) => console.log(line);
  if (restoring) log(M.restored(stateFile));
  else if (session.seed) log(M.seeded(session.seed.grids.total, session.seed.recorded));
  const app = createApp(session);
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(options.port ?? 5173, '127.0.0.1', () => resolve(s));
    s.on('error', reject);
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  log(M.listening(url));
  return {
    url,
    session,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

if (require.main === module) {
  startPlayground({ port: process.env.PORT ? Number(process.env.PORT) : 5173 }).catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
