/**
 * The Ui that SpreadsheetApp.getUi() returns: menus, sidebar, dialogs and alerts, all recorded in an inspectable state.
 * getUi() itself throws in a time-driven execution (`ctx.uiAvailable === false`), as in Apps Script; in a simple
 * trigger (AuthMode.LIMITED) an add-on can build menus but cannot open a sidebar or a dialog.
 */
import type { EmulatorContext } from '../core/context';

export const Button = Object.freeze({ CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' } as const);
export const ButtonSet = Object.freeze({ OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' } as const);
export const MSG_GET_UI_CONTEXT = 'Cannot call SpreadsheetApp.getUi() from this context.';
export const msgNoPermission = (method: string) =>
  `You do not have permission to call Ui.${method}. Required permissions: https://www.googleapis.com/auth/script.container.ui`;

export type MenuEntry = { caption: string; functionName: string } | { separator: true } | { submenu: MenuState };
export interface MenuState {
  name: string;
  addon: boolean;
  items: MenuEntry[];
}
export interface ShownHtml {
  kind: 'sidebar' | 'modal' | 'modeless';
  title: string;
  content: string;
  width: number;
  height: number;
}
export interface AlertRecord {
  kind: 'alert' | 'prompt';
  title: string;
  prompt: string;
  buttons: string;
  answer: string;
  responseText?: string;
}
export interface UiState {
  menus: MenuState[];
  sidebar: ShownHtml | null;
  dialogs: ShownHtml[];
  alerts: AlertRecord[];
}

export interface UiEmulator {
  /** Pass this to createSpreadsheetApp as its `ui` option. */
  getUi: () => GoogleAppsScript.Base.Ui;
  state: UiState;
  /** Test hook: the next alerts/prompts are answered with these buttons (and prompt texts), in order. */
  scriptAnswers(...answers: (string | { button: string; text?: string })[]): void;
  /** In a simple trigger (AuthMode.LIMITED) sidebars and dialogs cannot be shown. */
  setLimited(limited: boolean): void;
  /** The caption → function name pairs of the add-on menu (and its submenus). */
  menuItems(): { caption: string; functionName: string }[];
}

interface HtmlLike {
  getContent(): string;
  getTitle(): string;
  getWidth(): number;
  getHeight(): number;
}

export function createUi(ctx: EmulatorContext): UiEmulator {
  const state: UiState = { menus: [], sidebar: null, dialogs: [], alerts: [] };
  const answers: { button: string; text?: string }[] = [];
  let limited = false;

  const record = (method: string) => ctx.calls.record('ui', `Ui.${method}`);
  const assertCanShow = (method: string) => {
    if (limited) throw new Error(msgNoPermission(method));
  };

  const makeMenu = (name: string, addon: boolean): GoogleAppsScript.Base.Menu => {
    const menu: MenuState = { name, addon, items: [] };
    const api: GoogleAppsScript.Base.Menu & { __state: MenuState } = {
      __state: menu,
      addItem(caption, functionName) {
        menu.items.push({ caption: String(caption), functionName: String(functionName) });
        return api;
      },
      addSeparator() {
        menu.items.push({ separator: true });
        return api;
      },
      addSubMenu(sub) {
        menu.items.push({ submenu: (sub as unknown as { __state: MenuState }).__state });
        return api;
      },
      addToUi() {
        record('Menu.addToUi');
        const i = state.menus.findIndex((m) => m.name === menu.name && m.addon === menu.addon);
        if (i >= 0) state.menus.splice(i, 1, menu);
        else state.menus.push(menu);
      },
    };
    return api;
  };

  const show = (kind: ShownHtml['kind'], html: HtmlLike, title?: string): ShownHtml => ({
    kind,
    title: title ?? html.getTitle(),
    content: html.getContent(),
    width: html.getWidth(),
    height: html.getHeight(),
  });

  const nextAnswer = (buttons: string, fallbackText = ''): { button: string; text?: string } => {
    const a = answers.shift();
    if (a) return a;
    const button = buttons === 'YES_NO' || buttons === 'YES_NO_CANCEL' ? Button.YES : Button.OK;
    return { button, text: fallbackText };
  };

  const ui = {
    Button,
    ButtonSet,
    createAddonMenu: () => makeMenu('Add-on', true),
    createMenu: (caption: string) => makeMenu(String(caption), false),
    showSidebar(html: HtmlLike) {
      record('showSidebar');
      assertCanShow('showSidebar');
      state.sidebar = show('sidebar', html);
    },
    showModalDialog(html: HtmlLike, title: string) {
      record('showModalDialog');
      assertCanShow('showModalDialog');
      state.dialogs.push(show('modal', html, title));
    },
    showModelessDialog(html: HtmlLike, title: string) {
      record('showModelessDialog');
      assertCanShow('showModelessDialog');
      state.dialogs.push(show('modeless', html, title));
    },
    alert(a: string, b?: string, c?: string) {
      record('alert');
      assertCanShow('alert');
      const [title, prompt, buttons] = c !== undefined ? [a, b ?? '', c] : b !== undefined && b in ButtonSet ? ['', a, b] : ['', a, ButtonSet.OK];
      const { button } = nextAnswer(String(buttons));
      state.alerts.push({ kind: 'alert', title: String(title), prompt: String(prompt), buttons: String(buttons), answer: button });
      return button;
    },
    prompt(a: string, b?: string, c?: string) {
      record('prompt');
      assertCanShow('prompt');
      const [title, prompt, buttons] = c !== undefined ? [a, b ?? '', c] : b !== undefined && b in ButtonSet ? ['', a, b] : ['', a, ButtonSet.OK];
      const { button, text = '' } = nextAnswer(String(buttons));
      state.alerts.push({ kind: 'prompt', title: String(title), prompt: String(prompt), buttons: String(buttons), answer: button, responseText: text });
      return { getSelectedButton: () => button, getResponseText: () => text };
    },
  };

  const flatten = (items: MenuEntry[]): { caption: string; functionName: string }[] =>
    items.flatMap((i) => ('caption' in i ? [i] : 'submenu' in i ? flatten(i.submenu.items) : []));

  return {
    getUi: () => {
      if (!ctx.uiAvailable) throw new Error(MSG_GET_UI_CONTEXT);
      return ui as unknown as GoogleAppsScript.Base.Ui;
    },
    state,
    scriptAnswers(...list) {
      for (const a of list) answers.push(typeof a === 'string' ? { button: a } : a);
    },
    setLimited(l: boolean) {
      limited = l;
    },
    menuItems: () => flatten(state.menus.filter((m) => m.addon).flatMap((m) => m.items)),
  };
}
