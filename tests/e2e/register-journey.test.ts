// The register shows what was saved (issue 17 item 6), keyboard only, on a phone (390 × 844) and a laptop
// (1366 × 900): after a save the row keeps the registered kind and says «Lagret» in the row itself, in view;
// a double lesson (3.–4. time) is one registration; «Resten er til stede» ends the morning's register
// («Registrering ført kl. …»); a day gone by does not say «ring hjem i dag». Screenshots under /tmp.
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { e2eGate, expectNoAxeViolations, keyboardLogin, tabTo, useJourney } from './browser';

const unavailable = e2eGate();
const AT = '2026-11-24T07:50:00+01:00';

const row = (page: Page, name: string): Locator =>
  page.locator('li.register-row', { has: page.getByRole('link', { name, exact: true }) });

/** Whether the element is inside the viewport now (the user sees it without scrolling). */
async function inView(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize()!;
  return !!box && box.y >= 0 && box.y + box.height <= viewport.height;
}

describe.skipIf(unavailable !== null)('browser journey: registreringen viser det som er lagret', () => {
  const j = useJourney({ now: '2026-11-24', context: { at: AT, viewport: { width: 390, height: 844 } } });

  it('keeps the saved kind in the row, confirms in view, saves a double lesson once and ends the register', async () => {
    const page = await j.context.newPage();
    await keyboardLogin(page, j.base, 'kontaktlaerer');
    await tabTo(page, page.getByRole('link', { name: 'Klasse 9A' }).first());
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/klasse\/[^/]+$/);
    await tabTo(page, page.getByRole('link', { name: 'Registrer fravær for 9A' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/klasse\/[^/]+\/registrering$/);
    await page.getByRole('heading', { name: 'Fravær tirsdag 24.11.2026' }).waitFor();

    // Phone: Henrik, whole day.
    const henrikKind = page.getByRole('combobox', { name: 'Fravær for Fjell, Henrik' });
    await tabTo(page, henrikKind);
    await page.keyboard.press('ArrowDown'); // Borte hele dagen
    await tabTo(page, page.getByRole('button', { name: 'Lagre for Fjell, Henrik' }));
    await page.keyboard.press('Enter');
    const henrikNotice = row(page, 'Fjell, Henrik').locator('.register-row__notice');
    await expect.poll(() => henrikNotice.innerText()).toContain('Lagret for Fjell, Henrik: Hele dagen');
    // The row keeps what was saved: the select says «Borte hele dagen», with «Lagret» beside it, no form open.
    expect(await henrikKind.inputValue()).toBe('day');
    expect(await row(page, 'Fjell, Henrik').locator('.register-row__saved-tag').innerText()).toContain('Lagret');
    expect(await page.getByRole('button', { name: 'Lagre for Fjell, Henrik' }).count()).toBe(0);
    // The confirmation is where the eye is: in view on the phone, next to where focus went.
    expect(await inView(page, henrikNotice)).toBe(true);
    await page.screenshot({ path: '/tmp/naervaer-registrering-lagret-390x844.png' });
    await expectNoAxeViolations(page, 'registrering etter lagring (mobil)');

    // Laptop: a double lesson, 3.–4. time, as one registration.
    await page.setViewportSize({ width: 1366, height: 900 });
    const saraKind = page.getByRole('combobox', { name: 'Fravær for Lunde, Sara' });
    await tabTo(page, saraKind);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown'); // Time
    expect(await saraKind.inputValue()).toBe('lesson');
    await page.keyboard.press('Tab'); // Hvilken time
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown'); // 3. time
    expect(await page.getByRole('combobox', { name: 'Hvilken time for Lunde, Sara' }).inputValue()).toBe('3');
    await page.keyboard.press('Tab'); // Til og med time
    await page.keyboard.press('ArrowDown'); // 4. time
    expect(await page.getByRole('combobox', { name: 'Til og med time for Lunde, Sara' }).inputValue()).toBe('4');
    await tabTo(page, page.getByRole('button', { name: 'Lagre for Lunde, Sara' }));
    await page.keyboard.press('Enter');
    const saraNotice = row(page, 'Lunde, Sara').locator('.register-row__notice');
    await expect.poll(() => saraNotice.innerText()).toMatch(/Lagret for Lunde, Sara: 3\.–4\. time/);
    const saraEvents = row(page, 'Lunde, Sara').locator('.register-row__events li');
    await expect.poll(() => saraEvents.count()).toBe(2);
    expect(await saraKind.inputValue()).toBe('lesson');
    expect(await inView(page, saraNotice)).toBe(true);
    await page.screenshot({ path: '/tmp/naervaer-registrering-lagret-1366x900.png' });
    await expectNoAxeViolations(page, 'registrering etter dobbelttime');

    // «Resten er til stede» ends the morning's register.
    await tabTo(page, page.getByRole('button', { name: 'Resten er til stede' }));
    await page.keyboard.press('Enter');
    const taken = page.locator('.register-taken');
    await expect.poll(() => taken.innerText()).toMatch(/Registrering ført kl\. \d\d\.\d\d av /);
    // Stored: a fresh load of the day still says so.
    await page.reload();
    await page.getByRole('heading', { name: 'Fravær tirsdag 24.11.2026' }).waitFor();
    await expect.poll(() => page.locator('.register-taken').innerText()).toMatch(/Registrering ført kl\. \d\d\.\d\d/);
    // After the reload the rows still show what is registered.
    expect(await page.getByRole('combobox', { name: 'Fravær for Fjell, Henrik' }).inputValue()).toBe('day');

    // A day gone by: who was away without word is counted, but not «ring hjem i dag».
    await tabTo(page, page.getByRole('button', { name: 'Forrige dag' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Fravær mandag 23.11.2026' }).waitFor();
    expect(await page.locator('.register-summary').innerText()).not.toContain('i dag');
    await expectNoAxeViolations(page, 'registrering for en dag som er gått');
  });
});
