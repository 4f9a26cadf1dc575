/** The Drive advanced service v3, as its reference documents it. */
import { CallLog, Clock, type EmulatorContext } from '../../emulator/core/context';
import { createDrive, FOLDER_MIME } from '../../emulator/services/drive';
import { createUtilities } from '../../emulator/services/utilities';

function setup() {
  const ctx: EmulatorContext = {
    calls: new CallLog(),
    clock: new Clock(new Date('2025-03-10T09:00:00Z')),
    timeZone: 'Europe/Paris',
    scriptTimeZone: 'Europe/Paris',
    userEmail: 'formatrice@cfa-demo.fr',
    uiAvailable: true,
  };
  const drive = createDrive(ctx);
  const utilities = createUtilities(ctx).service;
  return { ctx, drive, Drive: drive.service, utilities };
}

describe('Drive.Files', () => {
  test('a response carries only the default fields unless `fields` asks for more', () => {
    const { Drive } = setup();
    const folder = Drive.Files.create({ name: 'OLAP', mimeType: FOLDER_MIME });
    expect(Object.keys(folder).sort()).toEqual(['id', 'kind', 'mimeType', 'name']);
    const full = Drive.Files.get(folder.id!, { fields: 'id,name,parents,webViewLink,appProperties' }) as GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;
    expect(full.webViewLink).toBe(`https://drive.google.com/drive/folders/${folder.id}`);
    expect(full.parents).toEqual([expect.any(String)]);
  });

  test('a file links to /file/d/<id>/view and keeps its uploaded content', () => {
    const { Drive, utilities } = setup();
    const blob = utilities.newBlob('a;b\n1;2', 'text/csv', 'export.csv');
    const file = Drive.Files.create({ name: 'export.csv' }, blob, { fields: 'id,mimeType,webViewLink' });
    expect(file.webViewLink).toBe(`https://drive.google.com/file/d/${file.id}/view`);
    expect(file.mimeType).toBe('text/csv');
    expect(Drive.Files.get(file.id!, { alt: 'media' })).toBe('a;b\n1;2');
  });

  test('Files.list finds a folder by name and parent, with quoted names escaped', () => {
    const { Drive } = setup();
    const root = Drive.Files.create({ name: 'OLAP', mimeType: FOLDER_MIME });
    const other = Drive.Files.create({ name: 'Autre', mimeType: FOLDER_MIME });
    const target = Drive.Files.create({ name: "L'atelier", mimeType: FOLDER_MIME, parents: [root.id!] });
    Drive.Files.create({ name: "L'atelier", mimeType: FOLDER_MIME, parents: [other.id!] });
    Drive.Files.create({ name: "L'atelier", mimeType: 'text/plain', parents: [root.id!] });
    const q = `name = 'L\\'atelier' and '${root.id}' in parents and mimeType = '${FOLDER_MIME}' and trashed = false`;
    const res = Drive.Files.list({ q, fields: 'files(id,name)' });
    expect(res.files).toEqual([{ id: target.id, name: "L'atelier" }]);
  });

  test('trashed files are listed unless the query says trashed = false', () => {
    const { Drive } = setup();
    const f = Drive.Files.create({ name: 'old', mimeType: FOLDER_MIME });
    Drive.Files.update({ trashed: true }, f.id!);
    expect(Drive.Files.list({ q: "name = 'old'" }).files).toHaveLength(1);
    expect(Drive.Files.list({ q: "name = 'old' and trashed = false" }).files).toHaveLength(0);
  });

  test('appProperties has { key and value } finds files tagged by the add-on', () => {
    const { Drive } = setup();
    const tagged = Drive.Files.create({ name: 'Dépôt', mimeType: FOLDER_MIME, appProperties: { olapKind: 'deposit', apprentice: 'A01' } });
    Drive.Files.create({ name: 'Dépôt', mimeType: FOLDER_MIME, appProperties: { olapKind: 'deposit', apprentice: 'A02' } });
    const res = Drive.Files.list({ q: "appProperties has { key='apprentice' and value='A01' } and mimeType != 'text/plain'", fields: 'files(id,appProperties)' });
    expect(res.files).toEqual([{ id: tagged.id, appProperties: { olapKind: 'deposit', apprentice: 'A01' } }]);
  });

  test('pageSize and pageToken page through the results', () => {
    const { Drive } = setup();
    for (let i = 0; i < 5; i++) Drive.Files.create({ name: `f${i}` });
    const p1 = Drive.Files.list({ pageSize: 2, fields: 'nextPageToken,files(name)' });
    const p2 = Drive.Files.list({ pageSize: 2, pageToken: p1.nextPageToken, fields: 'nextPageToken,files(name)' });
    const p3 = Drive.Files.list({ pageSize: 2, pageToken: p2.nextPageToken, fields: 'nextPageToken,files(name)' });
    expect([...p1.files!, ...p2.files!, ...p3.files!].map((f) => f.name)).toEqual(['f0', 'f1', 'f2', 'f3', 'f4']);
    expect(p3.nextPageToken).toBeUndefined();
  });

  test('an unknown id fails like Google\'s API', () => {
    const { Drive } = setup();
    expect(() => Drive.Files.get('nope')).toThrow('API call to drive.files.get failed with error: File not found: nope');
  });

  test('an invalid query is rejected as Invalid Value', () => {
    const { Drive } = setup();
    expect(() => Drive.Files.list({ q: "name = 'unterminated" })).toThrow('API call to drive.files.list failed with error: Invalid Value');
  });

  test('update renames, merges appProperties and moves with addParents/removeParents; parents is not writable', () => {
    const { Drive, drive } = setup();
    const a = Drive.Files.create({ name: 'A', mimeType: FOLDER_MIME });
    const b = Drive.Files.create({ name: 'B', mimeType: FOLDER_MIME });
    const f = Drive.Files.create({ name: 'x', parents: [a.id!], appProperties: { k: '1', gone: 'y' } });
    Drive.Files.update({ name: 'y', appProperties: { gone: null as unknown as string, n: '2' } }, f.id!, null, { addParents: b.id, removeParents: a.id });
    expect(drive.get(f.id!)).toMatchObject({ name: 'y', parents: [b.id], appProperties: { k: '1', n: '2' } });
    expect(() => Drive.Files.update({ parents: [a.id!] }, f.id!)).toThrow('The parents field is not directly writable');
  });
});

describe('Drive.Permissions', () => {
  test('create shares a folder and records whether a notification email was requested', () => {
    const { Drive, drive } = setup();
    const f = Drive.Files.create({ name: 'Exports', mimeType: FOLDER_MIME });
    Drive.Permissions.create({ type: 'user', role: 'reader', emailAddress: 'partenaire@region.fr' }, f.id!, { sendNotificationEmail: false });
    Drive.Permissions.create({ type: 'user', role: 'writer', emailAddress: 'tuteur@entreprise.fr' }, f.id!);
    const perms = drive.get(f.id!)!.permissions;
    expect(perms.find((p) => p.emailAddress === 'partenaire@region.fr')).toMatchObject({ role: 'reader', notificationEmailRequested: false });
    expect(perms.find((p) => p.emailAddress === 'tuteur@entreprise.fr')).toMatchObject({ role: 'writer', notificationEmailRequested: true });
    const listed = Drive.Permissions.list(f.id!, { fields: 'permissions(emailAddress,role)' }).permissions!;
    expect(listed).toContainEqual({ emailAddress: 'partenaire@region.fr', role: 'reader' });
    expect(drive.tree()).toContain('Exports/  [reader:partenaire@region.fr, writer:tuteur@entreprise.fr (notified)]');
  });

  test('sharing the same address twice keeps one permission', () => {
    const { Drive, drive } = setup();
    const f = Drive.Files.create({ name: 'Exports', mimeType: FOLDER_MIME });
    Drive.Permissions.create({ type: 'user', role: 'reader', emailAddress: 'p@x.fr' }, f.id!, { sendNotificationEmail: false });
    Drive.Permissions.create({ type: 'user', role: 'reader', emailAddress: 'p@x.fr' }, f.id!, { sendNotificationEmail: false });
    expect(drive.get(f.id!)!.permissions.filter((p) => p.emailAddress === 'p@x.fr')).toHaveLength(1);
  });

  test('every Drive call is a recorded round trip', () => {
    const { Drive, ctx } = setup();
    const f = Drive.Files.create({ name: 'x' });
    Drive.Files.get(f.id!);
    Drive.Files.list({});
    expect(ctx.calls.byMethod('drive')).toEqual({ 'Files.create': 1, 'Files.get': 1, 'Files.list': 1 });
  });
});
