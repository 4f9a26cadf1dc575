/**
 * One tab drawn as Google Sheets draws it: column letters, row numbers, frozen rows and columns, row groups,
 * backgrounds (static and conditional), checkboxes, dropdown chips, links and notes. Editing works as in Sheets:
 * type over a selected cell, Enter / F2 / double-click to edit, Delete to clear, paste a block, tick a checkbox,
 * pick from a dropdown. Each edit is handed to `onEdit(row, column, values)`; the server does the rest.
 */
import { T } from './messages.js';

export const colName = (n) => {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
};
const colNumber = (letters) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
/** `E7`, `E7:G47`, `A:P`, `A1:Q6` → 1-based bounds (open ends are Infinity). */
const parseA1 = (a1) => {
  const [a, b] = a1.replace(/\$/g, '').split(':');
  const part = (s) => {
    const m = /^([A-Z]*)(\d*)$/.exec(s);
    return m ? { c: m[1] ? colNumber(m[1]) : null, r: m[2] ? Number(m[2]) : null } : null;
  };
  const p = part(a), q = b === undefined ? p : part(b);
  if (!p || !q) return null;
  return { r1: p.r ?? 1, c1: p.c ?? 1, r2: q.r ?? Infinity, c2: q.c ?? Infinity };
};
const rangePart = (ref) => ref.replace(/^.*!/, '');
const inArea = (a, r, c) => a && r >= a.r1 && r <= a.r2 && c >= a.c1 && c <= a.c2;
const ISO_DATE = /^\d{4}-\d\d-\d\dT\d\d:\d\d/;

/** The background a conditional rule gives a cell, if any (the rule types the add-on uses, and a few more). */
function conditional(rules, r, c, value, display) {
  for (const rule of rules) {
    if (!rule.areas.some((a) => inArea(a, r, c))) continue;
    const text = String(display ?? '');
    const [arg] = rule.values;
    const num = typeof value === 'number' ? value : NaN;
    const hit =
      (rule.type === 'TEXT_EQUAL_TO' && text === String(arg)) ||
      (rule.type === 'TEXT_CONTAINS' && text.includes(String(arg))) ||
      (rule.type === 'TEXT_STARTS_WITH' && text.startsWith(String(arg))) ||
      (rule.type === 'CELL_EMPTY' && text === '') ||
      (rule.type === 'CELL_NOT_EMPTY' && text !== '') ||
      (rule.type === 'NUMBER_GREATER_THAN' && num > Number(arg)) ||
      (rule.type === 'NUMBER_LESS_THAN' && num < Number(arg)) ||
      (rule.type === 'NUMBER_EQUAL_TO' && num === Number(arg));
    if (hit) return rule;
  }
  return null;
}

export class SheetGrid {
  constructor(host, { onEdit, onLink, onSelect }) {
    this.host = host;
    this.onEdit = onEdit;
    this.onLink = onLink;
    this.onSelect = onSelect;
    this.view = null;
    this.sel = { r: 1, c: 1 };
    this.collapsed = new Map();
    this.editor = document.getElementById('cell-editor');
    this.dropdown = document.getElementById('dropdown');
    this.tip = document.getElementById('note-tip');
    this.bind();
  }

  cell(r, c) {
    return this.host.querySelector(`td[data-r="${r}"][data-c="${c}"]`);
  }

  /** Draws a tab; keeps the selection and scroll position when it is the same tab again. */
  render(view) {
    const same = this.view && this.view.name === view.name;
    const scroll = same ? { x: this.host.scrollLeft, y: this.host.scrollTop } : { x: 0, y: 0 };
    if (!same) this.sel = { r: Math.min(view.frozenRows + 1, view.rows), c: 1 };
    this.view = view;
    this.rules = view.conditionalRules.map((rule) => ({ ...rule, areas: rule.ranges.map((x) => parseA1(rangePart(x))) }));
    this.protections = view.protections.filter((p) => p.range).map((p) => ({ ...p, area: parseA1(p.range) }));
    this.host.replaceChildren(this.table(view));
    this.placeFrozen();
    this.host.scrollLeft = scroll.x;
    this.host.scrollTop = scroll.y;
    this.select(this.sel.r, this.sel.c, { scroll: !same });
  }

  table(v) {
    const hasGroups = v.rowGroups.length > 0;
    const table = document.createElement('table');
    table.className = 'sheet';
    const colgroup = document.createElement('colgroup');
    const widths = [...(hasGroups ? [18] : []), 46, ...v.columnWidths];
    for (const w of widths) colgroup.append(Object.assign(document.createElement('col'), { style: `width:${w}px` }));
    table.style.width = `${widths.reduce((a, b) => a + b, 0)}px`;
    table.append(colgroup);

    const head = document.createElement('thead');
    head.className = 'cols';
    const hr = head.insertRow();
    if (hasGroups) hr.append(Object.assign(document.createElement('th'), { className: 'gutter' }));
    hr.append(Object.assign(document.createElement('th'), { className: 'corner' }));
    for (let c = 1; c <= v.cols; c++) {
      const th = Object.assign(document.createElement('th'), { className: 'col-head', textContent: colName(c) });
      th.dataset.c = c;
      hr.append(th);
    }
    table.append(head);

    const frozen = document.createElement('tbody');
    frozen.className = 'frozen';
    const body = document.createElement('tbody');
    const controls = new Map(v.rowGroups.map((g) => [v.groupControlAfter ? g.end + 1 : g.start - 1, g]));
    for (let r = 1; r <= v.rows; r++) {
      const tr = (r <= v.frozenRows ? frozen : body).insertRow();
      tr.dataset.r = r;
      if (hasGroups) tr.append(this.gutter(v, r, controls.get(r)));
      const num = Object.assign(document.createElement('th'), { className: 'rownum', textContent: r });
      num.dataset.r = r;
      tr.append(num);
      for (let c = 1; c <= v.cols; c++) tr.append(this.td(v, r, c));
    }
    if (v.frozenRows > 0) table.append(frozen);
    table.append(body);
    this.applyCollapse(table);
    return table;
  }

  gutter(v, r, control) {
    const th = Object.assign(document.createElement('th'), { className: 'gutter' });
    const group = v.rowGroups.find((g) => r >= g.start && r <= g.end);
    if (group) th.append(Object.assign(document.createElement('span'), { className: `bracket${r === group.end ? ' end' : ''}` }));
    if (control) {
      const key = `${v.name}:${control.start}`;
      const closed = this.collapsed.has(key) ? this.collapsed.get(key) : control.collapsed;
      const b = Object.assign(document.createElement('button'), { type: 'button', className: 'group-toggle', textContent: closed ? '+' : '−' });
      b.setAttribute('aria-label', closed ? T.expand : T.collapse);
      b.dataset.group = key;
      th.append(b);
    }
    return th;
  }

  applyCollapse(table) {
    const v = this.view;
    for (const g of v.rowGroups) {
      const key = `${v.name}:${g.start}`;
      const closed = this.collapsed.has(key) ? this.collapsed.get(key) : g.collapsed;
      for (let r = g.start; r <= g.end; r++) table.querySelector(`tr[data-r="${r}"]`)?.classList.toggle('collapsed', closed);
    }
  }

  td(v, r, c) {
    const td = document.createElement('td');
    td.dataset.r = r;
    td.dataset.c = c;
    const i = r - 1, j = c - 1;
    const value = v.values[i]?.[j] ?? '';
    const display = v.displayValues[i]?.[j] ?? '';
    const dv = v.validations[i]?.[j];
    const link = v.links[i]?.[j];
    const note = v.notes[i]?.[j];
    const rule = conditional(this.rules, r, c, value, display);
    const bg = rule?.background || v.backgrounds[i]?.[j];
    if (bg && bg !== '#ffffff') td.style.background = bg;
    const fc = rule?.fontColor || v.fontColors[i]?.[j];
    if (fc && fc !== '#000000') td.style.color = fc;
    if ((rule?.bold ?? false) || v.fontWeights[i]?.[j] === 'bold') td.style.fontWeight = 'bold';
    if (c <= v.frozenColumns) {
      td.classList.add('frozen-col');
      if (c === v.frozenColumns) td.classList.add('frozen-col-last');
      if (!td.style.background) td.style.background = '#fff';
    }
    if (dv?.type === 'CHECKBOX') {
      td.classList.add('bool');
      const box = Object.assign(document.createElement('input'), { type: 'checkbox', checked: value === true, tabIndex: -1 });
      box.setAttribute('aria-label', `${colName(c)}${r}`);
      td.append(box);
      return td;
    }
    if (typeof value === 'number' || (typeof value === 'string' && ISO_DATE.test(value))) td.classList.add('num');
    else if (typeof value === 'boolean') td.classList.add('bool');
    if (link) {
      const a = Object.assign(document.createElement('a'), { href: link, textContent: display || link, target: '_blank', rel: 'noopener' });
      a.dataset.link = link;
      td.append(a);
    } else td.textContent = display;
    if (dv && (dv.type === 'VALUE_IN_LIST' || dv.type === 'VALUE_IN_RANGE') && dv.values[1] !== false) {
      td.classList.add('has-list');
      const chip = Object.assign(document.createElement('span'), { className: 'dv-chip', title: dv.helpText || '' });
      chip.setAttribute('aria-hidden', 'true');
      td.append(chip);
    }
    if (note) {
      td.classList.add('has-note');
      td.dataset.note = note;
    }
    // Text runs over empty neighbours on the right, as in Sheets.
    const next = v.displayValues[i]?.[j + 1];
    if (display && !link && !dv && !note && td.classList.length === 0 && (next === '' || next === undefined) && c < v.cols) td.classList.add('overflow');
    return td;
  }

  /** Frozen rows stick under the column letters; frozen columns stick beside the row numbers. */
  placeFrozen() {
    const v = this.view;
    const table = this.host.querySelector('table');
    const headH = table.tHead.getBoundingClientRect().height;
    let top = headH;
    for (const tr of table.querySelectorAll('tbody.frozen tr')) {
      for (const cell of tr.children) {
        cell.style.position = 'sticky';
        cell.style.top = `${top}px`;
      }
      top += tr.getBoundingClientRect().height;
    }
    const gutter = v.rowGroups.length ? 18 : 0;
    for (const th of table.querySelectorAll('th.rownum, th.corner')) th.style.left = `${gutter}px`;
    for (const th of table.querySelectorAll('th.gutter')) th.style.left = '0px';
    if (v.frozenColumns > 0) {
      let left = gutter + 46;
      for (let c = 1; c <= v.frozenColumns; c++) {
        for (const td of table.querySelectorAll(`td[data-c="${c}"]`)) td.style.left = `${left}px`;
        left += v.columnWidths[c - 1];
      }
    }
  }

  select(r, c, { scroll = true } = {}) {
    const v = this.view;
    if (!v) return;
    r = Math.max(1, Math.min(v.rows, r));
    c = Math.max(1, Math.min(v.cols, c));
    this.host.querySelectorAll('.selected').forEach((el) => el.classList.remove('selected'));
    this.sel = { r, c };
    const td = this.cell(r, c);
    td?.classList.add('selected');
    this.host.querySelector(`th.col-head[data-c="${c}"]`)?.classList.add('selected');
    this.host.querySelector(`th.rownum[data-r="${r}"]`)?.classList.add('selected');
    if (td && scroll) td.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const i = r - 1, j = c - 1;
    const raw = v.formulas[i]?.[j] || (typeof v.values[i]?.[j] === 'boolean' ? String(v.values[i][j]).toUpperCase() : v.displayValues[i]?.[j] ?? '');
    this.onSelect(`${colName(c)}${r}`, raw);
  }

  protectedAt(r, c) {
    return this.protections.find((p) => inArea(p.area, r, c)) || null;
  }

  startEdit(initial) {
    const { r, c } = this.sel;
    const v = this.view;
    const dv = v.validations[r - 1]?.[c - 1];
    if (dv?.type === 'CHECKBOX') return this.toggle(r, c);
    const td = this.cell(r, c);
    if (!td) return;
    const box = td.getBoundingClientRect();
    Object.assign(this.editor.style, {
      left: `${box.left + window.scrollX - 1}px`,
      top: `${box.top + window.scrollY - 1}px`,
      width: `${Math.max(box.width + 2, 120)}px`,
      height: `${box.height + 2}px`,
    });
    this.editor.dataset.r = r;
    this.editor.dataset.c = c;
    this.editor.value = initial ?? (v.formulas[r - 1]?.[c - 1] || v.displayValues[r - 1]?.[c - 1] || '');
    this.editor.hidden = false;
    this.editor.focus();
    this.editor.setSelectionRange(this.editor.value.length, this.editor.value.length);
  }

  async commit(move) {
    if (this.editor.hidden) return;
    const r = +this.editor.dataset.r, c = +this.editor.dataset.c;
    const text = this.editor.value;
    this.editor.hidden = true;
    this.host.focus();
    const before = this.view.formulas[r - 1]?.[c - 1] || this.view.displayValues[r - 1]?.[c - 1] || '';
    if (text !== before) await this.onEdit(r, c, [[text]]);
    if (move) this.select(r + move.dr, c + move.dc);
  }

  cancel() {
    this.editor.hidden = true;
    this.host.focus();
  }

  toggle(r, c) {
    const value = this.view.values[r - 1]?.[c - 1];
    return this.onEdit(r, c, [[!(value === true)]]);
  }

  openDropdown(r, c) {
    const dv = this.view.validations[r - 1]?.[c - 1];
    const td = this.cell(r, c);
    if (!dv || !td) return;
    const options = Array.isArray(dv.values[0]) ? dv.values[0] : [];
    this.dropdown.replaceChildren(
      ...options.map((o) => {
        const b = Object.assign(document.createElement('button'), { type: 'button' });
        b.setAttribute('role', 'option');
        b.dataset.value = o;
        b.append(Object.assign(document.createElement('span'), { className: 'chip', textContent: o }));
        return b;
      }),
    );
    const box = td.getBoundingClientRect();
    Object.assign(this.dropdown.style, { left: `${box.left + window.scrollX}px`, top: `${box.bottom + window.scrollY + 2}px` });
    this.dropdown.dataset.r = r;
    this.dropdown.dataset.c = c;
    this.dropdown.hidden = false;
    this.dropdown.querySelector('button')?.focus();
  }

  closeDropdown() {
    this.dropdown.hidden = true;
  }

  bind() {
    const host = this.host;
    host.addEventListener('mousedown', (e) => {
      if (!this.editor.hidden) void this.commit();
      const toggle = e.target.closest('.group-toggle');
      if (toggle) {
        e.preventDefault();
        const key = toggle.dataset.group;
        const g = this.view.rowGroups.find((x) => `${this.view.name}:${x.start}` === key);
        const closed = this.collapsed.has(key) ? this.collapsed.get(key) : g.collapsed;
        this.collapsed.set(key, !closed);
        toggle.textContent = !closed ? '+' : '−';
        toggle.setAttribute('aria-label', !closed ? T.expand : T.collapse);
        this.applyCollapse(host.querySelector('table'));
        return;
      }
      const td = e.target.closest('td');
      if (!td) return;
      const r = +td.dataset.r, c = +td.dataset.c;
      this.select(r, c, { scroll: false });
      if (e.target.matches('input[type="checkbox"]')) {
        e.preventDefault();
        void this.guard(r, c, () => this.toggle(r, c));
      } else if (e.target.closest('.dv-chip')) {
        e.preventDefault();
        this.openDropdown(r, c);
      }
      if (!e.target.closest('a')) {
        e.preventDefault();
        host.focus();
      }
    });
    host.addEventListener('click', (e) => {
      const a = e.target.closest('a[data-link]');
      if (a && this.onLink(a.dataset.link)) e.preventDefault();
      if (e.target.matches('input[type="checkbox"]')) e.preventDefault();
    });
    host.addEventListener('dblclick', (e) => {
      if (e.target.closest('td') && !e.target.closest('a, input')) void this.guard(this.sel.r, this.sel.c, () => this.startEdit());
    });
    host.addEventListener('keydown', (e) => this.keydown(e));
    host.addEventListener('paste', (e) => {
      const text = e.clipboardData?.getData('text/plain');
      if (!text || !this.editor.hidden) return;
      e.preventDefault();
      const rows = text.replace(/\r/g, '').replace(/\n$/, '').split('\n').map((line) => line.split('\t'));
      void this.guard(this.sel.r, this.sel.c, () => this.onEdit(this.sel.r, this.sel.c, rows));
    });
    host.addEventListener('mouseover', (e) => {
      const td = e.target.closest('td.has-note');
      if (!td) return void (this.tip.hidden = true);
      const box = td.getBoundingClientRect();
      this.tip.textContent = td.dataset.note;
      Object.assign(this.tip.style, { left: `${box.right + window.scrollX + 4}px`, top: `${box.top + window.scrollY}px` });
      this.tip.hidden = false;
    });
    host.addEventListener('mouseleave', () => (this.tip.hidden = true));
    host.addEventListener('scroll', () => {
      this.tip.hidden = true;
      this.closeDropdown();
    });
    this.editor.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        void this.commit({ dr: 1, dc: 0 });
      } else if (e.key === 'Tab') {
        e.preventDefault();
        void this.commit({ dr: 0, dc: e.shiftKey ? -1 : 1 });
      } else if (e.key === 'Escape') {
        e.preventDefault();
        this.cancel();
      }
    });
    this.editor.addEventListener('blur', () => void this.commit());
    this.dropdown.addEventListener('click', (e) => {
      const b = e.target.closest('button[data-value]');
      if (!b) return;
      const r = +this.dropdown.dataset.r, c = +this.dropdown.dataset.c;
      this.closeDropdown();
      host.focus();
      void this.guard(r, c, () => this.onEdit(r, c, [[b.dataset.value]]));
    });
    this.dropdown.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        this.closeDropdown();
        host.focus();
      } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        const items = [...this.dropdown.querySelectorAll('button')];
        const k = items.indexOf(document.activeElement);
        items[(k + (e.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length]?.focus();
      }
    });
    document.addEventListener('mousedown', (e) => {
      if (!this.dropdown.hidden && !e.target.closest('#dropdown') && !e.target.closest('.dv-chip')) this.closeDropdown();
    });
  }

  keydown(e) {
    if (!this.view || e.target !== this.host) return;
    const { r, c } = this.sel;
    const moves = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1], Tab: [0, e.shiftKey ? -1 : 1] };
    if (moves[e.key]) {
      e.preventDefault();
      if (e.key === 'ArrowDown' && e.altKey) return this.openDropdown(r, c);
      return this.select(r + moves[e.key][0], c + moves[e.key][1]);
    }
    if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      const dv = this.view.validations[r - 1]?.[c - 1];
      if (e.key === 'Enter' && dv && (dv.type === 'VALUE_IN_LIST' || dv.type === 'VALUE_IN_RANGE')) return this.openDropdown(r, c);
      return void this.guard(r, c, () => this.startEdit());
    }
    if (e.key === ' ' && this.view.validations[r - 1]?.[c - 1]?.type === 'CHECKBOX') {
      e.preventDefault();
      return void this.guard(r, c, () => this.toggle(r, c));
    }
    if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      if ((this.view.values[r - 1]?.[c - 1] ?? '') !== '') void this.guard(r, c, () => this.onEdit(r, c, [['']]));
      return;
    }
    if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      void this.guard(r, c, () => this.startEdit(e.key));
    }
  }

  /** A range protected with a warning asks before editing, as Sheets does. */
  async guard(r, c, act) {
    const p = this.protectedAt(r, c);
    if (p && p.warningOnly && !(await this.confirmProtected())) return;
    return act();
  }

  /** Set by the page: shows Sheets' warning about a protected range. */
  confirmProtected() {
    return Promise.resolve(true);
  }
}
