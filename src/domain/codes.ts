import type { Code } from './types';

/** One colour per code, the same in the grids, the synoptic and the sidebar (light fills: text stays readable). */
export const CODE_COLOURS: Record<Code, string> = {
  I: '#f9cb9c', // imminent need: orange
  EC: '#fff2cc', // being acquired: yellow
  A: '#b6d7a8', // autonomous: green
  R: '#a4c2f4', // resource for others: blue
};

export const OVERDUE_COLOUR = '#ea9999'; // an open need whose due date is past
export const LEFT_COLOUR = '#d9d9d9'; // an apprentice who left (`sorti`)
export const HEADER_COLOUR = '#1f4e79';
export const HEADER_TEXT_COLOUR = '#ffffff';
export const GROUP_COLOUR = '#deeaf6';
/** Projection tabs are written as values and backgrounds only (their call budget): headers stay readable in black. */
export const LIGHT_HEADER_COLOUR = '#c9daf8';

export const CODE_LABELS: Record<Code, string> = {
  I: 'besoin imminent',
  A: 'autonome',
  EC: "en cours d'acquisition",
  R: 'ressource pour les autres',
};
