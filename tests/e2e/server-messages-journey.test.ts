// The server's refusals in the reader's language (decision 199), in the browser: on the login page, a reader
// who switches to English (keyboard only) and signs in with a wrong password reads the server's answer in
// English, and in nynorsk after switching to nynorsk — the web app sends the language it shows
// (x-naervaer-language) before anyone has logged in. A bokmål browser, axe on the English page with the error,
// and screenshots at 1366 × 900 and 390 × 844 (set NAERVAER_SHOTS to a folder to keep them).
import { describe, expect, it } from 'vitest';
import { e2eGate, expectNoAxeViolations, tabTo, useJourney } from './browser';

const unavailable = e2eGate();

describe.skipIf(unavailable !== null)('browser journey: the server’s messages in the reader’s language', () => {
  const j = useJourney({ now: '2026-11-24', context: { viewport: { width: 1366, height: 900 } } });

  it('answers a wrong password in English, then in nynorsk, as the login page’s switch says', async () => {
    const page = await j.context.newPage();
    await page.goto(`${j.base}/logg-inn`);
    await page.getByLabel('Brukernavn').waitFor();

    await tabTo(page, page.getByRole('link', { name: 'English' }));
    await page.keyboard.press('Enter');
    await page.getByLabel('Username').waitFor();
    await tabTo(page, page.getByLabel('Username'));
    await page.keyboard.type('kontakt');
    await page.keyboard.press('Tab');
    await page.keyboard.type('not-the-password');
    await page.keyboard.press('Enter');
    await page.getByText('Wrong username or password.').waitFor();
    expect(await page.getByText('Feil brukernavn eller passord.').count()).toBe(0);
    await expectNoAxeViolations(page, 'the login page with the server’s refusal in English');
    const shots = process.env.NAERVAER_SHOTS;
    if (shots) {
      await page.screenshot({ path: `${shots}/login-en-1366.png`, fullPage: true });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.screenshot({ path: `${shots}/login-en-390.png`, fullPage: true });
      await page.setViewportSize({ width: 1366, height: 900 });
    }

    await tabTo(page, page.getByRole('link', { name: 'Nynorsk' }));
    await page.keyboard.press('Enter');
    await page.getByLabel('Brukarnamn').waitFor();
    await tabTo(page, page.getByRole('button', { name: 'Logg inn' }));
    await page.keyboard.press('Enter');
    await page.getByText('Feil brukarnamn eller passord.').waitFor();
    if (shots) await page.screenshot({ path: `${shots}/login-nn-1366.png`, fullPage: true });
    await page.close();
  });
});
