/** « Configurer le classeur »: creates the missing tabs, never touches an existing one (SPEC §4.1). */
import { configurationTemplates } from '../domain/templates';
import { writeTemplate } from '../gas/template-sheet';
import { tell } from '../gas/ui';
import { MESSAGES } from '../domain/messages/app';
import { safely } from './respond';
import { services, type Services } from './services';
import { rememberLayout } from './live-config';
import { rememberProjectionTab } from './projection-tab';
import { TABS } from '../domain/workbook';
import { PROJECTION_PLACEHOLDER } from '../domain/messages/app';

export function setupWorkbookWith(s: Services): { ok: true; created: string[] } {
  const created: string[] = [];
  for (const template of configurationTemplates()) {
    const { sheet, created: isNew } = s.workbook.ensureSheet(template.name);
    if (!isNew) continue;
    writeTemplate(sheet, template);
    created.push(template.name);
  }
  // The projection tabs too, empty: their first rebuild then only reads and writes (see docs/performance.md).
  for (const name of [TABS.synoptic, TABS.impact, TABS.impactNeeds]) {
    const { sheet, created: isNew } = s.workbook.ensureSheet(name);
    if (!isNew) continue;
    sheet.getRange(1, 1).setValue(PROJECTION_PLACEHOLDER[name]);
    rememberProjectionTab(s, name, { maxRows: sheet.getMaxRows(), maxColumns: sheet.getMaxColumns() });
    created.push(name);
  }
  rememberLayout(s);
  return { ok: true, created };
}

export const setupWorkbook = safely('setupWorkbook', () => {
  const result = setupWorkbookWith(services());
  tell(MESSAGES.setupDone(result.created));
  return result;
});
