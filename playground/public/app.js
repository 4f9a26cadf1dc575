/**
 * The playground page: the workbook as Sheets shows it, the add-on menu under Extensions, the add-on's sidebar and
 * dialogs (their real HTML, served with a `google.script.run` bridge), and the outbox and Drive the add-on filled.
 * Every action goes to the server, which runs the built bundle; the page only draws what comes back.
 */
import { SheetGrid } from './grid.js';
import { T } from './messages.js';
import { closeDrawers, openDrive, openEmails, openLogs } from './panels.js';
import { closeDialog, confirmBox, openDialog, showAlert, showError, toast } from './ui.js';

const $ = (id) => document.getElementById(id);
const json = (r) => r.json().then((body) => ({ status: r.status, ...body }));
const api = {
  get: (path) => fetch(`/api${path}`, { cache: 'no-store' }).then(json),
  post: (path, body) => fetch(`/api${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body ?? {}) }).then(json),
};

let version = -1;
let tabs = [];
let current = null;
let refreshing = null;

const grid = new SheetGrid($('grid'), {
  onEdit: editCell,
  onLink: followLink,
  onSelect: (a1, raw) => {
    $('name-box').textContent = a1;
    $('formula-bar').textContent = raw;
  },
});
grid.confirmProtected = () => confirmBox(T.protectedTitle, T.protectedText);

// ---- what actions showed ----

async function applyEffects(effects) {
  if (!effects) return;
  for (const t of effects.toasts || []) toast(t);
  if (effects.sidebar) openSidebar(effects.sidebar.title);
  for (const d of effects.dialogs || []) openDialog(d, () => api.post('/close', { frame: d.index }));
  for (const a of effects.alerts || []) await showAlert(a);
}

/** Redraws when the server's workbook is newer than what the page shows. */
function seen(v) {
  if (typeof v === 'number' && v > version) void refresh();
}

function refresh() {
  if (refreshing) return refreshing.then(() => refresh());
  refreshing = (async () => {
    try {
      const state = await api.get('/state');
      version = state.version;
      renderChrome(state);
      await loadTabs();
      if (current) await showTab(current, { keep: true });
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

// ---- title, menu, counters ----

function renderChrome(state) {
  $('doc-name').textContent = state.name;
  document.title = `${state.name} — OLAP, bac à sable`;
  $('email-count').textContent = state.emails;
  $('user-email').textContent = (state.user || '?').charAt(0).toUpperCase();
  $('user-email').title = state.user;
  const popup = $('menu-addon-popup');
  popup.replaceChildren(
    ...state.menu.map((item) => {
      if (item.separator) return Object.assign(document.createElement('div'), { className: 'menu-sep', role: 'separator' });
      const b = Object.assign(document.createElement('button'), { type: 'button', className: 'menu-item', textContent: item.caption ?? '' });
      b.setAttribute('role', 'menuitem');
      b.dataset.fn = item.functionName;
      return b;
    }),
  );
}

async function runMenu(fn, caption) {
  closeMenus();
  toast({ title: '', message: T.running(caption), timeoutSeconds: 2 });
  const reply = await api.post(`/menu/${encodeURIComponent(fn)}`);
  if (reply.status >= 400) await showError(T.failed, reply.error);
  await applyEffects(reply.effects);
  seen(reply.version);
}

function closeMenus() {
  document.querySelectorAll('.menubar .menu-popup:not(.sub)').forEach((p) => (p.hidden = true));
  document.querySelectorAll('.menu-button').forEach((b) => b.setAttribute('aria-expanded', 'false'));
  $('menu-addon').classList.remove('open');
}

function bindMenus() {
  for (const [buttonId, popupId] of [['menu-extensions', 'menu-extensions-popup'], ['menu-sandbox', 'menu-sandbox-popup']]) {
    $(buttonId).addEventListener('click', (e) => {
      e.stopPropagation();
      const open = $(popupId).hidden;
      closeMenus();
      $(popupId).hidden = !open;
      $(buttonId).setAttribute('aria-expanded', String(open));
    });
  }
  $('menu-addon').addEventListener('click', (e) => {
    e.stopPropagation();
    const item = e.target.closest('[data-fn]');
    if (item) return void runMenu(item.dataset.fn, item.textContent);
    $('menu-addon').classList.toggle('open');
  });
  $('menu-sandbox-popup').addEventListener('click', (e) => {
    const action = e.target.closest('[data-action]')?.dataset.action;
    closeMenus();
    if (action === 'emails') void openEmails();
    if (action === 'drive') void openDrive();
    if (action === 'logs') void openLogs();
    if (action === 'reset') void resetDemo();
    if (action === 'trigger') void runTrigger();
  });
  document.addEventListener('click', (e) => {
    if (!e.target.closest('.menu-root')) closeMenus();
    if (!e.target.closest('#all-tabs, #all-tabs-popup')) $('all-tabs-popup').hidden = true;
  });
  $('open-emails').addEventListener('click', () => void openEmails());
  $('open-drive').addEventListener('click', () => void openDrive());
  document.querySelectorAll('.drawer-close').forEach((b) => b.addEventListener('click', closeDrawers));
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      closeMenus();
      closeDrawers();
    }
  });
}

async function runTrigger() {
  const reply = await api.post('/trigger');
  if (reply.status >= 400) await showError(T.failed, reply.error);
  else toast({ title: '', message: T.triggered(reply.value), timeoutSeconds: 6 });
  await applyEffects(reply.effects);
  seen(reply.version);
}

async function resetDemo() {
  if (!(await confirmBox(T.protectedTitle, T.resetConfirm))) return;
  closeSidebar(false);
  const reply = await api.post('/reset');
  toast({ title: '', message: T.resetDone, timeoutSeconds: 3 });
  seen(reply.version);
}

// ---- tabs ----

async function loadTabs() {
  const reply = await api.get('/tabs');
  tabs = reply.tabs.filter((t) => !t.hidden);
  if (!current || !tabs.some((t) => t.name === current)) current = pickTab();
  const bar = $('tabs');
  bar.replaceChildren(
    ...tabs.map((t) => {
      const b = Object.assign(document.createElement('button'), { type: 'button', className: 'sheet-tab', textContent: t.name });
      b.setAttribute('role', 'tab');
      b.setAttribute('aria-selected', String(t.name === current));
      b.dataset.name = t.name;
      if (t.tabColor) b.append(Object.assign(document.createElement('span'), { className: 'tab-color', style: `background:${t.tabColor}` }));
      return b;
    }),
  );
  $('all-tabs-popup').replaceChildren(
    ...tabs.map((t) => {
      const b = Object.assign(document.createElement('button'), { type: 'button', className: 'menu-item', textContent: t.name });
      b.dataset.name = t.name;
      return b;
    }),
  );
}

function pickTab() {
  const wanted = decodeURIComponent(location.hash.replace(/^#tab=/, ''));
  if (tabs.some((t) => t.name === wanted)) return wanted;
  return (tabs.find((t) => / · /.test(t.name)) || tabs[0])?.name ?? null;
}

async function showTab(name, { keep = false } = {}) {
  const view = await api.get(`/tabs/${encodeURIComponent(name)}`);
  if (view.status >= 400) return;
  current = name;
  history.replaceState(null, '', `#tab=${encodeURIComponent(name)}`);
  grid.render(view);
  for (const b of $('tabs').children) b.setAttribute('aria-selected', String(b.dataset.name === name));
  if (!keep) {
    $('tabs').querySelector('[aria-selected="true"]')?.scrollIntoView({ inline: 'nearest', block: 'nearest' });
    $('grid').focus();
  }
}

function bindTabs() {
  $('tabs').addEventListener('click', (e) => {
    const name = e.target.closest('[data-name]')?.dataset.name;
    if (name) void showTab(name);
  });
  $('all-tabs').addEventListener('click', () => ($('all-tabs-popup').hidden = !$('all-tabs-popup').hidden));
  $('all-tabs-popup').addEventListener('click', (e) => {
    const name = e.target.closest('[data-name]')?.dataset.name;
    $('all-tabs-popup').hidden = true;
    if (name) void showTab(name);
  });
}

// ---- cells ----

async function editCell(row, column, values) {
  const reply = await api.post(`/tabs/${encodeURIComponent(current)}/edit`, { row, column, values });
  if (!reply.ok) {
    await showTab(current, { keep: true });
    await showError(T.problemTitle, reply.error);
    return;
  }
  await showTab(current, { keep: true });
  await applyEffects(reply.effects);
  seen(reply.version);
}

/** Links to another tab or to a Drive folder stay in the playground; others (mailto…) open as usual. */
function followLink(url) {
  const gid = /docs\.google\.com\/spreadsheets\/.*#gid=(\d+)/.exec(url);
  if (gid) {
    const tab = tabs.find((t) => String(t.id) === gid[1]);
    if (tab) void showTab(tab.name);
    return true;
  }
  const drive = /drive\.google\.com\/(?:drive\/folders|file\/d)\/([^/?#]+)/.exec(url);
  if (drive) {
    void openDrive(drive[1]);
    return true;
  }
  return false;
}

// ---- sidebar and dialogs ----

function openSidebar(title) {
  $('sidebar-title').textContent = title || 'OLAP';
  $('sidebar-panel').hidden = false;
  $('sidebar-frame').title = title || 'OLAP';
  $('sidebar-frame').src = `/frame/sidebar?t=${Date.now()}`;
}

function closeSidebar(tellServer = true) {
  $('sidebar-panel').hidden = true;
  $('sidebar-frame').src = 'about:blank';
  if (tellServer) void api.post('/close', { frame: 'sidebar' });
}

function bindFrames() {
  $('sidebar-close').addEventListener('click', () => closeSidebar());
  window.addEventListener('message', (e) => {
    const m = e.data;
    if (!m || m.olap !== true || e.origin !== location.origin) return;
    if (m.type === 'close') {
      if (m.frame === 'sidebar') closeSidebar();
      else closeDialog(m.frame);
    }
    if (m.type === 'ran') {
      void applyEffects(m.effects);
      seen(m.version);
    }
  });
}

async function start() {
  bindMenus();
  bindTabs();
  bindFrames();
  await refresh();
  const state = await api.get('/state');
  if (state.sidebar) openSidebar(state.sidebar.title);
  if (current) await showTab(current);
}

void start();
