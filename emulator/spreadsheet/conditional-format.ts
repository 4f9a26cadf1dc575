/** Conditional format rules: the builder and the rule (local value objects, no round trip). */
import type { ConditionalRuleSpec } from './model';
import type { RangeCodec } from './validation';

export const BOOLEAN_CRITERIA = [
  'CELL_EMPTY', 'CELL_NOT_EMPTY', 'DATE_AFTER', 'DATE_BEFORE', 'DATE_EQUAL_TO', 'DATE_NOT_EQUAL_TO',
  'DATE_AFTER_RELATIVE', 'DATE_BEFORE_RELATIVE', 'DATE_EQUAL_TO_RELATIVE', 'NUMBER_BETWEEN', 'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN', 'NUMBER_GREATER_THAN_OR_EQUAL_TO', 'NUMBER_LESS_THAN', 'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN', 'NUMBER_NOT_EQUAL_TO', 'TEXT_CONTAINS', 'TEXT_DOES_NOT_CONTAIN', 'TEXT_EQUAL_TO',
  'TEXT_NOT_EQUAL_TO', 'TEXT_STARTS_WITH', 'TEXT_ENDS_WITH', 'CUSTOM_FORMULA',
] as const;

function emptySpec(): ConditionalRuleSpec {
  return { ranges: [], type: '', values: [], background: null, fontColor: null, bold: null, italic: null };
}

export function cloneRuleSpec(s: ConditionalRuleSpec): ConditionalRuleSpec {
  return { ...s, ranges: s.ranges.map((r) => ({ sheetId: r.sheetId, area: { ...r.area } })), values: s.values.slice() };
}

class EmBooleanCondition {
  constructor(private spec: ConditionalRuleSpec) {}
  getCriteriaType(): string { return this.spec.type; }
  getCriteriaValues(): unknown[] { return this.spec.values.slice(); }
  getBackground(): string | null { return this.spec.background; }
  getBackgroundObject(): null { return null; }
  getFontColor(): string | null { return this.spec.fontColor; }
  getBold(): boolean | null { return this.spec.bold; }
  getItalic(): boolean | null { return this.spec.italic; }
}

export class EmConditionalFormatRule {
  constructor(
    readonly spec: ConditionalRuleSpec,
    private codec: RangeCodec,
  ) {}
  getRanges(): unknown[] { return this.spec.ranges.map((r) => this.codec.toRange(r)); }
  getBooleanCondition(): EmBooleanCondition | null { return this.spec.type ? new EmBooleanCondition(this.spec) : null; }
  getGradientCondition(): null { return null; }
  copy(): EmConditionalFormatRuleBuilder { return new EmConditionalFormatRuleBuilder(this.codec, cloneRuleSpec(this.spec)); }
}

export class EmConditionalFormatRuleBuilder {
  private spec: ConditionalRuleSpec;
  constructor(
    private codec: RangeCodec,
    spec?: ConditionalRuleSpec,
  ) {
    this.spec = spec ?? emptySpec();
  }
  private when(type: string, values: unknown[]): this {
    this.spec.type = type;
    this.spec.values = values;
    return this;
  }
  build(): EmConditionalFormatRule { return new EmConditionalFormatRule(cloneRuleSpec(this.spec), this.codec); }
  copy(): EmConditionalFormatRuleBuilder { return new EmConditionalFormatRuleBuilder(this.codec, cloneRuleSpec(this.spec)); }
  getRanges(): unknown[] { return this.build().getRanges(); }
  getBooleanCondition(): EmBooleanCondition | null { return this.build().getBooleanCondition(); }
  setRanges(ranges: unknown[]): this { this.spec.ranges = ranges.map((r) => this.codec.toRef(r)); return this; }
  setBackground(color: string | null): this { this.spec.background = color; return this; }
  setFontColor(color: string | null): this { this.spec.fontColor = color; return this; }
  setBold(bold: boolean | null): this { this.spec.bold = bold; return this; }
  setItalic(italic: boolean | null): this { this.spec.italic = italic; return this; }
  setUnderline(): this { return this; }
  setStrikethrough(): this { return this; }
  whenCellEmpty(): this { return this.when('CELL_EMPTY', []); }
  whenCellNotEmpty(): this { return this.when('CELL_NOT_EMPTY', []); }
  whenFormulaSatisfied(formula: string): this { return this.when('CUSTOM_FORMULA', [formula]); }
  whenTextEqualTo(t: string): this { return this.when('TEXT_EQUAL_TO', [t]); }
  whenTextNotEqualTo(t: string): this { return this.when('TEXT_NOT_EQUAL_TO', [t]); }
  whenTextContains(t: string): this { return this.when('TEXT_CONTAINS', [t]); }
  whenTextDoesNotContain(t: string): this { return this.when('TEXT_DOES_NOT_CONTAIN', [t]); }
  whenTextStartsWith(t: string): this { return this.when('TEXT_STARTS_WITH', [t]); }
  whenTextEndsWith(t: string): this { return this.when('TEXT_ENDS_WITH', [t]); }
  whenNumberBetween(a: number, b: number): this { return this.when('NUMBER_BETWEEN', [a, b]); }
  whenNumberNotBetween(a: number, b: number): this { return this.when('NUMBER_NOT_BETWEEN', [a, b]); }
  whenNumberEqualTo(n: number): this { return this.when('NUMBER_EQUAL_TO', [n]); }
  whenNumberNotEqualTo(n: number): this { return this.when('NUMBER_NOT_EQUAL_TO', [n]); }
  whenNumberGreaterThan(n: number): this { return this.when('NUMBER_GREATER_THAN', [n]); }
  whenNumberGreaterThanOrEqualTo(n: number): this { return this.when('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]); }
  whenNumberLessThan(n: number): this { return this.when('NUMBER_LESS_THAN', [n]); }
  whenNumberLessThanOrEqualTo(n: number): this { return this.when('NUMBER_LESS_THAN_OR_EQUAL_TO', [n]); }
  whenDateAfter(d: unknown): this { return this.when('DATE_AFTER', [d]); }
  whenDateBefore(d: unknown): this { return this.when('DATE_BEFORE', [d]); }
  whenDateEqualTo(d: unknown): this { return this.when('DATE_EQUAL_TO', [d]); }
  withCriteria(criteria: unknown, args: unknown[]): this { return this.when(String(criteria), args.slice()); }
}
