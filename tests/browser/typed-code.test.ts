/**
 * A trainer types `I` straight into a grid: the code does not stay, the sidebar offers the entry prefilled, an
 * incomplete form records nothing, and the completed one records exactly one event and sends exactly one email.
 */
import { parisDay, shiftDay } from '../../fixtures/demo-cohort';
import { api, cellSelector, describeInBrowser, eventually, gridCell, gridTabOf, openPlayground, openSidebar, records, startRig, tab, type BrowserRig } from './support';

jest.setTimeout(90000);

interface Email {
  to: string[];
  cc: string[];
  subject: string;
}
const outbox = async (rig: BrowserRig) => (await api<{ emails: Email[] }>(rig, '/emails')).emails;

describeInBrowser('a code typed in a grid (playground, Chromium)', () => {
  let rig: BrowserRig;
  beforeAll(async () => {
    rig = await startRig();
  });
  afterAll(async () => {
    await rig?.close();
  });

  test('typing I opens the completion form prefilled; nothing is recorded until it is complete', async () => {
    const { page } = rig;
    const gridTab = await gridTabOf(rig, 'A002');
    const { row, column } = await gridCell(rig, gridTab, '1.2', 'Entreprise');
    const journalBefore = await records(rig, 'Journal');
    const emailsBefore = (await outbox(rig)).length;

    await openPlayground(rig, gridTab);
    const sidebar = await openSidebar(rig);

    // The trainer types I in the Entreprise column, as in Sheets.
    await page.click(cellSelector(row, column));
    await page.keyboard.type('I');
    await page.keyboard.press('Enter');

    // The sidebar's polling finds the pending entry and fills the form with it.
    await sidebar.locator('#pending-banner').waitFor({ state: 'visible', timeout: 10000 });
    await expectValue(sidebar.locator('#apprentice'), 'A002');
    await expectValue(sidebar.locator('#activity'), '1.2');
    expect(await sidebar.locator('#actor-Entreprise').isChecked()).toBe(true);
    expect(await sidebar.locator('#code-I').isChecked()).toBe(true);
    await sidebar.locator('#need-fields').waitFor({ state: 'visible' });

    // The code did not stay in the grid: it waits for its journal event.
    const grid = await tab(rig, gridTab);
    expect(grid.displayValues[row - 1][column - 1]).toBe('');
    expect((await page.textContent(cellSelector(row, column)))?.trim()).toBe('');

    // Incomplete: a due date but no precision.
    const today = parisDay(new Date());
    await sidebar.locator('#identified-on').fill(today);
    await sidebar.locator('#due-on').fill(shiftDay(today, 7));
    await sidebar.locator('#precision').fill('');
    await sidebar.locator('#save').click();
    const precisionError = sidebar.locator('#precision-error');
    await precisionError.waitFor({ state: 'visible' });
    expect((await precisionError.textContent())?.trim().length).toBeGreaterThan(5);
    expect(await sidebar.locator('#precision').getAttribute('aria-invalid')).toBe('true');
    // Give a server round trip the time to land, then check nothing was written or sent.
    await page.waitForTimeout(500);
    expect(await records(rig, 'Journal')).toHaveLength(journalBefore.length);
    expect(await outbox(rig)).toHaveLength(emailsBefore);
    expect((await tab(rig, gridTab)).displayValues[row - 1][column - 1]).toBe('');

    // Complete and save.
    const precision = 'Inventaire de la réserve sèche samedi : Yanis rangera seul la livraison de surgelés.';
    await sidebar.locator('#precision').fill(precision);
    await sidebar.locator('#save').click();
    await sidebar.locator('#result').waitFor({ state: 'visible', timeout: 10000 });
    await sidebar.locator('#pending-banner').waitFor({ state: 'hidden' });

    // The grid row shows the need (the page redraws after the sidebar's call).
    await page.waitForFunction(([sel]) => document.querySelector(sel)?.textContent?.trim() === 'I', [cellSelector(row, column)], { timeout: 10000 });
    const after = await tab(rig, gridTab);
    const header = after.displayValues.find((r) => r[0] === 'Code')!;
    const line = after.displayValues[row - 1];
    expect(line[header.indexOf('Précision du besoin')]).toBe(precision);
    expect(line[header.indexOf('Identifié le')]).toBe(today.split('-').reverse().join('/'));
    expect(line[header.indexOf('Échéance')]).toBe(shiftDay(today, 7).split('-').reverse().join('/'));

    // Exactly one new journal event, for this need.
    const journal = await eventually(() => records(rig, 'Journal'), (j) => j.length > journalBefore.length);
    expect(journal).toHaveLength(journalBefore.length + 1);
    const event = journal[journal.length - 1];
    expect(event).toMatchObject({ ID: 'A002', 'Code activité': '1.2', Acteur: 'Entreprise', Code: 'I', Précision: precision, Notification: 'envoyée' });

    // Exactly one email, to the apprentice, the tutor and the trainer.
    const emails = await outbox(rig);
    expect(emails).toHaveLength(emailsBefore + 1);
    const roster = (await records(rig, 'Alternants')).find((r) => r.ID === 'A002')!;
    const recipients = [...emails[0].to, ...emails[0].cc].map((e) => e.toLowerCase()).sort();
    expect(recipients).toEqual([roster.Email, roster['Tuteur email'], roster['Formateur email']].map((e) => e.toLowerCase()).sort());
    expect(emails[0].subject).toContain('Yanis');
    expect(await page.textContent('#email-count')).toBe(String(emailsBefore + 1));
    expect(rig.pageErrors).toEqual([]);
  });
});

async function expectValue(locator: { inputValue(): Promise<string> }, expected: string): Promise<void> {
  const end = Date.now() + 5000;
  let value = await locator.inputValue();
  while (value !== expected && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    value = await locator.inputValue();
  }
  expect(value).toBe(expected);
}
