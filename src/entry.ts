/**
 * The add-on's public surface (SPEC §5): each global Apps Script can call. No logic here; gas-webpack-plugin turns
 * every `global.name = …` into a top-level function of dist/Code.js.
 */
import { onInstall, onOpen, openSidebar, openPendingDialog } from './app/menu';
import { setupWorkbook } from './app/setup-workbook';
import { generateGrids } from './app/generate-grids';
import { getSidebarState, getApprenticeOverview } from './app/sidebar-state';
import { recordNeed, recordEvaluation } from './app/record-entry';
import { onEdit } from './app/typed-codes';
import { getPendingEntry, dismissPendingEntry } from './app/pending-entry';
import { rebuildSynoptic } from './app/rebuild-synoptic';
import { buildImpact, showPseudonymKeys } from './app/build-impact';
import { exportToPartners } from './app/export-partners';
import { scheduleJobs, runScheduledJobs } from './app/scheduled-jobs';

declare const global: Record<string, unknown>;

global.onInstall = onInstall;
global.onOpen = onOpen;
global.onEdit = onEdit;
global.openSidebar = openSidebar;
global.openPendingDialog = openPendingDialog;
global.setupWorkbook = setupWorkbook;
global.generateGrids = generateGrids;
global.getSidebarState = getSidebarState;
global.getApprenticeOverview = getApprenticeOverview;
global.recordNeed = recordNeed;
global.recordEvaluation = recordEvaluation;
global.getPendingEntry = getPendingEntry;
global.dismissPendingEntry = dismissPendingEntry;
global.rebuildSynoptic = rebuildSynoptic;
global.buildImpact = buildImpact;
global.showPseudonymKeys = showPseudonymKeys;
global.exportToPartners = exportToPartners;
global.scheduleJobs = scheduleJobs;
global.runScheduledJobs = runScheduledJobs;
