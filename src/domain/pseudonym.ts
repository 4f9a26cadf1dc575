/**
 * Pseudonymous keys for partner exports (SPEC §4.5): a stable keyed hash of the apprentice `ID`. The adapter computes
 * HMAC-SHA-256(ID, secret) with `Utilities.computeHmacSha256Signature`, which returns Java-style signed bytes
 * (-128..127); only the CFA holds the secret, so only it can map a key back (by hashing its own IDs again).
 */

const KEY_PREFIX = 'P-';
// 40 bits: for a cohort of thousands the chance that two apprentices share a key stays below one in a hundred thousand.
const KEY_BYTES = 5;

/** `P-` followed by 10 lowercase hex digits taken from the start of the signature. */
export function pseudonymFromSignature(bytes: number[]): string {
  if (bytes.length < KEY_BYTES) throw new Error(`pseudonymFromSignature: ${bytes.length} bytes, need ${KEY_BYTES}`);
  return (
    KEY_PREFIX +
    bytes
      .slice(0, KEY_BYTES)
      .map((b) => (b & 0xff).toString(16).padStart(2, '0'))
      .join('')
  );
}

/** True for a key this module makes: lets a reader tell a pseudonymised export from a named one. */
export function isPseudonym(text: string): boolean {
  return new RegExp(`^${KEY_PREFIX}[0-9a-f]{${KEY_BYTES * 2}}$`).test(text);
}
