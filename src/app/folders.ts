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

/**
 * Folder ids are saved in small batches while folders are created, so a run stopped for time keeps what it made and
 * the next run goes on from there instead of creating the same folders again.
 */
class FolderBatch {
  private readonly fresh: Record<string, string> = {};
  private unsaved = 0;

  constructor(private readonly s: Services) {}

  get(key: string): string | undefined {
    return this.s.store.get(key) ?? this.fresh[key];
  }

  put(key: string, id: string): void {
    this.fresh[key] = id;
    if (++this.unsaved >= SAVE_EVERY) this.save();
  }

  save(): void {
    if (this.unsaved === 0) return;
    const batch = { ...this.fresh };
    for (const key of Object.keys(this.fresh)) delete this.fresh[key];
    this.unsaved = 0;
    this.s.store.set(batch);
  }
}

const SAVE_EVERY = 10;

/** The folder's id, creating it when missing; null when there is no time left to create it. */
function ensure(batch: FolderBatch, s: Services, canCall: () => boolean, key: string, name: string, parentKey?: string): string | null {
  const known = batch.get(key);
  if (known) return known;
  const parent = parentKey ? batch.get(parentKey) : undefined;
  if ((parentKey && !parent) || !canCall()) return null;
  const id = s.drive.createFolder(name, parent).id;
  batch.put(key, id);
  return id;
}

const trainersOf = (a: Apprentice) => [a.trainerEmail, ...a.otherTrainers].filter(Boolean);

/**
 * Creates whatever folder is missing and shares deposit folders; one Drive call per missing thing. `canCall` says
 * whether one more Drive call fits in this execution: when it does not, `complete` is false and the next run goes on.
 */
export function ensureCohortFolders(s: Services, cohort: Cohort, canCall: () => boolean = () => true): CohortFolders & { complete: boolean } {
  const batch = new FolderBatch(s);
  const made = (id: string | null) => id !== null;
  let complete = true;
  const title = `OLAP — ${cohort.settings.programme}`;
  complete = made(ensure(batch, s, canCall, KEY.root, title)) && complete;
  complete = made(ensure(batch, s, canCall, KEY.resources, 'Ressources par activité', KEY.root)) && complete;
  complete = made(ensure(batch, s, canCall, KEY.deposits, 'Dépôts des alternants', KEY.root)) && complete;
  for (const activity of cohort.activities) {
    complete = made(ensure(batch, s, canCall, KEY.activity(activity.code), `${activity.code} — ${activity.label}`, KEY.resources)) && complete;
  }

  const sharingProblems: string[] = [];
  for (const apprentice of cohort.apprentices) {
    const folder = ensure(batch, s, canCall, KEY.apprentice(apprentice.id), `${apprentice.id} — ${apprentice.firstName} ${apprentice.lastName.toUpperCase()}`, KEY.deposits);
    if (!folder) {
      complete = false;
      continue;
    }
    const already = new Set((batch.get(KEY.shared(apprentice.id)) ?? '').split(';').filter(Boolean));
    const wanted = [apprentice.email, ...trainersOf(apprentice)].filter((e) => e && !already.has(e));
    if (wanted.length === 0) continue;
    if (!canCall()) {
      complete = false;
      continue;
    }
    const refused = s.drive.shareWith(folder, wanted, 'writer');
    refused.forEach((e) => sharingProblems.push(`Le dossier de dépôt de ${apprentice.firstName} ${apprentice.lastName} n’a pas pu être partagé avec ${e}.`));
    batch.put(KEY.shared(apprentice.id), [...already, ...wanted.filter((e) => !refused.includes(e))].join(';'));
  }
  batch.save();
  return { ...knownFolders(s), sharingProblems, complete };
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
  const batch = new FolderBatch(s);
  const id = ensure(batch, s, () => true, KEY.exports, 'Exports', KEY.root) ?? ensure(batch, s, () => true, KEY.exports, 'Exports');
  batch.save();
  return id!;
}


/**
 * The activity's resource folder. The Référentiel's `Ressources` cell shows a label linked by « Générer les grilles »
 * (its value is the label, not the address): the folder the add-on created comes first, then an address typed by hand.
 */
export function resourcesLink(activity: Activity, createdFolderUrl: string): string {
  if (createdFolderUrl) return createdFolderUrl;
  const typed = activity.resourcesUrl.trim();
  return /^https?:\/\//i.test(typed) ? typed : '';
}
