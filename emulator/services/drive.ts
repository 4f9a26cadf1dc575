/**
 * The Drive advanced service, v3 (global `Drive`): Files.create/get/list/update/remove, Permissions.create/list.
 * Responses carry only the fields Google returns by default (kind, id, name, mimeType for a file) unless `fields`
 * asks for more (`fields: 'id,webViewLink,parents'`, `'*'` for all), as the real API does.
 */
import type { EmulatorContext } from '../core/context';
import { parseFields, parseQuery, QueryError, selectFields, type FieldTree } from './drive-query';

export const FOLDER_MIME = 'application/vnd.google-apps.folder';
export const SPREADSHEET_MIME = 'application/vnd.google-apps.spreadsheet';
export const DOCUMENT_MIME = 'application/vnd.google-apps.document';
const ROOT_ID = '0AEmuRootFolder_my_drive_emulated';

export interface DrivePermission {
  id: string;
  type: 'user' | 'group' | 'domain' | 'anyone';
  role: string;
  emailAddress?: string;
  domain?: string;
  /** Whether the caller asked Drive to send its sharing notification email (sendNotificationEmail, default true). */
  notificationEmailRequested: boolean;
  emailMessage?: string;
}
export interface DriveFileRecord {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  trashed: boolean;
  starred: boolean;
  description?: string;
  appProperties: Record<string, string>;
  properties: Record<string, string>;
  createdTime: string;
  modifiedTime: string;
  /** Uploaded content as UTF-8 text (absent for folders). */
  content?: string;
  ownerEmail: string;
  permissions: DrivePermission[];
}
export interface DriveState {
  nextId: number;
  files: Record<string, DriveFileRecord>;
}

type Schema = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;
type Args = Record<string, unknown>;

export interface DriveFilesCollection {
  create(resource: Schema, mediaData?: GoogleAppsScript.Base.Blob | null, optionalArgs?: Args): Schema;
  get(fileId: string, optionalArgs?: Args): Schema | string;
  list(optionalArgs?: Args): GoogleAppsScript.Drive_v3.Drive.V3.Schema.FileList;
  update(resource: Schema, fileId: string, mediaData?: GoogleAppsScript.Base.Blob | null, optionalArgs?: Args): Schema;
  remove(fileId: string, optionalArgs?: Args): void;
}
export interface DrivePermissionsCollection {
  create(resource: GoogleAppsScript.Drive_v3.Drive.V3.Schema.Permission, fileId: string, optionalArgs?: Args): GoogleAppsScript.Drive_v3.Drive.V3.Schema.Permission;
  list(fileId: string, optionalArgs?: Args): GoogleAppsScript.Drive_v3.Drive.V3.Schema.PermissionList;
}
export interface DriveAdvancedService {
  Files: DriveFilesCollection;
  Permissions: DrivePermissionsCollection;
  newFile(): Schema;
  newPermission(): GoogleAppsScript.Drive_v3.Drive.V3.Schema.Permission;
}

export interface DriveEmulator {
  /** What scripts see as the global `Drive` (cast it to `GoogleAppsScript.Drive` if needed). */
  service: DriveAdvancedService;
  state: DriveState;
  rootId: string;
  get(id: string): DriveFileRecord | undefined;
  /** Non-trashed children of a folder. */
  children(folderId: string): DriveFileRecord[];
  /** Every file or folder with this name. */
  findByName(name: string): DriveFileRecord[];
  /** Indented text tree of My Drive (folders end with '/'; shared entries list their permissions). */
  tree(): string;
}

export class GoogleJsonResponseException extends Error {
  constructor(
    message: string,
    readonly details: { code: number; message: string },
  ) {
    super(message);
    this.name = 'GoogleJsonResponseException';
  }
}

function apiError(method: string, code: number, message: string): GoogleJsonResponseException {
  return new GoogleJsonResponseException(`API call to drive.${method} failed with error: ${message}`, { code, message });
}

const DEFAULT_FILE_FIELDS: FieldTree = { kind: true, id: true, name: true, mimeType: true };
const DEFAULT_PERMISSION_FIELDS: FieldTree = { kind: true, id: true, type: true, role: true };

function webViewLink(f: DriveFileRecord): string {
  if (f.mimeType === FOLDER_MIME) return `https://drive.google.com/drive/folders/${f.id}`;
  if (f.mimeType === SPREADSHEET_MIME) return `https://docs.google.com/spreadsheets/d/${f.id}/edit?usp=drivesdk`;
  if (f.mimeType === DOCUMENT_MIME) return `https://docs.google.com/document/d/${f.id}/edit?usp=drivesdk`;
  return `https://drive.google.com/file/d/${f.id}/view`;
}

function stringMap(input: unknown, base: Record<string, string> = {}): Record<string, string> {
  const out = { ...base };
  if (input && typeof input === 'object') {
    for (const [k, v] of Object.entries(input as Record<string, unknown>)) {
      if (v === null || v === undefined) delete out[k];
      else out[k] = String(v);
    }
  }
  return out;
}

function blobText(blob: GoogleAppsScript.Base.Blob | null | undefined): string | undefined {
  return blob ? blob.getDataAsString() : undefined;
}

export function createDrive(ctx: EmulatorContext, initial?: DriveState): DriveEmulator {
  const state: DriveState = initial
    ? JSON.parse(JSON.stringify(initial))
    : {
        nextId: 1,
        files: {
          [ROOT_ID]: {
            id: ROOT_ID,
            name: 'My Drive',
            mimeType: FOLDER_MIME,
            parents: [],
            trashed: false,
            starred: false,
            appProperties: {},
            properties: {},
            createdTime: new Date(ctx.clock.now()).toISOString(),
            modifiedTime: new Date(ctx.clock.now()).toISOString(),
            ownerEmail: ctx.userEmail,
            permissions: [],
          },
        },
      };

  const resolve = (id: string): string => (id === 'root' ? ROOT_ID : id);
  const nowIso = () => new Date(ctx.clock.now()).toISOString();
  const mustGet = (method: string, id: unknown): DriveFileRecord => {
    const f = typeof id === 'string' ? state.files[resolve(id)] : undefined;
    if (!f) throw apiError(method, 404, `File not found: ${String(id)}.`);
    return f;
  };
  const fieldsOf = (method: string, args: Args | undefined, def: FieldTree): FieldTree => {
    const fields = args?.fields;
    if (fields === undefined || fields === null) return def;
    try {
      return parseFields(String(fields));
    } catch {
      throw apiError(method, 400, `Invalid field selection ${String(fields)}`);
    }
  };

  const resourceOf = (f: DriveFileRecord): Record<string, unknown> => {
    const r: Record<string, unknown> = {
      kind: 'drive#file',
      id: f.id,
      name: f.name,
      mimeType: f.mimeType,
      parents: [...f.parents],
      trashed: f.trashed,
      starred: f.starred,
      appProperties: { ...f.appProperties },
      properties: { ...f.properties },
      createdTime: f.createdTime,
      modifiedTime: f.modifiedTime,
      webViewLink: webViewLink(f),
      owners: [{ kind: 'drive#user', emailAddress: f.ownerEmail, me: f.ownerEmail === ctx.userEmail }],
      permissions: f.permissions.map(permissionResource),
      shared: f.permissions.some((p) => p.role !== 'owner'),
    };
    if (f.description !== undefined) r.description = f.description;
    if (f.content !== undefined) r.size = String(Buffer.byteLength(f.content, 'utf8'));
    return r;
  };
  const permissionResource = (p: DrivePermission): Record<string, unknown> => {
    const r: Record<string, unknown> = { kind: 'drive#permission', id: p.id, type: p.type, role: p.role };
    if (p.emailAddress) r.emailAddress = p.emailAddress;
    if (p.domain) r.domain = p.domain;
    return r;
  };

  const assertParents = (method: string, parents: string[]): string[] =>
    parents.map((p) => {
      const f = mustGet(method, p);
      if (f.mimeType !== FOLDER_MIME) throw apiError(method, 403, 'The specified parent is not a folder.');
      return f.id;
    });

  const Files: DriveFilesCollection = {
    create(resource, mediaData, optionalArgs) {
      ctx.calls.record('drive', 'Files.create');
      const r = (resource ?? {}) as Record<string, unknown>;
      const fields = fieldsOf('files.create', optionalArgs, DEFAULT_FILE_FIELDS);
      const parents = assertParents('files.create', Array.isArray(r.parents) && r.parents.length ? (r.parents as string[]) : [ROOT_ID]);
      const mimeType = String(r.mimeType ?? mediaData?.getContentType() ?? 'application/octet-stream');
      const id = `1Emu${String(state.nextId++).padStart(6, '0')}_drive_file_id_emulated`;
      const now = nowIso();
      const rec: DriveFileRecord = {
        id,
        name: String(r.name ?? mediaData?.getName() ?? 'Untitled'),
        mimeType,
        parents,
        trashed: Boolean(r.trashed ?? false),
        starred: Boolean(r.starred ?? false),
        appProperties: stringMap(r.appProperties),
        properties: stringMap(r.properties),
        createdTime: now,
        modifiedTime: now,
        ownerEmail: ctx.userEmail,
        permissions: [{ id: `perm-owner-${id}`, type: 'user', role: 'owner', emailAddress: ctx.userEmail, notificationEmailRequested: false }],
      };
      if (r.description !== undefined) rec.description = String(r.description);
      const content = blobText(mediaData);
      if (content !== undefined && mimeType !== FOLDER_MIME) rec.content = content;
      state.files[id] = rec;
      return selectFields(resourceOf(rec), fields) as Schema;
    },

    get(fileId, optionalArgs) {
      ctx.calls.record('drive', 'Files.get');
      const f = mustGet('files.get', fileId);
      if (optionalArgs?.alt === 'media') {
        if (f.content === undefined) throw apiError('files.get', 403, 'Only files with binary content can be downloaded. Use Export with Docs Editors files.');
        return f.content;
      }
      return selectFields(resourceOf(f), fieldsOf('files.get', optionalArgs, DEFAULT_FILE_FIELDS)) as Schema;
    },

    list(optionalArgs) {
      ctx.calls.record('drive', 'Files.list');
      const args = optionalArgs ?? {};
      let pred;
      try {
        pred = parseQuery(args.q === undefined ? undefined : String(args.q), ROOT_ID);
      } catch (e) {
        if (e instanceof QueryError) throw apiError('files.list', 400, 'Invalid Value');
        throw e;
      }
      const pageSize = args.pageSize === undefined ? 100 : Number(args.pageSize);
      if (!(pageSize >= 1 && pageSize <= 1000)) throw apiError('files.list', 400, 'Invalid Value');
      let matches = Object.values(state.files).filter((f) => f.id !== ROOT_ID && pred(f));
      if (args.orderBy) {
        const keys = String(args.orderBy).split(',').map((k) => k.trim().split(/\s+/));
        matches = [...matches].sort((a, b) => {
          for (const [key, dir] of keys) {
            const field = key === 'name' || key === 'name_natural' ? 'name' : key === 'createdTime' ? 'createdTime' : key === 'folder' ? 'mimeType' : 'modifiedTime';
            const av = String((a as unknown as Record<string, unknown>)[field]);
            const bv = String((b as unknown as Record<string, unknown>)[field]);
            if (av !== bv) return (av < bv ? -1 : 1) * (dir === 'desc' ? -1 : 1);
          }
          return 0;
        });
      }
      const start = args.pageToken ? Number(Buffer.from(String(args.pageToken), 'base64').toString('utf8').replace('offset:', '')) : 0;
      if (!Number.isInteger(start) || start < 0) throw apiError('files.list', 400, 'Invalid Value');
      const page = matches.slice(start, start + pageSize);
      const list: Record<string, unknown> = {
        kind: 'drive#fileList',
        incompleteSearch: false,
        files: page.map(resourceOf),
      };
      if (start + pageSize < matches.length) list.nextPageToken = Buffer.from(`offset:${start + pageSize}`).toString('base64');
      const def: FieldTree = { kind: true, incompleteSearch: true, nextPageToken: true, files: DEFAULT_FILE_FIELDS };
      return selectFields(list, fieldsOf('files.list', args, def)) as GoogleAppsScript.Drive_v3.Drive.V3.Schema.FileList;
    },

    update(resource, fileId, mediaData, optionalArgs) {
      ctx.calls.record('drive', 'Files.update');
      const f = mustGet('files.update', fileId);
      const r = (resource ?? {}) as Record<string, unknown>;
      if (r.parents !== undefined)
        throw apiError('files.update', 403, 'The parents field is not directly writable in update requests. Use the addParents and removeParents parameters instead.');
      const fields = fieldsOf('files.update', optionalArgs, DEFAULT_FILE_FIELDS);
      const add = optionalArgs?.addParents ? String(optionalArgs.addParents).split(',').map((s) => s.trim()).filter(Boolean) : [];
      const remove = optionalArgs?.removeParents ? String(optionalArgs.removeParents).split(',').map((s) => s.trim()).filter(Boolean).map(resolve) : [];
      const added = assertParents('files.update', add);
      if (r.name !== undefined) f.name = String(r.name);
      if (r.description !== undefined) f.description = String(r.description);
      if (r.mimeType !== undefined && f.mimeType !== FOLDER_MIME) f.mimeType = String(r.mimeType);
      if (r.trashed !== undefined) f.trashed = Boolean(r.trashed);
      if (r.starred !== undefined) f.starred = Boolean(r.starred);
      if (r.appProperties !== undefined) f.appProperties = stringMap(r.appProperties, f.appProperties);
      if (r.properties !== undefined) f.properties = stringMap(r.properties, f.properties);
      f.parents = [...f.parents.filter((p) => !remove.includes(p)), ...added.filter((p) => !f.parents.includes(p))];
      const content = blobText(mediaData);
      if (content !== undefined) f.content = content;
      f.modifiedTime = nowIso();
      return selectFields(resourceOf(f), fields) as Schema;
    },

    remove(fileId) {
      ctx.calls.record('drive', 'Files.remove');
      const f = mustGet('files.delete', fileId);
      const doomed = new Set([f.id]);
      let grew = true;
      while (grew) {
        grew = false;
        for (const x of Object.values(state.files))
          if (!doomed.has(x.id) && x.parents.length && x.parents.every((p) => doomed.has(p))) {
            doomed.add(x.id);
            grew = true;
          }
      }
      for (const id of doomed) delete state.files[id];
    },
  };

  const ROLES = ['owner', 'organizer', 'fileOrganizer', 'writer', 'commenter', 'reader'];
  const TYPES = ['user', 'group', 'domain', 'anyone'];
  const Permissions: DrivePermissionsCollection = {
    create(resource, fileId, optionalArgs) {
      ctx.calls.record('drive', 'Permissions.create');
      const f = mustGet('permissions.create', fileId);
      const r = (resource ?? {}) as Record<string, unknown>;
      if (!r.type) throw apiError('permissions.create', 400, 'The permission type field is required.');
      if (!r.role) throw apiError('permissions.create', 400, 'The permission role field is required.');
      if (!TYPES.includes(String(r.type)) || !ROLES.includes(String(r.role))) throw apiError('permissions.create', 400, 'Invalid Value');
      const type = String(r.type) as DrivePermission['type'];
      const email = r.emailAddress === undefined ? undefined : String(r.emailAddress).trim();
      if ((type === 'user' || type === 'group') && !email)
        throw apiError('permissions.create', 400, 'The permission emailAddress field is required for this permission type.');
      if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
        throw apiError('permissions.create', 400, `Invalid sharing request: ${email}`);
      const notify = optionalArgs?.sendNotificationEmail === undefined ? type === 'user' || type === 'group' : Boolean(optionalArgs.sendNotificationEmail);
      const existing = email ? f.permissions.find((p) => p.emailAddress?.toLowerCase() === email.toLowerCase()) : f.permissions.find((p) => p.type === type && p.domain === r.domain);
      let perm: DrivePermission;
      if (existing) {
        if (existing.role !== 'owner') existing.role = String(r.role);
        existing.notificationEmailRequested = existing.notificationEmailRequested || notify;
        perm = existing;
      } else {
        perm = { id: `perm${String(state.nextId++).padStart(10, '0')}`, type, role: String(r.role), notificationEmailRequested: notify };
        if (email) perm.emailAddress = email;
        if (r.domain !== undefined) perm.domain = String(r.domain);
        if (optionalArgs?.emailMessage !== undefined) perm.emailMessage = String(optionalArgs.emailMessage);
        f.permissions.push(perm);
      }
      return selectFields(permissionResource(perm), fieldsOf('permissions.create', optionalArgs, DEFAULT_PERMISSION_FIELDS));
    },
    list(fileId, optionalArgs) {
      ctx.calls.record('drive', 'Permissions.list');
      const f = mustGet('permissions.list', fileId);
      const list = { kind: 'drive#permissionList', permissions: f.permissions.map(permissionResource) };
      return selectFields(list, fieldsOf('permissions.list', optionalArgs, { kind: true, permissions: DEFAULT_PERMISSION_FIELDS }));
    },
  };

  const service: DriveAdvancedService = { Files, Permissions, newFile: () => ({}), newPermission: () => ({}) };

  const children = (folderId: string) => Object.values(state.files).filter((f) => f.parents.includes(resolve(folderId)) && !f.trashed);
  const tree = (): string => {
    const lines: string[] = [];
    const walk = (id: string, depth: number) => {
      for (const f of children(id)) {
        const shared = f.permissions.filter((p) => p.role !== 'owner');
        const share = shared.length ? `  [${shared.map((p) => `${p.role}:${p.emailAddress ?? p.type}${p.notificationEmailRequested ? ' (notified)' : ''}`).join(', ')}]` : '';
        lines.push(`${'  '.repeat(depth)}${f.name}${f.mimeType === FOLDER_MIME ? '/' : ''}${share}`);
        if (f.mimeType === FOLDER_MIME) walk(f.id, depth + 1);
      }
    };
    walk(ROOT_ID, 0);
    return lines.join('\n');
  };

  return {
    service,
    state,
    rootId: ROOT_ID,
    get: (id) => state.files[resolve(id)],
    children,
    findByName: (name) => Object.values(state.files).filter((f) => f.name === name),
    tree,
  };
}
