/**
 * npm run build (after tsc --noEmit): the server bundle with webpack, the sidebar pages with esbuild (inlined into
 * single-file HTML, as HtmlService serves one file), and the manifest. Everything lands in dist/, which clasp pushes.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// OLAP_DIST lets parallel work build elsewhere; clasp pushes dist/.
const dist = process.env.OLAP_DIST ? join(root, process.env.OLAP_DIST) : join(root, 'dist');
mkdirSync(dist, { recursive: true });

execFileSync(process.execPath, [join(root, 'node_modules/webpack-cli/bin/cli.js'), '--config', join(root, 'webpack.config.js')], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
const code = readFileSync(join(dist, 'Code.js'), 'utf8');
if (!/function onOpen\(/.test(code)) throw new Error('dist/Code.js has no top-level onOpen: the global stubs were not generated');

if (existsSync(join(root, 'sidebar/build.mjs'))) {
  const { buildSidebar } = await import('../sidebar/build.mjs');
  await buildSidebar(dist);
}
copyFileSync(join(root, 'appsscript.json'), join(dist, 'appsscript.json'));
console.log(`built dist/Code.js (${Math.round(code.length / 1024)} KB), sidebar pages and appsscript.json`);
