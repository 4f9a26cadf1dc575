/**
 * Builds the sidebar and the completion dialog as single self-contained HTML files: HtmlService serves one file,
 * so each page's TypeScript (bundled by esbuild as an IIFE) and CSS are inlined, with no external script or font.
 *
 *   import { buildSidebar } from '../sidebar/build.mjs';
 *   await buildSidebar('dist');            // writes dist/sidebar.html and dist/dialog.html
 *
 * esbuild does not type-check: the project's `tsc --noEmit` covers these files.
 */
import { build } from 'esbuild';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export const PAGES = [
  { name: 'sidebar', entry: 'src/sidebar.ts', template: 'pages/sidebar.html' },
  { name: 'dialog', entry: 'src/dialog.ts', template: 'pages/dialog.html' },
];

async function bundleScript(entry) {
  const result = await build({
    entryPoints: [resolve(here, entry)],
    bundle: true,
    format: 'iife',
    target: 'es2019',
    minify: true,
    write: false,
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

async function bundleStyle(file) {
  const result = await build({
    entryPoints: [resolve(here, file)],
    bundle: true,
    minify: true,
    write: false,
    charset: 'utf8',
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** `<!-- include:x.html -->` pulls a partial from pages/, so both pages share the same form markup. */
async function expandIncludes(html) {
  const parts = html.split(/<!--\s*include:([\w.-]+)\s*-->/);
  for (let i = 1; i < parts.length; i += 2) parts[i] = await readFile(join(here, 'pages', parts[i]), 'utf8');
  return parts.join('');
}

/** The inlined code must not end its own tag early, and must survive HtmlService templates (`<?` scriptlets). */
function checkInlinable(page, kind, code) {
  const closing = kind === 'script' ? /<\/script/i : /<\/style/i;
  if (closing.test(code)) throw new Error(`${page}: the ${kind} contains a closing </${kind}> tag`);
  if (code.includes('<?')) throw new Error(`${page}: the ${kind} contains "<?", which HtmlService templates would read`);
}

function checkSelfContained(page, html) {
  const external = /<script[^>]+\bsrc=|<link[^>]+\bhref=|@import|url\(\s*['"]?https?:/i.exec(html);
  if (external) throw new Error(`${page}: external resource "${external[0]}" (Apps Script serves a single file)`);
}

/**
 * @param {string} outDir where `<page>.html` files are written
 * @param {{ prelude?: string[], pages?: string[] }} [options] prelude: extra entries (paths from sidebar/) bundled and
 *   inlined before the page script, e.g. the dev harness's fake `google.script.run`; pages: a subset of page names
 * @returns {Promise<string[]>} the written files
 */
export async function buildSidebar(outDir, options = {}) {
  const { prelude = [], pages } = options;
  const css = await bundleStyle('styles/page.css');
  const preludeCode = await Promise.all(prelude.map(bundleScript));
  await mkdir(outDir, { recursive: true });
  const written = [];
  for (const page of PAGES.filter((p) => !pages || pages.includes(p.name))) {
    const js = await bundleScript(page.entry);
    for (const code of [js, ...preludeCode]) checkInlinable(page.name, 'script', code);
    checkInlinable(page.name, 'style', css);
    const scripts = [...preludeCode, js].map((code) => `<script>${code}</script>`).join('\n');
    let html = await expandIncludes(await readFile(join(here, page.template), 'utf8'));
    // Function replacements: a `$` in the minified code must not be read as a replacement pattern.
    html = html.replace('<!-- inline:style -->', () => `<style>${css}</style>`);
    html = html.replace('<!-- inline:script -->', () => scripts);
    checkSelfContained(page.name, html);
    const file = join(outDir, `${page.name}.html`);
    await writeFile(file, html, 'utf8');
    written.push(file);
  }
  return written;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = process.argv[2] || 'dist';
  buildSidebar(out).then(
    (files) => console.log(`sidebar: ${files.join(', ')}`),
    (error) => {
      console.error(error.message || error);
      process.exit(1);
    },
  );
}
