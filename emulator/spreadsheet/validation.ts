/** Data validation: the builder, the rule object, and the check Sheets makes when a person types into a cell. */
import { isDate } from './cell-values';
import type { RangeRef, ValidationSpec } from './model';

export const DATA_VALIDATION_CRITERIA = [
  'DATE_AFTER', 'DATE_BEFORE', 'DATE_BETWEEN', 'DATE_EQUAL_TO', 'DATE_IS_VALID_DATE', 'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER', 'DATE_ON_OR_BEFORE', 'NUMBER_BETWEEN', 'NUMBER_EQUAL_TO', 'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO', 'NUMBER_LESS_THAN', 'NUMBER_LESS_THAN_OR_EQUAL_TO', 'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO', 'TEXT_CONTAINS', 'TEXT_DOES_NOT_CONTAIN', 'TEXT_EQUAL_TO', 'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL', 'VALUE_IN_LIST', 'VALUE_IN_RANGE', 'CUSTOM_FORMULA', 'CHECKBOX',
] as const;

/** Turns a range (or its reference) into the stored form, and back into a Range when read. */
export interface RangeCodec {
  toRef(range: unknown): RangeRef;
  toRange(ref: RangeRef): unknown;
}

const copyValue = (v: unknown): unknown => (isDate(v) ? new Date(v.getTime()) : Array.isArray(v) ? v.slice() : v);

export class EmDataValidation {
  constructor(
    readonly spec: ValidationSpec,
    private codec: RangeCodec,
  ) {}
  getCriteriaType(): string {
    return this.spec.type;
  }
  getCriteriaValues(): unknown[] {
    return this.spec.values.map((v) =>
      v && typeof v === 'object' && '$range' in (v as object) ? this.codec.toRange((v as { $range: RangeRef }).$range) : copyValue(v),
    );
  }
  getAllowInvalid(): boolean {
    return this.spec.allowInvalid;
  }
  getHelpText(): string | null {
    return this.spec.helpText || null;
  }
  copy(): EmDataValidationBuilder {
    return new EmDataValidationBuilder(this.codec, cloneSpec(this.spec));
  }
}

export function cloneSpec(spec: ValidationSpec): ValidationSpec {
  return { ...spec, values: spec.values.map(copyValue) };
}

export class EmDataValidationBuilder {
  private spec: ValidationSpec;
  constructor(
    private codec: RangeCodec,
    spec?: ValidationSpec,
  ) {
    this.spec = spec ?? { type: '', values: [], allowInvalid: true, helpText: '' };
  }
  private set(type: string, values: unknown[]): this {
    this.spec.type = type;
    this.spec.values = values.map(copyValue);
    return this;
  }
  build(): EmDataValidation {
    if (!this.spec.type) throw new Error('You must specify a data validation criteria.');
    return new EmDataValidation(cloneSpec(this.spec), this.codec);
  }
  copy(): EmDataValidationBuilder {
    return new EmDataValidationBuilder(this.codec, cloneSpec(this.spec));
  }
  getCriteriaType(): string {
    return this.spec.type;
  }
  getCriteriaValues(): unknown[] {
    return new EmDataValidation(this.spec, this.codec).getCriteriaValues();
  }
  getAllowInvalid(): boolean {
    return this.spec.allowInvalid;
  }
  getHelpText(): string | null {
    return this.spec.helpText || null;
  }
  setAllowInvalid(allow: boolean): this {
    this.spec.allowInvalid = allow;
    return this;
  }
  setHelpText(text: string): this {
    this.spec.helpText = text;
    return this;
  }
  withCriteria(criteria: unknown, args: unknown[]): this {
    const values = args.map((a) => (isRange(a) ? { $range: this.codec.toRef(a) } : a));
    return this.set(String(criteria), values);
  }
  requireCheckbox(checked?: unknown, unchecked?: unknown): this {
    return this.set('CHECKBOX', [checked, unchecked].filter((v) => v !== undefined));
  }
  requireDate(): this { return this.set('DATE_IS_VALID_DATE', []); }
  requireDateAfter(d: Date): this { return this.set('DATE_AFTER', [d]); }
  requireDateBefore(d: Date): this { return this.set('DATE_BEFORE', [d]); }
  requireDateBetween(a: Date, b: Date): this { return this.set('DATE_BETWEEN', [a, b]); }
  requireDateEqualTo(d: Date): this { return this.set('DATE_EQUAL_TO', [d]); }
  requireDateNotBetween(a: Date, b: Date): this { return this.set('DATE_NOT_BETWEEN', [a, b]); }
  requireDateOnOrAfter(d: Date): this { return this.set('DATE_ON_OR_AFTER', [d]); }
  requireDateOnOrBefore(d: Date): this { return this.set('DATE_ON_OR_BEFORE', [d]); }
  requireFormulaSatisfied(formula: string): this { return this.set('CUSTOM_FORMULA', [formula]); }
  requireNumberBetween(a: number, b: number): this { return this.set('NUMBER_BETWEEN', [a, b]); }
  requireNumberEqualTo(n: number): this { return this.set('NUMBER_EQUAL_TO', [n]); }
  requireNumberGreaterThan(n: number): this { return this.set('NUMBER_GREATER_THAN', [n]); }
  requireNumberGreaterThanOrEqualTo(n: number): this { return this.set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]); }
  requireNumberLessThan(n: number): this { return this.set('NUMBER_LESS_THAN', [n]); }
  requireNumberLessThanOrEqualTo(n: number): this { return this.set('NUMBER_LESS_THAN_OR_EQUAL_TO', [n]); }
  requireNumberNotBetween(a: number, b: number): this { return this.set('NUMBER_NOT_BETWEEN', [a, b]); }
  requireNumberNotEqualTo(n: number): this { return this.set('NUMBER_NOT_EQUAL_TO', [n]); }
  requireTextContains(t: string): this { return this.set('TEXT_CONTAINS', [t]); }
  requireTextDoesNotContain(t: string): this { return this.set('TEXT_DOES_NOT_CONTAIN', [t]); }
  requireTextEqualTo(t: string): this { return this.set('TEXT_EQUAL_TO', [t]); }
  requireTextIsEmail(): this { return this.set('TEXT_IS_VALID_EMAIL', []); }
  requireTextIsUrl(): this { return this.set('TEXT_IS_VALID_URL', []); }
  requireValueInList(values: string[], showDropdown = true): this {
    return this.set('VALUE_IN_LIST', [values.slice(), showDropdown]);
  }
  requireValueInRange(range: unknown, showDropdown = true): this {
    this.spec.type = 'VALUE_IN_RANGE';
    this.spec.values = [{ $range: this.codec.toRef(range) }, showDropdown];
    return this;
  }
}

function isRange(v: unknown): boolean {
  return !!v && typeof v === 'object' && typeof (v as { __ref?: unknown }).__ref === 'function';
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URL_RE = /^(https?:\/\/|ftp:\/\/|www\.)[^\s]+$/i;

/**
 * Whether a typed value satisfies the rule. `text` is the value as displayed, `listFromRange` gives the displayed
 * values of a VALUE_IN_RANGE source. Custom formulas cannot be evaluated by the emulator: they always pass.
 */
export function satisfies(spec: ValidationSpec, value: unknown, text: string, listFromRange: (ref: RangeRef) => string[]): boolean {
  if (value === '' || value === undefined || value === null) return true;
  const [a, b] = spec.values;
  const num = (x: unknown): number => (isDate(x) ? x.getTime() : Number(x));
  const v = typeof value === 'number' ? value : isDate(value) ? value.getTime() : NaN;
  switch (spec.type) {
    case 'VALUE_IN_LIST':
      return (a as unknown[]).map(String).includes(text);
    case 'VALUE_IN_RANGE':
      return listFromRange((a as { $range: RangeRef }).$range).includes(text);
    case 'CHECKBOX':
      if (spec.values.length === 0) return typeof value === 'boolean';
      return spec.values.some((x) => x === value || String(x) === text);
    case 'DATE_IS_VALID_DATE':
      return isDate(value);
    case 'DATE_AFTER': return isDate(value) && v > num(a);
    case 'DATE_BEFORE': return isDate(value) && v < num(a);
    case 'DATE_ON_OR_AFTER': return isDate(value) && v >= num(a);
    case 'DATE_ON_OR_BEFORE': return isDate(value) && v <= num(a);
    case 'DATE_EQUAL_TO': return isDate(value) && v === num(a);
    case 'DATE_BETWEEN': return isDate(value) && v >= num(a) && v <= num(b);
    case 'DATE_NOT_BETWEEN': return isDate(value) && (v < num(a) || v > num(b));
    case 'NUMBER_BETWEEN': return typeof value === 'number' && v >= num(a) && v <= num(b);
    case 'NUMBER_NOT_BETWEEN': return typeof value === 'number' && (v < num(a) || v > num(b));
    case 'NUMBER_EQUAL_TO': return typeof value === 'number' && v === num(a);
    case 'NUMBER_NOT_EQUAL_TO': return typeof value === 'number' && v !== num(a);
    case 'NUMBER_GREATER_THAN': return typeof value === 'number' && v > num(a);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO': return typeof value === 'number' && v >= num(a);
    case 'NUMBER_LESS_THAN': return typeof value === 'number' && v < num(a);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO': return typeof value === 'number' && v <= num(a);
    case 'TEXT_CONTAINS': return text.includes(String(a));
    case 'TEXT_DOES_NOT_CONTAIN': return !text.includes(String(a));
    case 'TEXT_EQUAL_TO': return text === String(a);
    case 'TEXT_IS_VALID_EMAIL': return EMAIL.test(text);
    case 'TEXT_IS_VALID_URL': return URL_RE.test(text);
    default:
      return true;
  }
}
