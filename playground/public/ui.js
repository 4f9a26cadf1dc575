/** What Sheets shows around the grid: alert boxes, confirmations, toasts, modal dialogs holding the add-on's HTML. */
import { T } from './messages.js';

const host = () => document.getElementById('modal-host');
const overlay = () => document.getElementById('overlay');
let queue = Promise.resolve();

function el(tag, props = {}, children = []) {
  const node = Object.assign(document.createElement(tag), props);
  for (const child of children) if (child) node.append(child);
  return node;
}
export { el };

/** One modal box at a time, as Sheets does; resolves with the button pressed. */
function modal({ title, body, buttons, className = '', note = '' }) {
  const run = () =>
    new Promise((resolve) => {
      const previous = document.activeElement;
      const titleId = `m-${Math.random().toString(36).slice(2)}`;
      const box = el('div', { className: `modal ${className}`, role: 'alertdialog' });
      box.setAttribute('aria-modal', 'true');
      box.setAttribute('aria-labelledby', titleId);
      const done = (value) => {
        box.remove();
        overlay().hidden = !host().children.length;
        previous?.focus?.();
        resolve(value);
      };
      const foot = el('div', { className: 'alert-foot' }, [note ? el('span', { className: 'muted', textContent: note }) : null]);
      buttons.forEach(([label, value, primary]) => {
        const b = el('button', { type: 'button', className: primary ? 'primary' : 'secondary', textContent: label });
        b.dataset.value = value;
        b.addEventListener('click', () => done(value));
        foot.append(b);
      });
      box.append(el('div', { className: 'modal-head' }, [el('h2', { id: titleId, textContent: title })]), el('div', { className: 'alert-body', textContent: body }), foot);
      box.addEventListener('keydown', (e) => {
        if (e.key === 'Escape') done(buttons.find((b) => !b[2])?.[1] ?? buttons[0][1]);
      });
      overlay().hidden = false;
      host().append(box);
      foot.querySelector('.primary')?.focus();
    });
  queue = queue.then(run, run);
  return queue;
}

/** An alert the add-on showed (`Ui.alert`): the emulator already answered it, the page shows what it said. */
export function showAlert(alert) {
  const answered = alert.buttons && alert.buttons !== 'OK' ? T.answered(T.buttons[alert.answer] || alert.answer) : '';
  const text = alert.kind === 'prompt' ? `${alert.prompt}\n\n→ ${alert.responseText || ''}` : alert.prompt;
  return modal({ title: alert.title || 'OLAP', body: text, buttons: [[T.ok, 'OK', true]], className: 'addon-alert', note: answered });
}

export function showError(title, message) {
  return modal({ title, body: message, buttons: [[T.ok, 'OK', true]], className: 'error-modal' });
}

export function confirmBox(title, message) {
  return modal({ title, body: message, buttons: [[T.cancel, false, false], [T.ok, true, true]] }).then(Boolean);
}

export function toast({ title, message, timeoutSeconds }) {
  const close = el('button', { type: 'button', textContent: T.close });
  const node = el('div', { className: 'toast', role: 'status' }, [el('div', {}, [title ? el('strong', { textContent: title }) : null, el('span', { textContent: message })]), close]);
  close.addEventListener('click', () => node.remove());
  document.getElementById('toasts').append(node);
  const seconds = timeoutSeconds > 0 ? timeoutSeconds : timeoutSeconds < 0 ? 0 : 5;
  if (seconds) setTimeout(() => node.remove(), Math.max(seconds, 4) * 1000);
}

const dialogs = new Map();

/** A modal dialog of the add-on (`showModalDialog`): its HTML in a frame of the size it asked for. */
export function openDialog({ index, title, width, height }, onClose) {
  const titleId = `dialog-title-${index}`;
  const box = el('div', { className: 'modal addon-dialog', role: 'dialog' });
  box.dataset.index = index;
  box.setAttribute('aria-modal', 'true');
  box.setAttribute('aria-labelledby', titleId);
  const x = el('button', { type: 'button', className: 'icon-button', textContent: '✕' });
  x.setAttribute('aria-label', T.close);
  x.addEventListener('click', () => closeDialog(index));
  const frame = el('iframe', { src: `/frame/dialog/${index}`, title });
  frame.style.width = `${Math.min(width || 480, window.innerWidth - 40)}px`;
  frame.style.height = `${Math.min(height || 600, window.innerHeight - 100)}px`;
  box.append(el('div', { className: 'modal-head' }, [el('h2', { id: titleId, textContent: title }), x]), frame);
  overlay().hidden = false;
  host().append(box);
  dialogs.set(String(index), { box, onClose });
}

export function closeDialog(index) {
  const d = dialogs.get(String(index));
  if (!d) return;
  dialogs.delete(String(index));
  d.box.remove();
  overlay().hidden = !host().children.length;
  d.onClose?.(index);
}
