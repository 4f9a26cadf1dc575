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

/** What replaces a piece of personal data found in free text (a need's precision) of a pseudonymised export. */
export const REDACTED = '[…]';

// Anything shaped like an email address or a phone number, whoever it belongs to.
const EMAIL_SHAPE = /[^\s@<>(),;:"[\]]+@[^\s@<>(),;:"[\]]+\.[^\s@<>(),;:"[\].]+/g;
const PHONE_SHAPE = /\+?\d(?:[\s.\-/]?\d){7,}/g;

const WORD = /[\p{L}\p{N}]+/gu;
const wordsOf = (text: string): string[] => text.toLowerCase().match(WORD) ?? [];

/**
 * A redactor for the free text of a pseudonymised export: the roster's names, companies, emails and phone numbers
 * (as whole words, any case, whatever separates their words), then anything shaped like an email or a phone number,
 * become `[…]`. A precision is typed by a trainer on the phone with the company: it often names the tutor or the
 * company. Terms are looked up word by word in a set, so a cohort of thousands costs no more than a handful.
 */
export function personalDataRedactor(terms: readonly string[]): (text: string) => string {
  const known = new Set<string>();
  // A term can only start at one of these words: the other words of a text (most of them) cost one lookup.
  const firstWords = new Set<string>();
  let longest = 0;
  for (const term of terms) {
    const words = wordsOf(term);
    const key = words.join(' ');
    if (key.replace(/ /g, '').length < 2) continue;
    known.add(key);
    firstWords.add(words[0]);
    longest = Math.max(longest, words.length);
  }
  return (text) => {
    const withoutAddresses = text.includes('@') ? text.replace(EMAIL_SHAPE, REDACTED) : text;
    const starts: number[] = [];
    const ends: number[] = [];
    const words: string[] = [];
    for (const m of withoutAddresses.matchAll(WORD)) {
      starts.push(m.index ?? 0);
      ends.push((m.index ?? 0) + m[0].length);
      words.push(m[0].toLowerCase());
    }
    let out = '';
    let cursor = 0;
    for (let i = 0; i < words.length; i++) {
      if (!firstWords.has(words[i])) continue;
      // The longest term wins: « Jean Dupont » is taken out whole, not as « Jean » then « Dupont ».
      for (let n = Math.min(longest, words.length - i); n >= 1; n--) {
        if (!known.has(words.slice(i, i + n).join(' '))) continue;
        out += withoutAddresses.slice(cursor, starts[i]) + REDACTED;
        cursor = ends[i + n - 1];
        i += n - 1;
        break;
      }
    }
    return (out + withoutAddresses.slice(cursor)).replace(PHONE_SHAPE, REDACTED);
  };
}
