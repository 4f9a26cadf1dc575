/**
 * What the playground page shows, read from the emulator without going through the add-on: a tab as Sheets draws it
 * (values, colours, links, notes, validation, frozen rows, row groups), the Drive tree with its sharing, the outbox.
 */
import type { Emulator } from '../emulator';
import type { DriveFileRecord } from '../emulator/services/drive';

/** Blank rows and columns shown past the data, as Sheets shows an empty grid around it. */
const EXTRA_ROWS = 30;
const EXTRA_COLUMNS = 3;
const MIN_COLUMNS = 12;

export interface TabInfo {
  name: string;
  id: number;
  hidden: boolean;
  tabColor: string | null;
}

export function listTabs(emulator: Emulator): TabInfo[] {
  return emulator.spreadsheet.sheetNames().map((name) => {
    const p = emulator.spreadsheet.peek(name)!;
    return { name, id: sheetIdOf(emulator, name), hidden: p.hidden, tabColor: p.tabColor };
  });
}

function sheetIdOf(emulator: Emulator, name: string): number {
  const id = emulator.spreadsheet.getSheetByName(name)?.getSheetId() ?? -1;
  return id;
}

const trim = <T>(matrix: T[][], rows: number, cols: number): T[][] => matrix.slice(0, rows).map((r) => r.slice(0, cols));

/** One tab, cut to the used area plus a margin (validation set over a whole column would otherwise be 1,000 rows). */
export function tabView(emulator: Emulator, name: string) {
  const p = emulator.spreadsheet.peek(name);
  if (!p) return null;
  const rows = Math.min(p.maxRows, Math.max(p.lastRow + EXTRA_ROWS, p.frozenRows + 1, 40));
  const cols = Math.min(p.maxColumns, Math.max(p.lastColumn + EXTRA_COLUMNS, MIN_COLUMNS));
  const sheet = emulator.spreadsheet.getSheetByName(name)!;
  const widths = Array.from({ length: cols }, (_, i) => sheet.getColumnWidth(i + 1));
  const groupControlAfter = String(sheet.getRowGroupControlPosition()) === 'AFTER';
  emulator.calls.reset();
  return {
    name,
    id: sheetIdOf(emulator, name),
    rows,
    cols,
    lastRow: p.lastRow,
    lastColumn: p.lastColumn,
    frozenRows: p.frozenRows,
    frozenColumns: p.frozenColumns,
    columnWidths: widths,
    values: trim(p.values, rows, cols),
    formulas: trim(p.formulas, rows, cols),
    displayValues: trim(p.displayValues, rows, cols),
    backgrounds: trim(p.backgrounds, rows, cols),
    fontColors: trim(p.fontColors, rows, cols),
    fontWeights: trim(p.fontWeights, rows, cols),
    notes: trim(p.notes, rows, cols),
    links: trim(p.links, rows, cols),
    validations: trim(p.validations, rows, cols),
    rowGroups: p.rowGroups,
    groupControlAfter,
    protections: p.protections,
    conditionalRules: p.conditionalRules,
  };
}

export interface DriveNode {
  id: string;
  name: string;
  folder: boolean;
  link: string;
  modifiedTime: string;
  owner: string;
  sharedWith: { email: string; role: string; notified: boolean }[];
  children: DriveNode[];
}

const FOLDER = 'application/vnd.google-apps.folder';

function linkOf(f: DriveFileRecord): string {
  return f.mimeType === FOLDER ? `https://drive.google.com/drive/folders/${f.id}` : `https://drive.google.com/file/d/${f.id}/view`;
}

/** My Drive as a tree of folders and files, each with who it is shared with. */
export function driveTree(emulator: Emulator): DriveNode {
  const files = Object.values(emulator.drive.state.files).filter((f) => !f.trashed);
  const byParent = new Map<string, DriveFileRecord[]>();
  for (const f of files) for (const parent of f.parents) byParent.set(parent, [...(byParent.get(parent) ?? []), f]);
  const node = (f: DriveFileRecord): DriveNode => ({
    id: f.id,
    name: f.name,
    folder: f.mimeType === FOLDER,
    link: linkOf(f),
    modifiedTime: f.modifiedTime,
    owner: f.ownerEmail,
    sharedWith: f.permissions.map((p) => ({ email: p.emailAddress ?? p.domain ?? p.type, role: p.role, notified: p.notificationEmailRequested })),
    children: (byParent.get(f.id) ?? [])
      .sort((a, b) => Number(b.mimeType === FOLDER) - Number(a.mimeType === FOLDER) || a.name.localeCompare(b.name, 'fr', { numeric: true }))
      .map(node),
  });
  return node(emulator.drive.state.files[emulator.drive.rootId]);
}

/** The outbox, newest first, with the text of attachments cut short. */
export function outbox(emulator: Emulator) {
  return emulator.mail.outbox
    .map((m, index) => ({
      index,
      to: m.to,
      cc: m.cc,
      bcc: m.bcc,
      subject: m.subject,
      body: m.body,
      htmlBody: m.htmlBody ?? null,
      name: m.name ?? null,
      replyTo: m.replyTo ?? null,
      sentAt: m.sentAt,
      attachments: m.attachments.map((a) => ({ name: a.name, contentType: a.contentType, size: a.size, preview: a.text.slice(0, 2000) })),
    }))
    .reverse();
}
