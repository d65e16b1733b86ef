// The school's settings, keyboard only after each page load, on the real server with the demo municipality.
//  1. `admin` adds a planning day (Planleggingsdag, Friday 27.11.2026) to the skolerute and saves; axe finds
//     nothing on the page; the leadership sees it read-only; the contact teacher's register for that Friday
//     says it is not a school day.
//  2. `admin` switches the school to Jevnaker's profile; the contact teacher records an observation linked
//     to its rule for a serious single episode, and the alert it raises is announced and shown.
import { afterAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/server/demo/generate';
import { e2eGate, tabTo, expectNoAxeViolations, logInWithKeyboard, useJourney, norwegianContext } from './browser';

const unavailable = e2eGate();

const NOW = '2026-11-24';

/**
 * The keys that type an ISO date into <input type="date">. The field order follows the browser's own
 * language (headless Debian Chromium: mm/dd/åååå whatever the page's locale), so ask the browser once.
 */
async function dateKeys(page: Page): Promise<(iso: string) => string> {
  const probe = await page.context().newPage();
  await probe.setContent('<input id="d" type="date">');
  await probe.focus('#d');
  await probe.keyboard.type('01022003');
  const value = await probe.inputValue('#d');
  await probe.close();
  const parts = (iso: string) => iso.split('-') as [string, string, string];
  if (value === '2003-01-02') return (iso) => `${parts(iso)[1]}${parts(iso)[2]}${parts(iso)[0]}`;
  if (value === '2003-02-01') return (iso) => `${parts(iso)[2]}${parts(iso)[1]}${parts(iso)[0]}`;
  throw new Error(`Ukjent datorekkefølge i nettleseren: «01022003» ga «${value}»`);
}

async function keyboardLogin(page: Page, base: string, username: string): Promise<void> {
  await logInWithKeyboard(page, base, username, DEMO_PASSWORD, { waitForRoles: true });
}

describe.skipIf(unavailable !== null)('browser journey: skolerute', () => {
  // A Tuesday; the Friday of the same week is an ordinary school day in the demo skolerute.
  const j = useJourney({ now: NOW, context: false });
  const contexts: BrowserContext[] = [];

  /** A Norwegian browser on the server's demo day. bypassCSP only so axe-core can be injected. */
  async function newPage(): Promise<Page> {
    const context = await norwegianContext(j.browser, { at: `${NOW}T07:50:00+01:00` });
    contexts.push(context);
    return context.newPage();
  }
  afterAll(async () => {
    for (const context of contexts) await context.close();
  });

  it('the administrator adds a planning day; the register then says the day is not a school day', async () => {
    const page = await newPage();
    await keyboardLogin(page, j.base, 'admin');

    await tabTo(page, page.getByRole('link', { name: 'Skolerute og regelprofil for Nærvik ungdomsskole' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/skole\/[^/]+\/innstillinger$/);
    await page.getByRole('heading', { level: 1, name: 'Skolerute og regelprofil for Nærvik ungdomsskole' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Skolerute 2026–2027' }).waitFor();
    expect(await page.locator('main').innerText()).toContain('Helligdager');
    await expectNoAxeViolations(page, 'innstillinger');

    // The demo skolerute has five closed periods; the new row is the sixth and gets focus.
    await tabTo(page, page.getByRole('button', { name: 'Legg til ferie eller fridag' }));
    await page.keyboard.press('Enter');
    const row = page.getByRole('group', { name: /^Fridag 6/ });
    await row.waitFor();
    const name = row.getByRole('textbox', { name: 'Navn' });
    await expect.poll(() => name.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Planleggingsdag');
    await page.keyboard.press('Tab');
    const from = row.getByLabel('Fra og med');
    expect(await from.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type((await dateKeys(page))('2026-11-27'));
    expect(await from.inputValue()).toBe('2026-11-27');
    // A single day: "til og med" follows "fra og med".
    expect(await row.getByLabel('Til og med').inputValue()).toBe('2026-11-27');
    expect(await page.getByRole('group', { name: 'Fridag 6: Planleggingsdag' }).count()).toBe(1);

    await tabTo(page, page.getByRole('button', { name: 'Lagre skoleruta' }));
    await page.keyboard.press('Enter');
    await page.getByText('Skoleruta er lagret.').waitFor();
    await expectNoAxeViolations(page, 'innstillinger etter lagring');

    // The server has it: a reload shows the period among the others, in date order.
    await page.reload();
    await page.getByRole('group', { name: 'Fridag 3: Planleggingsdag' }).waitFor();
    expect(
      await page.getByRole('group', { name: 'Fridag 3: Planleggingsdag' }).getByLabel('Fra og med').inputValue(),
    ).toBe('2026-11-27');

    // The school leader sees the skolerute but cannot change it.
    const rektor = await newPage();
    await keyboardLogin(rektor, j.base, 'rektor');
    await tabTo(rektor, rektor.getByRole('link', { name: 'Skolerute og regelprofil for Nærvik ungdomsskole' }));
    await rektor.keyboard.press('Enter');
    await rektor.getByRole('heading', { level: 2, name: 'Skolerute 2026–2027' }).waitFor();
    const closedTable = rektor.getByRole('region', { name: 'Ferier og fridager' });
    await expect.poll(() => closedTable.innerText()).toContain('Planleggingsdag\t27.11.2026\t27.11.2026');
    expect(await rektor.getByRole('button', { name: 'Lagre skoleruta' }).count()).toBe(0);
    expect(await rektor.locator('main').innerText()).toContain('Skolen følger «Saltdal kommune»');
    await expectNoAxeViolations(rektor, 'innstillinger for skoleledelsen');

    // The contact teacher's register for Friday 27.11.2026: not a school day.
    const teacher = await newPage();
    await keyboardLogin(teacher, j.base, 'kontaktlaerer');
    await tabTo(teacher, teacher.getByRole('link', { name: 'Klasse 9A' }).first());
    await teacher.keyboard.press('Enter');
    await tabTo(teacher, teacher.getByRole('link', { name: 'Registrer fravær for 9A' }));
    await teacher.keyboard.press('Enter');
    await teacher.getByRole('heading', { name: 'Fravær tirsdag 24.11.2026' }).waitFor();
    for (const heading of ['Fravær onsdag 25.11.2026', 'Fravær torsdag 26.11.2026', 'Fravær fredag 27.11.2026']) {
      await tabTo(teacher, teacher.getByRole('button', { name: 'Neste dag' }));
      await teacher.keyboard.press('Enter');
      await teacher.getByRole('heading', { name: heading }).waitFor();
    }
    const closed = teacher.locator('.register-closed');
    await closed.waitFor();
    expect(await closed.innerText()).toContain('Planleggingsdag');
    expect(await closed.innerText()).toContain('Det registreres ikke fravær denne dagen.');
    expect(await teacher.getByRole('combobox', { name: /^Fravær for / }).count()).toBe(0);
  });

  it('the administrator switches the school to Jevnaker; an observation linked to its rule raises that alert', async () => {
    const page = await newPage();
    await keyboardLogin(page, j.base, 'admin');
    await tabTo(page, page.getByRole('link', { name: 'Skolerute og regelprofil for Nærvik ungdomsskole' }));
    await page.keyboard.press('Enter');
    // Tab enters the radio group on the chosen profile; the arrows move the choice.
    await tabTo(page, page.getByRole('radio', { name: /^Saltdal kommune/ }));
    await page.keyboard.press('ArrowUp'); // Kearney (2008)
    await page.keyboard.press('ArrowUp'); // Jevnaker kommune
    expect(await page.getByRole('radio', { name: /^Jevnaker kommune/ }).isChecked()).toBe(true);
    await tabTo(page, page.getByRole('button', { name: 'Lagre valget av regelprofil' }));
    await page.keyboard.press('Enter');
    await page.getByText('Skolen følger nå «Jevnaker kommune».').waitFor();
    await expectNoAxeViolations(page, 'innstillinger etter valg av regelprofil');

    const teacher = await newPage();
    await keyboardLogin(teacher, j.base, 'kontaktlaerer');
    await tabTo(teacher, teacher.getByRole('link', { name: 'Fjell, Henrik' }));
    await teacher.keyboard.press('Enter');
    await teacher.getByRole('heading', { level: 1, name: 'Henrik Fjell' }).waitFor();
    await tabTo(teacher, teacher.getByRole('button', { name: 'Ny observasjon' }));
    await teacher.keyboard.press('Enter');
    const kind = teacher.getByRole('combobox', { name: 'Hva har du observert' });
    await expect.poll(() => kind.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await kind.inputValue()).toBe('alvorlig-hendelse');
    const rule = teacher.getByRole('combobox', { name: 'Gjelder regel' });
    await tabTo(teacher, rule);
    expect(await rule.inputValue()).toBe('');
    await teacher.keyboard.press('ArrowDown');
    await teacher.keyboard.press('ArrowDown');
    expect(await rule.locator('option:checked').innerText()).toBe(
      'Alvorlig enkeltepisode koblet til påfølgende fravær',
    );
    await tabTo(teacher, teacher.getByRole('textbox', { name: 'Beskrivelse' }));
    await teacher.keyboard.type('Slått ned i friminuttet fredag; har ikke kommet på skolen etterpå.');
    await tabTo(teacher, teacher.getByRole('button', { name: 'Lagre observasjonen' }));
    await teacher.keyboard.press('Enter');
    const notice = teacher.locator('.page-notice');
    await expect.poll(() => notice.innerText()).toContain('Observasjonen er lagret.');
    expect(await notice.innerText()).toContain('Alvorlig enkeltepisode koblet til påfølgende fravær');
    const observations = teacher.locator('section', { has: teacher.getByRole('heading', { name: 'Observasjoner' }) });
    // The list is read again after the notice shows: wait for it.
    await expect
      .poll(() => observations.innerText())
      .toContain('Gjelder regelen «Alvorlig enkeltepisode koblet til påfølgende fravær»');
    await teacher
      .locator('article.alert-card', { hasText: 'Alvorlig enkeltepisode koblet til påfølgende fravær' })
      .first()
      .waitFor();
    await expectNoAxeViolations(teacher, 'elevside etter observasjon');
  });
});
