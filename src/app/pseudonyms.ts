/**
 * Pseudonymous keys: an HMAC-SHA-256 of the ID with a secret made once and kept in document properties (never in a
 * cell), so the same apprentice always gets the same key and only the CFA can map it back.
 */
import { pseudonymFromSignature } from '../domain/pseudonym';
import type { Services } from './services';

const SECRET = 'olap.pseudonym.secret';

export function pseudonymKeys(s: Services): (apprenticeId: string) => string {
  let secret = s.store.get(SECRET);
  if (!secret) {
    secret = `${Utilities.getUuid()}${Utilities.getUuid()}`;
    s.store.set({ [SECRET]: secret });
  }
  const known = new Map<string, string>();
  return (id) => {
    let key = known.get(id);
    if (!key) {
      key = pseudonymFromSignature(Utilities.computeHmacSha256Signature(id, secret!));
      known.set(id, key);
    }
    return key;
  };
}
