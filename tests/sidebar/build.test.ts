import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The build is an ES module: run it in its own node process, as the project's build script does. */
function build(outDir: string): void {
  const url = `file://${resolve(__dirname, '../../sidebar/build.mjs')}`;
  execFileSync(process.execPath, ['--input-type=module', '-e', `import { buildSidebar } from '${url}'; await buildSidebar(${JSON.stringify(outDir)});`], {
    stdio: 'pipe',
  });
}

describe('the sidebar build', () => {
  const out = mkdtempSync(join(tmpdir(), 'olap-sidebar-'));
  beforeAll(() => build(out), 60000);

  for (const page of ['sidebar', 'dialog']) {
    describe(`${page}.html`, () => {
      const html = () => readFileSync(join(out, `${page}.html`), 'utf8');

      it('is one self-contained French page', () => {
        const text = html();
        expect(text).toMatch(/<html lang="fr">/);
        expect(text).not.toMatch(/<script[^>]+src=/i);
        expect(text).not.toMatch(/<link[^>]+href=/i);
        expect(text).not.toMatch(/https?:\/\/fonts\./i);
        expect(text).not.toContain('<!-- include:');
        expect(text).not.toContain('<!-- inline:');
      });

      it('inlines exactly one script and one style', () => {
        const text = html();
        expect(text.match(/<script>/g)).toHaveLength(1);
        expect(text.match(/<style>/g)).toHaveLength(1);
      });

      it('survives HtmlService templates', () => {
        expect(html()).not.toContain('<?');
      });

      it('carries the shared form', () => {
        const text = html();
        for (const id of ['apprentice-search', 'apprentice', 'activity', 'actor-options', 'code-options', 'due-on', 'precision', 'evaluated-on', 'save', 'form-errors', 'status', 'pending-banner']) {
          expect(text).toContain(`id="${id}"`);
        }
      });
    });
  }
});
