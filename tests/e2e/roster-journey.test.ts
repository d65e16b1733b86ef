// «Elevregister» in the browser (issue 16 item 2): the demo administrator uploads a synthetic OneRoster
// bundle (a zip written to a temporary folder, src/domain/roster/synthetic-bundle.ts), the dry run shows the
// changes per school with their counts and writes nothing, «Skriv endringene» applies them, and the same file
// uploaded again shows that nothing would change. Keyboard for every button, axe on every state, screenshots
// at 1366×900 and 390×844 (/tmp/naervaer-elevregister-*.png).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { zipOf } from '../../bench/zip-bombs';
import { syntheticBundle, toCsv } from '../../src/domain/roster/synthetic-bundle';
import { e2eGate, expectNoAxeViolations, logInWithKeyboard, tabTo, useJourney } from './browser';

const unavailable = e2eGate();

async function screenshots(page: Page, name: string): Promise<void> {
  for (const [width, height] of [
    [1366, 900],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `/tmp/naervaer-${name}-${width}x${height}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1366, height: 900 });
}

describe.skipIf(unavailable !== null)('browser journey: the administrator syncs the roster', () => {
  const j = useJourney({ context: { viewport: { width: 1366, height: 900 } } });

  it('previews a OneRoster bundle per school, applies it, and finds nothing to change the second time', async () => {
    const bundle = syntheticBundle({ pupils: 40, schools: 2, schoolYear: 2026, seed: 77 });
    const file = join(mkdtempSync(join(tmpdir(), 'naervaer-roster-')), 'uttrekk.zip');
    writeFileSync(
      file,
      zipOf(Object.fromEntries(Object.entries(bundle).map(([f, rows]) => [`eksport/${f}`, toCsv(rows)]))),
    );
    const schools = bundle['orgs.csv']!.slice(1)
      .filter((r) => r[4] === 'school')
      .map((r) => r[3]!);
    expect(schools).toHaveLength(2);

    const page = await j.context.newPage();
    await logInWithKeyboard(page, j.base, 'admin', undefined, { waitForRoles: true });
    await page.getByRole('link', { name: 'Elevregister' }).click();
    await page.getByRole('heading', { level: 1, name: 'Elevregister' }).waitFor();
    await expectNoAxeViolations(page, 'elevregisteret før opplasting');
    await screenshots(page, 'elevregister-tom');

    const upload = async () => {
      await page.getByLabel('Uttrekk fra elevregisteret').setInputFiles(file);
      await tabTo(page, page.getByRole('button', { name: 'Vis hva som vil endres' }));
      await page.keyboard.press('Enter');
    };

    // The dry run: counts for the whole kommune and per school, nothing written yet.
    await upload();
    await page.getByText(/Prøvekjøring av OneRoster 1\.2: ingenting er skrevet ennå/).waitFor();
    const total = (kind: string, what: string) => page.getByTestId(`roster-${kind}-${what}`).innerText();
    expect(await total('new', 'classes')).toBe('10');
    expect(await total('new', 'pupils')).toBe('40');
    expect(await total('new', 'guardians')).toBe('60');
    expect(await total('new', 'staff')).toBe('13');
    expect(await total('leaving', 'pupils')).toBe('0');
    for (const school of schools) {
      const part = page.getByRole('region', { name: school });
      await expect.poll(() => part.innerText()).toMatch(/Nye:.*\d+ elever/);
    }
    const perSchool = await Promise.all(
      schools.map(async (s) =>
        Number(/(\d+) elever/.exec(await page.getByRole('region', { name: s }).innerText())![1]),
      ),
    );
    expect(perSchool.reduce((a, b) => a + b, 0)).toBe(40);
    await expectNoAxeViolations(page, 'prøvekjøringen');
    await screenshots(page, 'elevregister-provekjoring');

    // Apply: the same file, all or nothing.
    await tabTo(page, page.getByRole('button', { name: 'Skriv endringene' }));
    await page.keyboard.press('Enter');
    await page.getByText(/Endringene er skrevet\. Nye: .*40 elever/).waitFor();
    await expectNoAxeViolations(page, 'skrevet');

    // The same export again changes nothing.
    await upload();
    await page.getByText('Uttrekket (OneRoster 1.2) stemmer med det Nærvær har. Ingenting å endre.').waitFor();
    expect(await page.getByRole('button', { name: 'Skriv endringene' }).count()).toBe(0);
    await expectNoAxeViolations(page, 'ingenting å endre');
    await screenshots(page, 'elevregister-uendret');
  }, 120_000);
});
