// The same-day notice's settings on «Innstillinger» (decision 134), keyboard only, on the real server with the
// demo municipality: the administrator sets the school's time and turns the notice off for 9A; the school
// leader reads both; axe finds nothing, on a wide screen and on a phone.
import { afterAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/server/demo/generate';
import { e2eGate, tabTo, expectNoAxeViolations, logInWithKeyboard, useJourney, norwegianContext } from './browser';

const unavailable = e2eGate();
const NOW = '2026-11-24';

describe.skipIf(unavailable !== null)('browser journey: the same-day notice’s settings', () => {
  const j = useJourney({ now: NOW, context: false });
  const contexts: BrowserContext[] = [];
  async function newPage(viewport: { width: number; height: number }): Promise<Page> {
    const context = await norwegianContext(j.browser, { at: `${NOW}T07:50:00+01:00`, viewport });
    contexts.push(context);
    return context.newPage();
  }
  afterAll(async () => {
    for (const context of contexts) await context.close();
  });
  const toSettings = async (page: Page, who: string) => {
    await logInWithKeyboard(page, j.base, who, DEMO_PASSWORD, { waitForRoles: true });
    await tabTo(page, page.getByRole('link', { name: 'Skolerute og regelprofil for Nærvik ungdomsskole' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Varsel til foresatte samme dag' }).waitFor();
  };

  it('the administrator sets 09.00 and turns the notice off for 9A; the leader reads it', async () => {
    const page = await newPage({ width: 1366, height: 900 });
    await toSettings(page, 'admin');
    const time = page.getByRole('textbox', { name: 'Klokkeslett for varselet' });
    await tabTo(page, time);
    await page.keyboard.type('9.00');
    await tabTo(page, page.getByRole('button', { name: 'Lagre klokkeslettet' }));
    await page.keyboard.press('Enter');
    await page.getByText('Lagret. Varselet går kl. 09.00.').waitFor();

    const box = page.getByRole('checkbox', { name: '9A', exact: true });
    expect(await box.isChecked()).toBe(true);
    await tabTo(page, box);
    await page.keyboard.press('Space');
    await page.getByText('Varselet er slått av for 9A.').waitFor();
    expect(await box.isChecked()).toBe(false);
    await expectNoAxeViolations(page, 'varsel samme dag');
    await page
      .getByRole('region', { name: 'Varsel til foresatte samme dag' })
      .screenshot({ path: '/tmp/h18-sameday-settings-wide.png' });

    // The server has it.
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Varsel til foresatte samme dag' }).waitFor();
    expect(await page.getByRole('checkbox', { name: '9A', exact: true }).isChecked()).toBe(false);
    expect(await page.getByRole('textbox', { name: 'Klokkeslett for varselet' }).inputValue()).toBe('09.00');

    const phone = await newPage({ width: 390, height: 844 });
    await toSettings(phone, 'rektor');
    const region = phone.getByRole('region', { name: 'Varsel til foresatte samme dag' });
    await expect.poll(() => region.innerText()).toContain('Varselet går kl. 09.00.');
    expect(await region.innerText()).toContain('Slått av for: 9A.');
    expect(await region.getByRole('checkbox').count()).toBe(0);
    await expectNoAxeViolations(phone, 'varsel samme dag for skoleledelsen');
    await region.screenshot({ path: '/tmp/h18-sameday-settings-phone.png' });
  });
});
