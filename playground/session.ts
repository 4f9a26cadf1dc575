/**
 * One playground session: the built bundle loaded into the emulator, seeded with the demo cohort on first start and
 * saved to a local file after every action that may change something, so a restart finds the workbook as it was.
 * Every action runs as one Apps Script execution of the right kind (menu, sidebar, simple trigger).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { EmulatorState, ExecutionKind } from '../emulator';
import { loadAddon, type LoadedAddon } from '../emulator/load-bundle';
import type { AlertRecord, ShownHtml } from '../emulator/services/ui';
import { seedDemo, type SeedResult } from '../fixtures/demo-cohort';

export interface Toast {
  message: string;
  title: string;
  timeoutSeconds: number;
}

/** What an action showed the user: the playground page renders these as Sheets would. */
export interface UiEffects {
  alerts: AlertRecord[];
  toasts: Toast[];
  sidebar: { title: string } | null;
  dialogs: { index: number; title: string; width: number; height: number }[];
  logs: string[];
}

export interface SessionOptions {
  stateFile: string;
  dist: string;
  /** A Google Workspace account sends to 1,500 recipients a day; the demo assumes a CFA on Workspace. */
  mailQuota?: number;
  userEmail?: string;
}

/** Sidebar calls that only read: the sidebar polls some of them every few seconds, so they are not saved. */
const READ_ONLY = new Set(['getSidebarState', 'getApprenticeOverview', 'getPendingEntry']);

export class PlaygroundSession {
  loaded!: LoadedAddon;
  /** Grows whenever the saved workbook changes (across restarts too); the page redraws when it sees a newer one. */
  version = 0;
  seed: SeedResult | null = null;
  /** Sidebar HTML and dialogs are not part of Google's saved state: they live as long as the server. */
  private toastCursor = 0;

  constructor(private readonly options: SessionOptions) {
    this.open(this.readState());
  }

  get emulator() {
    return this.loaded.emulator;
  }

  private readState(): EmulatorState | undefined {
    if (!existsSync(this.options.stateFile)) return undefined;
    try {
      return JSON.parse(readFileSync(this.options.stateFile, 'utf8')) as EmulatorState;
    } catch (error) {
      console.warn(`État illisible (${this.options.stateFile}), démo recréée : ${(error as Error).message}`);
      return undefined;
    }
  }

  private open(state: EmulatorState | undefined): void {
    this.loaded = loadAddon(
      { state, latency: false, mailQuota: this.options.mailQuota ?? 1500, userEmail: this.options.userEmail, spreadsheetName: 'OLAP — CAP Cuisine 2025-2027' },
      this.options.dist,
    );
    if (state) {
      // Opening the file runs onOpen, which builds the add-on menu (menus are not saved with the document).
      this.loaded.run('onOpen', { authMode: 'LIMITED' }, 'simple');
    } else {
      this.seed = seedDemo(this.loaded);
      if (this.seed.failures.length) console.warn(`Démo : ${this.seed.failures.join(' | ')}`);
    }
    this.emulator.ui.state.alerts.length = 0;
    this.toastCursor = this.emulator.spreadsheet.toasts.length;
    this.emulator.logs.length = 0;
    this.emulator.calls.reset();
    this.save();
  }

  /** Throws the demo away and seeds it again. */
  reset(): void {
    rmSync(this.options.stateFile, { force: true });
    this.open(undefined);
  }

  save(): void {
    mkdirSync(dirname(this.options.stateFile), { recursive: true });
    const tmp = `${this.options.stateFile}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.emulator.toState()));
    renameSync(tmp, this.options.stateFile);
    this.version = Math.max(this.version + 1, Date.now());
  }

  /** Runs one global as one execution and reports what it showed; saves unless it only reads. */
  run(name: string, arg: unknown, kind: ExecutionKind): { value: unknown; effects: UiEffects } {
    const ui = this.emulator.ui.state;
    const alertsBefore = ui.alerts.length;
    const dialogsBefore = ui.dialogs.length;
    const sidebarBefore = ui.sidebar;
    const logsBefore = this.emulator.logs.length;
    let value: unknown;
    try {
      value = this.loaded.run(name, arg, kind);
    } finally {
      // The call log only serves the benchmark: a long-running server must not keep it.
      this.emulator.calls.reset();
      if (!READ_ONLY.has(name)) this.save();
    }
    const logs = this.emulator.logs.slice(logsBefore);
    if (this.emulator.logs.length > 500) this.emulator.logs.splice(0, this.emulator.logs.length - 200);
    return { value, effects: this.effects(alertsBefore, dialogsBefore, sidebarBefore, logs) };
  }

  private effects(alertsBefore: number, dialogsBefore: number, sidebarBefore: ShownHtml | null, logs: string[]): UiEffects {
    const ui = this.emulator.ui.state;
    const alerts = ui.alerts.slice(alertsBefore);
    ui.alerts.length = 0; // shown once, as the real dialog box is
    const toasts = this.emulator.spreadsheet.toasts.slice(this.toastCursor).map(({ message, title, timeoutSeconds }) => ({ message, title, timeoutSeconds }));
    this.toastCursor = this.emulator.spreadsheet.toasts.length;
    const sidebar = ui.sidebar && ui.sidebar !== sidebarBefore ? { title: ui.sidebar.title } : null;
    const dialogs = ui.dialogs.slice(dialogsBefore).map((d, i) => ({ index: dialogsBefore + i, title: d.title, width: d.width, height: d.height }));
    return { alerts, toasts, sidebar, dialogs, logs };
  }

  /** The HTML a sidebar or dialog was opened with (the real dist/*.html, or HTML built by the bundle). */
  shownHtml(which: 'sidebar' | number): ShownHtml | null {
    const ui = this.emulator.ui.state;
    return which === 'sidebar' ? ui.sidebar : (ui.dialogs[which] ?? null);
  }

  close(which: 'sidebar' | number): void {
    const ui = this.emulator.ui.state;
    if (which === 'sidebar') ui.sidebar = null;
    else if (ui.dialogs[which]) ui.dialogs[which] = { ...ui.dialogs[which], content: '' };
  }
}
