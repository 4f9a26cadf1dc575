/**
 * Java SimpleDateFormat patterns, as Utilities.formatDate / parseDate take them, with time zones from Intl
 * (IANA names, DST included) and Java's fallbacks ("GMT+2" style offsets; an unknown zone is GMT).
 * Letters: G y Y M L d D E u a H k K h m s S z Z X, 'quoted text', '' for a quote.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export type Token = { kind: 'field'; letter: string; count: number } | { kind: 'text'; text: string };

export function tokenizePattern(pattern: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const text = (t: string) => {
    const last = out[out.length - 1];
    if (last && last.kind === 'text') last.text += t;
    else out.push({ kind: 'text', text: t });
  };
  while (i < pattern.length) {
    const ch = pattern[i];
    if (ch === "'") {
      if (pattern[i + 1] === "'") {
        text("'");
        i += 2;
        continue;
      }
      let j = i + 1;
      let t = '';
      while (j < pattern.length) {
        if (pattern[j] === "'") {
          if (pattern[j + 1] === "'") {
            t += "'";
            j += 2;
            continue;
          }
          break;
        }
        t += pattern[j++];
      }
      text(t);
      i = j + 1;
    } else if (/[A-Za-z]/.test(ch)) {
      let j = i;
      while (pattern[j] === ch) j++;
      if (!/[GyYMLdDEuaHkKhmsSzZXw]/.test(ch)) throw new Error(`Illegal pattern character '${ch}'`);
      out.push({ kind: 'field', letter: ch, count: j - i });
      i = j;
    } else {
      text(ch);
      i++;
    }
  }
  return out;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Resolves a Java/IANA zone id: an IANA name, or a fixed offset in minutes ("GMT+2", "UTC", unknown → 0). */
function zone(tz: string): { iana: string } | { fixed: number } {
  const t = String(tz ?? '').trim();
  const m = /^(?:GMT|UTC)?([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(t);
  if (m) return { fixed: (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0)) };
  if (t === 'GMT' || t === 'UTC' || t === 'Z') return { fixed: 0 };
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: t });
    return { iana: t };
  } catch {
    return { fixed: 0 };
  }
}

/** Offset of the zone from UTC, in minutes, at instant `ms`. */
export function offsetMinutes(ms: number, tz: string): number {
  const z = zone(tz);
  if ('fixed' in z) return z.fixed;
  let f = formatters.get(z.iana);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: z.iana,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(z.iana, f);
  }
  const base = Math.floor(ms / 1000) * 1000;
  const p: Record<string, number> = {};
  for (const part of f.formatToParts(new Date(base))) if (part.type !== 'literal') p[part.type] = Number(part.value);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour === 24 ? 0 : p.hour, p.minute, p.second);
  return Math.round((asUtc - base) / 60000);
}

/** The UTC instant of a wall-clock time in a zone (the earlier one in a DST overlap). */
export function wallToInstant(y: number, mo: number, d: number, h: number, mi: number, s: number, msec: number, tz: string): number {
  const guess = Date.UTC(y, mo, d, h, mi, s, msec);
  const t1 = guess - offsetMinutes(guess, tz) * 60000;
  const t2 = guess - offsetMinutes(t1, tz) * 60000;
  return t2;
}

const pad = (n: number, w: number) => String(Math.abs(n)).padStart(w, '0');

function offsetText(off: number, style: 'Z' | 'X1' | 'X2' | 'X3'): string {
  if (style !== 'Z' && off === 0) return 'Z';
  const sign = off < 0 ? '-' : '+';
  const h = pad(Math.floor(Math.abs(off) / 60), 2);
  const m = pad(Math.abs(off) % 60, 2);
  if (style === 'X1') return `${sign}${h}`;
  if (style === 'X3') return `${sign}${h}:${m}`;
  return `${sign}${h}${m}`;
}

function zoneName(ms: number, tz: string, long: boolean): string {
  const z = zone(tz);
  if ('iana' in z) {
    try {
      const parts = new Intl.DateTimeFormat('en-US', { timeZone: z.iana, timeZoneName: long ? 'long' : 'short' }).formatToParts(new Date(ms));
      const name = parts.find((p) => p.type === 'timeZoneName')?.value;
      if (name) return name;
    } catch {
      /* fall through */
    }
  }
  const off = offsetMinutes(ms, tz);
  return off === 0 ? 'GMT' : `GMT${offsetText(off, 'X3')}`;
}

export function formatDate(date: Date | number, tz: string, pattern: string): string {
  const ms = typeof date === 'number' ? date : date.getTime();
  if (Number.isNaN(ms)) throw new Error('Invalid argument: date');
  const off = offsetMinutes(ms, tz);
  const w = new Date(ms + off * 60000); // wall clock, read with getUTC*
  const Y = w.getUTCFullYear();
  const M = w.getUTCMonth();
  const D = w.getUTCDate();
  const H = w.getUTCHours();
  const dow = w.getUTCDay();
  let out = '';
  for (const t of tokenizePattern(pattern)) {
    if (t.kind === 'text') {
      out += t.text;
      continue;
    }
    const n = t.count;
    switch (t.letter) {
      case 'G':
        out += Y > 0 ? 'AD' : 'BC';
        break;
      case 'y':
      case 'Y':
        out += n === 2 ? pad(Y % 100, 2) : pad(Y, n);
        break;
      case 'M':
      case 'L':
        out += n >= 4 ? MONTHS[M] : n === 3 ? MONTHS[M].slice(0, 3) : pad(M + 1, n);
        break;
      case 'd':
        out += pad(D, n);
        break;
      case 'D': {
        const doy = Math.floor((Date.UTC(Y, M, D) - Date.UTC(Y, 0, 1)) / 86400000) + 1;
        out += pad(doy, n);
        break;
      }
      case 'E':
        out += n >= 4 ? DAYS[dow] : DAYS[dow].slice(0, 3);
        break;
      case 'u':
        out += pad(dow === 0 ? 7 : dow, n);
        break;
      case 'a':
        out += H < 12 ? 'AM' : 'PM';
        break;
      case 'H':
        out += pad(H, n);
        break;
      case 'k':
        out += pad(H === 0 ? 24 : H, n);
        break;
      case 'K':
        out += pad(H % 12, n);
        break;
      case 'h':
        out += pad(H % 12 === 0 ? 12 : H % 12, n);
        break;
      case 'm':
        out += pad(w.getUTCMinutes(), n);
        break;
      case 's':
        out += pad(w.getUTCSeconds(), n);
        break;
      case 'S':
        out += pad(w.getUTCMilliseconds(), Math.max(n, 3)).slice(0, Math.max(n, 3));
        break;
      case 'z':
        out += zoneName(ms, tz, n >= 4);
        break;
      case 'Z':
        out += offsetText(off, 'Z');
        break;
      case 'X':
        out += offsetText(off, n === 1 ? 'X1' : n === 2 ? 'X2' : 'X3');
        break;
      case 'w': {
        // ISO-8601 week number
        const th = new Date(Date.UTC(Y, M, D));
        th.setUTCDate(th.getUTCDate() - ((dow + 6) % 7) + 3);
        const jan4 = new Date(Date.UTC(th.getUTCFullYear(), 0, 4));
        const week = 1 + Math.round(((th.getTime() - jan4.getTime()) / 86400000 - 3 + ((jan4.getUTCDay() + 6) % 7)) / 7);
        out += pad(week, n);
        break;
      }
    }
  }
  return out;
}

const NUMERIC = /[yYMLdDuHkKhmsS]/;

export function parseDate(text: string, tz: string, pattern: string): Date {
  const tokens = tokenizePattern(pattern);
  const src = String(text);
  let i = 0;
  const f: { y?: number; M?: number; d?: number; H?: number; h?: number; pm?: boolean; m?: number; s?: number; S?: number; off?: number } = {};
  const fail = (): never => {
    throw new Error(`Unparseable date: "${src}"`);
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind === 'text') {
      if (!src.startsWith(t.text, i)) fail();
      i += t.text.length;
      continue;
    }
    const next = tokens[k + 1];
    const abutting = next && next.kind === 'field' && NUMERIC.test(next.letter);
    if (NUMERIC.test(t.letter) && !((t.letter === 'M' || t.letter === 'L') && t.count >= 3)) {
      const max = abutting ? t.count : 10;
      const m = new RegExp(`^[+-]?\\d{1,${max}}`).exec(src.slice(i));
      if (!m) fail();
      const v = Number(m![0]);
      i += m![0].length;
      switch (t.letter) {
        case 'y':
        case 'Y':
          f.y = t.count <= 2 && m![0].length <= 2 ? 2000 + v : v;
          break;
        case 'M':
        case 'L':
          f.M = v - 1;
          break;
        case 'd':
          f.d = v;
          break;
        case 'H':
        case 'k':
          f.H = v % 24;
          break;
        case 'h':
        case 'K':
          f.h = v % 12;
          break;
        case 'm':
          f.m = v;
          break;
        case 's':
          f.s = v;
          break;
        case 'S':
          f.S = v;
          break;
        default:
          break; // D, u: read and ignored
      }
      continue;
    }
    const rest = src.slice(i);
    const matchName = (names: string[]): number => {
      for (let n = 0; n < names.length; n++) {
        for (const cand of [names[n], names[n].slice(0, 3)]) if (rest.toLowerCase().startsWith(cand.toLowerCase())) {
          i += cand.length;
          return n;
        }
      }
      return fail();
    };
    switch (t.letter) {
      case 'M':
      case 'L':
        f.M = matchName(MONTHS);
        break;
      case 'E':
        matchName(DAYS);
        break;
      case 'a': {
        const m = /^(AM|PM)/i.exec(rest);
        if (!m) fail();
        f.pm = m![1].toUpperCase() === 'PM';
        i += 2;
        break;
      }
      case 'Z':
      case 'X':
      case 'z': {
        const m = /^(?:GMT)?(Z|([+-])(\d{2}):?(\d{2})?)/.exec(rest);
        if (!m) fail();
        f.off = m![1] === 'Z' ? 0 : (m![2] === '-' ? -1 : 1) * (Number(m![3]) * 60 + Number(m![4] ?? 0));
        i += m![0].length;
        break;
      }
      case 'G':
        i += /^(AD|BC)/.exec(rest)?.[0].length ?? fail();
        break;
      default:
        fail();
    }
  }
  const hour = f.H ?? (f.h !== undefined ? f.h + (f.pm ? 12 : 0) : 0);
  const y = f.y ?? 1970;
  const mo = f.M ?? 0;
  const d = f.d ?? 1;
  if (f.off !== undefined) return new Date(Date.UTC(y, mo, d, hour, f.m ?? 0, f.s ?? 0, f.S ?? 0) - f.off * 60000);
  return new Date(wallToInstant(y, mo, d, hour, f.m ?? 0, f.s ?? 0, f.S ?? 0, tz));
}
