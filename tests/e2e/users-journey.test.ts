// «Brukere» in the browser (issue 16 item 3): the demo administrator finds an account by searching, makes
// a new contact teacher for a class of her school and gets the one-time link to hand over (focus on it),
// then gives the new account a second role as subject teacher in mathematics, and sees the roles in the
// list. Keyboard for every button, axe on every state, screenshots at 1366×900 and 390×844.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import type { Running } from '../../src/server/start';
import { e2eGate, expectNoAxeViolations, launch, logInWithKeyboard, section, startDemo, tabTo } from './browser';

const unavailable = e2eGate();

describe.skipIf(unavailable !== null)('browser journey: the administrator makes a user and gives roles', () => {
  let server: Running;
  let browser: Browser;
  let context: BrowserContext;
  let base: string;

  beforeAll(async () => {
    ({ server, base } = await startDemo());
    browser = await launch();
    context = await browser.newContext({
      bypassCSP: true,
      locale: 'nb-NO',
      timezoneId: 'Europe/Oslo',
      viewport: { width: 1366, height: 900 },
    });
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('searches, makes a contact teacher with a one-time link, and adds a role', async () => {
    const page = await context.newPage();
    await logInWithKeyboard(page, base, 'admin');
    await page.goto(`${base}/brukere`);
    const all = section(page, 'Alle brukere');
    await all.getByRole('table').waitFor();
    await expectNoAxeViolations(page, 'alle brukere');

    // Search: every word must match the name or the username.
    await tabTo(page, all.getByLabel('Søk etter navn eller brukernavn'));
    await page.keyboard.type('rektor');
    await page.keyboard.press('Enter');
    await expect.poll(() => all.getByText(/^Viser \d+ av \d+ konto(er)?\.$/).innerText()).toMatch(/^Viser [1-9]\d* av/);
    const rows = await all.getByRole('row').allInnerTexts();
    expect(rows.slice(1).every((r) => /rektor/i.test(r))).toBe(true);

    // A new contact teacher for the first class of the school.
    await tabTo(page, all.getByRole('button', { name: 'Ny bruker' }));
    await page.keyboard.press('Enter');
    const panelHeading = page.getByRole('heading', { level: 3, name: 'Ny bruker' });
    await expect.poll(() => panelHeading.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Nils Nyansatt');
    await page.keyboard.press('Tab');
    await page.keyboard.type('nils.nyansatt');
    const first = page.getByRole('group', { name: 'Rolle 1' });
    await first.getByLabel('Rolle').selectOption('kontaktlaerer');
    const classOption = (await first.getByLabel('Klasse').locator('option').allInnerTexts())[1]!;
    await first.getByLabel('Klasse').selectOption({ label: classOption });
    await expectNoAxeViolations(page, 'ny bruker');
    await tabTo(page, page.getByRole('button', { name: 'Lag brukeren' }));
    await page.keyboard.press('Enter');
    const linkBox = page.locator('#brukere-lenke');
    await expect.poll(() => linkBox.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await linkBox.innerText()).toContain('Kontoen til Nils Nyansatt er laget.');
    expect(await linkBox.getByLabel('Engangslenke').inputValue()).toMatch(
      /^http:\/\/localhost:\d+\/sett-passord#bruker=nils\.nyansatt&kode=[\w-]{43}$/,
    );
    expect(await linkBox.innerText()).toMatch(/virker én gang til \d{2}\.\d{2}\.\d{4}/);
    await expectNoAxeViolations(page, 'lenke til ny bruker');
    for (const [width, height] of [
      [1366, 900],
      [390, 844],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: `/tmp/naervaer-brukere-ny-${width}x${height}.png`, fullPage: true });
    }
    await page.setViewportSize({ width: 1366, height: 900 });

    // Find the new account and add a role as subject teacher in mathematics.
    await all.getByLabel('Søk etter navn eller brukernavn').fill('nils nyansatt');
    await all.getByLabel('Søk etter navn eller brukernavn').press('Enter');
    const row = all.getByRole('row', { name: /Nils Nyansatt/ });
    await expect.poll(() => row.innerText()).toContain(`Kontaktlærer (${classOption}`);
    expect(await row.innerText()).toContain('Har ikke valgt passord ennå');
    await tabTo(page, row.getByRole('button', { name: 'Endre roller – Nils Nyansatt' }));
    await page.keyboard.press('Enter');
    await expect
      .poll(() =>
        page
          .getByRole('heading', { level: 3, name: 'Roller for Nils Nyansatt' })
          .evaluate((el) => el === document.activeElement),
      )
      .toBe(true);
    await tabTo(page, page.getByRole('button', { name: 'Legg til rolle' }));
    await page.keyboard.press('Enter');
    const second = page.getByRole('group', { name: 'Rolle 2' });
    await second.getByLabel('Rolle').selectOption('faglaerer');
    await second.getByLabel('Fag').fill('Matematikk');
    await expectNoAxeViolations(page, 'endre roller');
    for (const [width, height] of [
      [1366, 900],
      [390, 844],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: `/tmp/naervaer-brukere-roller-${width}x${height}.png`, fullPage: true });
    }
    await page.setViewportSize({ width: 1366, height: 900 });
    await tabTo(page, page.getByRole('button', { name: 'Lagre rollene' }));
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('#brukere-alle-melding').innerText())
      .toContain('Rollene til Nils Nyansatt er lagret.');
    await expect.poll(() => row.innerText()).toContain('Faglærer (Matematikk');
    await expectNoAxeViolations(page, 'roller lagret');
  });
});
