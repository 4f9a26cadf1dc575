/**
 * The method's data, as plain values. Dates the user sees are ISO day strings `YYYY-MM-DD` in the spreadsheet's
 * time zone (the adapters convert cells to and from them), so the domain never depends on a time zone.
 */

export type IsoDay = string; // 'YYYY-MM-DD'

export const ACTORS = ['Entreprise', 'Formateur', 'Alternant'] as const;
export type Actor = (typeof ACTORS)[number];

export const EVALUATION_CODES = ['A', 'EC', 'R'] as const;
export type EvaluationCode = (typeof EVALUATION_CODES)[number];
export const CODES = ['I', ...EVALUATION_CODES] as const;
export type Code = (typeof CODES)[number];

export const STATUSES = ['en formation', 'suspendu', 'sorti'] as const;
export type ApprenticeStatus = (typeof STATUSES)[number];

export const EXPORT_FREQUENCIES = ['aucune', 'hebdomadaire', 'mensuelle'] as const;
export type ExportFrequency = (typeof EXPORT_FREQUENCIES)[number];

export interface Settings {
  programme: string; // Formation
  level: string; // Niveau
  centre: string; // Centre de formation
  horizonDays: number;
  categories: string[]; // first is the default
  labelThreshold: number; // Seuil du label
  labelMarginPercent: number; // Marge du label (%)
  partnerEmails: string[];
  exportFrequency: ExportFrequency;
  pseudonymise: boolean;
  driveFolderId: string; // Dossier Drive (filled by the add-on; '' before)
}

export interface Period {
  name: string;
  start: IsoDay;
  end: IsoDay;
}

export interface Activity {
  code: string;
  label: string;
  groupCode: string;
  group: string;
  category: string; // resolved: the activity's category, or the default category when the cell is blank
  mcq: string[];
  criteria: string[];
  resourcesUrl: string; // '' until the add-on created the folder
}

export interface ActivityGroup {
  code: string;
  label: string;
  activities: Activity[];
}

export interface Subject {
  name: string;
  objective: string;
  activityCodes: string[];
}

export interface Apprentice {
  id: string;
  lastName: string;
  firstName: string;
  email: string;
  phone: string;
  company: string;
  tutorLastName: string;
  tutorFirstName: string;
  tutorEmail: string;
  trainerLastName: string;
  trainerFirstName: string;
  trainerEmail: string;
  otherTrainers: string[];
  status: ApprenticeStatus;
  tabUrl: string;
  depositUrl: string;
}

/** Yes/no indicators are `true`/`false`, or `null` when the cell is blank. */
export interface Indicators {
  id: string;
  rupture: boolean | null;
  ruptureDate: IsoDay | null;
  contractObtained: boolean | null;
  examPassed: boolean | null;
  absenteeismPercent: number | null;
  employedAfter6Months: boolean | null;
  apprenticeSatisfaction: number | null; // 1–5
  companySatisfaction: number | null; // 1–5
}

/** The whole configuration of one cohort workbook, once validated. */
export interface Cohort {
  settings: Settings;
  periods: Period[];
  groups: ActivityGroup[];
  activities: Activity[]; // in referential order
  subjects: Subject[];
  apprentices: Apprentice[]; // in roster order
  indicators: Indicators[];
}

/** One problem in a user's input: where it is and why, in French. */
export interface Problem {
  tab?: string; // sheet name, for configuration problems
  row?: number; // 1-based sheet row
  column?: string; // header of the column
  field?: string; // payload field, for sidebar problems
  message: string; // complete French sentence naming tab, row and column when they exist
}

export type Result<T> = { ok: true; value: T; warnings: Problem[] } | { ok: false; errors: Problem[]; warnings: Problem[] };

export type NotificationStatus = string; // 'envoyée' | 'en attente' | `échec: ${reason}`

interface EventBase {
  eventId: string;
  recordedAt: string; // ISO timestamp of the recording
  apprenticeId: string;
  activityCode: string;
  actor: Actor;
  recordedBy: string;
  notification: NotificationStatus;
}

/** An `I` record. */
export interface NeedEvent extends EventBase {
  code: 'I';
  identifiedOn: IsoDay;
  dueOn: IsoDay;
  precision: string;
  category: string;
}

/** An `A`, `EC` or `R` record. */
export interface EvaluationEvent extends EventBase {
  code: EvaluationCode;
  evaluatedOn: IsoDay;
  comment: string;
  criteria: string[]; // criteria met
}

export type JournalEvent = NeedEvent | EvaluationEvent;

export const isNeed = (event: JournalEvent): event is NeedEvent => event.code === 'I';
