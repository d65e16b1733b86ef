// The case page beyond the ladder's moves (decision 017), on the real server with the demo municipality.
// Keyboard only after each page load: the demo contact teacher opens Emil Bakken's case (level 1) from
// "Mine saker", registers a referral to PPT with the pedagogical report signed by the guardians, goes from
// the checklist's written-notice task to the notice buttons and downloads the written notice to the school
// leadership (a PDF whose text names the notice and Emil), then opens the elevmappe and finds the referral.
// axe runs on every page visited.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { pdfText } from '../support/pdf-text';
import { DEMO_PASSWORD } from '../../src/server/demo/generate';
import { e2eGate, tabTo, expectNoAxeViolations, section, logInWithKeyboard, useJourney } from './browser';

const unavailable = e2eGate();

const hasFocus = (target: Locator) => target.evaluate((el) => el === document.activeElement);

describe.skipIf(unavailable !== null)('browser journey: henvisning, skriftlig melding og elevmappe', () => {
  // A Tuesday: a school day in the demo skolerute; Emil's demo case stands at level 1. The browser's clock
  // just after the server's fixed 08:00, so the browser's "today" is the server's.
  const j = useJourney({ now: '2026-11-24', context: { at: '2026-11-24T08:05:00+01:00', acceptDownloads: true } });

  it('registers a PPT referral, downloads the notice to the leadership and finds the referral in the elevmappe', async () => {
    const page = await j.context.newPage();
    await logInWithKeyboard(page, j.base, 'kontaktlaerer', DEMO_PASSWORD, { axeLoginPage: true });

    // The front page: the reminders, then the cases the teacher holds.
    const tasks = section(page, 'Mine oppgaver');
    await expect.poll(() => tasks.locator('li').count()).toBeGreaterThan(0);
    expect(await tasks.innerText()).toContain('Emil Bakken (9A)');
    const mine = section(page, 'Mine saker');
    await expect.poll(() => mine.innerText()).toContain('Emil Bakken (9A)');
    await expectNoAxeViolations(page, 'forsiden med oppgaver');
    await tabTo(page, mine.getByRole('link', { name: 'Emil Bakken (9A)' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/sak\/[^/]+$/);
    await page.getByRole('heading', { level: 1, name: 'Sak for Emil Bakken' }).waitFor();
    await expect.poll(() => section(page, 'Status').innerText()).toMatch(/Nivå 1 – /);
    expect(await section(page, 'Henvisninger').innerText()).toContain('Ingen henvisninger ennå.');
    await expectNoAxeViolations(page, 'saken');
    const notice = page.locator('.page-notice');

    // The school nurse joins the case as a participant with her role.
    await tabTo(page, section(page, 'Status').getByRole('button', { name: 'Legg til deltaker' }));
    await page.keyboard.press('Enter');
    // The helsesykepleier is chosen by her account (issue 16 item 3): the name and the role follow from it.
    const person = section(page, 'Status').getByRole('combobox', { name: 'Person i Nærvær' });
    await person.waitFor();
    const nurse = (await person.locator('option').allInnerTexts()).find((o) => o.endsWith('(Helsesykepleier)'))!;
    const nurseName = nurse.replace(/ \(Helsesykepleier\)$/, '');
    await person.selectOption({ label: nurse });
    expect(await page.getByRole('textbox', { name: 'Navn' }).inputValue()).toBe(nurseName);
    expect(await section(page, 'Status').getByRole('combobox', { name: 'Rolle i saken' }).inputValue()).toBe(
      'helsesykepleier',
    );
    await expectNoAxeViolations(page, 'saken med skjema for deltaker');
    await tabTo(page, page.getByRole('button', { name: 'Legg til', exact: true }));
    await page.keyboard.press('Enter');
    await expect.poll(() => notice.innerText()).toContain(`${nurseName} er lagt til i saken.`);
    await expect.poll(() => section(page, 'Status').innerText()).toContain(`${nurseName} – Helsesykepleier`);

    // A referral to PPT, sent today with the pedagogical report signed by the guardians.
    await tabTo(page, page.getByRole('button', { name: 'Registrer henvisning' }));
    await page.keyboard.press('Enter');
    const service = page.getByRole('combobox', { name: 'Tjeneste' });
    await service.waitFor();
    expect(await hasFocus(service)).toBe(true);
    expect(await service.inputValue()).toBe('ppt');
    expect(await page.getByRole('combobox', { name: 'Status' }).inputValue()).toBe('sendt');
    expect(await page.getByLabel('Sendt dato').inputValue()).toBe('2026-11-24');
    const signed = page.getByRole('checkbox', { name: 'Pedagogisk rapport underskrevet av foresatte' });
    await tabTo(page, signed);
    await page.keyboard.press('Space');
    expect(await signed.isChecked()).toBe(true);
    await tabTo(page, page.getByRole('textbox', { name: 'Merknad' }));
    await page.keyboard.type('Ønsker utredning av lese- og skrivevansker.');
    await expectNoAxeViolations(page, 'saken med skjema for henvisning');
    await tabTo(page, page.getByRole('button', { name: 'Lagre henvisningen' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => notice.innerText()).toContain('Henvisningen er registrert.');
    const referral = section(page, 'Henvisninger').locator('li[data-referral-id]').first();
    await expect.poll(() => referral.innerText()).toContain('PPT · Sendt');
    const referralText = await referral.innerText();
    expect(referralText).toContain('Sendt 24.11.2026');
    expect(referralText).toContain('Pedagogisk rapport underskrevet av foresatte');
    expect(referralText).toMatch(/Venter/);
    await expectNoAxeViolations(page, 'saken med henvisning');

    // The checklist's written-notice task leads to the notice buttons; level 1 asks for the one to the leadership.
    await tabTo(page, page.getByRole('button', { name: 'Gå til «Skriftlig melding til skoleledelsen»' }), 'backward');
    await page.keyboard.press('Enter');
    const toLeadership = page.getByRole('button', { name: 'Skriftlig melding til skoleledelsen', exact: true });
    await expect.poll(() => hasFocus(toLeadership)).toBe(true);
    expect(
      await page.getByRole('button', { name: 'Skriftlig melding til avdelingsdirektør', exact: true }).isVisible(),
    ).toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const text = (await pdfText(new Uint8Array(await readFile(await download.path())))).replace(/\s+/g, ' ');
    expect(text).toContain('Skriftlig melding til skoleledelsen');
    expect(text).toContain('Emil Bakken');
    await expect
      .poll(() => notice.innerText())
      .toContain('Meldingen er lastet ned, lagt i mottakernes innboks og logget i saken.');
    await expectNoAxeViolations(page, 'saken etter skriftlig melding');

    // The elevmappe holds the referral.
    await tabTo(page, page.getByRole('link', { name: 'Elevmappe for Emil Bakken' }), 'backward');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/elev\/[^/]+\/mappe$/);
    await page.getByRole('heading', { level: 1, name: 'Elevmappe for Emil Bakken' }).waitFor();
    const referrals = section(page, 'Henvisninger');
    await expect.poll(() => referrals.innerText()).toContain('PPT · Sendt');
    expect(await referrals.innerText()).toContain('Sendt 24.11.2026');
    expect(await section(page, 'Saker').innerText()).toMatch(/Nivå 1 · Åpen/);
    await expectNoAxeViolations(page, 'elevmappen');
  });
});
