// The rule-profile screen says which rules are the municipality's own choice (decision 021), keyboard only
// after the page loads, on the real server with the demo: Nabodal's school owner opens «Regler for
// bekymringsfullt fravær»; the kommune's own profile lists Hardanger's concern rule and its own «over 10 %»
// rule, only the latter marked «Kommunens eget valg – ikke fra kildedokumentet»; the shipped Hardanger
// profile has no such mark and no figure; axe finds nothing.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { e2eGate, expectNoAxeViolations, tabTo, logInWithKeyboard, useJourney } from './browser';

const unavailable = e2eGate();
const NOW = '2026-11-24';
const MARK = 'Kommunens eget valg – ikke fra kildedokumentet';

describe.skipIf(unavailable !== null)('browser journey: regelprofiler med kommunens egne regler', () => {
  const j = useJourney({ now: NOW, context: { at: `${NOW}T07:50:00+01:00` } });

  async function login(page: Page, username: string): Promise<void> {
    await logInWithKeyboard(page, j.base, username);
  }

  it("marks Nabodal's own figure as the municipality's choice, and nothing in the shipped Hardanger profile", async () => {
    // bypassCSP only so axe-core can be injected.
    const page = await j.context.newPage();
    await login(page, 'skoleeier.nabo');
    await page.goto(`${j.base}/regelprofiler`);
    await page.getByRole('heading', { level: 1, name: 'Regler for bekymringsfullt fravær' }).waitFor();

    const choose = page.getByRole('combobox', { name: 'Profil' });
    await tabTo(page, choose);
    expect(await choose.inputValue()).toBe('nabodal');
    const rules = page.locator('section[aria-labelledby="profil"] ul.plain-list > li');
    await expect.poll(() => rules.count()).toBe(2);
    expect(await rules.nth(0).innerText()).toContain('Bekymring for elevens fravær');
    expect(await rules.nth(0).innerText()).not.toContain(MARK);
    expect(await rules.nth(1).innerText()).toContain('Fravær over 10 %');
    expect(await rules.nth(1).innerText()).toContain(MARK);
    await expectNoAxeViolations(page, 'regelprofil med kommunens egen regel');

    await page.keyboard.press('ArrowDown'); // the next profile: the shipped Hardanger
    expect(await choose.inputValue()).toBe('hardanger');
    await page.getByRole('heading', { level: 2, name: /^hardanger/ }).waitFor();
    await expect.poll(() => rules.count()).toBe(1);
    expect(await rules.nth(0).innerText()).toContain('Bekymring for elevens fravær');
    expect(await page.locator('main').innerText()).not.toContain(MARK);
    await expectNoAxeViolations(page, 'levert Hardanger-profil');
  });
});
