// Issue 21 item 5 (decisions 193–195): the contact teacher switches on the weekly contact in Emil Bakken's case
// (the keyboard only), a school week passes without contact, and the case's status and the board say
// «Kontakt mangler»; a call home logged for that week closes it, and the marker is gone from both; the ladder
// form shows Saltdal's weekly task as left to the team. Axe on every state; screenshots at 1366 × 900 and 390 × 844.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  e2eGate,
  expectNoAxeViolations,
  logInWithKeyboard,
  norwegianContext,
  section,
  tabTo,
  useJourney,
} from './browser';

const unavailable = e2eGate();
const SHOTS = '/tmp/i21-contact-shots/';

describe.skipIf(unavailable !== null)('browser journey: the weekly contact closed by the contact log', () => {
  // The session outlives the two weeks the server's clock is moved.
  const j = useJourney({
    now: '2026-11-24',
    env: { NAERVAER_SESSION_IDLE_MINUTES: '100000', NAERVAER_SESSION_ABSOLUTE_HOURS: '2000' },
  });
  let page: Page;
  let caseUrl: string;
  const status = () => section(page, 'Status');
  const emilOnBoard = () => page.locator('.case-card', { hasText: 'Emil Bakken (9A)' });

  it('switches on the weekly contact in Emil’s case: no week missing yet', async () => {
    page = await j.context.newPage();
    await page.setViewportSize({ width: 1366, height: 900 });
    await logInWithKeyboard(page, j.base, 'kontaktlaerer');
    const mine = section(page, 'Mine saker');
    await expect.poll(() => mine.innerText()).toContain('Emil Bakken (9A)');
    await tabTo(page, mine.getByRole('link', { name: 'Emil Bakken (9A)' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/sak\/[^/]+$/);
    caseUrl = page.url();
    await page.getByRole('heading', { level: 1, name: 'Sak for Emil Bakken' }).waitFor();
    await expect.poll(() => status().innerText()).toMatch(/Ukentlig kontakt\s*ikke i bruk/);
    await expectNoAxeViolations(page, 'saken før ukentlig kontakt');

    await tabTo(page, status().getByRole('button', { name: 'Slå på ukentlig kontakt' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => status().innerText()).toContain('Teamet har slått på ukentlig kontakt');
    expect(await status().innerText()).toMatch(/ingen uker mangler/);
    expect(await status().getByText('Kontakt mangler').count()).toBe(0);
    await status().getByRole('button', { name: 'Slå av ukentlig kontakt' }).waitFor();
    await expectNoAxeViolations(page, 'saken med ukentlig kontakt på');
  });

  it('a school week later without contact: «mangler uke 49» on the case and «Kontakt mangler» on the board', async () => {
    j.clock.set(new Date('2026-12-08T08:00:00+01:00'));
    await page.goto(caseUrl);
    await page.getByRole('heading', { level: 1, name: 'Sak for Emil Bakken' }).waitFor();
    await expect.poll(() => status().innerText()).toMatch(/mangler uke 49/);
    await status().getByText('Kontakt mangler').waitFor();
    await expectNoAxeViolations(page, 'saken med en uke uten kontakt');
    await status().screenshot({ path: `${SHOTS}status-gap-1366.png` });
    await page.setViewportSize({ width: 390, height: 844 });
    await status().screenshot({ path: `${SHOTS}status-gap-390.png` });
    await page.setViewportSize({ width: 1366, height: 900 });

    await page.goto(`${j.base}/saker`);
    await page.getByRole('heading', { level: 1, name: 'Sakstavle' }).waitFor();
    await expect.poll(() => emilOnBoard().innerText()).toContain('Kontakt mangler');
    await expectNoAxeViolations(page, 'sakstavla med kontakt mangler');
    await page.screenshot({ path: `${SHOTS}board-gap-1366.png` });
  });

  it('a call home logged in that week closes it: the marker is gone from the case and the board', async () => {
    await page.goto(caseUrl);
    await page.getByRole('heading', { level: 1, name: 'Sak for Emil Bakken' }).waitFor();
    const log = section(page, 'Kontaktlogg');
    await tabTo(page, log.getByRole('button', { name: 'Logg kontakt' }));
    await page.keyboard.press('Enter');
    const when = log.getByLabel('Når');
    await when.waitFor();
    await when.fill('2026-12-02T14:30');
    await log.getByRole('checkbox', { name: 'Foresatt' }).check();
    await log.getByLabel('Hva ble sagt').fill('Ringte mor om hvordan uka har gått');
    await tabTo(page, log.getByRole('button', { name: 'Lagre kontakten' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => status().innerText()).toMatch(/sist 02\.12\.2026 · ingen uker mangler/);
    expect(await status().getByText('Kontakt mangler').count()).toBe(0);
    await expectNoAxeViolations(page, 'saken med uka lukket');

    await page.goto(`${j.base}/saker`);
    await page.getByRole('heading', { level: 1, name: 'Sakstavle' }).waitFor();
    await emilOnBoard().waitFor();
    expect(await emilOnBoard().innerText()).not.toContain('Kontakt mangler');
    await page.close();
  });

  it('the ladder form shows Saltdal’s weekly task as repeated when the team switches it on', async () => {
    const owner = await norwegianContext(j.browser);
    const form = await owner.newPage();
    await form.setViewportSize({ width: 1366, height: 900 });
    await logInWithKeyboard(form, j.base, 'skoleeier');
    await form.goto(`${j.base}/tiltakstrapper`);
    await form.getByRole('heading', { level: 1, name: 'Tiltakstrapper' }).waitFor();
    await form.getByRole('combobox', { name: 'Tiltakstrapp' }).selectOption('saltdal');
    const task = form.locator('details.ladder-task', {
      hasText: 'Kontaktlærer har ukentlig kontakt med eleven/heimen i perioder med fravær',
    });
    await task.locator('summary').click();
    const weeklyChoice = task.getByRole('combobox', { name: 'Gjentas hver skoleuke' });
    expect(await weeklyChoice.inputValue()).toBe('team');
    await expectNoAxeViolations(form, 'tiltakstrappen med ukentlig kontakt');
    await owner.close();
  });
});
