/**
 * Payloads exchanged between the sidebar (browser) and the server globals. The sidebar imports these with
 * `import type` only. `google.script.run` cannot carry `Date`s: dates are `YYYY-MM-DD` strings in the spreadsheet's
 * time zone.
 */

export interface FieldError {
  field: string;
  message: string;
}

export type Failure = { ok: false; errors: FieldError[] };
export type Reply<T extends object> = ({ ok: true } & T) | Failure;

export interface ApprenticeOption {
  id: string;
  name: string; // 'Prénom NOM'
  company: string;
  status: string;
}

export interface ActivityOption {
  code: string;
  label: string;
  group: string;
  category: string;
  mcq: string[];
  criteria: string[];
}

/** An entry started by typing a code in a grid, waiting for its completion form. */
export interface PendingEntry {
  apprenticeId: string;
  activityCode: string;
  actor: string;
  code: string;
  sheetName: string;
  row: number;
  column: number;
  createdAt: string; // ISO timestamp
}

export interface SidebarState {
  apprentices: ApprenticeOption[];
  activities: ActivityOption[];
  actors: string[];
  codes: string[];
  categories: string[];
  horizonDays: number;
  today: string;
  pending: PendingEntry | null;
}

export interface NeedPayload {
  apprenticeId: string;
  activityCode: string;
  actor: string;
  identifiedOn: string;
  dueOn: string;
  precision: string;
  category?: string;
}

export interface EvaluationPayload {
  apprenticeId: string;
  activityCode: string;
  actor: string;
  code: string;
  evaluatedOn: string;
  comment?: string;
  criteria?: string[];
}

export interface RecordResult {
  eventId: string;
  notification: string; // 'envoyée' | 'en attente' | 'échec: …'
  /** French sentences for the user: pending mail, bad addresses left out, … */
  notices: string[];
}

export interface Helper {
  id: string;
  name: string;
  code: string; // 'A' or 'R'
}

/** One activity of an apprentice, as the sidebar shows it. */
export interface ActivityStatus {
  activityCode: string;
  label: string;
  codes: Record<string, string>; // actor → latest code ('' if none)
  openNeed: { identifiedOn: string; dueOn: string; precision: string; overdue: boolean } | null;
  helpers: Helper[];
}

export interface ApprenticeOverview {
  apprenticeId: string;
  activities: ActivityStatus[];
}
