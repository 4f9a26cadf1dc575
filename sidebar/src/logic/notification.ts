import { MSG } from '../messages';

export type Tone = 'ok' | 'warning' | 'error';

/** The server's `notification` column value (`envoyée`, `en attente`, `échec: …`) told in a sentence. */
export function describeNotification(status: string): { tone: Tone; text: string } {
  const s = String(status || '').trim();
  const lower = s.toLowerCase();
  if (lower.startsWith('envoy')) return { tone: 'ok', text: MSG.notification.sent };
  if (lower.startsWith('en attente')) return { tone: 'warning', text: MSG.notification.pending };
  if (lower.startsWith('échec') || lower.startsWith('echec')) {
    const why = s.replace(/^[ée]chec\s*:?\s*/i, '');
    return { tone: 'error', text: MSG.notification.failed(why) };
  }
  return { tone: 'warning', text: MSG.notification.other(s || '?') };
}
