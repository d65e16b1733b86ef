// A voice of their own (issue 21 item 2, decision 184), on the real demo server. Henrik Fjell's case gets a
// samarbeidsavtale in force with words for Henrik (made through the API as the contact teacher: the case screens
// have their own journeys). Henrik, the demo pupil `elev`, on a phone (390 × 844) and with the keyboard: the
// week's check-in («Hvordan har skoleuka vært?» 1–10 and one step better), a wish before a meeting, and the plan
// in his words; axe on every page. A week later he answers again. His session gets 403 on the case, the notes,
// the alerts and the forms. The contact teacher (1366 × 900) finds «Elevens egne innspill» in the case: the
// entries with Henrik as their author and the chart of the school week beside the absence, with its table.
import { describe, expect, it } from 'vitest';
import { HEARD } from '../../src/domain/ladder/testing';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/server/demo/generate';
import { e2eGate, expectNoAxeViolations, logInWithKeyboard, section, tabTo, useJourney } from './browser';

const unavailable = e2eGate();
const AT = '2026-11-24T08:05:00+01:00';
const NEXT_WEEK = '2026-12-01T08:05:00+01:00';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };
const SHOTS = '/tmp/i21-pupil-shots';

describe.skipIf(unavailable !== null)('browser journey: elevens egen side', () => {
  const j = useJourney({
    now: '2026-11-24',
    context: false,
    contexts: {
      pupil: { at: AT, viewport: PHONE },
      pupilNextWeek: { at: NEXT_WEEK, viewport: PHONE },
      teacher: { at: NEXT_WEEK, viewport: DESKTOP },
    },
  });

  /** A demo user's session for requests of its own: set-up, and the pupil's refusals. */
  async function session(username: string) {
    const login = await j.server.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password: DEMO_PASSWORD },
    });
    expect(login.statusCode, login.body).toBe(200);
    const cookie = login.cookies.find((c) => c.name === 'naervaer_sid')!;
    const headers = { cookie: `naervaer_sid=${cookie.value}`, 'x-csrf-token': login.json().csrfToken as string };
    return (method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
      j.server.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
  }
  async function as(username: string) {
    const send = await session(username);
    return async (method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) => {
      const res = await send(method, url, payload);
      expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(300);
      return res.json();
    };
  }

  /** The pupil logs in with the keyboard and lands on their own page. */
  async function pupilLogsIn(page: Page) {
    await page.goto(`${j.base}/logg-inn`);
    await tabTo(page, page.getByLabel('Brukernavn'));
    await page.keyboard.type('elev');
    await page.keyboard.press('Tab');
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${j.base}/meg`);
    await page.getByRole('heading', { level: 1, name: 'Hei, Henrik!' }).waitFor();
  }

  it('lets Henrik say how the week was and what he wants before a meeting, and shows it in his case', async () => {
    // Set-up through the API: Henrik's case and an agreement in force, with words for Henrik.
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
    await teacherApi('POST', `/api/cases/${caseId}/statements`, {
      personName: 'Hanne Lie',
      relation: 'helsesykepleier',
      chosenByPupil: true,
      statement: 'Henrik vil møte en voksen han kjenner ved inngangen.',
      givenOn: '2026-11-24',
    });
    const { plan } = await teacherApi('POST', `/api/cases/${caseId}/plans`, {
      kind: 'samarbeidsavtale',
      content: {
        kind: 'samarbeidsavtale',
        date: '2026-11-24',
        status: 'INTERNT: mor forteller om søvnproblemer.',
        mainGoal: 'Henrik kommer på skolen hver dag.',
        rows: [
          {
            id: 'r1',
            subGoal: 'Komme til første time',
            measure: 'Kontaktlærer møter Henrik ved inngangen',
            responsible: 'Kontaktlærer',
            deadline: '2026-12-07',
          },
        ],
        planB: 'Skolen ringer hjem kl. 08.45',
        evaluationOn: '2026-12-07',
        signatures: [
          { name: 'Mor til Henrik', role: 'foresatt', signedOn: '2026-11-24' },
          { name: 'Kontaktlærer', role: 'skole', signedOn: '2026-11-24' },
        ],
        forPupil: {
          schoolDoes: 'Kontaktlæreren din møter deg ved inngangen hver morgen kl. 08.20.',
          iTry: 'Jeg prøver å komme til første time, også på mandager.',
          whoToGoTo: 'Helsesykepleier Hanne på rom 104, eller kontaktlæreren din.',
        },
      },
    });
    const saved = await teacherApi('GET', `/api/cases/${caseId}/plans/${plan.id}`);
    await teacherApi('POST', `/api/cases/${caseId}/plans/${plan.id}/activate`, {
      version: saved.plan.version,
      heard: HEARD,
    });

    // Henrik on his phone: his own page, nothing else.
    const page = await j.contexts.pupil.newPage();
    await pupilLogsIn(page);
    await expectNoAxeViolations(page, 'elevens side');
    const main = page.locator('main');
    expect(await main.innerText()).not.toContain('INTERNT');
    expect(await page.getByRole('link', { name: 'Saker' }).count()).toBe(0);

    // The week's check-in: 3, with the keyboard, and one step better.
    const week = section(page, 'Hvordan har skoleuka vært?');
    expect(await week.innerText()).toContain('Uke 48, 23.11.2026–29.11.2026');
    await tabTo(page, page.getByRole('radio', { name: '1', exact: true }));
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('radio', { name: '3', exact: true }).isChecked()).toBe(true);
    await tabTo(page, page.getByRole('textbox', { name: 'Hva skal til for at den blir ett steg bedre?' }));
    await page.keyboard.type('At jeg slipper å skifte i garderoben sammen med alle.');
    await tabTo(page, page.getByRole('button', { name: 'Send svaret' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.page-notice').innerText()).toContain('Takk! Svaret ditt er sendt.');
    await expect.poll(() => week.innerText()).toContain('Du har svart 3 denne uka.');
    await page.getByRole('button', { name: 'Lagre endringen' }).waitFor();

    // Before a meeting: what the adults should know, and who he wants there.
    const meeting = section(page, 'Før et møte');
    await tabTo(page, page.getByRole('textbox', { name: 'Dette vil jeg at de voksne skal vite' }));
    await page.keyboard.type('Jeg vil ikke snakke om gym når alle hører på.');
    await tabTo(page, page.getByRole('checkbox', { name: 'Helsesykepleieren' }));
    await page.keyboard.press('Space');
    await tabTo(page, page.getByRole('textbox', { name: 'Andre du vil ha med' }));
    await page.keyboard.type('Bestemor');
    await tabTo(page, page.getByRole('button', { name: 'Send til de voksne' }));
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('.page-notice').innerText())
      .toContain('Takk! De voksne får se det før møtet.');
    await expect.poll(() => meeting.innerText()).toContain('Du vil ha med: Helsesykepleieren, Bestemor');

    // The plan in his words: what the school does, what he tries, whom he can go to; none of the rest.
    const myPlan = await section(page, 'Planen min').innerText();
    expect(myPlan).toContain('Dette gjør skolen');
    expect(myPlan).toContain('Kontaktlæreren din møter deg ved inngangen hver morgen kl. 08.20.');
    expect(myPlan).toContain('Jeg prøver å komme til første time, også på mandager.');
    expect(myPlan).toContain('Helsesykepleier Hanne på rom 104, eller kontaktlæreren din.');
    expect(await main.innerText()).not.toContain('Skolen ringer hjem');
    await expectNoAxeViolations(page, 'elevens side etter svar');
    await page.screenshot({ path: `${SHOTS}/pupil-390.png`, fullPage: true });

    // Through the API too: the pupil's session reaches no case, note, alert or form.
    const pupilApi = await session('elev');
    for (const [method, url, body] of [
      ['GET', `/api/cases/${caseId}`],
      ['GET', `/api/cases/${caseId}/parts?include=pupilEntries`],
      [
        'POST',
        `/api/cases/${caseId}/contacts`,
        { contactedAt: AT, withWhom: ['elev'], channel: 'telefon', summary: 'x', agreed: null },
      ],
      ['GET', '/api/alerts'],
      ['GET', `/api/cases/${caseId}/forms/new/skaleringsverktoy`],
      ['GET', `/api/cases/${caseId}/plans/${plan.id}`],
      ['GET', `/api/pupils/${henrik.id}/absence`],
    ] as const) {
      const res = await pupilApi(method, url, body);
      expect(res.statusCode, `${method} ${url}`).toBe(403);
    }

    // A week later: Henrik answers again.
    j.clock.set(new Date(NEXT_WEEK));
    const later = await j.contexts.pupilNextWeek.newPage();
    await pupilLogsIn(later);
    await tabTo(later, later.getByRole('radio', { name: '1', exact: true }));
    for (let i = 0; i < 5; i++) await later.keyboard.press('ArrowRight');
    await tabTo(later, later.getByRole('button', { name: 'Send svaret' }));
    await later.keyboard.press('Enter');
    await expect.poll(() => later.locator('.page-notice').innerText()).toContain('Takk! Svaret ditt er sendt.');
    expect(await section(later, 'Hvordan har skoleuka vært?').innerText()).toContain('Svarene dine de siste ukene');

    // The contact teacher: the pupil's own entries in the case, and the chart beside the absence.
    const teacher = await j.contexts.teacher.newPage();
    await logInWithKeyboard(teacher, j.base, 'kontaktlaerer', DEMO_PASSWORD, { waitForRoles: true });
    await teacher.goto(`${j.base}/sak/${caseId}`);
    await teacher.getByRole('heading', { level: 1, name: 'Sak for Henrik Fjell' }).waitFor();
    await tabTo(teacher, teacher.getByRole('link', { name: 'Elevens innspill' }));
    await teacher.keyboard.press('Enter');
    const entries = section(teacher, 'Elevens egne innspill');
    const text = await entries.innerText();
    expect(text).toContain('Det Henrik Fjell har skrevet selv på sin egen side i Nærvær.');
    expect(text).toContain('At jeg slipper å skifte i garderoben sammen med alle.');
    expect(text).toContain('Jeg vil ikke snakke om gym når alle hører på.');
    expect(text).toMatch(/Skrevet av Henrik Fjell 24\.11\.2026/);
    expect(text).toContain('Svar i 2 av 2 uker, fra 3 til 6 av 10. Siste svar: 6 i uke 49.');
    await entries.locator('.recharts-surface').first().waitFor();
    await entries.getByText('Vis tallene som tabell').click();
    const table = await entries
      .getByRole('region', { name: 'Skoleuka fra 1 til 10 ved siden av fraværet' })
      .innerText();
    expect(table).toContain('Uke 48 (23.11.2026)');
    expect(table).toContain('Uke 49 (30.11.2026)');
    expect(text).toContain('Fravær de samme ukene: dager borte');
    await expectNoAxeViolations(teacher, 'saken med elevens egne innspill');
    await entries.screenshot({ path: `${SHOTS}/case-entries-1366.png` });

    // The plan's words for Henrik, where the teacher writes them: in the plan, beside the rest of it.
    await tabTo(teacher, teacher.getByRole('button', { name: 'Åpne Samarbeidsavtale' }));
    await teacher.keyboard.press('Enter');
    const words = teacher.getByRole('group', { name: 'Planen i enkle ord for eleven' });
    expect(await words.getByRole('textbox', { name: 'Dette gjør skolen' }).inputValue()).toBe(
      'Kontaktlæreren din møter deg ved inngangen hver morgen kl. 08.20.',
    );
    await expectNoAxeViolations(teacher, 'planen med ordene for eleven');
    await words.screenshot({ path: `${SHOTS}/plan-words-1366.png` });
  });
});
