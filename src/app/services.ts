/**
 * The adapters one execution uses, created lazily: a menu item that only needs the spreadsheet never touches Drive.
 */
import { activeWorkbook, type Workbook } from '../gas/spreadsheet';
import { documentStore, type DocumentStore } from '../gas/properties';
import { driveGateway, type DriveGateway } from '../gas/drive';
import { mailApp, type Mailer } from '../gas/mail';
import { scriptTriggers, type Triggers } from '../gas/triggers';
import { sheetCalendar, type Calendar } from '../gas/clock';

/** Document property holding the spreadsheet's time zone (written by setup and « Générer les grilles »). */
export const TIME_ZONE_KEY = 'olap.timeZone';

export interface Services {
  workbook: Workbook;
  store: DocumentStore;
  drive: DriveGateway;
  mailer: Mailer;
  triggers: Triggers;
  calendar: Calendar;
}

export function services(): Services {
  let workbook: Workbook | undefined;
  let store: DocumentStore | undefined;
  let drive: DriveGateway | undefined;
  let mailer: Mailer | undefined;
  let triggers: Triggers | undefined;
  let calendar: Calendar | undefined;
  return {
    get workbook() {
      return (workbook ??= activeWorkbook());
    },
    get store() {
      return (store ??= documentStore());
    },
    get drive() {
      return (drive ??= driveGateway());
    },
    get mailer() {
      return (mailer ??= mailApp());
    },
    get triggers() {
      return (triggers ??= scriptTriggers());
    },
    get calendar() {
      // The time zone is remembered at setup: most executions need not pay a call to ask it.
      return (calendar ??= sheetCalendar(this.store.get(TIME_ZONE_KEY) ?? this.workbook.timeZone()));
    },
  };
}
