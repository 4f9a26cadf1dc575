/**
 * The Drive tree of a cohort: a root folder, one resource folder per activity, one deposit folder per apprentice
 * (shared with the apprentice and trainers, without Drive's notification email), and deposit subfolders per activity
 * created on an activity's first need. Folder ids are remembered in document properties, so a second run makes no
 * Drive call at all.
 */
import type { Activity, Apprentice, Cohort } from '../domain/types';
import { folderUrl } from '../gas/drive';
import type { Services } from './services';

const KEY = {
  root: 'olap.drive.root',
  resources: 'olap.drive.resources',
  deposits: 'olap.drive.deposits',
  exports: 'olap.drive.exports',
  activity: (code: string) => `olap.drive.activity.${code}`,
  apprentice: (id: string) => `olap.drive.apprentice.${id}`,
  shared: (id: string) => `olap.drive.shared.${id}`,
  deposit: (id: string, code: string) => `olap.drive.deposit.${id}.${code}`,
};

export interface CohortFolders {
  rootUrl: string;
  resourcesUrl(activityCode: string): string;
  depositUrl(apprenticeId: string, activityCode?: string): string;
  /** Problems met while sharing (an address Drive refused), in French. */
  sharingProblems: string[];
}

/** Reads known folders without any Drive call (for recording and projections). */
export function knownFolders(s: Services): CohortFolders {
  const url = (key: string) => {
    const id = s.store.get(key);
    return id ? folderUrl(id) : '';
  };
  return {
    rootUrl: url(KEY.root),
    resourcesUrl: (code) => url(KEY.activity(code)),
    depositUrl: (id, code) => (code && url(KEY.deposit(id, code))) || url(KEY.apprentice(id)),
    sharingProblems: [],
  };
}

function ensure(s: Services, fresh: Record<string, string>, key: string, name: string, parentKey?: string): string {
  const known = s.store.get(key) ?? fresh[key];
  if (known) return known;
  const parent = parentKey ? (s.store.get(parentKey) ?? fresh[parentKey]) : undefined;
  const id = s.drive.createFolder(name, parent).id;
  fresh[key] = id;
  return id;
}

const trainersOf = (a: Apprentice) => [a.trainerEmail, ...a.otherTrainers].filter(Boolean);

/** Creates whatever folder is missing and shares deposit folders; one Drive call per missing thing. */
export function ensureCohortFolders(s: Services, cohort: Cohort): CohortFolders {
  const fresh: Record<string, string> = {};
  const title = `OLAP — ${cohort.settings.programme}`;
  ensure(s, fresh, KEY.root, title);
  ensure(s, fresh, KEY.resources, 'Ressources par activité', KEY.root);
  ensure(s, fresh, KEY.deposits, 'Dépôts des alternants', KEY.root);
  for (const activity of cohort.activities) ensure(s, fresh, KEY.activity(activity.code), `${activity.code} — ${activity.label}`, KEY.resources);

  const sharingProblems: string[] = [];
  for (const apprentice of cohort.apprentices) {
    ensure(s, fresh, KEY.apprentice(apprentice.id), `${apprentice.id} — ${apprentice.firstName} ${apprentice.lastName.toUpperCase()}`, KEY.deposits);
    const already = new Set((s.store.get(KEY.shared(apprentice.id)) ?? '').split(';').filter(Boolean));
    const wanted = [apprentice.email, ...trainersOf(apprentice)].filter((e) => e && !already.has(e));
    if (wanted.length) {
      const refused = s.drive.shareWith(s.store.get(KEY.apprentice(apprentice.id)) ?? fresh[KEY.apprentice(apprentice.id)], wanted, 'writer');
      refused.forEach((e) => sharingProblems.push(`Le dossier de dépôt de ${apprentice.firstName} ${apprentice.lastName} n’a pas pu être partagé avec ${e}.`));
      const shared = [...already, ...wanted.filter((e) => !refused.includes(e))];
      fresh[KEY.shared(apprentice.id)] = shared.join(';');
    }
  }
  s.store.set(fresh);
  return { ...knownFolders(s), sharingProblems };
}

/** The deposit subfolder of one activity, created on the activity's first need. */
export function ensureDepositFolder(s: Services, apprentice: Apprentice, activity: Activity): { url: string; created: boolean } {
  const key = KEY.deposit(apprentice.id, activity.code);
  const known = s.store.get(key);
  if (known) return { url: folderUrl(known), created: false };
  const parent = s.store.get(KEY.apprentice(apprentice.id));
  if (!parent) return { url: '', created: false };
  const id = s.drive.createFolder(`${activity.code} — ${activity.label}`, parent).id;
  s.store.set({ [key]: id });
  return { url: folderUrl(id), created: true };
}

/** The folder where partner exports go, shared with the partners. */
export function ensureExportsFolder(s: Services): string {
  const fresh: Record<string, string> = {};
  const id = ensure(s, fresh, KEY.exports, 'Exports partenaires', KEY.root);
  s.store.set(fresh);
  return id;
}

export const FOLDER_KEYS = KEY;
