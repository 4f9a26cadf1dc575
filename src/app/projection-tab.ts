/**
 * Projection tabs (Synoptique, Impact, Impact — besoins) are rewritten in place; what the next rewrite needs to know
 * (size written, grid size, frozen headers) is kept in document properties, so a rebuild makes no measuring call.
 */
import type { Block, ProjectionMemory } from '../gas/spreadsheet';
import type { Services } from './services';

const keyOf = (name: string) => `olap.size.${name}`;

export function writeProjectionTab(s: Services, name: string, block: Block): void {
  const previous = s.store.getJson<ProjectionMemory>(keyOf(name), { rows: 0, columns: 0 });
  const next = s.workbook.writeProjection(name, block, previous);
  if (JSON.stringify(next) !== JSON.stringify(previous)) s.store.setJson(keyOf(name), next);
}

/** Called by setup, which creates the projection tabs: the first rebuild measures nothing (it only freezes headers). */
export function rememberProjectionTab(s: Services, name: string, grid: { maxRows: number; maxColumns: number }): void {
  s.store.setJson(keyOf(name), { rows: 0, columns: 0, ...grid } satisfies ProjectionMemory);
}
