import { byId } from './dom';

/**
 * The polite live region: every change the trainer did not cause by moving focus (pending entry found, saved,
 * loading done) is announced here. Clearing first makes a repeated sentence be read again. `quiet` keeps the text
 * for screen readers only, when the same words are already on screen (pending banner, result box).
 */
export function announce(text: string, options: { quiet?: boolean } = {}): void {
  const region = byId('status');
  region.textContent = '';
  region.classList.toggle('visually-hidden', !!options.quiet);
  window.setTimeout(() => {
    region.textContent = text;
  }, 30);
}
