// The front page per role (issue 17 item 8, decision 114), keyboard only, axe on every state: the
// contact teacher's «what do I do now» (today's register and whether it is taken, «Ring hjem i dag», the
// cases with their next step, «Mine oppgaver» grouped by case with due dates) and the menu's link to
// «Varsler»; the leader's school with overdue evaluations and cases without activity. Screenshots at
// 1366 × 900 and 390 × 844 in /tmp/naervaer-home-journey/.
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { e2eGate, expectNoAxeViolations, keyboardLogin, tabTo, useJourney } from './browser';
import { DEMO_PASSWORD } from '../../src/server/demo/generate';

const unavailable = e2eGate();
const SHOTS = '/tmp/naervaer-home-journey';

async function screenshots(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  for (const [width, height] of [
    [1366, 900],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `${SHOTS}/${name}-${width}x${height}.png`, fullPage: true });
    await expectNoAxeViolations(page, `${name} ${width}×${height}`);
  }
  await page.setViewportSize({ width: 1366, height: 900 });
}

describe.skipIf(unavailable !== null)('browser journey: forsiden svarer på «hva gjør jeg nå»', () => {
  const j = useJourney({
    now: '2026-11-24',
    context: { viewport: { width: 1366, height: 900 } },
    contexts: {
      rektor: { viewport: { width: 1366, height: 900 } },
      weekly: { viewport: { width: 1366, height: 900 } },
    },
  });

  it('gives the contact teacher today’s register, the calls, the cases’ next steps and the tasks by case', async () => {
    const page = await j.context.newPage();
    await keyboardLogin(page, j.base, 'kontaktlaerer');
    const main = page.locator('main');
    await main.getByRole('heading', { name: 'I dag', level: 2 }).waitFor();
    const register = main.getByRole('link', { name: 'Registrer fravær i 9A' });
    await register.waitFor();
    expect(await main.locator('[data-register]').first().innerText()).toContain('Ikke ført ennå');
    await main.getByRole('heading', { name: 'Ring hjem i dag', level: 3 }).waitFor();
    // The cases the teacher holds, each with its next step.
    const cases = main.locator('section[aria-labelledby="mine-saker"] li[data-case-id]');
    await expect.poll(() => cases.count()).toBeGreaterThan(0);
    expect(await cases.first().innerText()).toMatch(/Nivå \d · (Neste steg: |Ingen åpne oppgaver)/);
    // «Mine oppgaver»: one heading per case, the tasks under it, in the app's words.
    const tasks = main.locator('section[aria-labelledby="mine-oppgaver"]');
    await expect.poll(() => tasks.locator('.task-group').count()).toBeGreaterThan(0);
    expect(await tasks.innerText()).not.toContain('Visma');
    await screenshots(page, 'kontaktlaerer-forside');

    // The register from the front page, by keyboard; «Resten er til stede» shows on the front page after.
    await tabTo(page, register);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/klasse\/[^/]+\/registrering$/);
    await tabTo(page, page.getByRole('button', { name: 'Resten er til stede' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.register-taken').innerText()).toMatch(/Registrering ført/);
    const nav = page.getByRole('navigation');
    await tabTo(page, nav.getByRole('link', { name: 'Forside', exact: true }));
    await page.keyboard.press('Enter');
    await page.waitForURL(`${j.base}/`);
    await expect
      .poll(() => page.locator('main [data-register]').first().innerText())
      .toMatch(/Ført kl\. \d\d\.\d\d av /);
    await expectNoAxeViolations(page, 'forsiden etter ført registrering');

    // The menu has «Varsler» for the teacher, and it opens the alert list.
    await tabTo(page, nav.getByRole('link', { name: 'Varsler', exact: true }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/varsler$/);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expectNoAxeViolations(page, 'varsler for kontaktlærer');

    // A task from «Mine oppgaver» leads to the case's checklist, where the source's words are under «Kilde».
    await tabTo(page, nav.getByRole('link', { name: 'Forside', exact: true }));
    await page.keyboard.press('Enter');
    await page.waitForURL(`${j.base}/`);
    const firstTask = page.locator('section[aria-labelledby="mine-oppgaver"] li[data-task-id] a').first();
    await firstTask.waitFor();
    await tabTo(page, firstTask);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/sak\/[^/]+#sjekkliste$/);
    await page.getByRole('heading', { name: 'Sjekkliste' }).waitFor();
    const checklist = page.locator('#sjekkliste');
    expect(await checklist.innerText()).not.toMatch(/Visma/);
    await expectNoAxeViolations(page, 'sjekklisten fra Mine oppgaver');
    await page.close();
  });

  it('gives the leader the school: registers taken, calls, overdue evaluations and cases without activity', async () => {
    const page = await j.contexts.rektor.newPage();
    await keyboardLogin(page, j.base, 'rektor');
    const main = page.locator('main');
    await main.getByRole('heading', { name: 'Evaluering forfalt', level: 3 }).first().waitFor();
    await main.getByRole('heading', { name: 'Saker uten aktivitet på 14 dager', level: 3 }).first().waitFor();
    await main.getByRole('heading', { name: 'Dagens registrering', level: 3 }).first().waitFor();
    expect(await main.innerText()).toMatch(/\d+ av \d+ klasser har ført registreringen i dag\./);
    const nav = page.getByRole('navigation');
    for (const name of ['Varsler', 'Sakstavle', 'Tilgangslogg', 'Skoleinnstillinger'])
      expect(await nav.getByRole('link', { name, exact: true }).count(), name).toBe(1);
    await screenshots(page, 'rektor-forside');
    await page.close();
  });

  it('shows the contact teacher a case whose weekly contact has a gap, and leads to the case (decision 206)', async () => {
    // Set-up through the API: a referral to PPT sent 02.11 and not answered makes the weekly contact apply
    // (samtidighetsansvar, decision 195); no contact with Amir or the home has been logged since.
    const login = await j.server.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'kontaktlaerer', password: DEMO_PASSWORD },
    });
    expect(login.statusCode, login.body).toBe(200);
    const cookie = login.cookies.find((c) => c.name === 'naervaer_sid')!;
    const headers = { cookie: `naervaer_sid=${cookie.value}`, 'x-csrf-token': login.json().csrfToken as string };
    const home = (await j.server.app.inject({ method: 'GET', url: '/api/home', headers })).json();
    const amir = home.mine.cases.find((c: { pupilName: string }) => c.pupilName === 'Amir Haugen');
    expect(amir).toBeDefined();
    const referral = await j.server.app.inject({
      method: 'POST',
      url: `/api/cases/${amir.id}/referrals`,
      headers,
      payload: { service: 'ppt', status: 'sendt', sentOn: '2026-11-02', guardiansSigned: true },
    });
    expect(referral.statusCode, referral.body).toBe(201);

    const page = await j.contexts.weekly.newPage();
    await keyboardLogin(page, j.base, 'kontaktlaerer');
    const main = page.locator('main');
    await main.getByRole('heading', { name: 'Ukentlig kontakt mangler', level: 3 }).waitFor();
    const gap = main.locator(`li[data-contact-gap="${amir.id}"]`);
    expect(await gap.innerText()).toContain('Ingen kontakt med eleven eller hjemmet ukene 45, 46 og 47');
    await screenshots(page, 'kontaktlaerer-kontakt-mangler');
    await tabTo(page, gap.getByRole('link', { name: 'Amir Haugen (9A)' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(`${j.base}/sak/${amir.id}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.close();
  });
});
