// The second login step in the browser: a (non-demo) school leader logs in for the first time, adds
// the shown key to an authenticator app (computed here), confirms with a code — keyboard only, checked
// with axe — and the next time only the code is asked for.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { FixedClock } from '../../src/server/clock';
import { loadConfig } from '../../src/server/config';
import { startServer, type Running } from '../../src/server/start';
import { hashPassword } from '../../src/server/auth/password';
import { totpCode } from '../../src/server/auth/totp';
import { axeViolations, e2eGate, launch } from './browser';

const unavailable = e2eGate();

const USERNAME = 'leder.totp';
const PASSWORD = 'et-langt-testpassord';

describe.skipIf(unavailable !== null)('browser journey: login with a one-time code', () => {
  let server: Running;
  let browser: Browser;
  let base: string;
  let secret = '';

  beforeAll(async () => {
    execFileSync(process.execPath, ['scripts/build-web-if-stale.mjs'], { stdio: 'ignore' });
    const config = loadConfig({
      NAERVAER_DATA_DIR: 'memory://',
      PORT: '0',
      NAERVAER_NOW: '2026-11-24',
      LOG_LEVEL: 'silent',
    });
    // A frozen day, fixed by the test rather than by NAERVAER_NOW (where a running demo clock starts).
    server = await startServer(config, () => {}, { clock: new FixedClock(config.clockStart!) });
    base = server.url.replace('127.0.0.1', 'localhost');
    browser = await launch();
    // A real (non-demo) user next to the demo ones: the leadership of the demo rektor's school.
    const rektor = await server.db.withContext({ loginUsername: 'rektor' }, (tx) =>
      tx.selectFrom('app_user').select(['id', 'kommune_id']).executeTakeFirstOrThrow(),
    );
    const passwordHash = await hashPassword(PASSWORD, 'cheap');
    await server.db.withContext({ kommuneId: rektor.kommune_id }, async (tx) => {
      const role = await tx
        .selectFrom('role_assignment')
        .select('school_id')
        .where('user_id', '=', rektor.id)
        .where('role', '=', 'skoleledelse')
        .executeTakeFirstOrThrow();
      const id = randomUUID();
      await tx
        .insertInto('app_user')
        .values({
          id,
          kommune_id: rektor.kommune_id,
          username: USERNAME,
          display_name: 'Tove Testleder',
          kind: 'staff',
          password_hash: passwordHash,
          totp_secret: null,
          oidc_subject: null,
          is_demo: false,
        })
        .execute();
      await tx
        .insertInto('role_assignment')
        .values({
          id: randomUUID(),
          kommune_id: rektor.kommune_id,
          user_id: id,
          role: 'skoleledelse',
          school_id: role.school_id,
          class_id: null,
          service_unit_id: null,
          subject: null,
        })
        .execute();
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function passwordStep(page: Page): Promise<void> {
    await page.goto(`${base}/logg-inn`);
    await page.getByLabel('Brukernavn').waitFor();
    await page.getByLabel('Brukernavn').focus();
    await page.keyboard.type(USERNAME);
    await page.keyboard.press('Tab');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByLabel('Engangskode', { exact: true }).waitFor();
    // Focus moves to the code field by itself.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('code');
  }

  it('enrols at the first login with the key shown as text, confirmed with a code', async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await passwordStep(page);
    await expect.poll(() => page.title()).toContain('Engangskode');
    expect(await page.getByRole('heading', { name: 'Koble Nærvær til en autentiseringsapp' }).count()).toBe(1);
    secret = (await page.getByLabel('Nøkkel til autentiseringsappen').innerText()).replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(await page.getByRole('link', { name: /^otpauth:\/\/totp\// }).getAttribute('href')).toContain(
      `secret=${secret}`,
    );
    expect(await axeViolations(page)).toEqual([]);

    // A wrong code first: a Norwegian message, and the field keeps focus for the next try.
    const right = totpCode(secret, server.clock.now());
    await page.keyboard.type(right === '000000' ? '111111' : '000000');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('Feil engangskode');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Engangskode', { exact: true }).focus();
    await page.keyboard.type(right);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${base}/`);
    await page.getByText('Dine roller').waitFor();
    expect(await page.locator('main').innerText()).toContain('Tove Testleder');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('asks only for the code the next time, and Avbryt goes back to the password', async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await passwordStep(page);
    expect(await page.getByText('Nøkkel til autentiseringsappen').count()).toBe(0);
    expect(await page.locator('main').innerText()).toContain('sekssifrede koden');

    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Avbryt');
    await page.keyboard.press('Enter');
    await page.getByLabel('Brukernavn').waitFor();

    await passwordStep(page);
    // The code of this 30-second step was used at enrolment; the app shows the next one soon after.
    await page.keyboard.type(totpCode(secret, new Date(server.clock.now().getTime() + 30_000)));
    await page.keyboard.press('Enter');
    await page.waitForURL(`${base}/`);
    await page.getByText('Dine roller').waitFor();
    await context.close();
  });
});
