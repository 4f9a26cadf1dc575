/** Rich text values and text styles (local value objects: building them costs no round trip). */
import type { LinkRun } from './model';

export interface TextStyleSpec {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  fontSize?: number;
  fontFamily?: string;
  foregroundColor?: string;
}

export class EmTextStyle {
  constructor(readonly spec: TextStyleSpec) {}
  isBold(): boolean | null { return this.spec.bold ?? null; }
  isItalic(): boolean | null { return this.spec.italic ?? null; }
  isUnderline(): boolean | null { return this.spec.underline ?? null; }
  isStrikethrough(): boolean | null { return this.spec.strikethrough ?? null; }
  getFontSize(): number | null { return this.spec.fontSize ?? null; }
  getFontFamily(): string | null { return this.spec.fontFamily ?? null; }
  getForegroundColor(): string | null { return this.spec.foregroundColor ?? null; }
  copy(): EmTextStyleBuilder { return new EmTextStyleBuilder({ ...this.spec }); }
}

export class EmTextStyleBuilder {
  constructor(private spec: TextStyleSpec = {}) {}
  setBold(v: boolean): this { this.spec.bold = v; return this; }
  setItalic(v: boolean): this { this.spec.italic = v; return this; }
  setUnderline(v: boolean): this { this.spec.underline = v; return this; }
  setStrikethrough(v: boolean): this { this.spec.strikethrough = v; return this; }
  setFontSize(v: number): this { this.spec.fontSize = v; return this; }
  setFontFamily(v: string): this { this.spec.fontFamily = v; return this; }
  setForegroundColor(v: string): this { this.spec.foregroundColor = v; return this; }
  build(): EmTextStyle { return new EmTextStyle({ ...this.spec }); }
}

export class EmRichTextValue {
  constructor(
    readonly text: string,
    readonly links: LinkRun[],
    private start = 0,
    private end = text.length,
  ) {}
  getText(): string {
    return this.text.slice(this.start, this.end);
  }
  getStartIndex(): number { return this.start; }
  getEndIndex(): number { return this.end; }
  /** The link of the whole value (or of [start, end)), or null when it is not linked to one URL throughout. */
  getLinkUrl(start = this.start, end = this.end): string | null {
    if (end <= start) return null;
    const run = this.links.find((l) => l.start <= start && l.end >= end);
    return run ? run.url : null;
  }
  getTextStyle(): EmTextStyle {
    return new EmTextStyle({});
  }
  /** Runs split at link boundaries. */
  getRuns(): EmRichTextValue[] {
    const cuts = new Set<number>([this.start, this.end]);
    for (const l of this.links) for (const x of [l.start, l.end]) if (x > this.start && x < this.end) cuts.add(x);
    const sorted = [...cuts].sort((a, b) => a - b);
    const runs: EmRichTextValue[] = [];
    for (let i = 0; i + 1 < sorted.length; i++) runs.push(new EmRichTextValue(this.text, this.links, sorted[i], sorted[i + 1]));
    return runs;
  }
  copy(): EmRichTextValueBuilder {
    const b = new EmRichTextValueBuilder().setText(this.text);
    for (const l of this.links) b.setLinkUrl(l.start, l.end, l.url);
    return b;
  }
}

export class EmRichTextValueBuilder {
  private text = '';
  private links: LinkRun[] = [];
  setText(text: string): this {
    this.text = String(text);
    this.links = [];
    return this;
  }
  setLinkUrl(a: number | string | null, b?: number, url?: string | null): this {
    const [start, end, link] = typeof a === 'number' ? [a, b as number, url ?? null] : [0, this.text.length, a];
    this.links = this.links.filter((l) => l.end <= start || l.start >= end);
    if (link) this.links.push({ start, end, url: link });
    this.links.sort((x, y) => x.start - y.start);
    return this;
  }
  setTextStyle(..._args: unknown[]): this {
    return this; // styles are accepted and not rendered by the emulator
  }
  build(): EmRichTextValue {
    return new EmRichTextValue(this.text, this.links.map((l) => ({ ...l })));
  }
}
