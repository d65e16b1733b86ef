// The reviews in the browser (issue 19 item 2, decisions 139–142): the demo's school leader reaches «Gjennomganger»
// from the main menu by keyboard, opens the weekly review, reads this week against the four before, and downloads it
// as XLSX; the file is read back with the import's own reader and its figures match the screen's. The trinn meeting
// and the semester review open from the same list. Axe on every page; screenshots of the weekly review at 1366×900
// and 390×844 (/tmp/h19-reviews-*.png).
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readXlsxRows } from '../../src/server/import/xlsx-read';
import { UPLOAD_LIMITS } from '../../src/server/import/limits';
import { e2eGate, expectNoAxeViolations, logInWithKeyboard, tabTo, useJourney } from './browser';

const unavailable = e2eGate();

/** «8,6 %» → 8.6; «12» → 12. */
const numberOf = (text: string) => Number(text.replace(/\s*%$/, '').replace(',', '.').trim());

async function openFromList(page: Page, link: string, heading: RegExp) {
  await tabTo(page, page.getByRole('link', { name: 'Alle gjennomganger' }));
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Gjennomganger' }).waitFor();
  await tabTo(page, page.getByRole('link', { name: link }));
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

describe.skipIf(unavailable !== null)('browser journey: the school leader’s weekly review', () => {
  const j = useJourney({ context: { viewport: { width: 1366, height: 900 }, acceptDownloads: true } });

  it('opens the weekly review by keyboard and exports it to XLSX with the screen’s figures', async () => {
    const page = await j.context.newPage();
    await logInWithKeyboard(page, j.base, 'rektor', undefined, { waitForRoles: true });
    await tabTo(page, page.getByRole('navigation').getByRole('link', { name: 'Gjennomganger' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Gjennomganger' }).waitFor();
    await expectNoAxeViolations(page, 'gjennomganger');

    await tabTo(page, page.getByRole('link', { name: 'Ukegjennomgang i ledergruppa' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /^Ukegjennomgang – .+, uke 48$/ }).waitFor();
    const figures = page.getByRole('table', { name: /Fravær på skolen denne uka og de fire ukene før/ });
    await figures.waitFor();
    const headers = await figures.getByRole('columnheader').allInnerTexts();
    expect(headers.slice(1)).toEqual(['Uke 44', 'Uke 45', 'Uke 46', 'Uke 47', 'Uke 48 (så langt)']);
    // A row by its header cell's exact text; its cells as numbers.
    const rowCells = async (name: string) =>
      (
        await figures
          .getByRole('row')
          .filter({ has: page.getByRole('rowheader', { name, exact: true }) })
          .getByRole('cell')
          .allInnerTexts()
      ).map(numberOf);
    const share = await rowCells('Fravær, andel av skoletiden');
    const days = await rowCells('Hele dager');
    const pupils = await rowCells('Elever');
    const over10 = await rowCells('Elever over 10 %');
    // The case side's figures by month of the school year (decision 155), the school year so far last.
    const followUp = page.getByRole('table', { name: 'Oppfølging av bekymringer per måned i skoleåret' });
    await followUp.waitFor();
    expect((await followUp.getByRole('columnheader').allInnerTexts()).slice(1)).toEqual([
      'august 2026',
      'september 2026',
      'oktober 2026',
      'november 2026',
      'Skoleåret så langt',
    ]);
    const concernCells = (
      await followUp
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: 'Elever med bekymring', exact: true }) })
        .getByRole('cell')
        .allInnerTexts()
    ).map(numberOf);
    expect(concernCells.at(-1)).toBeGreaterThan(0);
    expect(share.some((n) => n > 0)).toBe(true);
    expect(pupils.every((n) => n > 0)).toBe(true);
    await expectNoAxeViolations(page, 'ukegjennomgangen');

    await tabTo(page, page.getByRole('button', { name: 'Last ned som regneark (XLSX)' }));
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/^ukegjennomgang-.+-uke-48-2026\.xlsx$/);
    const rows: string[][] = [];
    await readXlsxRows(new Uint8Array(await readFile(await download.path())), UPLOAD_LIMITS, (_l, cells) =>
      rows.push(cells),
    );
    expect(
      rows
        .find((r) => r[0] === 'Fravær, andel av skoletiden (%)')!
        .slice(1)
        .map(Number),
    ).toEqual(share);
    expect(
      rows
        .find((r) => r[0] === 'Hele dager')!
        .slice(1)
        .map(Number),
    ).toEqual(days);
    expect(
      rows
        .find((r) => r[0] === 'Elever')!
        .slice(1)
        .map(Number),
    ).toEqual(pupils);
    expect(
      rows
        .find((r) => r[0] === 'Elever over 10 %')!
        .slice(1)
        .map(Number),
    ).toEqual(over10);
    const followUpAt = rows.findIndex((r) => r[0] === 'Oppfølging av bekymringer per måned');
    expect(
      rows
        .slice(followUpAt)
        .find((r) => r[0] === 'Elever med bekymring')!
        .slice(1)
        .map(Number),
    ).toEqual(concernCells);

    for (const [width, height] of [
      [1366, 900],
      [390, 844],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: `/tmp/h19-reviews-uke-${width}x${height}.png`, fullPage: true });
      await page
        .locator('section', { has: page.locator('#uke-oppfolging') })
        .screenshot({ path: `/tmp/h19-figures-uke-${width}x${height}.png` });
    }
    await page.setViewportSize({ width: 1366, height: 900 });

    await openFromList(page, 'Trinnmøte', /^Trinnmøte – \d+\. trinn, /);
    await page.getByText(/Nytt siden forrige møte 10\.11\.2026/).waitFor();
    await expectNoAxeViolations(page, 'trinnmøtet');
    await page.screenshot({ path: '/tmp/h19-reviews-trinn-1366x900.png', fullPage: true });

    await openFromList(page, 'Semestergjennomgang', /^Semestergjennomgang – /);
    const classes = page.getByRole('table', { name: /^Per klasse: Fravær før og nå/ });
    await classes.waitFor();
    expect(await classes.getByRole('columnheader', { name: 'Under 10 % nå (fremgang)' }).count()).toBe(1);
    // The movement per trinn as bars (decision 159): drawn, summarised, progress first; the table behind a toggle.
    const chart = page.getByRole('region', { name: 'Bevegelse over 10 % per trinn' });
    await chart.locator('figure .recharts-bar-rectangle').first().waitFor({ state: 'attached' });
    expect(await chart.locator('figure .recharts-bar').count()).toBe(2);
    expect(await chart.locator('#bevegelse-stolper-sammendrag').innerText()).toMatch(
      /^(Flest elever kom under 10 % på \d+\. trinn \(\d+\)|Ingen elever kom under 10 % i perioden)\./,
    );
    await expectNoAxeViolations(page, 'semestergjennomgangen');
    for (const [width, height] of [
      [1366, 900],
      [390, 844],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: `/tmp/h19-reviews-semester-${width}x${height}.png`, fullPage: true });
    }
    await page.setViewportSize({ width: 1366, height: 900 });

    await openFromList(page, 'Månedsgjennomgang i ressursteamet', /^Månedsgjennomgang i ressursteamet – /);
    await page.getByRole('table', { name: 'Oppfølging av bekymringer per måned i skoleåret' }).waitFor();
    await expectNoAxeViolations(page, 'månedsgjennomgangen');
  });

  it('lets a leader of two schools pick the school, kept in the address, and exports that school', async () => {
    // The demo's rektor also leads Fjordli skole for this test (decision 160).
    const db = j.server.db.owner;
    const rektor = await db
      .selectFrom('app_user')
      .select(['id', 'kommune_id'])
      .where('username', '=', 'rektor')
      .executeTakeFirstOrThrow();
    const fjordli = await db
      .selectFrom('school')
      .select('id')
      .where('name', '=', 'Fjordli skole')
      .where('kommune_id', '=', rektor.kommune_id)
      .executeTakeFirstOrThrow();
    await db
      .insertInto('role_assignment')
      .values({
        id: randomUUID(),
        kommune_id: rektor.kommune_id,
        user_id: rektor.id,
        role: 'skoleledelse',
        school_id: fjordli.id,
      })
      .execute();
    const page = await j.context.newPage();
    await page.goto(`${j.base}/gjennomganger/uke`);
    const heading = page.getByRole('heading', { level: 1, name: /^Ukegjennomgang – .+, uke 48$/ });
    await heading.waitFor();
    const picker = page.getByRole('combobox', { name: 'Skole' });
    const options = await picker.getByRole('option').allInnerTexts();
    expect(options).toContain('Fjordli skole');
    expect(options.length).toBe(2);
    // The school not shown: the default is the first by name.
    const shown = await heading.innerText();
    const first = options.find((o) => !shown.includes(o))!;
    await tabTo(page, picker);
    await picker.selectOption({ label: first });
    await tabTo(page, page.getByRole('button', { name: 'Vis skolen' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: `Ukegjennomgang – ${first}, uke 48` }).waitFor();
    expect(new URL(page.url()).searchParams.get('skole')).toMatch(/^[0-9a-f-]{36}$/);
    await expectNoAxeViolations(page, 'ukegjennomgangen med skolevalg');

    await tabTo(page, page.getByRole('button', { name: 'Last ned som regneark (XLSX)' }));
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const slug = first.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'a').split(' ')[0]!;
    expect(download.suggestedFilename()).toContain(slug);
    const rows: string[][] = [];
    await readXlsxRows(new Uint8Array(await readFile(await download.path())), UPLOAD_LIMITS, (_l, cells) =>
      rows.push(cells),
    );
    expect(rows.flat().join(' ')).toContain(first);

    // The other reviews open for the same school.
    await openFromList(page, 'Semestergjennomgang', new RegExp(`^Semestergjennomgang – ${first}`));
  });
});
