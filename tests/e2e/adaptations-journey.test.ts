// Issue 21 item 4's acceptance (decisions 190–192), on the demo server: Henrik Fjell's contact teacher has an
// active tiltaksplan with «Eget garderobe / rolig sted å skifte før kroppsøving» marked «Gjelder i
// undervisningen» (made through the API, as the plans journey does). The gym teacher (demo login
// `faglaerer`, who teaches kroppsøving in 8A–10B and may not open the case: 403) finds the note beside
// Henrik on 9A's register, keyboard only, confirms «Fulgt i dag» with one key press, and axe finds nothing
// at 390 × 844 or 1366 × 900; the read is in the audit log. The contact teacher then sees the count in the
// case's evaluation. Screenshots under /tmp/i21-lessons-shots/.
import { describe, expect, it } from 'vitest';
import { HEARD } from '../../src/domain/ladder/testing';
import type { Locator, Page } from 'playwright-core';
import { e2eGate, expectNoAxeViolations, logInWithKeyboard, tabTo, useJourney } from './browser';

const unavailable = e2eGate();
const AT = '2026-11-24T08:05:00+01:00';
const GARDEROBE = 'Eget garderobe / rolig sted å skifte før kroppsøving';
const SHOTS = '/tmp/i21-lessons-shots';

const row = (page: Page, name: string): Locator =>
  page.locator('li.register-row', { has: page.getByRole('link', { name, exact: true }) });

describe.skipIf(unavailable !== null)('browser journey: tilrettelegging på gymlærerens registrering', () => {
  const j = useJourney({
    now: '2026-11-24',
    context: false,
    contexts: {
      gym: { at: AT, viewport: { width: 390, height: 844 } },
      contact: { at: AT, viewport: { width: 1366, height: 900 } },
      leader: { at: AT, viewport: { width: 1366, height: 900 } },
    },
  });
  let caseId = '';
  let henrikId = '';

  /** A request as a demo user in a session of its own. */
  async function as(username: string) {
    const login = await j.server.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password: 'naervaer-demo' },
    });
    expect(login.statusCode, login.body).toBe(200);
    const cookie = login.cookies.find((c) => c.name === 'naervaer_sid')!;
    const headers = { cookie: `naervaer_sid=${cookie.value}`, 'x-csrf-token': login.json().csrfToken as string };
    return (method: 'GET' | 'POST', url: string, payload?: object) =>
      j.server.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
  }

  it('gives Henrik an active plan with a measure for the teaching staff', async () => {
    const kontakt = await as('kontaktlaerer');
    const classes = (await kontakt('GET', '/api/classes')).json().classes as { id: string; name: string }[];
    const nineA = classes.find((c) => c.name === '9A')!;
    const pupils = (await kontakt('GET', `/api/classes/${nineA.id}/pupils`)).json().pupils as {
      id: string;
      firstName: string;
      lastName: string;
    }[];
    const henrik = pupils.find((p) => p.firstName === 'Henrik' && p.lastName === 'Fjell')!;
    henrikId = henrik.id;
    const opened = await kontakt('POST', '/api/cases', {
      pupilId: henrik.id,
      from: 'undring',
      reason: 'Henrik er borte i kroppsøving og sier han ikke vil skifte i garderoben.',
    });
    expect(opened.statusCode, opened.body).toBe(201);
    caseId = opened.json().id;
    const content = {
      kind: 'tiltaksplan',
      date: '2026-11-24',
      longTermGoal: 'Henrik er med i alle timer, også kroppsøving.',
      subGoals: ['Henrik er med i gymtimene hver uke'],
      period: { from: '2026-11-24', to: '2026-12-18' },
      statusAndEvaluation: 'Borte i fire av de siste seks gymtimene.',
      timetableAndAttendance: 'Røde timer: kroppsøving tirsdag og torsdag.',
      measures: [
        {
          id: 'm1',
          description: GARDEROBE,
          planB: 'Henrik skifter i helserommet',
          responsible: 'Faglærer i kroppsøving',
          attendanceReduction: null,
          homeSchooling: null,
          forTeaching: true,
          teacherNote: '',
        },
        {
          id: 'm2',
          description: 'Samtale med helsesykepleier hver fredag',
          planB: 'Kontaktlærer tar samtalen',
          responsible: 'Helsesykepleier',
          attendanceReduction: null,
          homeSchooling: null,
        },
      ],
      triggers: 'Garderoben før gym.',
      nextMeetingOn: '2026-12-15',
    };
    const plan = await kontakt('POST', `/api/cases/${caseId}/plans`, { kind: 'tiltaksplan', content });
    expect(plan.statusCode, plan.body).toBe(201);
    const planId = plan.json().plan.id as string;
    const statement = await kontakt('POST', `/api/cases/${caseId}/statements`, {
      personName: 'Hanne Lie',
      relation: 'helsesykepleier',
      chosenByPupil: true,
      statement: 'Henrik vil gjerne være med i gym, men ikke skifte sammen med de andre.',
      givenOn: '2026-11-24',
    });
    expect(statement.statusCode, statement.body).toBe(201);
    const activated = await kontakt('POST', `/api/cases/${caseId}/plans/${planId}/activate`, {
      version: 1,
      heard: HEARD,
    });
    expect(activated.statusCode, activated.body).toBe(200);
  });

  it('shows the gym teacher the note on 9A’s register, not the case, and takes «Fulgt i dag» with one key press', async () => {
    const gym = await as('faglaerer');
    expect((await gym('GET', `/api/cases/${caseId}`)).statusCode).toBe(403);

    const page = await j.contexts.gym.newPage();
    await logInWithKeyboard(page, j.base, 'faglaerer', undefined, { axe: true });
    await tabTo(page, page.getByRole('link', { name: 'Klasse 9A' }).first());
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/klasse\/[^/]+$/);
    await tabTo(page, page.getByRole('link', { name: 'Registrer fravær for 9A' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/klasse\/[^/]+\/registrering$/);
    await page.getByRole('heading', { name: 'Fravær tirsdag 24.11.2026' }).waitFor();

    const notes = page.getByRole('group', { name: 'Tilrettelegging for Fjell, Henrik' });
    await expect.poll(() => notes.innerText()).toContain(GARDEROBE);
    expect(await notes.innerText()).toContain('Tilrettelegging');
    // Need to know: only the note — not the case's reason, nor the measure that is not for teaching.
    const body = await page.locator('main').innerText();
    expect(body).not.toContain('Samtale med helsesykepleier');
    expect(body).not.toContain('vil ikke skifte');
    // Henrik's note, and the one the demo seeds for Emil (decision 209): no other pupil has one.
    const groups = page.getByRole('group', { name: /^Tilrettelegging for / });
    expect(await groups.evaluateAll((gs) => gs.map((g) => g.getAttribute('aria-label')).sort())).toEqual([
      'Tilrettelegging for Bakken, Emil',
      'Tilrettelegging for Fjell, Henrik',
    ]);
    await page.screenshot({ path: `${SHOTS}/register-note-390x844.png`, fullPage: false });
    await expectNoAxeViolations(page, 'registreringen med tilrettelegging (mobil)');

    const followed = notes.getByRole('button', { name: `Fulgt i dag: ${GARDEROBE}` });
    expect(await followed.getAttribute('aria-pressed')).toBe('false');
    await tabTo(page, followed);
    await page.keyboard.press('Enter');
    await expect.poll(() => followed.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => notes.innerText()).toContain('✓');
    await row(page, 'Fjell, Henrik').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/register-followed-390x844.png` });
    await expectNoAxeViolations(page, 'etter «Fulgt i dag» (mobil)');

    await page.setViewportSize({ width: 1366, height: 900 });
    await page.screenshot({ path: `${SHOTS}/register-followed-1366x900.png` });
    await expectNoAxeViolations(page, 'etter «Fulgt i dag» (laptop)');

    // The read is in the audit log, as the gym teacher's, naming Henrik.
    const rektor = await as('rektor');
    const log = await rektor('GET', `/api/audit-log?pupilId=${henrikId}&kind=read`);
    expect(log.statusCode, log.body).toBe(200);
    const reads = (log.json().entries as { action: string; role: string }[]).filter(
      (e) => e.action === 'adaptation.read',
    );
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.every((e) => e.role.includes('faglaerer'))).toBe(true);

    // «Timeplan» (decision 209): the week's gym lessons in 9A carry the same notes, on a phone.
    await page.setViewportSize({ width: 390, height: 844 });
    await tabTo(page, page.getByRole('link', { name: 'Timeplan', exact: true }), 'backward');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/timeplan$/);
    const tuesday = page.locator('section', { has: page.getByRole('heading', { name: 'Tirsdag 24.11.2026' }) });
    const inGym = tuesday.getByRole('group', { name: 'Tilrettelegging i 9A' }).first();
    await expect.poll(() => inGym.innerText()).toContain('Henrik Fjell');
    expect(await inGym.innerText()).toContain(GARDEROBE);
    expect(await inGym.innerText()).toContain('Emil Bakken');
    expect(await page.locator('main').innerText()).not.toContain('Samtale med helsesykepleier');
    await inGym.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/timeplan-390x844.png` });
    await expectNoAxeViolations(page, 'timeplanen med tilrettelegging (mobil)');
  });

  it('lets the leadership name the substitute of the day on 9A’s register, keyboard only', async () => {
    const rektor = await as('rektor');
    const classes = (await rektor('GET', '/api/classes')).json().classes as { id: string; name: string }[];
    const nineA = classes.find((c) => c.name === '9A')!;
    const page = await j.contexts.leader.newPage();
    await logInWithKeyboard(page, j.base, 'rektor');
    await page.goto(`${j.base}/klasse/${nineA.id}/registrering`);
    const vikar = page.getByRole('region', { name: 'Vikar i dag' });
    await vikar.getByText('Ingen vikar er satt på klassen denne dagen.').waitFor();
    const choose = vikar.getByLabel('Lærer ved skolen');
    await tabTo(page, choose);
    await page.keyboard.press('ArrowDown');
    const chosen = (await choose.locator('option:checked').innerText()).trim();
    expect(chosen).not.toBe('Velg lærer');
    await tabTo(page, vikar.getByRole('button', { name: 'Sett som vikar' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => vikar.getByRole('list').innerText()).toContain(chosen);
    const named = (await rektor('GET', `/api/classes/${nineA.id}/substitutes/2026-11-24`)).json().substitutes as {
      name: string;
    }[];
    expect(named.map((n) => n.name)).toEqual([chosen]);
    await page.screenshot({ path: `${SHOTS}/vikar-i-dag-1366x900.png` });
    await expectNoAxeViolations(page, 'vikar i dag');
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoAxeViolations(page, 'vikar i dag (mobil)');
  });

  it('shows the contact teacher the count in the case’s evaluation', async () => {
    const page = await j.contexts.contact.newPage();
    await logInWithKeyboard(page, j.base, 'kontaktlaerer');
    await page.goto(`${j.base}/sak/${caseId}`);
    await tabTo(page, page.getByRole('button', { name: 'Evaluer', exact: true }));
    await page.keyboard.press('Enter');
    const group = page.getByRole('group', { name: `${GARDEROBE} (Tiltaksplan)` });
    await expect.poll(() => group.innerText()).toContain('Bekreftet fulgt av lærerne 1 av 1 skoledag siden 24.11.2026');
    // The measure the teachers do not carry out has no count.
    expect(
      await page.getByRole('group', { name: 'Samtale med helsesykepleier hver fredag (Tiltaksplan)' }).innerText(),
    ).not.toContain('Bekreftet fulgt');
    await group.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/evaluation-count-1366x900.png` });
    await expectNoAxeViolations(page, 'evalueringen med «Fulgt i dag»-tellingen');

    // The plan shows the measure marked «Gjelder i undervisningen», in its own words for the teachers.
    const open = page.getByRole('button', { name: 'Åpne Tiltaksplan 24.11.2026' });
    await tabTo(page, open, 'forward', 600);
    await page.keyboard.press('Enter');
    const forTeaching = page.getByRole('checkbox', { name: /^Gjelder i undervisningen/ });
    await expect.poll(() => forTeaching.count()).toBe(2);
    expect(await forTeaching.first().isChecked()).toBe(true);
    expect(await forTeaching.nth(1).isChecked()).toBe(false);
    expect(await page.getByRole('textbox', { name: /^Tekst til lærerne/ }).count()).toBe(1);
    await forTeaching.first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/plan-for-teaching-1366x900.png` });
    await page.setViewportSize({ width: 390, height: 844 });
    await forTeaching.first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/plan-for-teaching-390x844.png` });
    await expectNoAxeViolations(page, 'planen med et tiltak som gjelder i undervisningen');
  });
});
