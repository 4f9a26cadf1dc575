/**
 * The sidebar in Chromium against the playground: an evaluation with the activity's criteria (all met suggests A),
 * and an axe-core audit of the sidebar with no serious or critical violation.
 */
import { readFileSync } from 'node:fs';
import { parisDay } from '../../fixtures/demo-cohort';
import { api, cellSelector, describeInBrowser, eventually, gridCell, gridTabOf, openPlayground, openSidebar, records, sidebarFrame, startRig, tab, type BrowserRig } from './support';

jest.setTimeout(90000);

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

describeInBrowser('the sidebar (playground, Chromium)', () => {
  let rig: BrowserRig;
  beforeAll(async () => {
    rig = await startRig();
  });
  afterAll(async () => {
    await rig?.close();
  });

  test('an evaluation with every criterion met is suggested A, recorded and shown in the grid', async () => {
    const { page } = rig;
    const gridTab = await gridTabOf(rig, 'A003');
    const { row, column } = await gridCell(rig, gridTab, '2.1', 'Formateur');
    const journalBefore = (await records(rig, 'Journal')).length;
    const emailsBefore = (await api(rig, '/emails')).emails.length;

    await openPlayground(rig, gridTab);
    const sidebar = await openSidebar(rig);
    await sidebar.locator('#apprentice-search').fill('Inès');
    await sidebar.locator('#apprentice').selectOption('A003');
    await sidebar.locator('#activity').selectOption('2.1');
    await sidebar.locator('#actor-Formateur').check();
    await sidebar.locator('#code-EC').check();
    await sidebar.locator('#evaluation-fields').waitFor({ state: 'visible' });

    // The activity's criteria, from the Référentiel tab.
    const criteria = sidebar.locator('#criteria-options input[type="checkbox"]');
    const referential = (await records(rig, 'Référentiel')).find((r) => r['Code activité'] === '2.1')!;
    const expected = referential["Critères d'évaluation"].split(';');
    expect(await criteria.count()).toBe(expected.length);

    // Not all met: EC is suggested (and is already chosen); all met: A is suggested.
    await sidebar.locator('#criterion-0').check();
    await sidebar.locator('#code-suggestion').waitFor({ state: 'visible' });
    expect(await sidebar.locator('#apply-suggestion').isVisible()).toBe(false);
    for (let i = 1; i < expected.length; i++) await sidebar.locator(`#criterion-${i}`).check();
    await sidebar.locator('#apply-suggestion').waitFor({ state: 'visible' });
    expect(await sidebar.locator('#apply-suggestion').getAttribute('data-code')).toBe('A');
    await sidebar.locator('#apply-suggestion').click();
    expect(await sidebar.locator('#code-A').isChecked()).toBe(true);

    const today = parisDay(new Date());
    await sidebar.locator('#evaluated-on').fill(today);
    await sidebar.locator('#comment').fill('Poste prêt avant le service trois jours de suite.');
    await sidebar.locator('#save').click();
    await sidebar.locator('#result').waitFor({ state: 'visible', timeout: 10000 });

    await page.waitForFunction(([sel]) => document.querySelector(sel)?.textContent?.trim() === 'A', [cellSelector(row, column)], { timeout: 10000 });
    const grid = await tab(rig, gridTab);
    const header = grid.displayValues.find((r) => r[0] === 'Code')!;
    expect(grid.displayValues[row - 1][header.indexOf('Évalué le')]).toBe(today.split('-').reverse().join('/'));

    const journal = await eventually(() => records(rig, 'Journal'), (j) => j.length > journalBefore);
    expect(journal).toHaveLength(journalBefore + 1);
    expect(journal[journal.length - 1]).toMatchObject({ ID: 'A003', 'Code activité': '2.1', Acteur: 'Formateur', Code: 'A' });
    expect(JSON.stringify(journal[journal.length - 1])).toContain(expected[0]);
    expect((await api(rig, '/emails')).emails).toHaveLength(emailsBefore + 1);
    expect(rig.pageErrors).toEqual([]);
  });

  test('axe-core finds no serious or critical violation in the sidebar', async () => {
    await openPlayground(rig);
    const sidebar = await openSidebar(rig);
    const frame = sidebarFrame(rig);
    await frame.addScriptTag({ content: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
    const audit = async (state: string) => {
      const violations = (await frame.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: unknown[] }> } }).axe;
        return (await axe.run(document, { resultTypes: ['violations'] })).violations;
      })) as AxeViolation[];
      const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      return bad.map((v) => `${state} — ${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    };

    const found = [...(await audit('formulaire vide'))];
    // A need with its fields, then the errors of an incomplete save.
    await sidebar.locator('#apprentice').selectOption('A005');
    await sidebar.locator('#activity').selectOption('3.1');
    await sidebar.locator('#actor-Entreprise').check();
    await sidebar.locator('#code-I').check();
    await sidebar.locator('#need-fields').waitFor({ state: 'visible' });
    found.push(...(await audit('besoin')));
    await sidebar.locator('#precision').fill('');
    await sidebar.locator('#save').click();
    await sidebar.locator('#precision-error').waitFor({ state: 'visible' });
    found.push(...(await audit('erreurs')));
    // An evaluation with its criteria.
    await sidebar.locator('#code-A').check();
    await sidebar.locator('#evaluation-fields').waitFor({ state: 'visible' });
    found.push(...(await audit('évaluation')));
    expect(found).toEqual([]);
  });
});
