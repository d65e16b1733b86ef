// The guardians inside the follow-up (issue 18 items 3 and 5, decisions 129–133), keyboard only, axe on every
// page, on the real demo server. Henrik Fjell's case gets a held samarbeidsmøte with «neste møte» and a
// samarbeidsavtale in force (made through the API as the contact teacher: the case screens have their own
// journeys); the teacher presses «Send til foresatte» on the minutes and on the agreement. The demo guardian,
// on a phone (390 × 844), sees Henrik's absence this year with the same figures as the teacher's pupil page,
// the minutes sent home, the agreement and the next meeting, and reports a doctor's appointment tomorrow from
// 3rd period. The demo clock moves to tomorrow, and the teacher finds it in that day's register.
import { describe, expect, it } from 'vitest';
import { HEARD } from '../../src/domain/ladder/testing';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/server/demo/generate';
import { e2eGate, expectNoAxeViolations, logInWithKeyboard, section, tabTo, useJourney, demoApi } from './browser';

const unavailable = e2eGate();
const AT = '2026-11-24T08:05:00+01:00';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };

describe.skipIf(unavailable !== null)('browser journey: foresatte i oppfølgingen', () => {
  const j = useJourney({
    now: '2026-11-24',
    context: false,
    contexts: {
      teacher: { at: AT, viewport: DESKTOP },
      guardian: { at: AT, viewport: PHONE },
      tomorrow: { at: '2026-11-25T08:05:00+01:00', viewport: DESKTOP },
    },
  });

  const as = (username: string) => demoApi(j.server, username);

  async function figures(page: Page, scope: string) {
    const list = page.locator(scope).locator('dl.figures').first();
    await list.waitFor();
    return (await list.innerText()).replace(/\s+/g, ' ');
  }

  it('shows the guardian what the school sees and sent home, and takes tomorrow’s doctor’s appointment into the register', async () => {
    // Set-up through the API: Henrik's case, a held samarbeidsmøte with «neste møte», an agreement in force.
    const guardianApi = await as('foresatt');
    const henrik = (await guardianApi('GET', '/api/my-children')).children.find(
      (c: { firstName: string }) => c.firstName === 'Henrik',
    );
    const teacherApi = await as('kontaktlaerer');
    const absence = await teacherApi('GET', `/api/pupils/${henrik.id}/absence`);
    const caseId: string =
      absence.openCaseId ??
      (await teacherApi('POST', '/api/cases', { pupilId: henrik.id, from: 'undring', reason: 'Mye fravær i høst.' }))
        .id;
    const { meeting } = await teacherApi('POST', `/api/cases/${caseId}/meetings`, {
      kind: 'samarbeidsmote',
      scheduledOn: '2026-11-23',
      scheduledTime: '14:00',
      place: 'Møterom 2',
      participants: ['Kontaktlærer', 'Mor'],
      agenda: 'Hvordan morgenene går',
    });
    await teacherApi('PUT', `/api/cases/${caseId}/meetings/${meeting.id}`, {
      scheduledOn: '2026-11-23',
      scheduledTime: '14:00',
      place: 'Møterom 2',
      participants: ['Kontaktlærer', 'Mor'],
      agenda: 'Hvordan morgenene går',
      heldOn: '2026-11-23',
      minutes: 'Henrik gruer seg til gymtimene. Kontaktlærer møter ham ved inngangen om morgenen.',
      nextMeetingOn: '2026-12-07',
      nextMeetingTime: '14:00',
      nextMeetingPlace: 'Møterom 2',
      anonymised: false,
      version: meeting.version,
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
        status: 'Henrik kommer sjelden før andre time.',
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
      },
    });
    const saved = await teacherApi('GET', `/api/cases/${caseId}/plans/${plan.id}`);
    await teacherApi('POST', `/api/cases/${caseId}/plans/${plan.id}/activate`, {
      version: saved.plan.version,
      heard: HEARD,
    });

    // The contact teacher sends the minutes and the agreement home from the case page.
    const teacher = await j.contexts.teacher.newPage();
    await logInWithKeyboard(teacher, j.base, 'kontaktlaerer', DEMO_PASSWORD, { waitForRoles: true });
    await teacher.goto(`${j.base}/sak/${caseId}`);
    await teacher.getByRole('heading', { level: 1, name: 'Sak for Henrik Fjell' }).waitFor();
    const notice = teacher.locator('.page-notice');
    await tabTo(
      teacher,
      teacher.getByRole('button', { name: 'Send til foresatte – Samarbeidsmøte 23.11.2026' }),
      'forward',
    );
    await teacher.keyboard.press('Enter');
    await expect.poll(() => notice.innerText()).toMatch(/Sendt til \d+ foresatte? i Nærvær og ført i kontaktloggen\./);
    // Pressed again: nothing new goes out.
    await tabTo(teacher, teacher.getByRole('button', { name: 'Send til foresatte – Samarbeidsmøte 23.11.2026' }));
    await teacher.keyboard.press('Enter');
    await expect.poll(() => notice.innerText()).toContain('Ingenting nytt er sendt.');
    await tabTo(teacher, teacher.getByRole('button', { name: 'Åpne Samarbeidsavtale' }));
    await teacher.keyboard.press('Enter');
    await tabTo(teacher, teacher.getByRole('button', { name: 'Send til foresatte – Samarbeidsavtale' }));
    await teacher.keyboard.press('Enter');
    await expect.poll(() => notice.innerText()).toMatch(/Sendt til \d+ foresatte? i Nærvær/);
    await expectNoAxeViolations(teacher, 'saken etter «Send til foresatte»');
    await teacher.screenshot({ path: '/tmp/h18-guardian-case.png', fullPage: false });

    // The teacher's pupil page: the year's figures.
    await teacher.goto(`${j.base}/elev/${henrik.id}`);
    await teacher.getByRole('heading', { level: 1, name: 'Henrik Fjell' }).waitFor();
    const schoolFigures = await figures(teacher, 'main');
    expect(schoolFigures).toMatch(/\d/);

    // The guardian on a phone: the child's page from the front page.
    const home = await j.contexts.guardian.newPage();
    await logInWithKeyboard(home, j.base, 'foresatt', DEMO_PASSWORD, { axe: true });
    await tabTo(home, home.getByRole('link', { name: 'Se oppfølgingen av Henrik' }));
    await home.keyboard.press('Enter');
    await home.waitForURL(/\/barn\/[^/]+$/);
    await home.getByRole('heading', { level: 1, name: 'Henrik Fjell' }).waitFor();
    expect(await figures(home, 'main')).toBe(schoolFigures);
    await expect
      .poll(() => section(home, 'Sendt til dere fra skolen').innerText())
      .toContain('Kontaktlærer møter ham ved inngangen om morgenen.');
    const plans = await section(home, 'Planer som gjelder').innerText();
    expect(plans).toContain('Samarbeidsavtale fra 24.11.2026');
    expect(plans).toContain('Mål: Henrik kommer på skolen hver dag.');
    const meetings = await section(home, 'Møter som kommer').innerText();
    expect(meetings).toContain('Samarbeidsmøte 07.12.2026');
    expect(meetings).toContain('kl. 14.00, Møterom 2');
    await expectNoAxeViolations(home, 'barnets side for foresatte');
    await home.screenshot({ path: '/tmp/h18-guardian-child-390.png', fullPage: true });

    // A doctor's appointment tomorrow from 3rd period.
    await tabTo(home, home.getByRole('link', { name: 'Meld fravær for Henrik' }));
    await home.keyboard.press('Enter');
    await home.getByRole('heading', { level: 1, name: 'Meld fravær for Henrik Fjell' }).waitFor();
    await tabTo(home, home.getByRole('radio', { name: 'I dag (24.11.2026)' }));
    for (let i = 0; i < 3; i++) await home.keyboard.press('ArrowDown');
    expect(await home.getByRole('radio', { name: /^Del av en dag/ }).isChecked()).toBe(true);
    await home.keyboard.press('Tab'); // Hvilken dag? (tomorrow is chosen)
    expect(await home.getByRole('combobox', { name: 'Hvilken dag?' }).inputValue()).toBe('2026-11-25');
    await home.keyboard.press('Tab'); // Borte fra en time … (chosen)
    expect(await home.getByRole('radio', { name: /^Borte fra en time/ }).isChecked()).toBe(true);
    await home.keyboard.press('Tab'); // Fra time
    for (let i = 0; i < 3; i++) await home.keyboard.press('ArrowDown');
    expect(await home.getByRole('combobox', { name: 'Fra time' }).inputValue()).toBe('3');
    await tabTo(home, home.getByRole('combobox', { name: 'Årsak' }));
    await home.keyboard.press('ArrowDown');
    await home.keyboard.press('ArrowDown'); // Helse
    await home.keyboard.press('Tab');
    await home.keyboard.type('Legetime kl. 10.');
    await tabTo(home, home.getByRole('button', { name: 'Send melding om fravær' }));
    await home.keyboard.press('Enter');
    await expect.poll(() => home.locator('main').innerText()).toContain('Fraværet er meldt for 1 skoledag');
    await expectNoAxeViolations(home, 'meld fravær, del av dagen');
    await home.screenshot({ path: '/tmp/h18-guardian-report-390.png', fullPage: true });

    // The demo clock moves to tomorrow; the teacher's register of the day shows the report.
    j.clock.set(new Date('2026-11-25T08:00:00+01:00'));
    const next = await j.contexts.tomorrow.newPage();
    await logInWithKeyboard(next, j.base, 'kontaktlaerer', DEMO_PASSWORD, { waitForRoles: true });
    await tabTo(next, next.getByRole('link', { name: 'Klasse 9A' }).first());
    await next.keyboard.press('Enter');
    await tabTo(next, next.getByRole('link', { name: 'Registrer fravær for 9A' }));
    await next.keyboard.press('Enter');
    await next.getByRole('heading', { name: 'Fravær onsdag 25.11.2026' }).waitFor();
    const row = next.locator('li.register-row', { has: next.getByRole('link', { name: 'Fjell, Henrik' }) });
    await expect.poll(() => row.innerText()).toContain('3. time');
    expect(await row.innerText()).toContain('meldt av foresatt');
    await expectNoAxeViolations(next, 'registrering i morgen');
    await next.screenshot({ path: '/tmp/h18-guardian-register.png', fullPage: false });
  }, 240_000); // 77 s on a loaded machine: a set-up, three people and a day's jump
});
