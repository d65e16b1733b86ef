// The one-time link of `naervaer user create` in the browser (decision 080): a new school administrator
// opens the link, is told what to choose, gets the mismatch and the server's refusal of a weak password
// in Norwegian, sets the password, follows the link to the log-in and lands on the enrolment of the
// authenticator app. The link's code leaves the address bar at once. Keyboard only, axe on every state,
// screenshots at 1366×900 and 390×844.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { Running } from '../../src/server/start';
import { createAccount } from '../../src/server/use-cases/create-account';
import { expectNoAxeViolations, e2eGate, launch, startDemo } from './browser';

const unavailable = e2eGate();
const PASSWORD = 'fire ord er nok her';

describe.skipIf(unavailable !== null)('browser journey: setting a password with a one-time link', () => {
  let server: Running;
  let browser: Browser;
  let base: string;
  let link = '';

  beforeAll(async () => {
    ({ server, base } = await startDemo());
    browser = await launch();
    const kommune = await server.db.owner
      .selectFrom('kommune')
      .select(['id', 'kommunenummer'])
      .orderBy('kommunenummer')
      .executeTakeFirstOrThrow();
    const school = await server.db.owner
      .selectFrom('school')
      .select('name')
      .where('kommune_id', '=', kommune.id)
      .orderBy('name')
      .executeTakeFirstOrThrow();
    const made = await createAccount(
      server.db,
      {
        kommune: kommune.kommunenummer,
        username: 'ny.admin',
        displayName: 'Nora Ny',
        role: 'admin',
        school: school.name,
      },
      server.clock.now(),
      base,
    );
    link = made.link.url;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('sets the password, then logs in to the enrolment of the second factor', async () => {
    const context = await browser.newContext({
      bypassCSP: true,
      locale: 'nb-NO',
      viewport: { width: 1366, height: 900 },
    });
    const page = await context.newPage();
    await page.goto(link);
    await page.getByRole('heading', { name: 'Velg passord', level: 1 }).waitFor();
    expect(page.url()).toBe(`${base}/sett-passord`);
    expect(await page.getByText('som ny.admin').count()).toBe(1);
    await expectNoAxeViolations(page, 'sett passord');

    // Different passwords: the second field says so and keeps focus.
    await page.getByLabel('Nytt passord').focus();
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Tab');
    await page.keyboard.type(`${PASSWORD}!`);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByText('Passordene er ikke like.').count()).toBe(1);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe(
      'repeat-password',
    );
    await expectNoAxeViolations(page, 'sett passord, ulike passord');

    // The server's own refusal: the password may not hold the username.
    await page.getByLabel('Nytt passord').fill('ny.admin sitt passord');
    await page.getByLabel('Gjenta passordet').fill('ny.admin sitt passord');
    await page.getByLabel('Gjenta passordet').focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('alert').innerText())
      .toContain('Passordet kan ikke inneholde brukernavnet.');
    for (const [width, height] of [
      [1366, 900],
      [390, 844],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: `/tmp/naervaer-sett-passord-${width}x${height}.png`, fullPage: true });
    }

    await page.getByLabel('Nytt passord').fill(PASSWORD);
    await page.getByLabel('Gjenta passordet').fill(PASSWORD);
    await page.getByLabel('Gjenta passordet').focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByText('Passordet er lagret. Du kan nå logge inn med brukernavnet ny.admin.').count())
      .toBe(1);
    await expectNoAxeViolations(page, 'passord lagret');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Gå til innlogging');
    await page.keyboard.press('Enter');
    await page.getByLabel('Brukernavn').waitFor();
    await page.getByLabel('Brukernavn').focus();
    await page.keyboard.type('ny.admin');
    await page.keyboard.press('Tab');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Koble Nærvær til en autentiseringsapp' }).waitFor();

    // The same link again: refused, in Norwegian.
    await page.goto(link);
    await page.getByLabel('Nytt passord').fill(`${PASSWORD} to`);
    await page.getByLabel('Gjenta passordet').fill(`${PASSWORD} to`);
    await page.getByRole('button', { name: 'Lagre passordet' }).click();
    await expect
      .poll(() => page.getByRole('alert').innerText())
      .toContain('Lenken er ugyldig, allerede brukt eller utløpt');
    await context.close();
  });

  it('a link without its code says so', async () => {
    const context = await browser.newContext({ bypassCSP: true, locale: 'nb-NO' });
    const page = await context.newPage();
    await page.goto(`${base}/sett-passord`);
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('Lenken er ikke hel.');
    await expectNoAxeViolations(page, 'ufullstendig lenke');
    await context.close();
  });
});
