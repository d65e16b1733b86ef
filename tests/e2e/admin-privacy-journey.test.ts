// The administrator's screens for decisions 052 and 054, keyboard only, on the real server with the demo
// municipality: the demo `admin` opens Brukere from the main navigation (the accounts unused for long, or
// the empty state), goes by the case board to Emil Bakken's elevmappe, downloads the privacy export as a
// PDF that names him, and tries to delete his case data — refused while his case is open, in the server's
// own words. axe runs on every page visited.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { pdfText } from '../support/pdf-text';
import { DEMO_PASSWORD } from '../../src/server/demo/generate';
import { e2eGate, tabTo, expectNoAxeViolations, section, logInWithKeyboard, useJourney } from './browser';

const unavailable = e2eGate();

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name, exact: true });

describe.skipIf(unavailable !== null)('browser journey: brukere, innsyn og sletting', () => {
  const j = useJourney({ now: '2026-11-24', context: { acceptDownloads: true } });

  it('the administrator reviews unused accounts, exports a pupil’s data and is told why it cannot be deleted yet', async () => {
    const page = await j.context.newPage();
    await logInWithKeyboard(page, j.base, 'admin', DEMO_PASSWORD, { waitForRoles: true });

    // Brukere: the unused accounts with their actions, or the empty state.
    await tabTo(page, nav(page, 'Brukere'));
    await page.keyboard.press('Enter');
    await page.waitForURL(`${j.base}/brukere`);
    await page.getByRole('heading', { level: 1, name: 'Brukere' }).waitFor();
    const unused = section(page, 'Kontoer som ikke er brukt på lenge');
    await unused.getByText(/Aktive kontoer uten innlogging de siste \d+ dagene/).waitFor();
    const table = unused.getByRole('table');
    if (await table.count()) {
      expect(await table.getByRole('button', { name: /^Deaktiver – / }).count()).toBeGreaterThan(0);
      expect(await table.getByRole('button', { name: /^Tilbakestill engangskode – / }).count()).toBeGreaterThan(0);
      // Asking opens a confirmation with the focus on it; "Avbryt" gives the focus back to the row's button.
      const first = table.getByRole('button', { name: /^Tilbakestill engangskode – / }).first();
      await tabTo(page, first);
      await page.keyboard.press('Enter');
      const heading = page.getByRole('heading', { level: 2, name: /^Tilbakestille engangskoden til / });
      await expect.poll(() => heading.evaluate((el) => el === document.activeElement)).toBe(true);
      await expectNoAxeViolations(page, 'brukere med bekreftelse');
      await tabTo(page, page.getByRole('button', { name: 'Avbryt' }));
      await page.keyboard.press('Enter');
      await expect.poll(() => first.evaluate((el) => el === document.activeElement)).toBe(true);
    } else {
      await unused.getByText(/Ingen aktive kontoer har stått ubrukt/).waitFor();
    }
    await expectNoAxeViolations(page, 'brukere');

    // Emil Bakken's case (open, level 1) from the board, then his elevmappe.
    await tabTo(page, nav(page, 'Sakstavle'));
    await page.keyboard.press('Enter');
    await page.waitForURL(`${j.base}/saker`);
    await tabTo(page, page.getByRole('main').getByRole('link', { name: 'Emil Bakken (9A)' }).first());
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/sak\/[^/]+$/);
    await tabTo(page, page.getByRole('link', { name: 'Elevmappe for Emil Bakken' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/elev\/[^/]+\/mappe$/);
    await page.getByRole('heading', { level: 1, name: 'Elevmappe for Emil Bakken' }).waitFor();
    const privacy = section(page, 'Personvern');
    await privacy.waitFor();
    await expectNoAxeViolations(page, 'elevmappen');

    // Innsyn as a PDF that names him.
    await tabTo(page, privacy.getByRole('button', { name: 'Innsyn: last ned alle opplysninger (PDF)' }));
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const text = (await pdfText(new Uint8Array(await readFile(await download.path())))).replace(/\s+/g, ' ');
    expect(text).toContain('Emil Bakken');

    // Deletion is confirmed first, then refused while the case is open, in the server's words.
    await tabTo(page, privacy.getByRole('button', { name: 'Slett saksopplysninger etter arkivreglene' }));
    await page.keyboard.press('Enter');
    const question = privacy.getByText(/^Slette saksopplysningene til Emil Bakken\?/);
    await expect.poll(() => question.evaluate((el) => el.closest('[tabindex]') === document.activeElement)).toBe(true);
    await expectNoAxeViolations(page, 'elevmappen med bekreftelse av sletting');
    await tabTo(page, privacy.getByRole('button', { name: 'Ja, slett' }));
    await page.keyboard.press('Enter');
    await expect
      .poll(() => privacy.getByRole('alert').innerText())
      .toContain('Eleven har en åpen sak. Saken må avsluttes før opplysningene kan slettes.');
    await expectNoAxeViolations(page, 'elevmappen etter nektet sletting');
  });
});
