// Issue 21 item 3 (decision 187) in Chromium, keyboard only, axe: a note in the case's contact log that points
// to bullying starts the aktivitetsplikt. The contact teacher logs a talk with Emil Bakken, ticks «Gjelder
// krenkelser, mobbing, vold eller trakassering», and the case then shows the open school environment matter
// first, above the case's own sections.
import { describe, expect, it } from 'vitest';
import { e2eGate, expectNoAxeViolations, keyboardLogin, section, tabTo, useJourney } from './browser';

const unavailable = e2eGate();

describe.skipIf(unavailable !== null)('browser journey: a case note starts the aktivitetsplikt', () => {
  const j = useJourney({
    now: '2026-11-24',
    context: false,
    contexts: { teacher: { at: '2026-11-24T09:00:00+01:00' } },
  });

  it('starts the school environment matter from a note that points to bullying', async () => {
    const page = await j.contexts.teacher.newPage();
    await page.setViewportSize({ width: 1366, height: 900 });
    await keyboardLogin(page, j.base, 'kontaktlaerer');
    await tabTo(page, section(page, 'Mine saker').getByRole('link', { name: 'Emil Bakken (9A)' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Sak for Emil Bakken' }).waitFor();
    const matters = section(page, 'Skolemiljøsak – aktivitetsplikt');
    await expect.poll(() => matters.innerText()).toContain('Eleven har ingen skolemiljøsak.');

    await tabTo(page, page.getByRole('button', { name: 'Logg kontakt' }));
    await page.keyboard.press('Enter');
    const form = page.locator('form', { has: page.getByRole('button', { name: 'Lagre kontakten' }) });
    await tabTo(page, form.getByRole('checkbox', { name: 'Eleven', exact: true }));
    await page.keyboard.press('Space');
    await tabTo(page, form.getByRole('textbox', { name: 'Hva ble sagt' }));
    await page.keyboard.type('Emil fortalte at noen i klassen tar bilder av ham i garderoben og deler dem.');
    await tabTo(page, form.getByRole('checkbox', { name: 'Gjelder krenkelser, mobbing, vold eller trakassering' }));
    await page.keyboard.press('Space');
    await expectNoAxeViolations(page, 'kontaktskjemaet med avkrysning for skolemiljø');
    await tabTo(page, form.getByRole('button', { name: 'Lagre kontakten' }));
    await page.keyboard.press('Enter');

    await expect
      .poll(() => page.locator('.page-notice').innerText())
      .toContain('Aktivitetsplikten er startet, og skoleledelsen er varslet.');
    await expect.poll(() => matters.innerText()).not.toContain('Eleven har ingen skolemiljøsak.');
    await expectNoAxeViolations(page, 'saken med skolemiljøsaken øverst');
  });
});
