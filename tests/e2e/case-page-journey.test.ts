// The case page's section menu and meetings (issue 17 items 10 and 11, decisions 116–117), keyboard only
// after each page load, axe on every state: the contact teacher opens Emil Bakken's case, goes to «Møter»
// from the section menu (the heading gets focus, the address says #moter, the menu stays in view), plans an
// undringssamtale with a time and a place, writes the minutes from the undringssamtale template with
// «neste møte», which plans the next meeting, edits the minutes and finds the earlier version; each save
// fetches only the case's changed parts. A deep link /sak/:id#moter lands on the section; at 390 × 844 the
// menu is one row that stays in view (screenshots).
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/server/demo/generate';
import { e2eGate, tabTo, expectNoAxeViolations, section, logInWithKeyboard, useJourney } from './browser';

const unavailable = e2eGate();
const hasFocus = (target: Locator) => target.evaluate((el) => el === document.activeElement);
const SHOTS = '/tmp/naervaer-sak-';

/** The case reads of the page after an action: whole (GET /api/cases/:id) or by parts. */
function caseReads(page: Page, caseId: () => string) {
  const seen: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname + new URL(r.url()).search;
    if (r.method() === 'GET' && path.startsWith(`/api/cases/${caseId()}`)) seen.push(path);
  });
  return seen;
}

describe.skipIf(unavailable !== null)('browser journey: the case page’s menu and meetings', () => {
  const j = useJourney({ now: '2026-11-24', context: { at: '2026-11-24T08:05:00+01:00' } });

  it('goes to Møter by the menu, plans a meeting with time and place, writes templated minutes with the next meeting', async () => {
    const page = await j.context.newPage();
    await page.setViewportSize({ width: 1366, height: 900 });
    await logInWithKeyboard(page, j.base, 'kontaktlaerer', DEMO_PASSWORD);
    const mine = section(page, 'Mine saker');
    await expect.poll(() => mine.innerText()).toContain('Emil Bakken (9A)');
    await tabTo(page, mine.getByRole('link', { name: 'Emil Bakken (9A)' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/sak\/[^/]+$/);
    const caseUrl = page.url();
    const caseId = caseUrl.split('/').at(-1)!;
    await page.getByRole('heading', { level: 1, name: 'Sak for Emil Bakken' }).waitFor();
    const menu = page.getByRole('navigation', { name: 'Deler av saken' });
    expect(await menu.getByRole('link').allInnerTexts()).toEqual([
      'Status',
      'Neste steg',
      'Elevens innspill',
      'Møter',
      'Kartlegging',
      'Plan',
      'Vedtak',
      'Samtykke',
      'Henvisninger',
      'Logg',
    ]);
    await expectNoAxeViolations(page, 'saken med menyen');

    // The menu: Møter scrolls there and focuses the section's heading; the menu stays in view.
    await tabTo(page, menu.getByRole('link', { name: 'Møter' }));
    await page.keyboard.press('Enter');
    const meetingsHeading = page.getByRole('heading', { level: 2, name: 'Møter', exact: true });
    await expect.poll(() => hasFocus(meetingsHeading)).toBe(true);
    expect(new URL(page.url()).hash).toBe('#moter');
    const box = await menu.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(10);
    const headingBox = await meetingsHeading.boundingBox();
    expect(headingBox!.y).toBeGreaterThanOrEqual(box!.height - 1);
    await page.screenshot({ path: `${SHOTS}moter-1366.png` });

    // Plan an undringssamtale with the guardians, at 09:30 in Møterom 2.
    const reads = caseReads(page, () => caseId);
    const meetings = section(page, 'Møter');
    await tabTo(page, meetings.getByRole('button', { name: 'Planlegg møte' }));
    await page.keyboard.press('Enter');
    const kind = meetings.getByRole('combobox', { name: 'Type møte' });
    await kind.waitFor();
    await kind.selectOption('undringssamtale-foresatte');
    await tabTo(page, meetings.getByLabel('Klokkeslett (valgfritt)'));
    await page.keyboard.type('9.30');
    await tabTo(page, meetings.getByRole('textbox', { name: 'Sted (valgfritt)' }));
    await page.keyboard.type('Møterom 2');
    await tabTo(page, meetings.getByRole('textbox', { name: /^Deltakere/ }));
    await page.keyboard.type('Øyvind Myhre, kontaktlærer');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Kari Bakken, mor');
    await tabTo(page, meetings.getByRole('textbox', { name: /^Agenda/ }));
    await page.keyboard.type('Fraværet i november');
    await expectNoAxeViolations(page, 'skjema for nytt møte');
    await tabTo(page, meetings.getByRole('button', { name: 'Lagre møtet' }));
    await page.keyboard.press('Enter');
    const notice = page.locator('.page-notice');
    await expect.poll(() => notice.innerText()).toContain('Møtet er planlagt.');
    const first = meetings.getByRole('heading', { level: 3, name: /^Undringssamtale med foresatte · 24\.11\.2026/ });
    await expect.poll(() => first.innerText()).toBe('Undringssamtale med foresatte · 24.11.2026 kl. 09.30');
    expect(await meetings.innerText()).toContain('Sted: Møterom 2');
    // Only the changed parts were fetched again, not the whole case.
    await expect.poll(() => reads.some((r) => r.startsWith(`/api/cases/${caseId}/parts?include=meetings`))).toBe(true);
    expect(reads.filter((r) => r === `/api/cases/${caseId}`)).toEqual([]);

    // The minutes from the undringssamtale template, and «neste møte» with time and place.
    const item = meetings.locator('li.meeting', {
      has: page.getByRole('heading', { level: 3, name: /^Undringssamtale med foresatte · 24\.11\.2026/ }),
    });
    await tabTo(page, item.getByRole('button', { name: /^Skriv referat/ }));
    await page.keyboard.press('Enter');
    const useTemplate = item.getByRole('button', { name: 'Bruk malen «Referat fra undringssamtale»' });
    await tabTo(page, useTemplate);
    await page.keyboard.press('Enter');
    const minutes = item.getByRole('textbox', { name: 'Referat' });
    await expect.poll(() => hasFocus(minutes)).toBe(true);
    expect((await minutes.inputValue()).split('\n').filter(Boolean)).toEqual([
      '1. Velkommen',
      '2. Kort om bakgrunn for samtalen',
      '3. Foreldrenes og elevens innspill',
      '4. Hva observasjonen bunner i',
      '5. Mål og vurderingstidspunkt (Hva vil vi se? Når?)',
      '6. Hva som gjøres i første omgang',
      '7. Tiltak',
    ]);
    await page.keyboard.press('Control+End');
    await page.keyboard.type('Emil får en fast voksen om morgenen.');
    await tabTo(page, item.getByLabel('Neste møte (valgfritt)', { exact: true }));
    // Date fields are filled as in the other journeys (their segments type differently per browser locale).
    await item.getByLabel('Neste møte (valgfritt)', { exact: true }).fill('2026-12-14');
    expect(await item.getByLabel('Neste møte (valgfritt)', { exact: true }).inputValue()).toBe('2026-12-14');
    await tabTo(page, item.getByLabel('Klokkeslett for neste møte (valgfritt)'));
    await page.keyboard.type('14.00');
    expect(await item.getByRole('textbox', { name: 'Sted for neste møte (valgfritt)' }).inputValue()).toBe('Møterom 2');
    await expectNoAxeViolations(page, 'referat fra malen');
    await tabTo(page, item.getByRole('button', { name: 'Lagre referatet' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => notice.innerText()).toContain('Referatet er lagret.');
    const next = meetings.getByRole('heading', { level: 3, name: 'Samarbeidsmøte · 14.12.2026 kl. 14.00' });
    await next.waitFor();
    await tabTo(page, item.getByRole('link', { name: 'Neste møte 14.12.2026' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => hasFocus(next)).toBe(true);

    // Edit the minutes: the earlier version stays visible.
    await tabTo(page, item.getByRole('button', { name: /^Skriv referat/ }), 'backward');
    await page.keyboard.press('Enter');
    await tabTo(page, item.getByRole('textbox', { name: 'Referat' }));
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Gymlæreren er orientert.');
    await tabTo(page, item.getByRole('button', { name: 'Lagre referatet' }));
    await page.keyboard.press('Enter');
    const earlier = item.getByText('Tidligere versjon av referatet (1)');
    await earlier.waitFor();
    await tabTo(page, earlier);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => item.locator('.meeting__earlier').innerText())
      .toContain('Emil får en fast voksen om morgenen.');
    await expectNoAxeViolations(page, 'møtet med tidligere referat');

    // A deep link lands on the section; at a phone's width the menu is one row that stays in view.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${caseUrl}#moter`);
    await expect.poll(() => hasFocus(page.getByRole('heading', { level: 2, name: 'Møter', exact: true }))).toBe(true);
    const phoneMenu = page.getByRole('navigation', { name: 'Deler av saken' });
    const phoneBox = await phoneMenu.boundingBox();
    expect(phoneBox!.y).toBeLessThan(10);
    expect(phoneBox!.height).toBeLessThan(80);
    await page.screenshot({ path: `${SHOTS}moter-390.png` });
    await expectNoAxeViolations(page, 'saken på telefon');
  });
});
