// Plans in the case (decision 064), on the real server with the demo municipality, keyboard first and axe
// on every step: the demo contact teacher opens Amir Haugen's level-0 case, makes a samarbeidsavtale, adds
// two measures from the measures bank in one click each, fills in sub-goals, responsibility, deadlines,
// plan B and both signatures, and saves. Activation is refused because the pupil's voice is missing; after
// a trusted person's statement is recorded (through the API), activation succeeds. The agreement prints as
// a PDF whose text holds both measures, the plan B and the signature lines.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { pdfText } from '../support/pdf-text';
import {
  e2eGate,
  tabTo as tabToTarget,
  expectNoAxeViolations,
  section,
  logInWithKeyboard,
  useJourney,
} from './browser';
import { fillHeard } from './heard';

const unavailable = e2eGate();

// The plan editor is long: up to 600 key presses to reach a field.
const tabTo = (page: Page, target: Locator, direction: 'forward' | 'backward' = 'forward') =>
  tabToTarget(page, target, direction, 600);

describe.skipIf(unavailable !== null)('browser journey: samarbeidsavtale i saken', () => {
  const j = useJourney({ now: '2026-11-24', context: { at: '2026-11-24T08:05:00+01:00', acceptDownloads: true } });

  /** A trusted person's statement, recorded through the API as the contact teacher in a session of its own. */
  async function recordStatement(caseId: string) {
    const login = await j.server.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'kontaktlaerer', password: 'naervaer-demo' },
    });
    expect(login.statusCode, login.body).toBe(200);
    const cookie = login.cookies.find((c) => c.name === 'naervaer_sid')!;
    const res = await j.server.app.inject({
      method: 'POST',
      url: `/api/cases/${caseId}/statements`,
      headers: { cookie: `naervaer_sid=${cookie.value}`, 'x-csrf-token': login.json().csrfToken },
      payload: {
        personName: 'Hanne Lie',
        relation: 'helsesykepleier',
        chosenByPupil: true,
        statement: 'Amir gruer seg til morgenen og vil møte en voksen han kjenner ved inngangen.',
        givenOn: '2026-11-24',
      },
    });
    expect(res.statusCode, res.body).toBe(201);
  }

  it('builds a samarbeidsavtale with measures from the bank, is refused without the pupil’s voice, activates after it and prints it', async () => {
    const page = await j.context.newPage();
    await logInWithKeyboard(page, j.base, 'kontaktlaerer');
    const mine = section(page, 'Mine saker');
    await expect.poll(() => mine.innerText()).toContain('Amir Haugen (9A)');
    await tabTo(page, mine.getByRole('link', { name: 'Amir Haugen (9A)' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/sak\/[^/]+$/);
    const caseId = page.url().split('/').pop()!;
    const plans = section(page, 'Planer');
    await expect.poll(() => plans.innerText()).toContain('Saken har ingen planer ennå.');
    await expectNoAxeViolations(page, 'saken uten planer');
    const notice = page.locator('.page-notice');

    // A new samarbeidsavtale, opened in place.
    await tabTo(page, plans.getByRole('combobox', { name: 'Type plan' }));
    await plans.getByRole('combobox', { name: 'Type plan' }).selectOption('samarbeidsavtale');
    await tabTo(page, plans.getByRole('button', { name: 'Lag plan' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => notice.innerText()).toContain('Samarbeidsavtale 24.11.2026 er laget som utkast.');
    await plans.getByRole('textbox', { name: 'Hovedmål' }).waitFor();
    expect(await plans.innerText()).toContain('Planen kan ikke aktiveres ennå:');
    await expectNoAxeViolations(page, 'ny samarbeidsavtale');

    await tabTo(page, plans.getByRole('textbox', { name: 'Status (beskrivelse av nåværende situasjon)' }));
    await page.keyboard.type('Amir har vært borte flere mandager og kommer ofte for sent.');
    await tabTo(page, plans.getByRole('textbox', { name: 'Hovedmål' }));
    await page.keyboard.type('Amir møter på skolen hver dag.');

    // Two measures from the bank, one click each, then edited to fit.
    for (const [query, title] of [
      ['Relasjonsbygging', 'Relasjonsbygging'],
      ['dialog skole-hjem', 'God dialog skole-hjem'],
    ] as const) {
      await tabTo(page, plans.getByRole('textbox', { name: 'Søk etter tiltak' }));
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type(query);
      await page.keyboard.press('Enter');
      const add = plans.getByRole('button', { name: `Legg til «${title}» i planen` });
      await tabTo(page, add);
      await page.keyboard.press('Enter');
    }
    await expectNoAxeViolations(page, 'samarbeidsavtale med tiltak fra tiltaksbanken');
    const row = (n: number) => plans.getByRole('group', { name: `rad ${n}`, exact: true });
    expect(await row(1).getByRole('textbox', { name: 'Tiltak' }).inputValue()).toBe('Relasjonsbygging');
    expect(await row(2).getByRole('textbox', { name: 'Tiltak' }).inputValue()).toBe('God dialog skole-hjem');
    const rows: [string, string, string][] = [
      ['Møte til første time', ' med kontaktlærer ved inngangen kl. 08.15', 'Kontaktlærer'],
      ['Foresatte og skolen snakker sammen hver uke', ': telefon hver fredag', 'Foresatte og kontaktlærer'],
    ];
    for (const [i, [subGoal, extra, responsible]] of rows.entries()) {
      await tabTo(page, row(i + 1).getByRole('textbox', { name: 'Delmål' }), 'backward');
      await page.keyboard.type(subGoal);
      await tabTo(page, row(i + 1).getByRole('textbox', { name: 'Tiltak' }));
      await page.keyboard.press('End');
      await page.keyboard.type(extra);
      await tabTo(page, row(i + 1).getByRole('textbox', { name: 'Ansvar' }));
      await page.keyboard.type(responsible);
      await row(i + 1)
        .getByLabel('Frist')
        .fill('2026-12-18');
    }
    await tabTo(page, plans.getByRole('textbox', { name: 'Plan B' }));
    await page.keyboard.type('Helsesykepleier ringer hjem kl. 08.45 og avtaler at Amir hentes.');
    await plans.getByLabel('Evalueringsdato').fill('2026-12-18');
    for (const [n, name, role] of [
      [1, 'Kari Haugen', 'foresatt'],
      [2, 'Kontaktlærer Demo', 'skole'],
    ] as const) {
      await tabTo(page, plans.getByRole('button', { name: `Legg til underskrift ${n}` }));
      await page.keyboard.press('Enter');
      const signature = plans.getByRole('group', { name: `underskrift ${n}`, exact: true });
      await tabTo(page, signature.getByRole('textbox', { name: 'Navn' }));
      await page.keyboard.type(name);
      await signature.getByRole('combobox', { name: 'Rolle' }).selectOption(role);
    }
    // Activating starts the measures: the pupil's views and the best interest go with it (decision 204).
    await fillHeard(
      page,
      {
        obtained: true,
        how: 'Samtale med eleven',
        views: 'Amir vil møte kontaktlæreren ved inngangen og ha en voksen å ringe om morgenen.',
        bestInterest: 'En trygg start på dagen og tett kontakt med hjemmet veier tyngst for Amir nå.',
      },
      plans,
    );
    await tabTo(page, plans.getByRole('button', { name: 'Lagre ny versjon' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => notice.innerText()).toContain('Planen er lagret som versjon 2.');
    await expectNoAxeViolations(page, 'utfylt samarbeidsavtale');

    // Refused: the pupil's voice is missing.
    await tabTo(page, plans.getByRole('button', { name: 'Aktiver planen' }));
    await page.keyboard.press('Enter');
    const refused = plans.locator('.ds-alert', { hasText: 'Planen ble ikke aktivert' });
    await expect.poll(() => refused.innerText()).toContain('Elevens stemme er ikke hørt i saken.');
    await expectNoAxeViolations(page, 'aktivering avvist');

    // A trusted person the pupil chose tells the team; the page is reloaded for the new facts.
    await recordStatement(caseId);
    await page.reload();
    await section(page, 'Planer').getByRole('button', { name: 'Åpne Samarbeidsavtale 24.11.2026' }).waitFor();
    await tabTo(page, section(page, 'Planer').getByRole('button', { name: 'Åpne Samarbeidsavtale 24.11.2026' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => section(page, 'Planer').innerText()).toContain('tillitsperson Hanne Lie');
    // The page was read again, so the record is written again before the plan activates.
    await fillHeard(
      page,
      {
        obtained: false,
        why: 'Amir ville ikke snakke med skolen om planen denne uken.',
        howSought: 'Kontaktlærer tilbød samtale, og Amir valgte Hanne Lie som tillitsperson.',
        bestInterest: 'Å komme i gang med en trygg start på dagen veier tyngst for Amir nå.',
      },
      section(page, 'Planer'),
    );
    await tabTo(page, section(page, 'Planer').getByRole('button', { name: 'Aktiver planen' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.page-notice').innerText()).toContain('Planen er aktivert.');
    await expect.poll(() => section(page, 'Planer').innerText()).toContain('Aktiv');
    await expectNoAxeViolations(page, 'aktiv samarbeidsavtale');
    // The record is kept with the plan (decision 204).
    await expect.poll(() => section(page, 'Planer').innerText()).toContain('Ved aktivering');
    expect(await section(page, 'Planer').innerText()).toContain('Amir ville ikke snakke med skolen om planen');

    // Printed: both measures, the plan B and the lines to sign on.
    await tabTo(page, section(page, 'Planer').getByRole('button', { name: 'Skriv ut (PDF)' }));
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const text = (await pdfText(new Uint8Array(await readFile(await download.path())))).replace(/\s+/g, ' ');
    for (const expected of [
      'Samarbeidsavtale 24.11.2026',
      'Amir Haugen',
      'Relasjonsbygging med kontaktlærer ved inngangen kl. 08.15',
      'God dialog skole-hjem: telefon hver fredag',
      'Plan B',
      'Helsesykepleier ringer hjem kl. 08.45',
      'Underskrifter',
      'Sted og dato',
      'Foresatt: Kari Haugen',
      'Skolen: Kontaktlærer Demo',
    ]) {
      expect(text).toContain(expected);
    }

    // The versions: the draft, the filled-in agreement and the activation.
    await tabTo(page, section(page, 'Planer').getByRole('button', { name: 'Vis versjoner' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => section(page, 'Planer').innerText()).toContain('Versjon 3 (Aktiv)');
    expect(await section(page, 'Planer').innerText()).toContain('Plan B: lagt til «Helsesykepleier ringer hjem');
    await expectNoAxeViolations(page, 'versjoner');
  });
});
