// The rule-profile screen says which rules are the municipality's own choice (decision 021), keyboard only
// after the page loads, on the real server with the demo: Nabodal's school owner opens «Regler for
// bekymringsfullt fravær»; the kommune's own profile lists Hardanger's concern rule and its own «over 10 %»
// rule, only the latter marked «Kommunens eget valg – ikke fra kildedokumentet»; the shipped Hardanger
// profile has no such mark and no figure; axe finds nothing. The rules are a form now (decision 146): the mark is
// the rule's «Kommunens eget valg» box, ticked or not.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { e2eGate, expectNoAxeViolations, tabTo, logInWithKeyboard, useJourney } from './browser';

const unavailable = e2eGate();

/**
 * Nabodal writes nynorsk (its målform, decision 176); this journey reads its screens in bokmål, so its user
 * chooses bokmål under «Språk» on «Innboks» first, as any Nabodal employee may.
 */
async function chooseBokmal(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/innboks`);
  // A radio group is one tab stop (its checked radio, the målform): focus «Bokmål» in it, then save.
  await page.getByRole('radio', { name: 'Bokmål', exact: true }).focus();
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('button', { name: 'Lagre språk' }));
  await page.keyboard.press('Enter');
  await page.getByText('Språket er lagret.').waitFor();
}
const NOW = '2026-11-24';
const MARK = 'Kommunens eget valg – ikke fra kildedokumentet';

describe.skipIf(unavailable !== null)('browser journey: regelprofiler med kommunens egne regler', () => {
  const j = useJourney({ now: NOW, context: { at: `${NOW}T07:50:00+01:00` } });

  async function login(page: Page, username: string): Promise<void> {
    await logInWithKeyboard(page, j.base, username);
    await chooseBokmal(page, j.base);
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
    const rules = page.locator('section[aria-labelledby="profil"] section.rule-fields');
    const mark = (i: number) => rules.nth(i).getByRole('checkbox', { name: MARK });
    await expect.poll(() => rules.count()).toBe(2);
    expect(await rules.nth(0).getByRole('heading').innerText()).toContain('Bekymring for elevens fravær');
    expect(await mark(0).isChecked()).toBe(false);
    expect(await rules.nth(1).getByRole('heading').innerText()).toContain('Fråvær over 10 %');
    expect(await mark(1).isChecked()).toBe(true);
    await expectNoAxeViolations(page, 'regelprofil med kommunens egen regel');

    await page.keyboard.press('ArrowDown'); // the next profile: the shipped Hardanger
    expect(await choose.inputValue()).toBe('hardanger');
    await page.getByRole('heading', { level: 2, name: /^hardanger/ }).waitFor();
    await expect.poll(() => rules.count()).toBe(1);
    expect(await rules.nth(0).getByRole('heading').innerText()).toContain('Bekymring for elevens fravær');
    expect(await mark(0).isChecked()).toBe(false);
    await expectNoAxeViolations(page, 'levert Hardanger-profil');
  });

  it('lets the owner copy a shipped tiltakstrapp and edit a level and a task in a form', async () => {
    const page = await j.context.newPage();
    // Still signed in as the owner from the test above (the same browser context).
    await page.goto(`${j.base}/tiltakstrapper`);
    await page.getByRole('heading', { level: 1, name: 'Tiltakstrapper' }).waitFor();
    const choose = page.getByRole('combobox', { name: 'Tiltakstrapp' });
    expect(await choose.inputValue()).toBe('hardanger');
    await page.getByText('Gi tiltakstrappen en ny id for å lagre en kopi').waitFor();
    // A copy under a new id, with level 0's title and its first task's due time changed.
    await tabTo(page, page.getByRole('textbox', { name: 'Id' }));
    await page.keyboard.press('Control+A');
    await page.keyboard.type('nabodal-trapp');
    const level0 = page.locator('section[aria-labelledby="trapp-niva-0"]');
    await tabTo(page, level0.getByRole('textbox', { name: 'Tittel' }));
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Nivå 0 – Se eleven');
    await tabTo(page, level0.locator('summary').first());
    await page.keyboard.press('Enter');
    const due = level0.getByRole('textbox', { name: 'Frist (dager)' }).first();
    await tabTo(page, due);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('-1');
    await page
      .getByText(/Frist \(dager\): kan ikke være negativ/)
      .first()
      .waitFor();
    await expectNoAxeViolations(page, 'tiltakstrapp med en feil');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('7');
    // The work that ticks the task by itself, chosen from a list (decision 112): an undringssamtale with the guardians.
    const ticks = level0.getByRole('combobox', { name: 'Krysses av av seg selv når' }).first();
    await tabTo(page, ticks);
    await ticks.selectOption({ label: 'Et møte er holdt: Undringssamtale med foresatte' });
    await page.getByText(/Tiltakstrappen er gyldig/).waitFor();
    await tabTo(page, page.getByRole('button', { name: 'Lagre som «nabodal-trapp»' }));
    await page.keyboard.press('Enter');
    await page.getByText('Tiltakstrappen «nabodal-trapp» er lagret.', { exact: false }).waitFor();
    await expect.poll(() => choose.inputValue()).toBe('nabodal-trapp');
    await page.getByRole('heading', { level: 3, name: 'Nivå 0: Nivå 0 – Se eleven' }).waitFor();
    await page
      .getByRole('region', { name: 'Tidligere versjoner' })
      .getByText(/^Versjon 1 \(gjeldende\)/)
      .waitFor();
    await expectNoAxeViolations(page, 'kommunens egen tiltakstrapp lagret');
    const saved = (await (await page.request.get(`${j.base}/api/ladders`)).json()) as {
      ladders: { id: string; origin: string; definition: { levels: { tasks: { doneBy?: unknown }[] }[] } }[];
    };
    const own = saved.ladders.find((l) => l.id === 'nabodal-trapp' && l.origin === 'kommune')!;
    expect(own.definition.levels[0]!.tasks[0]!.doneBy).toEqual([
      { type: 'meeting', meetingType: 'undringssamtale-foresatte' },
    ]);
  }, 180_000);
});
