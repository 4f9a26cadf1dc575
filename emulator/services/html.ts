/**
 * HtmlService: HtmlOutput, templates with `<?= ?>` (escaped), `<?!= ?>` (raw) and `<? ?>` (code) scriptlets, and
 * project HTML files from the `htmlFiles` option (name without `.html`).
 * Template code sees the template's properties first, then the script's globals (so `include()` helpers work).
 */
import type { EmulatorContext } from '../core/context';

export const SandboxMode = Object.freeze({ EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' } as const);
export const XFrameOptionsMode = Object.freeze({ ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' } as const);

export const htmlFileMissing = (name: string) => `No HTML file named ${name} was found.`;

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

export class EmulatedHtmlOutput {
  private content: string;
  private title = '';
  private width = 0;
  private height = 0;
  private favicon = '';
  sandboxMode: string = SandboxMode.IFRAME;
  xFrameOptionsMode: string = XFrameOptionsMode.DEFAULT;
  readonly metaTags: { name: string; content: string }[] = [];

  constructor(html = '') {
    this.content = html;
  }
  getContent() {
    return this.content;
  }
  setContent(content: string) {
    this.content = String(content);
    return this;
  }
  append(added: string) {
    this.content += String(added);
    return this;
  }
  appendUntrusted(added: string) {
    this.content += escapeHtml(String(added));
    return this;
  }
  clear() {
    this.content = '';
    return this;
  }
  getTitle() {
    return this.title;
  }
  setTitle(title: string) {
    this.title = String(title);
    return this;
  }
  getWidth() {
    return this.width;
  }
  setWidth(width: number) {
    this.width = width;
    return this;
  }
  getHeight() {
    return this.height;
  }
  setHeight(height: number) {
    this.height = height;
    return this;
  }
  setSandboxMode(mode: unknown) {
    this.sandboxMode = String(mode);
    return this;
  }
  setXFrameOptionsMode(mode: unknown) {
    this.xFrameOptionsMode = String(mode);
    return this;
  }
  addMetaTag(name: string, content: string) {
    this.metaTags.push({ name, content });
    return this;
  }
  getMetaTags() {
    return this.metaTags.map((m) => ({ getName: () => m.name, getContent: () => m.content }));
  }
  getFaviconUrl() {
    return this.favicon;
  }
  setFaviconUrl(url: string) {
    this.favicon = url;
    return this;
  }
}

/** Compiles a template to a JS function body that builds the output string. */
export function compileTemplate(src: string): string {
  let code = "var __out = '';\n";
  const re = /<\?(!=|=)?([\s\S]*?)\?>/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(src))) {
    if (m.index > last) code += `__out += ${JSON.stringify(src.slice(last, m.index))};\n`;
    const expr = m[2].trim();
    if (m[1] === '=') code += `__out += __esc(${expr});\n`;
    else if (m[1] === '!=') code += `__out += __raw(${expr});\n`;
    else code += `${m[2]}\n`;
    last = re.lastIndex;
  }
  if (last < src.length) code += `__out += ${JSON.stringify(src.slice(last))};\n`;
  return code + 'return __out;';
}

export interface HtmlServiceEmulator {
  service: GoogleAppsScript.HTML.HtmlService;
  files: Record<string, string>;
}

export function createHtmlService(
  ctx: EmulatorContext,
  options: { htmlFiles?: Record<string, string>; scope?: () => Record<string, unknown> } = {},
): HtmlServiceEmulator {
  const files = options.htmlFiles ?? {};
  const readFile = (name: string): string => {
    const key = String(name).replace(/\.html$/, '');
    if (!Object.prototype.hasOwnProperty.call(files, key)) throw new Error(htmlFileMissing(String(name)));
    return files[key];
  };
  const textOf = (x: unknown): string =>
    x && typeof x === 'object' && typeof (x as GoogleAppsScript.Base.BlobSource).getBlob === 'function'
      ? (x as GoogleAppsScript.Base.BlobSource).getBlob().getDataAsString()
      : x === undefined || x === null
        ? ''
        : String(x);

  const makeTemplate = (raw: string): GoogleAppsScript.HTML.HtmlTemplate => {
    const code = compileTemplate(raw);
    const template: GoogleAppsScript.HTML.HtmlTemplate = {
      evaluate() {
        ctx.calls.record('html', 'HtmlTemplate.evaluate');
        const data: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(template)) if (typeof v !== 'function') data[k] = v;
        const scope = options.scope?.() ?? {};
        const fn = new Function('__scope', '__data', '__esc', '__raw', `with (__scope) { with (__data) { ${code} } }`);
        const esc = (v: unknown) => escapeHtml(v === undefined || v === null ? '' : String(v));
        const raw = (v: unknown) => (v === undefined || v === null ? '' : String(v));
        return new EmulatedHtmlOutput(fn(scope, data, esc, raw)) as unknown as GoogleAppsScript.HTML.HtmlOutput;
      },
      getCode: () => code,
      getCodeWithComments: () => code,
      getRawContent: () => raw,
    };
    return template;
  };

  const service = {
    SandboxMode,
    XFrameOptionsMode,
    createHtmlOutput(html?: unknown) {
      return new EmulatedHtmlOutput(textOf(html));
    },
    createHtmlOutputFromFile(filename: string) {
      ctx.calls.record('html', 'HtmlService.createHtmlOutputFromFile');
      return new EmulatedHtmlOutput(readFile(filename));
    },
    createTemplate(html: unknown) {
      return makeTemplate(textOf(html));
    },
    createTemplateFromFile(filename: string) {
      ctx.calls.record('html', 'HtmlService.createTemplateFromFile');
      return makeTemplate(readFile(filename));
    },
    getUserAgent: () => 'Mozilla/5.0 (emulated)',
  };
  return { service: service as unknown as GoogleAppsScript.HTML.HtmlService, files };
}
