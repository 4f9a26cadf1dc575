/**
 * Browser tests drive the playground in Debian's Chromium: the playground server runs in this process on a free
 * port with a fresh demo in a temporary folder, so each test file starts from the same seeded CAP Cuisine cohort.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Frame, type FrameLocator, type Page } from 'playwright-core';
import { startPlayground, type Playground } from '../../playground/server';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Without Chromium the suite is skipped on a workstation, but must fail in CI rather than pass silently. */
export function describeInBrowser(name: string, body: () => void): void {
  if (!existsSync(CHROMIUM) && !process.env.CI) {
    console.warn(`Tests navigateur ignorés : ${CHROMIUM} est absent (installez le paquet Debian « chromium », ou définissez CHROMIUM_PATH).`);
    describe.skip(name, body);
    return;
  }
  describe(name, body);
}

export interface BrowserRig {
  playground: Playground;
  context: BrowserContext;
  page: Page;
  /** Errors thrown in the page or its frames: a test fails if any appear. */
  pageErrors: string[];
  close(): Promise<void>;
}

export async function startRig(): Promise<BrowserRig> {
  const dir = mkdtempSync(join(tmpdir(), 'olap-browser-'));
  const playground = await startPlayground({ port: 0, stateFile: join(dir, 'state.json'), quiet: true });
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      viewport: { width: 1400, height: 900 },
      locale: 'fr-FR',
      timezoneId: 'Europe/Paris',
    });
  } catch (error) {
    await playground.close();
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`Chromium ne démarre pas (${CHROMIUM}) : ${error instanceof Error ? error.message.split('\n')[0] : error}`);
  }
  const page = context.pages()[0] ?? (await context.newPage());
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  return {
    playground,
    context,
    page,
    pageErrors,
    async close() {
      await context.close().catch(() => undefined);
      await playground.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** What the server holds now, read through the playground API as the page reads it. */
export async function api<T = any>(rig: BrowserRig, path: string): Promise<T> {
  const r = await fetch(new URL(`api${path}`, rig.playground.url));
  return (await r.json()) as T;
}

export interface TabView {
  lastRow: number;
  values: unknown[][];
  displayValues: string[][];
}

export const tab = (rig: BrowserRig, name: string) => api<TabView>(rig, `/tabs/${encodeURIComponent(name)}`);

/** The data rows of a header-row-1 tab as objects keyed by header. */
export async function records(rig: BrowserRig, name: string): Promise<Record<string, string>[]> {
  const view = await tab(rig, name);
  const [header, ...rows] = view.displayValues.slice(0, view.lastRow);
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]])));
}

export async function gridTabOf(rig: BrowserRig, apprenticeId: string): Promise<string> {
  const { tabs } = await api<{ tabs: { name: string }[] }>(rig, '/tabs');
  const found = tabs.find((t) => t.name.startsWith(`${apprenticeId} · `));
  if (!found) throw new Error(`no grid tab for ${apprenticeId}`);
  return found.name;
}

/** Sheet row of an activity and column of a header in an individual grid (headers in row 6). */
export async function gridCell(rig: BrowserRig, tabName: string, activityCode: string, header: string): Promise<{ row: number; column: number }> {
  const view = await tab(rig, tabName);
  const headerRow = view.displayValues.findIndex((r) => r[0] === 'Code' && r.includes('Activité'));
  const column = view.displayValues[headerRow].indexOf(header) + 1;
  const row = view.displayValues.findIndex((r, i) => i > headerRow && r[0] === activityCode) + 1;
  if (column < 1 || row < 1) throw new Error(`no cell ${activityCode} × ${header} in ${tabName}`);
  return { row, column };
}

export async function openPlayground(rig: BrowserRig, tabName?: string): Promise<void> {
  await rig.page.goto(new URL(tabName ? `#tab=${encodeURIComponent(tabName)}` : '', rig.playground.url).toString());
  await rig.page.waitForSelector('table.sheet td[data-r="1"][data-c="1"]');
}

/** Extensions › OLAP › Ouvrir le panneau de saisie, then waits for the form to be ready. */
export async function openSidebar(rig: BrowserRig): Promise<FrameLocator> {
  await rig.page.click('#menu-extensions');
  await rig.page.click('#menu-addon');
  await rig.page.click('#menu-addon-popup [data-fn="openSidebar"]');
  const sidebar = rig.page.frameLocator('#sidebar-frame');
  await sidebar.locator('#actor-Entreprise').waitFor({ state: 'visible' });
  return sidebar;
}

export function sidebarFrame(rig: BrowserRig): Frame {
  const frame = rig.page.frames().find((f) => f.url().includes('/frame/sidebar'));
  if (!frame) throw new Error('sidebar frame not found');
  return frame;
}

export const cellSelector = (row: number, column: number) => `table.sheet td[data-r="${row}"][data-c="${column}"]`;

/** Waits until a condition on the server state holds (the page and the sidebar work asynchronously). */
export async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 10000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let value = await read();
  while (!ok(value) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 150));
    value = await read();
  }
  return value;
}
