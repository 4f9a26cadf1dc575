/**
 * The Drive v3 search language (`q` of files.list), the subset apps use:
 *   name = 'x' | name != 'x' | name contains 'x' | mimeType = 'x' | mimeType != 'x' | trashed = false
 *   '<id>' in parents | appProperties has { key='k' and value='v' } | properties has { … }
 *   modifiedTime > '2024-01-01T00:00:00' | createdTime …
 * combined with and / or / not and parentheses. Strings are single-quoted, with \' and \\ escapes.
 */

export interface QueryableFile {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  trashed: boolean;
  starred?: boolean;
  appProperties: Record<string, string>;
  properties: Record<string, string>;
  createdTime: string;
  modifiedTime: string;
  description?: string;
  fullText?: string;
}

export type Predicate = (f: QueryableFile) => boolean;

type Tok =
  | { t: 'str'; v: string }
  | { t: 'word'; v: string }
  | { t: 'op'; v: string };

export class QueryError extends Error {}

function tokenize(q: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < q.length) {
    const ch = q[i];
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === "'" || ch === '"') {
      const quote = ch;
      let s = '';
      i++;
      while (i < q.length && q[i] !== quote) {
        if (q[i] === '\\' && i + 1 < q.length) {
          s += q[i + 1];
          i += 2;
        } else s += q[i++];
      }
      if (i >= q.length) throw new QueryError('unterminated string');
      i++;
      out.push({ t: 'str', v: s });
    } else if (q.startsWith('!=', i) || q.startsWith('<=', i) || q.startsWith('>=', i)) {
      out.push({ t: 'op', v: q.slice(i, i + 2) });
      i += 2;
    } else if ('=<>(){}'.includes(ch)) {
      out.push({ t: 'op', v: ch });
      i++;
    } else {
      const m = /^[A-Za-z0-9_.:-]+/.exec(q.slice(i));
      if (!m) throw new QueryError(`unexpected ${ch}`);
      out.push({ t: 'word', v: m[0] });
      i += m[0].length;
    }
  }
  return out;
}

export function parseQuery(q: string | undefined, rootId = 'root'): Predicate {
  if (!q || !q.trim()) return () => true;
  const toks = tokenize(q);
  let p = 0;
  const peek = (): Tok | undefined => toks[p];
  const isWord = (w: string, tok = peek()) => tok?.t === 'word' && tok.v.toLowerCase() === w;
  const isOp = (o: string, tok = peek()) => tok?.t === 'op' && tok.v === o;
  const expect = (cond: boolean, what: string) => {
    if (!cond) throw new QueryError(`expected ${what}`);
    return toks[p++];
  };

  const value = (): string | boolean | number => {
    const tok = toks[p++];
    if (!tok) throw new QueryError('expected value');
    if (tok.t === 'str') return tok.v;
    if (tok.t === 'word' && (tok.v === 'true' || tok.v === 'false')) return tok.v === 'true';
    if (tok.t === 'word' && /^-?\d+(\.\d+)?$/.test(tok.v)) return Number(tok.v);
    throw new QueryError('expected value');
  };

  const field = (f: QueryableFile, name: string): unknown => {
    switch (name) {
      case 'name':
      case 'mimeType':
      case 'trashed':
      case 'starred':
      case 'createdTime':
      case 'modifiedTime':
      case 'fullText':
        return name === 'fullText' ? `${f.name} ${f.description ?? ''}` : (f as unknown as Record<string, unknown>)[name] ?? false;
      default:
        throw new QueryError(`unknown field ${name}`);
    }
  };

  const compare = (a: unknown, op: string, b: unknown): boolean => {
    switch (op) {
      case '=':
        return a === b;
      case '!=':
        return a !== b;
      case '<':
        return String(a) < String(b);
      case '<=':
        return String(a) <= String(b);
      case '>':
        return String(a) > String(b);
      case '>=':
        return String(a) >= String(b);
      case 'contains':
        return String(a).toLowerCase().includes(String(b).toLowerCase());
      default:
        throw new QueryError(`bad operator ${op}`);
    }
  };

  const hasClause = (): { key: string; value: string } => {
    expect(isOp('{'), '{');
    expect(isWord('key'), 'key');
    expect(isOp('='), '=');
    const key = String(value());
    expect(isWord('and'), 'and');
    expect(isWord('value'), 'value');
    expect(isOp('='), '=');
    const val = String(value());
    expect(isOp('}'), '}');
    return { key, value: val };
  };

  const condition = (): Predicate => {
    const tok = peek();
    if (!tok) throw new QueryError('unexpected end');
    if (tok.t === 'str') {
      p++;
      expect(isWord('in'), 'in');
      const coll = toks[p++];
      if (!coll || coll.t !== 'word' || coll.v !== 'parents') throw new QueryError('expected parents');
      const id = tok.v;
      const target = id === 'root' ? rootId : id;
      return (f) => f.parents.includes(target);
    }
    if (tok.t !== 'word') throw new QueryError('expected field');
    p++;
    const name = tok.v;
    if (name === 'appProperties' || name === 'properties') {
      expect(isWord('has'), 'has');
      const { key, value: v } = hasClause();
      return (f) => (name === 'appProperties' ? f.appProperties : f.properties)[key] === v;
    }
    const opTok = toks[p++];
    if (!opTok) throw new QueryError('expected operator');
    const op = opTok.t === 'op' ? opTok.v : opTok.v.toLowerCase();
    if (!['=', '!=', '<', '<=', '>', '>=', 'contains'].includes(op)) throw new QueryError(`bad operator ${op}`);
    const v = value();
    // validate the field now so that a bad query fails even on an empty drive
    field({ id: '', name: '', mimeType: '', parents: [], trashed: false, appProperties: {}, properties: {}, createdTime: '', modifiedTime: '' }, name);
    return (f) => compare(field(f, name), op, v);
  };

  const unary = (): Predicate => {
    if (isWord('not')) {
      p++;
      const inner = unary();
      return (f) => !inner(f);
    }
    if (isOp('(')) {
      p++;
      const inner = orExpr();
      expect(isOp(')'), ')');
      return inner;
    }
    return condition();
  };

  const andExpr = (): Predicate => {
    const parts = [unary()];
    while (isWord('and')) {
      p++;
      parts.push(unary());
    }
    return (f) => parts.every((x) => x(f));
  };

  const orExpr = (): Predicate => {
    const parts = [andExpr()];
    while (isWord('or')) {
      p++;
      parts.push(andExpr());
    }
    return (f) => parts.some((x) => x(f));
  };

  const pred = orExpr();
  if (p < toks.length) throw new QueryError('trailing tokens');
  return pred;
}

/** Parses a `fields` selector such as `files(id,name,parents),nextPageToken` into a tree; '*' selects all. */
export type FieldTree = '*' | { [k: string]: FieldTree | true };

export function parseFields(fields: string): FieldTree {
  const s = fields.replace(/\s+/g, '');
  if (s === '*' || s === '') return '*';
  let i = 0;
  const parseList = (): { [k: string]: FieldTree | true } => {
    const out: { [k: string]: FieldTree | true } = {};
    while (i < s.length && s[i] !== ')') {
      const m = /^[A-Za-z0-9_*]+(\/[A-Za-z0-9_*]+)*/.exec(s.slice(i));
      if (!m) throw new QueryError('bad fields');
      i += m[0].length;
      const path = m[0].split('/');
      let sub: FieldTree | true = true;
      if (s[i] === '(') {
        i++;
        const inner = parseList();
        if (s[i] !== ')') throw new QueryError('bad fields');
        i++;
        sub = Object.keys(inner).length === 1 && inner['*'] ? '*' : inner;
      }
      for (let k = path.length - 1; k > 0; k--) sub = path[k] === '*' ? '*' : { [path[k]]: sub };
      const head = path[0];
      if (head === '*') return Object.assign(out, { '*': true });
      out[head] = sub;
      if (s[i] === ',') i++;
    }
    return out;
  };
  const tree = parseList();
  if (i !== s.length) throw new QueryError('bad fields');
  return tree['*'] ? '*' : tree;
}

export function selectFields<T extends object>(obj: T, tree: FieldTree | true): Partial<T> {
  if (tree === '*' || tree === true) return JSON.parse(JSON.stringify(obj));
  const out: Record<string, unknown> = {};
  for (const [k, sub] of Object.entries(tree)) {
    const v = (obj as Record<string, unknown>)[k];
    if (v === undefined) continue;
    if (Array.isArray(v)) out[k] = v.map((x) => (x && typeof x === 'object' ? selectFields(x, sub) : x));
    else if (v && typeof v === 'object') out[k] = selectFields(v as object, sub);
    else out[k] = v;
  }
  return out as Partial<T>;
}
