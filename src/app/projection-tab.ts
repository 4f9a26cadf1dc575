/** Writes a projection tab and remembers its size, so the next, smaller projection blanks what is left over. */
import type { Block } from '../gas/spreadsheet';
import type { Services } from './services';

export function writeProjectionTab(s: Services, name: string, block: Block): void {
  const key = `olap.size.${name}`;
  const previous = s.store.getJson<{ rows: number; columns: number }>(key, { rows: 0, columns: 0 });
  const size = s.workbook.writeProjection(name, block, previous);
  if (size.rows !== previous.rows || size.columns !== previous.columns) s.store.setJson(key, size);
}
