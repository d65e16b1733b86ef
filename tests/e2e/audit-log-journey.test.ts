// Tilgangslogg (decision 053), keyboard only, on the real server with the demo municipality: the head
// teacher opens a class (its pupil list is audited), goes to Tilgangslogg from the main
// navigation, narrows it to what was refused or allowed with the filter form, and axe finds nothing.
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/server/demo/generate';
import { axeViolations, e2eGate, tabTo, logInWithKeyboard, useJourney } from './browser';

const unavailable = e2eGate();

const NOW = '2026-11-24';

/** Presses Tab until `target` has focus: the way a keyboard user gets there. */

describe.skipIf(unavailable !== null)('browser journey: tilgangslogg', () => {
  const j = useJourney({ now: NOW });

  it('the head teacher reviews who has seen the pupils’ data and filters it by keyboard', async () => {
    const page = await j.context.newPage();
    await logInWithKeyboard(page, j.base, 'rektor', DEMO_PASSWORD, { waitForRoles: true });
    // Opening a class lists its pupils: one audited read per pupil.
    await tabTo(
      page,
      page
        .getByRole('main')
        .getByRole('link', { name: /^Klasse \d/ })
        .first(),
    );
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/klasse\/[^/]+$/);
    await page.getByRole('table').first().waitFor();

    await tabTo(page, page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Tilgangslogg' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(`${j.base}/tilgangslogg`);
    await page.getByRole('heading', { level: 1, name: 'Tilgangslogg' }).waitFor();
    const table = page.getByRole('region', { name: /oppslag \(side 1 av/ }).getByRole('table');
    await table.waitFor();
    // The head teacher's own reading of the class lists is there, by name and role.
    expect(await table.innerText()).toContain('Skoleledelse');

    // Keyboard only: "Utfall" → "Tillatt" (the first choice after "Alle utfall"), then "Vis".
    await tabTo(page, page.getByRole('combobox', { name: 'Utfall' }));
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('combobox', { name: 'Utfall' }).inputValue()).toBe('allowed');
    await tabTo(page, page.getByRole('button', { name: 'Vis' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(`${j.base}/tilgangslogg?utfall=allowed`);
    await table.waitFor();
    await expect
      .poll(
        async () => (await table.getByText('Avvist').count()) === 0 && (await table.getByText('Tillatt').count()) > 0,
      )
      .toBe(true);

    expect(await axeViolations(page), 'tilgangslogg').toEqual([]);
  });
});
