/** Protected sheets and ranges. Every method is a round trip, as in Apps Script. */
import type { Area } from './a1';
import type { Book } from './book';
import type { ProtectionSpec, SheetModel } from './model';

export interface EmUser {
  getEmail(): string;
  getNickname(): string;
}

export function user(email: string): EmUser {
  return { getEmail: () => email, getNickname: () => email.split('@')[0] };
}

const emailOf = (u: unknown): string => (typeof u === 'string' ? u : (u as EmUser).getEmail());

export function createProtection(book: Book, sheet: SheetModel, area: Area | null): EmProtection {
  const spec: ProtectionSpec = {
    id: book.model.nextProtectionId++,
    type: area ? 'RANGE' : 'SHEET',
    sheetId: sheet.id,
    area: area ? { ...area } : null,
    description: '',
    warningOnly: false,
    editors: book.ctx.userEmail ? [book.ctx.userEmail] : [],
    unprotected: [],
  };
  book.model.protections.push(spec);
  return new EmProtection(book, spec);
}

export class EmProtection {
  constructor(
    private book: Book,
    readonly spec: ProtectionSpec,
  ) {}

  private rec(method: string): void {
    this.book.record(`Protection.${method}`);
  }

  private sheet(): SheetModel {
    const s = this.book.model.sheetById(this.spec.sheetId);
    if (!s) throw new Error('The protected sheet no longer exists.');
    return s;
  }

  getProtectionType(): string { this.rec('getProtectionType'); return this.spec.type; }
  getDescription(): string { this.rec('getDescription'); return this.spec.description; }
  setDescription(d: string): this { this.rec('setDescription'); this.spec.description = String(d); return this; }
  isWarningOnly(): boolean { this.rec('isWarningOnly'); return this.spec.warningOnly; }
  setWarningOnly(w: boolean): this { this.rec('setWarningOnly'); this.spec.warningOnly = !!w; return this; }
  canEdit(): boolean { this.rec('canEdit'); return this.spec.warningOnly || this.spec.editors.includes(this.book.ctx.userEmail); }
  canDomainEdit(): boolean { this.rec('canDomainEdit'); return false; }
  setDomainEdit(_v: boolean): this { this.rec('setDomainEdit'); return this; }
  getEditors(): EmUser[] { this.rec('getEditors'); return this.spec.editors.map(user); }

  addEditor(u: unknown): this { this.rec('addEditor'); this.add([u]); return this; }
  addEditors(us: unknown[]): this { this.rec('addEditors'); this.add(us); return this; }
  removeEditor(u: unknown): this { this.rec('removeEditor'); this.drop([u]); return this; }
  removeEditors(us: unknown[]): this { this.rec('removeEditors'); this.drop(us); return this; }

  private add(us: unknown[]): void {
    for (const e of us.map(emailOf)) if (!this.spec.editors.includes(e)) this.spec.editors.push(e);
  }
  private drop(us: unknown[]): void {
    const gone = new Set(us.map(emailOf));
    gone.delete(this.book.ctx.userEmail); // the owner always keeps access
    this.spec.editors = this.spec.editors.filter((e) => !gone.has(e));
  }

  /** The protected range; a sheet protection returns a range that spans the whole sheet. */
  getRange(): unknown {
    this.rec('getRange');
    const s = this.sheet();
    return this.book.range(s, this.spec.area ?? { row: 1, col: 1, numRows: s.maxRows, numCols: s.maxCols });
  }
  setRange(range: unknown): this {
    this.rec('setRange');
    const ref = this.book.codec.toRef(range);
    this.spec.sheetId = ref.sheetId;
    this.spec.area = { ...ref.area };
    return this;
  }
  getUnprotectedRanges(): unknown[] {
    this.rec('getUnprotectedRanges');
    const s = this.sheet();
    return this.spec.unprotected.map((a) => this.book.range(s, a));
  }
  setUnprotectedRanges(ranges: unknown[]): this {
    this.rec('setUnprotectedRanges');
    if (this.spec.type !== 'SHEET') throw new Error('Unprotected ranges can only be set on a sheet protection.');
    this.spec.unprotected = ranges.map((r) => ({ ...this.book.codec.toRef(r).area }));
    return this;
  }
  remove(): void {
    this.rec('remove');
    this.book.model.protections = this.book.model.protections.filter((p) => p !== this.spec);
  }
}
