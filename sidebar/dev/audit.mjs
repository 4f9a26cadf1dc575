/**
 * Manual check of the dev pages in a real browser: axe-core audit (serious/critical only) in several states, and
 * screenshots. `node sidebar/dev/audit.mjs [screenshotDir]` (needs /usr/bin/chromium or CHROMIUM_PATH).
 */
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { buildDevPages } from './build.mjs';

const require = createRequire(import.meta.url);
const shots = process.argv[2] || '/tmp/olap-sidebar';
const [sidebarFile, dialogFile] = await buildDevPages();
const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
let failures = 0;

async function audit(page, label) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  for (const v of result.violations) {
    console.log(`  [${label}] ${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  }
  failures += bad.length;
  console.log(`${label}: ${bad.length} serious/critical violation(s)`);
}

const page = await browser.newPage({ viewport: { width: 300, height: 1400 } });
page.on('pageerror', (e) => { failures++; console.log('page error', e.message); });
await page.goto(`file://${sidebarFile}`);
await page.waitForSelector('#actor-Entreprise');
await audit(page, 'sidebar empty');
await page.fill('#apprentice-search', 'helene');
await page.waitForSelector('#overview-needs');
await page.selectOption('#activity', '3.1');
await page.check('#actor-Entreprise');
await page.check('#code-I');
await page.click('#mcq-0');
await page.screenshot({ path: join(shots, 'need.png'), fullPage: true });
await audit(page, 'sidebar need');
await page.fill('#precision', '');
await page.click('#save');
await page.waitForSelector('#precision-error:not([hidden])');
console.log('focused after error:', await page.evaluate(() => document.activeElement.id));
await page.screenshot({ path: join(shots, 'errors.png'), fullPage: true });
await audit(page, 'sidebar errors');
await page.fill('#due-on', await page.evaluate(() => document.getElementById('due-on').max));
await page.fill('#precision', 'Nouveau four livré lundi.');
await page.click('#save');
await page.waitForSelector('#result:not([hidden])');
console.log('result:', (await page.textContent('#result')).trim());
await page.check('#code-A');
await page.check('#criterion-0');
await page.screenshot({ path: join(shots, 'evaluation.png'), fullPage: true });
await audit(page, 'sidebar evaluation');
await page.evaluate(() => window.olapDev.addPending());
await page.waitForSelector('#pending-banner:not([hidden])', { timeout: 8000 });
await page.screenshot({ path: join(shots, 'pending.png'), fullPage: true });
await audit(page, 'sidebar pending');

const dialog = await browser.newPage({ viewport: { width: 480, height: 600 } });
dialog.on('pageerror', (e) => { failures++; console.log('dialog error', e.message); });
await dialog.goto(`file://${dialogFile}?pending=1`);
await dialog.waitForSelector('#pending-banner:not([hidden])');
await dialog.screenshot({ path: join(shots, 'dialog.png'), fullPage: true });
await audit(dialog, 'dialog');
console.log('dialog focus:', await dialog.evaluate(() => document.activeElement.id));
await dialog.fill('#due-on', await dialog.evaluate(() => document.getElementById('due-on').max));
await dialog.fill('#precision', 'Client important jeudi.');
await dialog.click('#save');
await dialog.waitForSelector('#result-close:not([hidden])', { timeout: 5000 });
console.log('dialog kept open to show:', (await dialog.textContent('#result-lines')).trim());
await dialog.screenshot({ path: join(shots, 'dialog-notice.png'), fullPage: true });
await audit(dialog, 'dialog notice');

const quiet = await browser.newPage({ viewport: { width: 480, height: 600 } });
await quiet.goto(`file://${dialogFile}?pending=A001`);
await quiet.waitForSelector('#pending-banner:not([hidden])');
await quiet.fill('#due-on', await quiet.evaluate(() => document.getElementById('due-on').max));
await quiet.fill('#precision', 'Client important jeudi.');
await quiet.click('#save');
await quiet.waitForSelector('body[data-closed=true]', { timeout: 5000 });
console.log('dialog closed after a quiet save');

await browser.close();
console.log(failures ? `FAILED: ${failures}` : 'OK');
process.exit(failures ? 1 : 0);
