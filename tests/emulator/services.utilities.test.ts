/** Utilities, as the Apps Script reference documents it. */
import { CallLog, Clock, type EmulatorContext } from '../../emulator/core/context';
import { createUtilities } from '../../emulator/services/utilities';

const ctx: EmulatorContext = {
  calls: new CallLog(),
  clock: new Clock(new Date('2025-03-10T09:00:00Z')),
  timeZone: 'Europe/Paris',
  scriptTimeZone: 'Europe/Paris',
  userEmail: 'formatrice@cfa-demo.fr',
  uiAvailable: true,
};
const Utilities = createUtilities(ctx).service;

describe('Utilities.formatDate', () => {
  test('formatDate uses the given time zone across a DST change', () => {
    const before = new Date('2025-03-30T00:30:00Z');
    const after = new Date('2025-03-30T01:30:00Z');
    expect(Utilities.formatDate(before, 'Europe/Paris', 'yyyy-MM-dd HH:mm XXX')).toBe('2025-03-30 01:30 +01:00');
    expect(Utilities.formatDate(after, 'Europe/Paris', 'yyyy-MM-dd HH:mm XXX')).toBe('2025-03-30 03:30 +02:00');
    expect(Utilities.formatDate(after, 'America/New_York', 'yyyy-MM-dd HH:mm Z')).toBe('2025-03-29 21:30 -0400');
  });

  test('names, 12-hour clock, milliseconds and quoted text follow SimpleDateFormat', () => {
    const d = new Date('2025-01-05T14:07:09.045Z');
    expect(Utilities.formatDate(d, 'GMT', "EEEE d MMMM yy, EEE MMM, h:mm a, ss.SSS 'o''clock' XXX")).toBe(
      "Sunday 5 January 25, Sun Jan, 2:07 PM, 09.045 o'clock Z",
    );
    expect(Utilities.formatDate(d, 'Europe/Paris', 'M/d H')).toBe('1/5 15');
  });

  test('parseDate reads a wall-clock time in the given zone', () => {
    expect(Utilities.parseDate('30/03/2025 03:30', 'Europe/Paris', 'dd/MM/yyyy HH:mm').toISOString()).toBe('2025-03-30T01:30:00.000Z');
    expect(Utilities.parseDate('2025-07-14', 'Europe/Paris', 'yyyy-MM-dd').toISOString()).toBe('2025-07-13T22:00:00.000Z');
    expect(() => Utilities.parseDate('14 juillet', 'Europe/Paris', 'yyyy-MM-dd')).toThrow('Unparseable date: "14 juillet"');
  });
});

describe('Utilities signatures and encodings', () => {
  test('HMAC bytes are signed like Apps Script\'s (-128..127)', () => {
    const sig = Utilities.computeHmacSha256Signature('The quick brown fox jumps over the lazy dog', 'key');
    // f7 bc 83 f4 30 … (RFC-style known vector)
    expect(sig.slice(0, 5)).toEqual([-9, -68, -125, -12, 48]);
    expect(sig).toHaveLength(32);
    expect(sig.every((b) => b >= -128 && b <= 127)).toBe(true);
    const hex = sig.map((b) => ((b + 256) % 256).toString(16).padStart(2, '0')).join('');
    expect(hex).toBe('f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8');
  });

  test('computeDigest returns signed bytes too', () => {
    const md5 = Utilities.computeDigest(Utilities.DigestAlgorithm.MD5, 'abc');
    expect(md5.map((b) => ((b + 256) % 256).toString(16).padStart(2, '0')).join('')).toBe('900150983cd24fb0d6963f7d28e17f72');
  });

  test('base64 round-trips UTF-8 text; the web-safe alphabet uses - and _', () => {
    const enc = Utilities.base64Encode('Évaluée ✓');
    const bytes = Utilities.base64Decode(enc);
    expect(Utilities.newBlob(bytes).getDataAsString()).toBe('Évaluée ✓');
    expect(Utilities.base64EncodeWebSafe([0xfb, 0xff] as number[])).toBe('-_8=');
  });

  test('blobs keep bytes, content type and name; copyBlob is independent', () => {
    const blob = Utilities.newBlob('a;b', 'text/csv', 'x.csv');
    const copy = blob.copyBlob().setName('y.csv');
    expect([blob.getName(), copy.getName(), copy.getContentType(), copy.getDataAsString()]).toEqual(['x.csv', 'y.csv', 'text/csv', 'a;b']);
    expect(Utilities.newBlob('é').getBytes()).toEqual([-61, -87]);
  });

  test('formatString follows Java\'s String.format', () => {
    expect(Utilities.formatString('%s: %05d (%.1f%%)', 'Total', 42, 12.345)).toBe('Total: 00042 (12.3%)');
  });

  test('sleep advances the emulated clock', () => {
    const t0 = ctx.clock.now();
    Utilities.sleep(1500);
    expect(ctx.clock.now() - t0).toBe(1500);
  });
});
