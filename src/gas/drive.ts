/**
 * Drive through the advanced service v3, which works with the non-restricted drive.file scope for the folders the
 * add-on creates (DriveApp would need full drive). Links are built from ids so they do not depend on which fields a
 * response carries.
 */
const FOLDER = 'application/vnd.google-apps.folder';

export interface DriveFolder {
  id: string;
  url: string;
}

export interface DriveGateway {
  createFolder(name: string, parentId?: string): DriveFolder;
  shareWith(id: string, emails: string[], role: 'reader' | 'writer'): string[];
  createFile(name: string, parentId: string, mimeType: string, content: string): DriveFolder;
}

export const folderUrl = (id: string) => `https://drive.google.com/drive/folders/${id}`;
export const fileUrl = (id: string) => `https://drive.google.com/file/d/${id}/view`;

export function driveGateway(): DriveGateway {
  return {
    createFolder(name, parentId) {
      const file = Drive!.Files!.create({ name, mimeType: FOLDER, parents: parentId ? [parentId] : undefined });
      return { id: file.id!, url: folderUrl(file.id!) };
    },
    shareWith(id, emails, role) {
      const failed: string[] = [];
      for (const emailAddress of emails) {
        try {
          Drive!.Permissions!.create({ role, type: 'user', emailAddress }, id, { sendNotificationEmail: false });
        } catch {
          failed.push(emailAddress);
        }
      }
      return failed;
    },
    createFile(name, parentId, mimeType, content) {
      const blob = Utilities.newBlob(content, mimeType, name);
      const file = Drive!.Files!.create({ name, mimeType, parents: [parentId] }, blob, { fields: 'id' });
      return { id: file.id!, url: fileUrl(file.id!) };
    },
  };
}
