/**
 * Utilities: UUIDs, dates (SimpleDateFormat patterns with IANA time zones), formatString, digests and HMACs returned as
 * Apps Script does (arrays of SIGNED bytes, -128..127), base64, blobs, and sleep (advances the emulated clock).
 */
import { createHash, createHmac, randomUUID } from 'node:crypto';
import type { EmulatorContext } from '../core/context';
import { formatDate, parseDate } from './date-format';

export const Charset = Object.freeze({ US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' } as const);
export const DigestAlgorithm = Object.freeze({ MD2: 'MD2', MD5: 'MD5', SHA_1: 'SHA_1', SHA_256: 'SHA_256', SHA_384: 'SHA_384', SHA_512: 'SHA_512' } as const);
export const MacAlgorithm = Object.freeze({ HMAC_MD5: 'HMAC_MD5', HMAC_SHA_1: 'HMAC_SHA_1', HMAC_SHA_256: 'HMAC_SHA_256', HMAC_SHA_384: 'HMAC_SHA_384', HMAC_SHA_512: 'HMAC_SHA_512' } as const);

type Bytes = number[];

/** Node bytes (0..255) → Apps Script bytes (-128..127). */
export const toSigned = (buf: Uint8Array): Bytes => Array.from(buf, (b) => (b > 127 ? b - 256 : b));
const fromBytes = (bytes: ArrayLike<number>): Buffer => Buffer.from(Array.from(bytes, (b) => b & 0xff));

function encodingOf(charset: unknown): BufferEncoding {
  const c = String(charset ?? 'UTF_8').toUpperCase().replace(/-/g, '_');
  if (c === 'US_ASCII' || c === 'ASCII') return 'ascii';
  if (c === 'ISO_8859_1' || c === 'LATIN1') return 'latin1';
  if (c === 'UTF_8' || c === 'UTF8') return 'utf8';
  if (c === 'UTF_16LE') return 'utf16le';
  throw new Error(`Invalid argument: charset`);
}

const toBuffer = (data: unknown, charset?: unknown): Buffer =>
  Array.isArray(data) || data instanceof Uint8Array ? fromBytes(data as ArrayLike<number>) : Buffer.from(String(data ?? ''), encodingOf(charset));

const NODE_DIGEST: Record<string, string> = { MD5: 'md5', SHA_1: 'sha1', SHA_256: 'sha256', SHA_384: 'sha384', SHA_512: 'sha512' };
const NODE_HMAC: Record<string, string> = { HMAC_MD5: 'md5', HMAC_SHA_1: 'sha1', HMAC_SHA_256: 'sha256', HMAC_SHA_384: 'sha384', HMAC_SHA_512: 'sha512' };

const EXTENSION_TYPES: Record<string, string> = {
  csv: 'text/csv',
  txt: 'text/plain',
  html: 'text/html',
  json: 'application/json',
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export class EmulatedBlob {
  private data: Buffer;
  private contentType: string | null;
  private name: string | null;
  constructor(data: Buffer, contentType: string | null = null, name: string | null = null) {
    this.data = data;
    this.contentType = contentType;
    this.name = name;
  }
  getBytes(): Bytes {
    return toSigned(this.data);
  }
  setBytes(data: Bytes) {
    this.data = fromBytes(data);
    return this;
  }
  getDataAsString(charset?: string): string {
    return this.data.toString(encodingOf(charset));
  }
  setDataFromString(s: string, charset?: string) {
    this.data = Buffer.from(String(s), encodingOf(charset));
    return this;
  }
  getContentType() {
    return this.contentType;
  }
  setContentType(t: string | null) {
    this.contentType = t;
    return this;
  }
  setContentTypeFromExtension() {
    const ext = /\.([A-Za-z0-9]+)$/.exec(this.name ?? '')?.[1]?.toLowerCase();
    if (!ext || !EXTENSION_TYPES[ext]) throw new Error(`Could not determine the content type of ${this.name}`);
    this.contentType = EXTENSION_TYPES[ext];
    return this;
  }
  getName() {
    return this.name;
  }
  setName(name: string) {
    this.name = name;
    return this;
  }
  copyBlob() {
    return new EmulatedBlob(Buffer.from(this.data), this.contentType, this.name);
  }
  getBlob() {
    return this;
  }
  getAs(contentType: string) {
    if (contentType === this.contentType) return this.copyBlob();
    throw new Error(`Converting from ${this.contentType} to ${contentType} is not supported.`);
  }
  isGoogleType() {
    return false;
  }
}

/** Java's String.format, the common subset: %s %S %d %f %.Nf %e %x %X %b %c %n %% with flags - 0 + , and width. */
export function formatString(template: string, ...args: unknown[]): string {
  let i = 0;
  return String(template).replace(/%(\d+\$)?([-0+,]*)(\d+)?(?:\.(\d+))?([sSdfexXbcn%])/g, (_m, pos, flags: string, width, prec, conv: string) => {
    if (conv === '%') return '%';
    if (conv === 'n') return '\n';
    const v = pos ? args[Number(String(pos).slice(0, -1)) - 1] : args[i++];
    let s: string;
    switch (conv) {
      case 'd': {
        if (typeof v !== 'number' || !Number.isInteger(v)) throw new Error(`d != ${typeof v === 'number' ? 'java.lang.Double' : 'java.lang.String'}`);
        s = String(Math.abs(v));
        if (flags.includes(',')) s = s.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
        s = (v < 0 ? '-' : flags.includes('+') ? '+' : '') + s;
        break;
      }
      case 'f':
        s = Number(v).toFixed(prec === undefined ? 6 : Number(prec));
        if (flags.includes('+') && Number(v) >= 0) s = '+' + s;
        break;
      case 'e':
        s = Number(v).toExponential(prec === undefined ? 6 : Number(prec)).replace(/e([+-])(\d)$/, 'e$10$2');
        break;
      case 'x':
      case 'X':
        s = Number(v).toString(16);
        if (conv === 'X') s = s.toUpperCase();
        break;
      case 'b':
        s = String(v !== null && v !== undefined && v !== false);
        break;
      case 'c':
        s = typeof v === 'number' ? String.fromCharCode(v) : String(v).charAt(0);
        break;
      default:
        s = v === null ? 'null' : v === undefined ? 'undefined' : String(v);
        if (prec !== undefined) s = s.slice(0, Number(prec));
        if (conv === 'S') s = s.toUpperCase();
    }
    if (width && s.length < Number(width)) {
      const fill = flags.includes('0') && !flags.includes('-') && /[dfex]/i.test(conv) ? '0' : ' ';
      if (flags.includes('-')) s = s.padEnd(Number(width), ' ');
      else if (fill === '0' && /^[+-]/.test(s)) s = s[0] + s.slice(1).padStart(Number(width) - 1, '0');
      else s = s.padStart(Number(width), fill);
    }
    return s;
  });
}

export interface UtilitiesEmulator {
  service: GoogleAppsScript.Utilities.Utilities;
}

export function createUtilities(ctx: EmulatorContext): UtilitiesEmulator {
  const service = {
    Charset,
    DigestAlgorithm,
    MacAlgorithm,
    getUuid: () => randomUUID(),
    formatDate: (date: Date, timeZone: string, format: string) => {
      if (!(date instanceof Date) && typeof (date as unknown as Date)?.getTime !== 'function') throw new Error('Invalid argument: date');
      return formatDate(date, timeZone, format);
    },
    parseDate: (text: string, timeZone: string, format: string) => parseDate(text, timeZone, format),
    formatString,
    computeDigest(algorithm: string, value: unknown, charset?: unknown) {
      const alg = NODE_DIGEST[String(algorithm)];
      if (!alg) throw new Error(`Invalid argument: algorithm (${String(algorithm)})`);
      return toSigned(createHash(alg).update(toBuffer(value, charset)).digest());
    },
    computeHmacSignature(algorithm: string, value: unknown, key: unknown, charset?: unknown) {
      const alg = NODE_HMAC[String(algorithm)];
      if (!alg) throw new Error(`Invalid argument: algorithm (${String(algorithm)})`);
      return toSigned(createHmac(alg, toBuffer(key, charset)).update(toBuffer(value, charset)).digest());
    },
    computeHmacSha256Signature(value: unknown, key: unknown, charset?: unknown) {
      return toSigned(createHmac('sha256', toBuffer(key, charset)).update(toBuffer(value, charset)).digest());
    },
    base64Encode: (data: unknown, charset?: unknown) => toBuffer(data, charset).toString('base64'),
    base64EncodeWebSafe: (data: unknown, charset?: unknown) => toBuffer(data, charset).toString('base64').replace(/\+/g, '-').replace(/\//g, '_'),
    base64Decode: (encoded: string) => toSigned(Buffer.from(String(encoded), 'base64')),
    base64DecodeWebSafe: (encoded: string) => toSigned(Buffer.from(String(encoded).replace(/-/g, '+').replace(/_/g, '/'), 'base64')),
    newBlob(data: unknown, contentType?: string, name?: string) {
      return new EmulatedBlob(toBuffer(data), contentType ?? null, name ?? null);
    },
    parseCsv(csv: string, delimiter = ',') {
      const rows: string[][] = [];
      let row: string[] = [];
      let cell = '';
      let quoted = false;
      const s = String(csv);
      for (let i = 0; i < s.length; i++) {
        const ch = s[i];
        if (quoted) {
          if (ch === '"' && s[i + 1] === '"') (cell += '"'), i++;
          else if (ch === '"') quoted = false;
          else cell += ch;
        } else if (ch === '"') quoted = true;
        else if (ch === delimiter) row.push(cell), (cell = '');
        else if (ch === '\n' || ch === '\r') {
          if (ch === '\r' && s[i + 1] === '\n') i++;
          row.push(cell), rows.push(row), (row = []), (cell = '');
        } else cell += ch;
      }
      if (cell !== '' || row.length) row.push(cell), rows.push(row);
      return rows;
    },
    sleep(milliseconds: number) {
      const ms = Math.max(0, Number(milliseconds) || 0);
      if (ms > 5 * 60 * 1000) throw new Error('Invalid argument: milliseconds. The maximum is 300000.');
      ctx.clock.advance(ms);
      ctx.calls.record('utilities', 'Utilities.sleep', ms); // by convention `cells` carries the milliseconds slept
    },
  };
  return { service: service as unknown as GoogleAppsScript.Utilities.Utilities };
}
