/** The panels Sheets does not have but the playground needs: the outbox, My Drive with its sharing, the script log. */
import { T } from './messages.js';
import { el } from './ui.js';

const fmt = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Paris' });

export function closeDrawers() {
  document.querySelectorAll('.drawer').forEach((d) => (d.hidden = true));
}

function openDrawer(id) {
  closeDrawers();
  const drawer = document.getElementById(id);
  drawer.hidden = false;
  drawer.querySelector('.drawer-close').focus();
  return drawer;
}

export async function openEmails() {
  openDrawer('emails-panel');
  const { emails, remainingQuota } = await fetch('/api/emails').then((r) => r.json());
  document.getElementById('emails-quota').textContent = T.quota(remainingQuota);
  const list = document.getElementById('emails-list');
  if (!emails.length) return list.replaceChildren(el('p', { className: 'muted', textContent: T.noEmails, style: 'padding: 0 20px' }));
  list.replaceChildren(...emails.map((m, i) => mail(m, i === 0)));
}

function mail(m, open) {
  const item = el('article', { className: 'mail' });
  item.dataset.index = m.index;
  const head = el('button', { type: 'button' }, [
    el('span', { className: 'subject', textContent: m.subject }),
    el('span', { className: 'date', textContent: fmt.format(new Date(m.sentAt)) }),
    el('span', { className: 'to', textContent: `${T.to} : ${m.to.join(', ')}${m.cc.length ? ` — ${T.cc} : ${m.cc.join(', ')}` : ''}` }),
  ]);
  head.setAttribute('aria-expanded', String(open));
  const detail = el('div', { className: 'detail', hidden: !open });
  const fill = () => {
    if (detail.childElementCount) return;
    const htmlButton = el('button', { type: 'button', className: 'secondary', textContent: T.html });
    const textButton = el('button', { type: 'button', className: 'secondary', textContent: T.text });
    const frame = el('iframe', { title: m.subject, sandbox: '' });
    frame.srcdoc = m.htmlBody || `<pre style="white-space:pre-wrap;font-family:Arial">${m.body.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c])}</pre>`;
    const text = el('pre', { textContent: m.body, hidden: true });
    htmlButton.addEventListener('click', () => ((frame.hidden = false), (text.hidden = true)));
    textButton.addEventListener('click', () => ((frame.hidden = true), (text.hidden = false)));
    detail.append(el('div', { className: 'views' }, [htmlButton, textButton]), frame, text);
    if (m.attachments.length) {
      detail.append(el('h3', { textContent: T.attachments }));
      for (const a of m.attachments) detail.append(el('p', { textContent: `${a.name} (${a.contentType}, ${a.size} o)` }), el('pre', { textContent: a.preview }));
    }
  };
  if (open) fill();
  head.addEventListener('click', () => {
    fill();
    detail.hidden = !detail.hidden;
    head.setAttribute('aria-expanded', String(!detail.hidden));
  });
  item.append(head, detail);
  return item;
}

/** My Drive as a tree; `targetId` (a folder a cell links to) is shown opened and highlighted. */
export async function openDrive(targetId) {
  openDrawer('drive-panel');
  const { root } = await fetch('/api/drive').then((r) => r.json());
  const path = new Set();
  const find = (n) => {
    if (n.id === targetId) return true;
    for (const c of n.children) if (find(c)) return path.add(n.id), true;
    return false;
  };
  if (targetId) find(root);
  const tree = document.getElementById('drive-tree');
  tree.replaceChildren(el('ul', { className: 'tree' }, [node(root, 0, path, targetId)]));
  tree.querySelector('.node.target')?.scrollIntoView({ block: 'center' });
}

function node(n, depth, path, targetId, inherited = false) {
  const li = el('li');
  const open = depth < 2 || path.has(n.id);
  const children = el('ul', { className: 'tree', hidden: !open }, n.children.map((c) => node(c, depth + 1, path, targetId, inherited || n.sharedWith.some((s) => s.role !== 'owner'))));
  const toggle = el('button', { type: 'button', className: 'toggle', textContent: n.children.length ? (open ? '▾' : '▸') : '' });
  toggle.setAttribute('aria-label', n.name);
  if (n.children.length) toggle.setAttribute('aria-expanded', String(open));
  toggle.addEventListener('click', () => {
    children.hidden = !children.hidden;
    toggle.textContent = children.hidden ? '▸' : '▾';
    toggle.setAttribute('aria-expanded', String(!children.hidden));
  });
  // The owner is on every file: only the people it is shared with are worth showing.
  const shared = n.sharedWith.filter((s) => s.role !== 'owner');
  const shares = shared.length
    ? shared.map((s) => el('span', { className: 'share', textContent: `${s.email} · ${T.roles[s.role] || s.role}${s.notified ? ` · ${T.notified}` : ''}`, title: s.notified ? T.notified : T.silent }))
    : depth > 0 && n.folder ? [el('span', { className: 'share none', textContent: inherited ? T.inherited : T.notShared })] : [];
  const row = el('div', { className: `node${n.id === targetId ? ' target' : ''}` }, [
    toggle,
    el('span', { className: n.folder ? 'icon-folder' : 'icon-file', ariaHidden: 'true' }),
    el('span', { className: 'name', textContent: depth === 0 ? T.myDrive : n.name }),
    ...shares,
  ]);
  row.dataset.id = n.id;
  li.append(row, children);
  return li;
}

export async function openLogs() {
  openDrawer('logs-panel');
  const { logs } = await fetch('/api/logs').then((r) => r.json());
  document.getElementById('logs-list').textContent = logs.length ? logs.join('\n') : T.noLogs;
}
