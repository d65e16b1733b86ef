// «A safe school first» (issue 21 item 3, decisions 187–189), on the real server with the demo municipality,
// keyboard first and axe on every page: the contact teacher records an observation of bullying on Henrik Fjell
// (9A, Nærvik) and ticks «Gjelder krenkelser, mobbing, vold eller trakassering» — the aktivitetsplikt opens; the
// school leader finds it in «Innboks» and on the board («Saker») with «Aktivitetsplan mangler», records the
// investigation, makes the aktivitetsplan (refused first without the law's elements, each named at its field)
// and prints it: the PDF, read back, holds the problem, each measure with when and who, the evaluation date and
// the family's right to go to the Statsforvalteren. Then «Send til foresatte» (decision 211): the demo guardian, on
// a phone (390 × 844), finds the plan under «Skolemiljø» on Henrik's page — and not the pupil's own words.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { pdfText } from '../support/pdf-text';
import { DEMO_PASSWORD } from '../../src/server/demo/generate';
import { e2eGate, expectNoAxeViolations, logInWithKeyboard, section, tabTo, useJourney } from './browser';

const unavailable = e2eGate();
const hasFocus = (target: Locator) => target.evaluate((el) => el === document.activeElement);

describe.skipIf(unavailable !== null)('browser journey: aktivitetsplikt – skolemiljø', () => {
  const j = useJourney({
    now: '2026-11-24',
    context: false,
    contexts: {
      teacher: { at: '2026-11-24T09:05:00+01:00' },
      leader: { at: '2026-11-24T09:05:00+01:00', acceptDownloads: true },
      guardian: { at: '2026-11-24T09:05:00+01:00', viewport: { width: 390, height: 844 } },
    },
  });
  const logIn = (page: Page, who: string) =>
    logInWithKeyboard(page, j.base, who, DEMO_PASSWORD, { waitForRoles: true });

  /** Henrik's id, read as the teacher through the API (the journey starts on his page). */
  async function henrikId(): Promise<string> {
    const login = await j.server.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'kontaktlaerer', password: DEMO_PASSWORD },
    });
    const cookie = login.cookies.find((c) => c.name === 'naervaer_sid')!;
    const headers = { cookie: `naervaer_sid=${cookie.value}` };
    const classes = (await j.server.app.inject({ method: 'GET', url: '/api/classes', headers })).json().classes as {
      id: string;
      name: string;
    }[];
    const ninthA = classes.find((c) => c.name === '9A')!;
    const pupils = (
      await j.server.app.inject({ method: 'GET', url: `/api/classes/${ninthA.id}/pupils`, headers })
    ).json().pupils as { id: string; firstName: string; lastName: string }[];
    return pupils.find((p) => p.firstName === 'Henrik' && p.lastName === 'Fjell')!.id;
  }

  it('an observation of bullying opens the aktivitetsplikt; the leader sees it on the board, makes the plan and prints it', async () => {
    // 1. The contact teacher records what she saw, and ticks that it is bullying.
    const teacher = await j.contexts.teacher.newPage();
    await logIn(teacher, 'kontaktlaerer');
    await teacher.goto(`${j.base}/elev/${await henrikId()}`);
    await teacher.getByRole('heading', { level: 1, name: 'Henrik Fjell' }).waitFor();
    const matters = section(teacher, 'Skolemiljøsak – aktivitetsplikt');
    await expect.poll(() => matters.innerText()).toContain('Eleven har ingen skolemiljøsak.');
    await expectNoAxeViolations(teacher, 'elevsiden uten skolemiljøsak');
    const observations = section(teacher, 'Observasjoner');
    await tabTo(teacher, observations.getByRole('button', { name: 'Ny observasjon' }));
    await teacher.keyboard.press('Enter');
    const kind = observations.getByRole('combobox', { name: 'Hva har du observert' });
    await expect.poll(() => hasFocus(kind)).toBe(true);
    await tabTo(teacher, observations.getByRole('textbox', { name: 'Beskrivelse' }));
    await teacher.keyboard.type('Henrik ble kalt stygge ting og dyttet i garderoben etter gymmen av tre elever.');
    const tick = observations.getByRole('checkbox', { name: 'Gjelder krenkelser, mobbing, vold eller trakassering' });
    await tabTo(teacher, tick);
    await teacher.keyboard.press('Space');
    expect(await tick.isChecked()).toBe(true);
    await expectNoAxeViolations(teacher, 'observasjon med avkrysning for krenkelser');
    await tabTo(teacher, observations.getByRole('button', { name: 'Lagre observasjonen' }));
    await teacher.keyboard.press('Enter');
    await expect
      .poll(() => teacher.locator('.page-notice').innerText())
      .toContain('Aktivitetsplikten er startet, og skoleledelsen er varslet.');
    await expect.poll(() => matters.innerText()).toContain('Åpne skolemiljøsaken fra 24.11.2026');
    expect(await matters.innerText()).toContain('Aktivitetsplan mangler');
    await expectNoAxeViolations(teacher, 'elevsiden med åpen skolemiljøsak');

    // 2. The school leader: told in «Innboks», and the board lists it with what it lacks.
    const leader = await j.contexts.leader.newPage();
    await logIn(leader, 'rektor');
    await leader.goto(`${j.base}/innboks`);
    const item = leader.locator('.inbox-list li').filter({ hasText: 'En skolemiljøsak er startet (aktivitetsplikt)' });
    await expect.poll(() => item.innerText()).toContain('Gjelder Henrik Fjell, 9A, Nærvik ungdomsskole.');
    await expectNoAxeViolations(leader, 'rektors innboks med skolemiljøsak');
    await tabTo(leader, leader.getByRole('link', { name: 'Sakstavle', exact: true }));
    await leader.keyboard.press('Enter');
    await leader.waitForURL(/\/saker$/);
    const board = section(leader, 'Skolemiljøsaker');
    const card = board.getByRole('link', { name: 'Henrik Fjell (9A)' });
    await card.waitFor();
    expect(await board.innerText()).toContain('Aktivitetsplan mangler');
    expect(await board.innerText()).toContain('Ikke undersøkt');
    await expectNoAxeViolations(leader, 'saksoversikten med skolemiljøsak');
    await tabTo(leader, card);
    await leader.keyboard.press('Enter');
    await leader.waitForURL(/\/skolemiljo\/[^/]+$/);
    await leader.getByRole('heading', { level: 1, name: 'Aktivitetsplikt – skolemiljø: Henrik Fjell' }).waitFor();
    expect(await section(leader, 'Hva som er meldt').innerText()).toContain('dyttet i garderoben');
    await expectNoAxeViolations(leader, 'skolemiljøsaken');
    const notice = leader.locator('.page-notice');

    // 3. Investigated.
    const steps = section(leader, 'Trinn');
    await tabTo(leader, steps.getByRole('button', { name: 'Før et trinn' }));
    await leader.keyboard.press('Enter');
    await expect.poll(() => hasFocus(steps.getByRole('combobox', { name: 'Trinn' }))).toBe(true);
    await tabTo(leader, steps.getByRole('textbox', { name: 'Hva ble gjort eller funnet' }));
    await leader.keyboard.type('Samtaler med Henrik og tre medelever: utestenging og slag i garderoben over tre uker.');
    await tabTo(leader, steps.getByRole('button', { name: 'Lagre trinnet' }));
    await leader.keyboard.press('Enter');
    await expect.poll(() => notice.innerText()).toContain('Trinnet er lagret.');
    await expect.poll(() => steps.innerText()).toContain('Undersøkt: 24.11.2026');

    // 4. The aktivitetsplan: refused without the law's elements, then made.
    const plan = section(leader, 'Aktivitetsplan');
    await tabTo(leader, plan.getByRole('button', { name: 'Lag aktivitetsplan' }));
    await leader.keyboard.press('Enter');
    const problem = plan.getByRole('textbox', { name: 'Hvilket problem tiltakene skal løse' });
    await expect.poll(() => hasFocus(problem)).toBe(true);
    await tabTo(leader, plan.getByRole('button', { name: 'Lagre aktivitetsplanen' }));
    await leader.keyboard.press('Enter');
    await expect.poll(() => hasFocus(problem)).toBe(true);
    expect(await plan.innerText()).toContain('Fyll ut det loven krever');
    await expectNoAxeViolations(leader, 'aktivitetsplan med mangler');
    await leader.keyboard.type('Henrik blir holdt utenfor og plaget i garderoben etter kroppsøving.');
    await tabTo(leader, plan.getByRole('textbox', { name: 'Tiltak', exact: true }));
    await leader.keyboard.type('Voksen til stede i garderoben etter hver gymtime');
    await tabTo(leader, plan.getByRole('textbox', { name: 'Når tiltaket gjennomføres' }));
    await leader.keyboard.type('Fra 25.11.2026, hver tirsdag og torsdag');
    await tabTo(leader, plan.getByRole('textbox', { name: 'Ansvarlig' }));
    await leader.keyboard.type('Inspektør Berg');
    const evaluation = plan.getByRole('textbox', { name: 'Når tiltakene skal evalueres' });
    await tabTo(leader, evaluation);
    await evaluation.fill('2026-12-08');
    await tabTo(leader, plan.getByRole('textbox', { name: 'Elevens syn' }));
    await leader.keyboard.type('Henrik vil ha en voksen han kjenner i nærheten.');
    await tabTo(leader, plan.getByRole('button', { name: 'Lagre aktivitetsplanen' }));
    await leader.keyboard.press('Enter');
    await expect.poll(() => notice.innerText()).toContain('Aktivitetsplanen er lagret.');
    await expect.poll(() => plan.innerText()).toContain('Inspektør Berg');
    expect(await plan.innerText()).toContain('evalueres 08.12.2026');
    await expectNoAxeViolations(leader, 'skolemiljøsaken med aktivitetsplan');

    // 5. Printed: every element the law requires, and the Statsforvalteren notice, read back from the PDF.
    await tabTo(leader, plan.getByRole('button', { name: 'Skriv ut aktivitetsplanen (PDF)' }));
    const [download] = await Promise.all([leader.waitForEvent('download'), leader.keyboard.press('Enter')]);
    const text = (await pdfText(new Uint8Array(await readFile(await download.path())))).replace(/\s+/g, ' ');
    for (const expected of [
      'Aktivitetsplan',
      'Henrik Fjell',
      'Hvilket problem tiltakene skal løse',
      'Henrik blir holdt utenfor og plaget i garderoben etter kroppsøving.',
      'Voksen til stede i garderoben etter hver gymtime',
      'Fra 25.11.2026, hver tirsdag og torsdag',
      'Inspektør Berg',
      'Når tiltakene skal evalueres',
      '08.12.2026',
      'Dere kan melde saken til Statsforvalteren',
    ])
      expect(text, expected).toContain(expected);

    // 6. The board no longer says the plan is missing.
    await leader.goto(`${j.base}/saker`);
    const after = section(leader, 'Skolemiljøsaker');
    await after.getByRole('link', { name: 'Henrik Fjell (9A)' }).waitFor();
    expect(await after.innerText()).not.toContain('Aktivitetsplan mangler');
    expect(await after.innerText()).toContain('Evalueres 08.12.2026');
  });

  it('«Send til foresatte» puts the aktivitetsplan on the guardian’s page, read on a phone', async () => {
    // The leader's browser is still logged in from the journey above.
    const leader = await j.contexts.leader.newPage();
    const login = await j.server.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'rektor', password: DEMO_PASSWORD },
    });
    const cookie = login.cookies.find((c) => c.name === 'naervaer_sid')!;
    const matters = (
      await j.server.app.inject({
        method: 'GET',
        url: `/api/pupils/${await henrikId()}/school-environment`,
        headers: { cookie: `naervaer_sid=${cookie.value}` },
      })
    ).json().matters as { id: string }[];
    await leader.goto(`${j.base}/skolemiljo/${matters[0]!.id}`);
    await leader.getByRole('heading', { level: 1, name: 'Aktivitetsplikt – skolemiljø: Henrik Fjell' }).waitFor();
    const plan = section(leader, 'Aktivitetsplan');
    await tabTo(leader, plan.getByRole('button', { name: 'Send til foresatte – Aktivitetsplan' }));
    await leader.keyboard.press('Enter');
    await expect
      .poll(() => leader.locator('.page-notice').innerText())
      .toMatch(/Sendt til \d+ foresatte? i Nærvær og ført i kontaktloggen\./);
    await expect.poll(() => plan.innerText()).toContain('Sendt til foresatte i Nærvær 24.11.2026');
    await expectNoAxeViolations(leader, 'skolemiljøsaken etter «Send til foresatte»');

    const home = await j.contexts.guardian.newPage();
    await logInWithKeyboard(home, j.base, 'foresatt', DEMO_PASSWORD, { axe: true });
    await tabTo(home, home.getByRole('link', { name: 'Se oppfølgingen av Henrik' }));
    await home.keyboard.press('Enter');
    await home.waitForURL(/\/barn\/[^/]+$/);
    await home.getByRole('heading', { level: 1, name: 'Henrik Fjell' }).waitFor();
    const safe = section(home, 'Skolemiljø');
    await expect.poll(() => safe.innerText()).toContain('Aktivitetsplan fra 24.11.2026');
    const text = await safe.innerText();
    for (const expected of [
      'Henrik blir holdt utenfor og plaget i garderoben etter kroppsøving.',
      'Voksen til stede i garderoben etter hver gymtime',
      'Fra 25.11.2026, hver tirsdag og torsdag',
      'Inspektør Berg',
      'Skolen evaluerer tiltakene 08.12.2026.',
      'Dere kan melde saken til Statsforvalteren',
    ])
      expect(text, expected).toContain(expected);
    // The pupil's own words in the plan, and what the investigation found, stay with the school.
    expect(await home.locator('main').innerText()).not.toContain('Henrik vil ha en voksen han kjenner');
    expect(await home.locator('main').innerText()).not.toContain('Samtaler med Henrik og tre medelever');
    await expectNoAxeViolations(home, 'barnets side med aktivitetsplanen');
    await home.screenshot({ path: '/tmp/i21-safe2-guardian-390.png', fullPage: true });
  });

  it('closing the matter makes its archive extract, shown under the matter, and one more is made on demand (decisions 234–235)', async () => {
    const leader = j.contexts.leader.pages().at(-1)!; // on the matter, from the step above
    const steps = section(leader, 'Trinn');
    await tabTo(leader, steps.getByRole('button', { name: 'Før et trinn' }));
    await leader.keyboard.press('Enter');
    await steps.getByRole('combobox', { name: 'Trinn' }).selectOption({ label: 'Avsluttet' });
    await tabTo(leader, steps.getByRole('textbox', { name: 'Hva ble gjort eller funnet' }));
    await leader.keyboard.type('Evaluert med Henrik og hjemmet: plagingen har stoppet, tiltakene er avsluttet.');
    await tabTo(leader, steps.getByRole('button', { name: 'Lagre trinnet' }));
    await leader.keyboard.press('Enter');
    await expect.poll(() => leader.locator('.page-notice').innerText()).toContain('Trinnet er lagret.');
    const held = section(leader, 'Arkivuttrekk');
    await expect
      .poll(() => held.getByRole('listitem').allInnerTexts())
      .toEqual([
        expect.stringMatching(
          /^Skolemiljøsaken til Henrik Fjell[\s\S]*laget da saken ble avsluttet[\s\S]*Ikke overført/,
        ),
      ]);
    await tabTo(leader, held.getByRole('button', { name: 'Lag nytt arkivuttrekk av skolemiljøsaken' }));
    await leader.keyboard.press('Enter');
    await held.getByText(/^Arkivuttrekket er laget med \d+ dokument/).waitFor();
    await expect.poll(() => held.getByRole('listitem').count()).toBe(2);
    await expectNoAxeViolations(leader, 'avsluttet skolemiljøsak med arkivuttrekk');
    await held.screenshot({ path: '/tmp/i21-safe3-archive-1366.png' });
  });
});
