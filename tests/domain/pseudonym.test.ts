import { createHmac } from 'crypto';
import { isPseudonym, pseudonymFromSignature } from '../../src/domain/pseudonym';

/** What `Utilities.computeHmacSha256Signature` returns: Java-style signed bytes. */
const signedHmac = (id: string, secret: string): number[] =>
  Array.from(createHmac('sha256', secret).update(id, 'utf8').digest()).map((b) => (b > 127 ? b - 256 : b));

test('signed bytes are read as unsigned hex: -1 is ff, -128 is 80', () => {
  expect(pseudonymFromSignature([-1, -128, 0, 127, 16, 99])).toBe('P-ff80007f10');
});

test('the same ID and secret always give the same key', () => {
  expect(pseudonymFromSignature(signedHmac('A-017', 'secret du CFA'))).toBe(pseudonymFromSignature(signedHmac('A-017', 'secret du CFA')));
});

test('the key is the start of the HMAC-SHA-256, so the CFA can map it back by hashing its IDs', () => {
  const hex = createHmac('sha256', 'secret du CFA').update('A-017', 'utf8').digest('hex');
  expect(pseudonymFromSignature(signedHmac('A-017', 'secret du CFA'))).toBe(`P-${hex.slice(0, 10)}`);
});

test('another secret or another ID gives another key, and no key shows the ID', () => {
  const key = pseudonymFromSignature(signedHmac('A-017', 'secret du CFA'));
  expect(pseudonymFromSignature(signedHmac('A-017', 'autre secret'))).not.toBe(key);
  expect(pseudonymFromSignature(signedHmac('A-018', 'secret du CFA'))).not.toBe(key);
  expect(key).not.toContain('017');
  expect(isPseudonym(key)).toBe(true);
});

test('keys of a large roster do not collide', () => {
  const keys = new Set(Array.from({ length: 5000 }, (_, i) => pseudonymFromSignature(signedHmac(`A-${i}`, 's'))));
  expect(keys.size).toBe(5000);
});

test('a truncated signature is a bug', () => {
  expect(() => pseudonymFromSignature([1, 2])).toThrow();
});
