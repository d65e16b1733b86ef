// Issue 7's acceptance journey, from mapping to plan, on the real server with the demo municipality,
// keyboard first and axe on every step: the demo contact teacher plans an undringssamtale with Amir Haugen
// (level 0) and fills the årsakskartlegging with him in it — the cards «Engstelig» and «Noe på skolen
// kjennes vanskelig», the utdyping «Gym – skifte i garderobe». The measures bank suggests what fits, among
// it «Mulighet for å skifte i egen garderobe»; the teacher builds a samarbeidsavtale with two suggested
// measures and a plan B. Activation is refused: the årsakskartlegging maps causes, it is not the pupil's
// view of the measures (004 §3). The teacher fills the checklist for the pupil conversation with Amir in the
// same meeting, and activation succeeds. The agreement prints as a PDF whose text holds both measures, the
// plan B and the signature lines; the meeting gets its minutes.
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

const MEETING = 'Undringssamtale med eleven 24.11.2026';
const GARDEROBE = 'Mulighet for å skifte i egen garderobe';
const KLASSEROM = 'Møte kontaktlærer i klasserommet utenom skoletid';

describe.skipIf(unavailable !== null)('browser journey: fra årsakskartlegging til samarbeidsavtale', () => {
  // A Tuesday in the demo skolerute; Amir's demo case stands at level 0.
  const j = useJourney({ now: '2026-11-24', context: { at: '2026-11-24T08:05:00+01:00', acceptDownloads: true } });

  /** Chooses a form in «Kartlegging», opens it, links it to the undringssamtale and leaves the filler open. */
  async function openForm(page: Page, formId: string, title: string): Promise<Locator> {
    const kartlegging = section(page, 'Kartlegging');
    const choose = kartlegging.getByRole('combobox', { name: 'Skjema' });
    await tabTo(page, choose);
    await choose.selectOption(formId);
    await tabTo(page, kartlegging.getByRole('button', { name: 'Fyll ut', exact: true }));
    await page.keyboard.press('Enter');
    const filler = page.getByRole('form', { name: title });
    await filler.waitFor();
    expect(await filler.getByRole('combobox', { name: 'Fylt ut' }).inputValue()).toBe('elev');
    const meeting = filler.getByRole('combobox', { name: 'Møte (valgfritt)' });
    await tabTo(page, meeting);
    await meeting.selectOption({ label: MEETING });
    return filler;
  }

  it('maps the causes with Amir, takes measures from the bank’s suggestions, hears Amir on them, activates and prints the agreement', async () => {
    const page = await j.context.newPage();
    await logInWithKeyboard(page, j.base, 'kontaktlaerer');
    const mine = section(page, 'Mine saker');
    await expect.poll(() => mine.innerText()).toContain('Amir Haugen (9A)');
    await tabTo(page, mine.getByRole('link', { name: 'Amir Haugen (9A)' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/sak\/[^/]+$/);
    await page.getByRole('heading', { level: 1, name: 'Sak for Amir Haugen' }).waitFor();
    const notice = page.locator('.page-notice');
    const kartlegging = section(page, 'Kartlegging');
    const plans = section(page, 'Planer');
    await expect.poll(() => kartlegging.innerText()).toContain('Elevens stemme er ikke hørt ennå');
    await expectNoAxeViolations(page, 'saken');

    // The undringssamtale with Amir is planned for today.
    const meetings = section(page, 'Møter');
    await tabTo(page, meetings.getByRole('button', { name: 'Planlegg møte' }));
    await page.keyboard.press('Enter');
    const meetingForm = page.getByRole('form', { name: 'Planlegg møte' });
    expect(await meetingForm.getByRole('combobox', { name: 'Type møte' }).inputValue()).toBe('undringssamtale-elev');
    await tabTo(page, meetingForm.getByRole('textbox', { name: 'Deltakere' }));
    await page.keyboard.type('Amir Haugen');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Kontaktlærer Demo');
    await tabTo(page, meetingForm.getByRole('textbox', { name: 'Agenda' }));
    await page.keyboard.type('Hvordan har Amir det på skolen? Årsakskartlegging med kortene.');
    await expectNoAxeViolations(page, 'undringssamtalen planlegges');
    await tabTo(page, meetingForm.getByRole('button', { name: 'Lagre møtet' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => notice.innerText()).toContain('Møtet er planlagt.');
    await expect.poll(() => meetings.innerText()).toContain('Undringssamtale med eleven · 24.11.2026');

    // In the conversation Amir lays two cards on the table and ticks the changing room in gym.
    const mapping = await openForm(page, 'arsakskartlegging', 'Årsakskartlegging');
    for (const card of ['Engstelig', 'Noe på skolen kjennes vanskelig']) {
      const box = mapping.getByRole('checkbox', { name: card, exact: true });
      await tabTo(page, box);
      await page.keyboard.press('Space');
      expect(await box.isChecked()).toBe(true);
    }
    const gym = mapping.getByRole('checkbox', { name: 'Gym – skifte i garderobe', exact: true });
    await tabTo(page, gym);
    await page.keyboard.press('Space');
    expect(await gym.isChecked()).toBe(true);
    await expectNoAxeViolations(page, 'årsakskartleggingen utfylt');
    await tabTo(page, mapping.getByRole('button', { name: 'Lagre skjema' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => notice.innerText()).toContain('Skjemaet er lagret i saken.');
    await expect.poll(() => kartlegging.innerText()).toContain(`i møtet ${MEETING}`);
    // The mapping is not the pupil's view of the measures (004 §3).
    expect(await kartlegging.innerText()).toContain('Elevens stemme er ikke hørt ennå');
    await expectNoAxeViolations(page, 'saken med årsakskartleggingen');

    // A samarbeidsavtale: the bank suggests from the mapping, each suggestion with what it fits.
    await tabTo(page, plans.getByRole('combobox', { name: 'Type plan' }));
    await plans.getByRole('combobox', { name: 'Type plan' }).selectOption('samarbeidsavtale');
    await tabTo(page, plans.getByRole('button', { name: 'Lag plan' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => notice.innerText()).toContain('Samarbeidsavtale 24.11.2026 er laget som utkast.');
    const suggestions = plans.getByRole('list', { name: 'Forslag fra årsakskartleggingen (24.11.2026)' });
    await expect.poll(() => suggestions.innerText()).toContain(GARDEROBE);
    const garderobe = suggestions.getByRole('listitem').filter({ hasText: GARDEROBE });
    expect(await garderobe.innerText()).toContain(
      'Passer til: Gym – skifte i garderobe, Noe på skolen kjennes vanskelig',
    );
    expect(await suggestions.getByRole('listitem').filter({ hasText: KLASSEROM }).innerText()).toContain(
      'Passer til: Engstelig, Noe på skolen kjennes vanskelig',
    );
    const add = suggestions.getByRole('button', { name: `Legg til «${GARDEROBE}» i planen` });
    expect(await add.getAttribute('aria-describedby').then((id) => page.locator(`#${id}`).innerText())).toBe(
      'Passer til: Gym – skifte i garderobe, Noe på skolen kjennes vanskelig',
    );
    expect(await suggestions.getByRole('listitem').count()).toBe(10);
    await tabTo(page, plans.getByRole('button', { name: /^Vis alle \d+ forslag$/ }));
    await page.keyboard.press('Enter');
    await expect.poll(() => suggestions.getByRole('listitem').count()).toBeGreaterThan(10);
    await expectNoAxeViolations(page, 'samarbeidsavtale med forslag fra årsakskartleggingen');

    await tabTo(page, plans.getByRole('textbox', { name: 'Status (beskrivelse av nåværende situasjon)' }));
    await page.keyboard.type('Amir er borte på tirsdager og gruer seg til kroppsøving.');
    await tabTo(page, plans.getByRole('textbox', { name: 'Hovedmål' }));
    await page.keyboard.type('Amir møter på skolen hver dag, også tirsdager.');

    // Two suggestions, one click each; focus lands in the new row's text.
    for (const [n, title] of [
      [1, GARDEROBE],
      [2, KLASSEROM],
    ] as const) {
      await tabTo(page, suggestions.getByRole('button', { name: `Legg til «${title}» i planen` }));
      await page.keyboard.press('Enter');
      const measure = plans
        .getByRole('group', { name: `rad ${n}`, exact: true })
        .getByRole('textbox', { name: 'Tiltak' });
      await expect.poll(() => measure.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await measure.inputValue()).toBe(title);
    }
    await expectNoAxeViolations(page, 'samarbeidsavtale med to foreslåtte tiltak');
    const row = (n: number) => plans.getByRole('group', { name: `rad ${n}`, exact: true });
    const rows: [string, string, string][] = [
      ['Amir deltar i kroppsøving', ' før timen, fra tirsdag 1. desember', 'Faglærer i kroppsøving'],
      ['Amir kjenner seg trygg på skolen', ' mandag ettermiddag', 'Kontaktlærer'],
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
    await page.keyboard.type('Kan ikke Amir skifte alene, går han tur med en voksen i kroppsøvingstimen.');
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

    // Refused: the case does not yet hold Amir's own view of the measures.
    await tabTo(page, plans.getByRole('button', { name: 'Aktiver planen' }));
    await page.keyboard.press('Enter');
    const refused = plans.locator('.ds-alert', { hasText: 'Planen ble ikke aktivert' });
    await expect.poll(() => refused.innerText()).toContain('Elevens stemme er ikke hørt i saken.');
    await expectNoAxeViolations(page, 'aktivering avvist');

    // Still in the undringssamtale: Amir says what he thinks of the measures (the checklist for the pupil conversation).
    const talk = await openForm(page, 'sjekkliste-elevsamtale', 'Sjekkliste for elevsamtalen');
    await tabTo(
      page,
      talk.getByRole('textbox', { name: 'Elevens ønsker og mål for hvordan skolesituasjonen skal være?' }),
    );
    await page.keyboard.type('Amir vil være med i kroppsøving når han slipper å skifte sammen med de andre.');
    await tabTo(page, talk.getByRole('textbox', { name: 'Forslag til tiltak' }));
    await page.keyboard.type(
      'Egen garderobe er greit. Han vil gjerne hilse på kontaktlæreren i klasserommet mandag ettermiddag.',
    );
    await expectNoAxeViolations(page, 'elevsamtalen utfylt');
    await tabTo(page, talk.getByRole('button', { name: 'Lagre skjema' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => notice.innerText()).toContain('Skjemaet er lagret i saken.');
    await expect.poll(() => kartlegging.innerText()).toContain('Elevens stemme er hørt');
    await expectNoAxeViolations(page, 'saken med elevens stemme');

    // Now the agreement activates.
    await tabTo(page, plans.getByRole('button', { name: 'Aktiver planen' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => notice.innerText()).toContain('Planen er aktivert.');
    await expect.poll(() => plans.innerText()).toContain('Aktiv');
    await expectNoAxeViolations(page, 'aktiv samarbeidsavtale');

    // Printed: both measures, the plan B and the lines to sign on.
    await tabTo(page, plans.getByRole('button', { name: 'Skriv ut (PDF)' }));
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const text = (await pdfText(new Uint8Array(await readFile(await download.path())))).replace(/\s+/g, ' ');
    for (const expected of [
      'Samarbeidsavtale 24.11.2026',
      'Amir Haugen',
      `${GARDEROBE} før timen, fra tirsdag 1. desember`,
      `${KLASSEROM} mandag ettermiddag`,
      'Plan B',
      'Kan ikke Amir skifte alene, går han tur med en voksen i kroppsøvingstimen.',
      'Underskrifter',
      'Sted og dato',
      'Foresatt: Kari Haugen',
      'Skolen: Kontaktlærer Demo',
    ]) {
      expect(text).toContain(expected);
    }

    // The undringssamtale gets its minutes.
    const meeting = meetings.locator('li.meeting', { hasText: 'Undringssamtale med eleven · 24.11.2026' });
    await tabTo(
      page,
      meeting.getByRole('button', { name: 'Skriv referat – Undringssamtale med eleven 24.11.2026' }),
      'backward',
    );
    await page.keyboard.press('Enter');
    const minutes = meeting.getByRole('textbox', { name: 'Referat' });
    await tabTo(page, minutes);
    await page.keyboard.type(
      'Årsakskartlegging og elevsamtale med Amir. Samarbeidsavtale med egen garderobe og møte med kontaktlærer, evaluering 18.12.',
    );
    await expectNoAxeViolations(page, 'referat fra undringssamtalen');
    await tabTo(page, meeting.getByRole('button', { name: 'Lagre referatet' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => notice.innerText()).toContain('Referatet er lagret.');
    await expect.poll(() => meetings.innerText()).toContain('Holdt 24.11.2026');
    await expectNoAxeViolations(page, 'undringssamtalen med referat');
  }, 240_000); // the longest single journey: 68 s on a quiet machine, over the default 90 s under CI's load
});
