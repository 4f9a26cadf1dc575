/**
 * The `Référentiel` tab: one row per sub-activity, each repeating its group's code and name. The method asks for
 * 10 to 15 groups of 2 to 4 sub-activities; outside that range is a warning, since a cohort may start smaller.
 */
import { CONFIG_MESSAGES } from '../messages/config';
import type { Activity, ActivityGroup } from '../types';
import { REFERENTIAL_HEADERS } from '../workbook';
import { cellList, cellText, matchKey, normalizeKey } from './cells';
import { FirstRows, type Problems, readTable, requiredText } from './table';

const [GROUP_CODE, GROUP, CODE, LABEL, CATEGORY, MCQ, CRITERIA, RESOURCES] = REFERENTIAL_HEADERS;
const REQUIRED = [GROUP_CODE, GROUP, CODE, LABEL];

export const GROUP_COUNT = { min: 10, max: 15 };
export const GROUP_SIZE = { min: 2, max: 4 };

export interface Referential {
  activities: Activity[];
  groups: ActivityGroup[];
}

interface GroupSeen {
  group: ActivityGroup;
  firstRow: number;
}

export function readReferential(
  values: unknown[][],
  categories: readonly string[],
  problems: Problems,
  warnings: Problems,
): Referential | undefined {
  const rows = readTable(values, REQUIRED, problems);
  if (!rows) return undefined;
  if (rows.length === 0) problems.atTab(CONFIG_MESSAGES.emptyReferential);

  const codes = new FirstRows();
  const groups = new Map<string, GroupSeen>();
  const activities: Activity[] = [];
  for (const row of rows) {
    const at = (column: string, why: string) => problems.atCell(row.sheetRow, column, why);
    const groupCode = cellText(row.get(GROUP_CODE));
    const groupLabel = cellText(row.get(GROUP));
    if (groupCode === '') at(GROUP_CODE, CONFIG_MESSAGES.noGroup(GROUP_CODE));
    if (groupLabel === '') at(GROUP, CONFIG_MESSAGES.noGroup(GROUP));
    const code = requiredText(row, CODE, problems);
    const label = requiredText(row, LABEL, problems);
    const firstRow = code === '' ? undefined : codes.seen(code, row.sheetRow);
    if (firstRow !== undefined) at(CODE, CONFIG_MESSAGES.duplicateActivity(code, firstRow));

    const categoryText = cellText(row.get(CATEGORY));
    const category = categoryText === '' ? categories[0] : matchKey(categoryText, categories);
    if (category === undefined) at(CATEGORY, CONFIG_MESSAGES.category(categoryText, categories));

    let seen = groupCode === '' ? undefined : groups.get(normalizeKey(groupCode));
    if (seen && groupLabel !== '' && normalizeKey(seen.group.label) !== normalizeKey(groupLabel)) {
      at(GROUP, CONFIG_MESSAGES.groupRenamed(seen.group.code, seen.group.label, seen.firstRow));
    }
    if (!groupCode || !groupLabel || !code || !label || firstRow !== undefined || category === undefined) continue;
    if (!seen) {
      seen = { group: { code: groupCode, label: groupLabel, activities: [] }, firstRow: row.sheetRow };
      groups.set(normalizeKey(groupCode), seen);
    }
    const activity: Activity = {
      code,
      label,
      groupCode: seen.group.code,
      group: seen.group.label,
      category,
      mcq: cellList(row.get(MCQ)),
      criteria: cellList(row.get(CRITERIA)),
      resourcesUrl: cellText(row.get(RESOURCES)),
    };
    seen.group.activities.push(activity);
    activities.push(activity);
  }

  warnAboutShape([...groups.values()], warnings);
  return { activities, groups: [...groups.values()].map((seen) => seen.group) };
}

function warnAboutShape(groups: GroupSeen[], warnings: Problems): void {
  if (groups.length === 0) return;
  if (groups.length < GROUP_COUNT.min || groups.length > GROUP_COUNT.max) {
    warnings.atTab(CONFIG_MESSAGES.groupCount(groups.length));
  }
  for (const { group, firstRow } of groups) {
    const size = group.activities.length;
    if (size < GROUP_SIZE.min || size > GROUP_SIZE.max) {
      warnings.atCell(firstRow, GROUP_CODE, CONFIG_MESSAGES.groupSize(group.code, size));
    }
  }
}
