/**
 * The `Formation` tab: rows of `Paramètre` / `Valeur`. A blank value takes its default (SPEC §3); the programme,
 * level and centre have none because they appear in every email.
 */
import { CONFIG_MESSAGES } from '../messages/config';
import { EXPORT_FREQUENCIES, type Settings } from '../types';
import { DEFAULT_CATEGORIES, SETTINGS_HEADERS, SETTING_KEYS } from '../workbook';
import { cellEmailList, cellList, cellNumber, cellText, cellYesNo, isEmail, matchKey, normalizeKey } from './cells';
import { type Problems, type Row, readTable } from './table';

type SettingName = keyof typeof SETTING_KEYS;

const [PARAMETER, VALUE] = SETTINGS_HEADERS;
const REQUIRED = ['programme', 'level', 'centre'] as const;

/** SPEC §3 defaults; the required texts are blank. */
export function defaultSettings(): Settings {
  return {
    programme: '',
    level: '',
    centre: '',
    horizonDays: 21,
    categories: [...DEFAULT_CATEGORIES],
    labelThreshold: 3,
    labelMarginPercent: 10,
    partnerEmails: [],
    exportFrequency: 'aucune',
    pseudonymise: true,
    driveFolderId: '',
  };
}

/** Settings rows by setting, found by their `Paramètre` whatever the case, accents or row order. */
function settingRows(rows: Row[]): Map<SettingName, Row> {
  const byKey = new Map<string, SettingName>(
    (Object.keys(SETTING_KEYS) as SettingName[]).map((name) => [normalizeKey(SETTING_KEYS[name]), name]),
  );
  const found = new Map<SettingName, Row>();
  for (const row of rows) {
    const name = byKey.get(normalizeKey(row.get(PARAMETER)));
    if (name && !found.has(name)) found.set(name, row);
  }
  return found;
}

/** A Drive folder may be pasted as its link: keep the id only. */
function folderId(text: string): string {
  const match = /\/folders\/([\w-]+)/.exec(text) ?? /[?&]id=([\w-]+)/.exec(text);
  return match ? match[1] : text;
}

export function readSettings(values: unknown[][], problems: Problems): Settings {
  const rows = readTable(values, SETTINGS_HEADERS, problems);
  if (!rows) return defaultSettings();
  const found = settingRows(rows);
  const settings = defaultSettings();
  const value = (name: SettingName): unknown => found.get(name)?.get(VALUE) ?? '';
  const report = (name: SettingName, why: string): void => {
    const row = found.get(name);
    if (row) problems.atCell(row.sheetRow, VALUE, why);
    else problems.atTab(why, PARAMETER);
  };

  for (const name of REQUIRED) {
    const text = cellText(value(name));
    if (text !== '') settings[name] = text;
    else if (found.has(name)) report(name, CONFIG_MESSAGES.settingBlank(SETTING_KEYS[name]));
    else report(name, CONFIG_MESSAGES.settingMissing(SETTING_KEYS[name]));
  }

  const horizon = cellNumber(value('horizonDays'));
  if (horizon !== null) {
    if (horizon !== undefined && Number.isInteger(horizon) && horizon > 0) settings.horizonDays = horizon;
    else report('horizonDays', CONFIG_MESSAGES.horizon(cellText(value('horizonDays'))));
  }
  const threshold = cellNumber(value('labelThreshold'));
  if (threshold !== null) {
    if (threshold !== undefined && Number.isInteger(threshold) && threshold >= 1) settings.labelThreshold = threshold;
    else report('labelThreshold', CONFIG_MESSAGES.labelThreshold(cellText(value('labelThreshold'))));
  }
  const margin = cellNumber(value('labelMarginPercent'));
  if (margin !== null) {
    if (margin !== undefined && margin >= 0 && margin <= 100) settings.labelMarginPercent = margin;
    else report('labelMarginPercent', CONFIG_MESSAGES.labelMargin(cellText(value('labelMarginPercent'))));
  }

  const categories = cellList(value('categories'));
  if (categories.length > 0) settings.categories = categories;

  settings.partnerEmails = cellEmailList(value('partnerEmails'));
  settings.partnerEmails
    .filter((email) => !isEmail(email))
    .forEach((email) => report('partnerEmails', CONFIG_MESSAGES.emailInList(email)));

  const frequencyText = cellText(value('exportFrequency'));
  if (frequencyText !== '') {
    const frequency = matchKey(frequencyText, EXPORT_FREQUENCIES);
    if (frequency) settings.exportFrequency = frequency;
    else report('exportFrequency', CONFIG_MESSAGES.frequency(frequencyText, EXPORT_FREQUENCIES));
  }

  const pseudonymise = cellYesNo(value('pseudonymise'));
  if (pseudonymise === undefined) report('pseudonymise', CONFIG_MESSAGES.yesNo(cellText(value('pseudonymise'))));
  else if (pseudonymise !== null) settings.pseudonymise = pseudonymise;

  settings.driveFolderId = folderId(cellText(value('driveFolder')));
  return settings;
}
