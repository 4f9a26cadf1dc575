/**
 * Simple triggers and the add-on menu. onOpen runs in AuthMode.NONE or LIMITED: it only builds the menu.
 */
import { addAddonMenu, showDialog, showSidebar } from '../gas/ui';
import { MESSAGES } from '../domain/messages/app';

const M = MESSAGES.menu;

export function onOpen(_e?: unknown): void {
  addAddonMenu([
    { caption: M.sidebar, functionName: 'openSidebar' },
    { caption: M.pending, functionName: 'openPendingDialog' },
    null,
    { caption: M.setup, functionName: 'setupWorkbook' },
    { caption: M.grids, functionName: 'generateGrids' },
    null,
    { caption: M.synoptic, functionName: 'rebuildSynoptic' },
    { caption: M.impact, functionName: 'buildImpact' },
    { caption: M.keys, functionName: 'showPseudonymKeys' },
    null,
    { caption: M.exportNow, functionName: 'exportToPartners' },
    { caption: M.schedule, functionName: 'scheduleJobs' },
  ]);
}

/** onInstall runs in FULL: it builds the menu so the user need not reload. */
export function onInstall(e?: unknown): void {
  onOpen(e);
}

export function openSidebar(): void {
  showSidebar('sidebar', MESSAGES.sidebarTitle);
}

export function openPendingDialog(): void {
  showDialog('dialog', MESSAGES.dialogTitle);
}
