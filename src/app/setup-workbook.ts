/** « Configurer le classeur »: creates the missing tabs, never touches an existing one (SPEC §4.1). */
import { configurationTemplates } from '../domain/templates';
import { writeTemplate } from '../gas/template-sheet';
import { tell } from '../gas/ui';
import { MESSAGES } from '../domain/messages/app';
import { safely } from './respond';
import { services, type Services } from './services';
import { rememberLayout } from './snapshot';

export function setupWorkbookWith(s: Services): { ok: true; created: string[] } {
  const created: string[] = [];
  for (const template of configurationTemplates()) {
    const { sheet, created: isNew } = s.workbook.ensureSheet(template.name);
    if (!isNew) continue;
    writeTemplate(sheet, template);
    created.push(template.name);
  }
  rememberLayout(s);
  return { ok: true, created };
}

export const setupWorkbook = safely('setupWorkbook', () => {
  const result = setupWorkbookWith(services());
  tell(MESSAGES.setupDone(result.created));
  return result;
});
