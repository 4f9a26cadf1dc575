/** Builds the pages with the fake server inlined: `node sidebar/dev/build.mjs` → open sidebar/dev/out/sidebar.html. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSidebar } from '../build.mjs';

const here = dirname(fileURLToPath(import.meta.url));

export function buildDevPages(outDir = join(here, 'out')) {
  return buildSidebar(outDir, { prelude: ['dev/fake-run.ts'] });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  buildDevPages(process.argv[2]).then((files) => console.log(`dev pages: ${files.join(', ')}`));
}
