// Filling «Elevens stemme og barnets beste» in a step's panel by keyboard (issue 21 item 1, decision 181),
// for the journeys that start measures, evaluate, move or close a case.
import type { Locator, Page } from 'playwright-core';
import { tabTo } from './browser';

// A plan's editor is long (decision 204): the fieldset may be many key presses away.
const MAX = 600;

export type HeardAnswers =
  | { obtained: true; how: string; views: string; bestInterest?: string }
  | { obtained: false; why: string; howSought: string; bestInterest?: string };

/**
 * Tabs through the panel's fields, choosing and writing the answers; the best interest only if given. `within`:
 * where the fieldset is, when the page may hold more than one (a plan's activation, decision 204).
 */
export async function fillHeard(page: Page, answers: HeardAnswers, within?: Locator): Promise<void> {
  const panel = (within ?? page).getByRole('group', { name: 'Elevens stemme og barnets beste' });
  await tabTo(page, panel.getByRole('radio', { name: 'Elevens syn er innhentet' }), 'forward', MAX);
  if (answers.obtained) {
    await page.keyboard.press('Space');
    await tabTo(page, panel.getByRole('combobox', { name: 'Hvordan ble elevens syn innhentet?' }), 'forward', MAX);
    await panel
      .getByRole('combobox', { name: 'Hvordan ble elevens syn innhentet?' })
      .selectOption({ label: answers.how });
    await tabTo(page, panel.getByRole('textbox', { name: 'Hva mener eleven selv?' }), 'forward', MAX);
    await page.keyboard.type(answers.views);
  } else {
    await page.keyboard.press('ArrowDown');
    await tabTo(
      page,
      panel.getByRole('textbox', { name: 'Hvorfor kunne elevens syn ikke innhentes?' }),
      'forward',
      MAX,
    );
    await page.keyboard.type(answers.why);
    await tabTo(page, panel.getByRole('textbox', { name: 'Hvordan er det forsøkt å høre eleven?' }), 'forward', MAX);
    await page.keyboard.type(answers.howSought);
  }
  if (answers.bestInterest !== undefined) {
    await tabTo(page, panel.getByRole('textbox', { name: /^Barnets beste/ }), 'forward', MAX);
    await page.keyboard.type(answers.bestInterest);
  }
}
