// «Send til foresatte» on the letter and a parent's right to information restricted on screen (issue 18,
// decisions 130 and 152), keyboard only, axe on every page, on the real demo server. The contact teacher sends
// the letter about Henrik's concerning absence from his pupil page and sees «Sendt til foresatte»; the demo
// guardian finds it on Henrik's page; the school leader restricts that parent's right to information under
// «Foresatte» with its basis, the parent no longer finds Henrik, and the leader lifts it again.
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/server/demo/generate';
import { pdfText } from '../support/pdf-text';
import { e2eGate, expectNoAxeViolations, logInWithKeyboard, section, tabTo, useJourney } from './browser';

const unavailable = e2eGate();
const AT = '2026-11-24T08:05:00+01:00';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };

describe.skipIf(unavailable !== null)('browser journey: brevet sendt til foresatte, og retten til informasjon', () => {
  const j = useJourney({
    now: '2026-11-24',
    context: false,
    contexts: {
      teacher: { at: AT, viewport: DESKTOP },
      leader: { at: AT, viewport: DESKTOP },
      leaderPhone: { at: AT, viewport: PHONE },
      guardian: { at: AT, viewport: PHONE },
    },
  });

  it('sends the letter to the guardians, and restricts and restores a parent’s right to information', async () => {
    // Henrik: the demo guardian's child, with no case at the start.
    const guardianLogin = await j.server.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'foresatt', password: DEMO_PASSWORD },
    });
    const cookie = guardianLogin.cookies.find((c) => c.name === 'naervaer_sid')!;
    const children = await j.server.app.inject({
      method: 'GET',
      url: '/api/my-children',
      headers: { cookie: `naervaer_sid=${cookie.value}` },
    });
    const henrik = children.json().children.find((c: { firstName: string }) => c.firstName === 'Henrik');
    // Away today: the third day within a month, Saltdal's routine 3 starts a concern (docs/demo.md).
    const teacherLogin = await j.server.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'kontaktlaerer', password: DEMO_PASSWORD },
    });
    const teacherCookie = teacherLogin.cookies.find((c) => c.name === 'naervaer_sid')!;
    const away = await j.server.app.inject({
      method: 'POST',
      url: '/api/absence-events',
      headers: { cookie: `naervaer_sid=${teacherCookie.value}`, 'x-csrf-token': teacherLogin.json().csrfToken },
      payload: { pupilId: henrik.id, date: '2026-11-24', kind: 'day', documented: false },
    });
    expect(away.statusCode, away.body).toBeLessThan(300);

    const teacher = await j.contexts.teacher.newPage();
    await logInWithKeyboard(teacher, j.base, 'kontaktlaerer', DEMO_PASSWORD, { waitForRoles: true });
    await teacher.goto(`${j.base}/elev/${henrik.id}`);
    await teacher.getByRole('heading', { level: 1, name: 'Henrik Fjell' }).waitFor();
    const send = teacher.getByRole('button', { name: /^Send til foresatte – brev om / }).first();
    await send.waitFor();
    await tabTo(teacher, send);
    await teacher.keyboard.press('Enter');
    const notice = teacher.locator('.page-notice');
    await expect.poll(() => notice.innerText()).toMatch(/Sendt til 1 foresatt i Nærvær og ført i kontaktloggen\./);
    await expect.poll(() => section(teacher, 'Varsler').innerText()).toContain('Sendt til foresatte 24.11.2026');
    await expectNoAxeViolations(teacher, 'elevsiden etter at brevet er sendt');
    await teacher.screenshot({ path: '/tmp/h18-letter-sent-1366.png', fullPage: false });

    // The guardian finds the letter on Henrik's page.
    const home = await j.contexts.guardian.newPage();
    await logInWithKeyboard(home, j.base, 'foresatt', DEMO_PASSWORD, { axe: true });
    await tabTo(home, home.getByRole('link', { name: 'Se oppfølgingen av Henrik' }));
    await home.keyboard.press('Enter');
    await home.getByRole('heading', { level: 1, name: 'Henrik Fjell' }).waitFor();
    await expect
      .poll(() => section(home, 'Sendt til dere fra skolen').innerText())
      .toContain('Melding om bekymringsfullt fravær');
    await expectNoAxeViolations(home, 'barnets side med brevet');
    // Its PDF, drawn as the school prints it (decision 154).
    const pdfLink = home.getByRole('link', { name: 'Last ned som PDF – Melding om bekymringsfullt fravær' });
    await tabTo(home, pdfLink);
    const letterHref = await pdfLink.getAttribute('href');
    const pdf = await home.request.get(`${j.base}${letterHref}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    await pdfLink.scrollIntoViewIfNeeded();
    await home.screenshot({ path: '/tmp/h18-letter-guardian-390.png', fullPage: false });

    // The family reads English (decision 178): «Språk» on the child's page, and the letter's PDF
    // comes in English; the school's copy stays in the målform.
    const language = section(home, 'Språk');
    const choose = language.getByRole('combobox', { name: 'Språk for brev og sidene dine' });
    await tabTo(home, choose);
    await choose.selectOption('en');
    await tabTo(home, language.getByRole('button', { name: 'Lagre språket' }));
    await home.keyboard.press('Enter');
    await expect.poll(() => home.locator('.page-notice').innerText()).toContain('Språket er lagret.');
    await expectNoAxeViolations(home, 'barnets side etter valg av språk');
    const english = await home.request.get(`${j.base}${letterHref}`);
    const englishText = await pdfText(new Uint8Array(await english.body()));
    expect(englishText).toContain('Notice of concerning absence');
    expect(englishText).toContain('To the guardians of Henrik Fjell');
    await language.scrollIntoViewIfNeeded();
    await home.screenshot({ path: '/tmp/i20-guardian-language-390.png', fullPage: false });
    // Back to the kommune's målform, so the rest of the journey reads as before.
    await choose.selectOption('malform');
    await tabTo(home, language.getByRole('button', { name: 'Lagre språket' }));
    await home.keyboard.press('Enter');
    await expect
      .poll(async () => (await home.request.get(`${j.base}/api/my-language`)).json())
      .toMatchObject({ language: null });

    // The school leader restricts this parent's right to information, with its basis.
    const leader = await j.contexts.leader.newPage();
    await logInWithKeyboard(leader, j.base, 'rektor', DEMO_PASSWORD, { waitForRoles: true });
    await leader.goto(`${j.base}/elev/${henrik.id}`);
    await leader.getByRole('heading', { level: 1, name: 'Henrik Fjell' }).waitFor();
    const foresatte = section(leader, 'Foresatte');
    // The demo guardian's account has the guardian's name.
    const parentName: string = (guardianLogin.json().user ?? guardianLogin.json()).displayName;
    const restrict = foresatte.getByRole('button', { name: `Begrens retten til informasjon – ${parentName}` });
    await tabTo(leader, restrict);
    await leader.keyboard.press('Enter');
    // The basis is required: sent empty, the field says so and has focus.
    await tabTo(leader, leader.getByRole('button', { name: 'Begrens', exact: true }));
    await leader.keyboard.press('Enter');
    await expect.poll(() => foresatte.innerText()).toContain('Skriv grunnlaget for begrensningen.');
    await leader.keyboard.type('Avgjørelse fra domstol 12.10.2026');
    await tabTo(leader, leader.getByRole('button', { name: 'Begrens', exact: true }));
    await expectNoAxeViolations(leader, 'skjemaet for å begrense retten til informasjon');
    await leader.keyboard.press('Enter');
    await expect
      .poll(() => foresatte.innerText())
      .toMatch(/Retten til informasjon er begrenset \(24\.11\.2026, av .+\)\./);
    expect(await foresatte.innerText()).toContain('Grunnlag: Avgjørelse fra domstol 12.10.2026');
    await expectNoAxeViolations(leader, 'elevsiden med begrenset rett til informasjon');
    await foresatte.scrollIntoViewIfNeeded();
    await leader.screenshot({ path: '/tmp/h18-restricted-1366.png', fullPage: false });
    const phone = await j.contexts.leaderPhone.newPage();
    await logInWithKeyboard(phone, j.base, 'rektor', DEMO_PASSWORD, { waitForRoles: true });
    await phone.goto(`${j.base}/elev/${henrik.id}`);
    await section(phone, 'Foresatte').scrollIntoViewIfNeeded();
    await phone.screenshot({ path: '/tmp/h18-restricted-390.png', fullPage: false });

    // The parent no longer finds Henrik.
    await home.reload();
    await expect.poll(() => home.locator('main').innerText()).toMatch(/Fant ikke barnet/);

    // Lifted: the parent sees Henrik again.
    const lift = foresatte.getByRole('button', { name: `Opphev begrensningen – ${parentName}` });
    await tabTo(leader, lift);
    await leader.keyboard.press('Enter');
    await tabTo(leader, leader.getByRole('button', { name: 'Opphev', exact: true }));
    await leader.keyboard.press('Enter');
    await expect.poll(() => leader.locator('.page-notice').innerText()).toContain('er opphevet');
    await home.reload();
    await home.getByRole('heading', { level: 1, name: 'Henrik Fjell' }).waitFor();
  }, 240_000);
});
