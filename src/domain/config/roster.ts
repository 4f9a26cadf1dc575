/**
 * The `Alternants` tab. `ID` is the stable key of an apprentice (grid tab, journal, indicators), so it must be unique.
 * Every notification goes to the apprentice, the tutor and the trainer: their three addresses are required.
 */
import { CONFIG_MESSAGES } from '../messages/config';
import { type Apprentice, STATUSES } from '../types';
import { ROSTER_HEADERS } from '../workbook';
import { cellEmailList, cellText, isEmail, matchKey } from './cells';
import { FirstRows, type Problems, type Row, readTable, requiredText } from './table';

const [
  ID,
  LAST_NAME,
  FIRST_NAME,
  EMAIL,
  PHONE,
  COMPANY,
  TUTOR_LAST_NAME,
  TUTOR_FIRST_NAME,
  TUTOR_EMAIL,
  TRAINER_LAST_NAME,
  TRAINER_FIRST_NAME,
  TRAINER_EMAIL,
  OTHER_TRAINERS,
  STATUS,
  TAB,
  DEPOSIT,
] = ROSTER_HEADERS;

const REQUIRED = [ID, LAST_NAME, FIRST_NAME, EMAIL, TUTOR_EMAIL, TRAINER_EMAIL];

function requiredEmail(row: Row, header: string, problems: Problems): string {
  const email = requiredText(row, header, problems).toLowerCase();
  if (email !== '' && !isEmail(email)) problems.atCell(row.sheetRow, header, CONFIG_MESSAGES.email(email));
  return email;
}

/** The tutor's address may be unknown at first (the tutor has no access to the workbook): a warning, not an error. */
function tutorEmail(row: Row, problems: Problems, warnings?: Problems): string {
  if (warnings && cellText(row.get(TUTOR_EMAIL)) === '') {
    warnings.atCell(row.sheetRow, TUTOR_EMAIL, CONFIG_MESSAGES.tutorEmailMissing(TUTOR_EMAIL));
    return '';
  }
  return requiredEmail(row, TUTOR_EMAIL, problems);
}

function emailList(row: Row, header: string, problems: Problems): string[] {
  const emails = cellEmailList(row.get(header));
  emails
    .filter((email) => !isEmail(email))
    .forEach((email) => problems.atCell(row.sheetRow, header, CONFIG_MESSAGES.emailInList(email)));
  return emails;
}

function status(row: Row, problems: Problems): Apprentice['status'] {
  const typed = cellText(row.get(STATUS));
  if (typed === '') return 'en formation';
  const known = matchKey(typed, STATUSES);
  if (!known) problems.atCell(row.sheetRow, STATUS, CONFIG_MESSAGES.status(typed, STATUSES));
  return known ?? 'en formation';
}

/** Undefined when a required column is missing (reported), so other tabs are not checked against it. */
export function readRoster(values: unknown[][], problems: Problems, warnings?: Problems): Apprentice[] | undefined {
  const rows = readTable(values, REQUIRED, problems);
  if (!rows) return undefined;
  const ids = new FirstRows();
  const apprentices: Apprentice[] = [];
  for (const row of rows) {
    const id = requiredText(row, ID, problems);
    const firstRow = id === '' ? undefined : ids.seen(id, row.sheetRow);
    if (firstRow !== undefined) problems.atCell(row.sheetRow, ID, CONFIG_MESSAGES.duplicateId(id, firstRow));
    const apprentice: Apprentice = {
      id,
      lastName: requiredText(row, LAST_NAME, problems),
      firstName: requiredText(row, FIRST_NAME, problems),
      email: requiredEmail(row, EMAIL, problems),
      phone: cellText(row.get(PHONE)),
      company: cellText(row.get(COMPANY)),
      tutorLastName: cellText(row.get(TUTOR_LAST_NAME)),
      tutorFirstName: cellText(row.get(TUTOR_FIRST_NAME)),
      tutorEmail: tutorEmail(row, problems, warnings),
      trainerLastName: cellText(row.get(TRAINER_LAST_NAME)),
      trainerFirstName: cellText(row.get(TRAINER_FIRST_NAME)),
      trainerEmail: requiredEmail(row, TRAINER_EMAIL, problems),
      otherTrainers: emailList(row, OTHER_TRAINERS, problems),
      status: status(row, problems),
      tabUrl: cellText(row.get(TAB)),
      depositUrl: cellText(row.get(DEPOSIT)),
    };
    if (id !== '' && firstRow === undefined) apprentices.push(apprentice);
  }
  return apprentices;
}
