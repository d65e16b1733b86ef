// Issue 22 item 3 on screen (decision 223): Henrik's case is closed by his contact teacher, which makes its Noark 5
// extract; the school leader (rektor) finds it on «Arkivuttrekk», downloads it (a tar holding arkivstruktur.xml and
// the structure and the journals), marks it handed over to the kommune's archive, makes an extract of the school's
// period, and under the closed case makes one more on demand (decision 235) — by keyboard, axe on each screen, at 1366 × 900 and 390 × 844. Screenshots go to /tmp/archive-shots (looked at by hand).
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/server/demo/generate';
import { HEARD } from '../../src/domain/ladder/testing';
import { e2eGate, expectNoAxeViolations, logInWithKeyboard, section, tabTo, useJourney, demoApi } from './browser';

const unavailable = e2eGate();
const AT = '2026-11-24T13:05:00+01:00';
const SHOTS = '/tmp/archive-shots';

/** The names of the files in a ustar archive, read from its 512-byte headers. */
function tarNames(tar: Uint8Array): string[] {
  const names: string[] = [];
  const text = new TextDecoder();
  for (let at = 0; at + 512 <= tar.length; ) {
    const header = tar.subarray(at, at + 512);
    if (header.every((b) => b === 0)) break;
    const field = (from: number, length: number) =>
      text.decode(header.subarray(from, from + length)).replace(/\0.*$/s, '');
    const prefix = field(345, 155);
    names.push(prefix ? `${prefix}/${field(0, 100)}` : field(0, 100));
    const size = parseInt(field(124, 12).trim() || '0', 8);
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return names;
}

describe.skipIf(unavailable !== null)('browser journey: arkivuttrekk av en avsluttet sak', () => {
  const j = useJourney({
    now: '2026-11-24',
    context: false,
    contexts: {
      leader: { at: AT, acceptDownloads: true, viewport: { width: 1366, height: 900 } },
      phone: { at: AT, viewport: { width: 390, height: 844 } },
    },
  });

  const as = (username: string) => demoApi(j.server, username);

  async function openArchive(page: Page) {
    await tabTo(page, page.getByRole('link', { name: 'Arkivuttrekk', exact: true }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/arkiv$/);
    await page.getByRole('heading', { level: 1, name: 'Arkivuttrekk' }).waitFor();
  }

  it('the case closed by the teacher is on «Arkivuttrekk», downloaded, handed over, and a period extract is made', async () => {
    mkdirSync(SHOTS, { recursive: true });
    // Set-up as a user would have it: Henrik's contact teacher opens a case and closes it, heard as the law asks.
    const guardianApi = await as('foresatt');
    const henrik = (await guardianApi('GET', '/api/my-children')).children.find(
      (c: { firstName: string }) => c.firstName === 'Henrik',
    );
    const teacherApi = await as('kontaktlaerer');
    const { id: caseId } = await teacherApi('POST', '/api/cases', {
      pupilId: henrik.id,
      from: 'undring',
      reason: 'Borte mange mandager i høst.',
    });
    const { version } = await teacherApi('GET', `/api/cases/${caseId}`);
    await teacherApi('POST', `/api/cases/${caseId}/actions`, {
      action: {
        type: 'close',
        summary: 'Henrik er tilbake i full skolegang etter samtalen med hjemmet.',
        heard: HEARD,
      },
      version,
    });

    // 1. The leader finds the extract made on closing, not yet handed over.
    const leader = await j.contexts.leader.newPage();
    await logInWithKeyboard(leader, j.base, 'rektor', DEMO_PASSWORD, { waitForRoles: true });
    await openArchive(leader);
    const list = section(leader, 'Skolens arkivuttrekk');
    const card = list.getByRole('listitem').filter({ hasText: 'Saken til Henrik Fjell' });
    await card.waitFor();
    const cardText = await card.innerText();
    expect(cardText).toContain('laget da saken ble avsluttet');
    expect(cardText).toContain('Ikke overført');
    expect(cardText).toMatch(/\b[0-9a-f]{64}\b/);
    expect(cardText).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    await expectNoAxeViolations(leader, 'arkivuttrekk');
    await leader.screenshot({ path: `${SHOTS}/1-arkiv-1366.png`, fullPage: true });

    // 2. Download: one tar file with the structure, the journals, the change log and the description.
    await tabTo(leader, card.getByRole('button', { name: /^Last ned arkivuttrekket laget/ }));
    const [download] = await Promise.all([leader.waitForEvent('download'), leader.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/\.tar$/);
    const names = tarNames(new Uint8Array(await readFile(await download.path())));
    for (const file of [
      'arkivstruktur.xml',
      'loependeJournal.xml',
      'offentligJournal.xml',
      'endringslogg.xml',
      'arkivuttrekk.xml',
    ])
      expect(
        names.some((n) => n.endsWith(file)),
        `${file} in ${names.join(', ')}`,
      ).toBe(true);
    // The case holds no letters or minutes, so no PDFs: the integration test (archive-extract) checks the documents.

    // 3. Marked handed over today to the kommune's archive, named (decision 237): the card says so, with the
    // Norwegian date.
    await tabTo(leader, card.getByLabel('Arkivet det ble levert til (valgfritt)'));
    await leader.keyboard.type('IKA Testdal');
    await tabTo(leader, card.getByRole('button', { name: 'Merk som overført' }));
    await leader.keyboard.press('Enter');
    await expect
      .poll(() => leader.getByRole('status').first().innerText())
      .toContain('Arkivuttrekket er merket som overført til arkivet 24.11.2026.');
    await expect.poll(() => card.innerText()).toMatch(/Overført 24\.11\.2026 av .+ til IKA Testdal/);

    // 4. An extract of the school's period since the school year began holds the closed case.
    const period = section(leader, 'Arkivuttrekk for en periode');
    await tabTo(leader, period.getByRole('button', { name: 'Lag arkivuttrekk' }));
    await leader.keyboard.press('Enter');
    await expect
      .poll(() => leader.getByRole('status').first().innerText())
      .toMatch(/Arkivuttrekket er laget med \d+ dokumenter\./);
    await list.getByRole('listitem').filter({ hasText: 'saker avsluttet 01.08.2026–24.11.2026 (1 sak)' }).waitFor();
    await expectNoAxeViolations(leader, 'arkivuttrekk etter overføring');

    // 5. Under the closed case (decision 235): the extracts holding it, and a new one made on demand.
    await leader.goto(`${j.base}/sak/${caseId}`);
    const held = section(leader, 'Arkivuttrekk');
    await held.getByRole('listitem').nth(1).waitFor();
    // The journey's clock stands still, so both were made the same minute: in either order.
    const before = await held.getByRole('listitem').allInnerTexts();
    expect(before).toHaveLength(2);
    expect(before).toEqual(
      expect.arrayContaining([
        expect.stringContaining('saker avsluttet 01.08.2026–24.11.2026 (1 sak)'),
        expect.stringContaining('Overført 24.11.2026'),
      ]),
    );
    await tabTo(leader, held.getByRole('button', { name: 'Lag nytt arkivuttrekk av saken' }));
    await leader.keyboard.press('Enter');
    await held.getByText(/^Arkivuttrekket er laget med \d+ dokument/).waitFor();
    await expect.poll(() => held.getByRole('listitem').count()).toBe(3);
    const after = await held.getByRole('listitem').allInnerTexts();
    expect(after.filter((text) => text.includes('Saken til Henrik Fjell'))).toHaveLength(2);
    await expectNoAxeViolations(leader, 'arkivuttrekk under saken');
    await held.screenshot({ path: `${SHOTS}/3-sak-1366.png` });

    // 6. The same screens on a phone.
    const phone = await j.contexts.phone.newPage();
    await logInWithKeyboard(phone, j.base, 'rektor', DEMO_PASSWORD, { waitForRoles: true });
    await phone.goto(`${j.base}/arkiv`);
    await section(phone, 'Skolens arkivuttrekk').getByText('Saken til Henrik Fjell').first().waitFor();
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'the page scrolls sideways on a phone').toBeLessThanOrEqual(0);
    await expectNoAxeViolations(phone, 'arkivuttrekk på mobil');
    await phone.screenshot({ path: `${SHOTS}/2-arkiv-390.png`, fullPage: true });
    await phone.goto(`${j.base}/sak/${caseId}`);
    const onPhone = section(phone, 'Arkivuttrekk');
    await onPhone.getByRole('button', { name: 'Lag nytt arkivuttrekk av saken' }).waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await onPhone.screenshot({ path: `${SHOTS}/4-sak-390.png` });
  }, 300_000);
});
